import { attr, child, childValue, parseXmlTree, toInteger, type XmlElement } from './xml/tree.js';

/** What we need from a style: its name (for headings) and what it inherits (numbering, outline level). */
export interface StyleInfo {
  id: string;
  type: string;
  name?: string | undefined;
  basedOn?: string | undefined;
  link?: string | undefined;
  numId?: string | undefined;
  ilvl?: number | undefined;
  /** w:outlineLvl, 0-based; 9 means body text. */
  outlineLevel?: number | undefined;
  isDefault: boolean;
}

export interface StyleSheet {
  byId: Map<string, StyleInfo>;
  defaultParagraphStyleId?: string | undefined;
}

export const EMPTY_STYLE_SHEET: StyleSheet = { byId: new Map() };

export function readStyleSheet(tree: XmlElement): StyleSheet {
  const byId = new Map<string, StyleInfo>();
  let defaultParagraphStyleId: string | undefined;
  for (const element of stylesRoot(tree)?.children ?? []) {
    if (element.name !== 'w:style') continue;
    const id = attr(element, 'w:styleId');
    // The first definition of an id wins, as in Word and mammoth.
    if (id === undefined || byId.has(id)) continue;
    const paragraphProperties = child(element, 'w:pPr');
    const numbering = child(paragraphProperties, 'w:numPr');
    const info: StyleInfo = {
      id,
      type: attr(element, 'w:type') ?? 'paragraph',
      name: childValue(element, 'w:name'),
      basedOn: childValue(element, 'w:basedOn'),
      link: childValue(element, 'w:link'),
      numId: childValue(numbering, 'w:numId'),
      ilvl: toInteger(childValue(numbering, 'w:ilvl')),
      outlineLevel: toInteger(childValue(paragraphProperties, 'w:outlineLvl')),
      isDefault: attr(element, 'w:default') === '1' || attr(element, 'w:default') === 'true',
    };
    byId.set(id, info);
    if (info.isDefault && info.type === 'paragraph' && defaultParagraphStyleId === undefined) {
      defaultParagraphStyleId = id;
    }
  }
  return { byId, defaultParagraphStyleId };
}

/** The style and its basedOn ancestors, nearest first; cycles and absurd depths are cut. */
export function styleChain(sheet: StyleSheet, styleId: string | undefined): StyleInfo[] {
  const chain: StyleInfo[] = [];
  const seen = new Set<string>();
  let current = styleId === undefined ? undefined : sheet.byId.get(styleId);
  while (current && !seen.has(current.id) && chain.length < 64) {
    seen.add(current.id);
    chain.push(current);
    current = current.basedOn === undefined ? undefined : sheet.byId.get(current.basedOn);
  }
  return chain;
}

const STYLE_REFERENCE = /<w:(?:pStyle|rStyle|tblStyle|numStyleLink|styleLink)\b[^>]*?\bw:val="([^"]*)"/g;

/** Style ids referenced by the given parts (document, notes, comments, numbering). */
export function collectUsedStyleIds(parts: string[]): Set<string> {
  const used = new Set<string>();
  for (const part of parts) {
    for (const match of part.matchAll(STYLE_REFERENCE)) {
      if (match[1] !== undefined) used.add(match[1]);
    }
  }
  return used;
}

/**
 * styles.xml without the styles nobody uses. mammoth parses styles.xml with xmldom (~300 ms per MB)
 * only to look up style names, and corporate templates carry megabytes of unused and latent styles.
 * Kept: document defaults, default styles, numbering styles, used styles and what they are based on
 * or linked to.
 */
export function reduceStyles(xml: string, tree: XmlElement, sheet: StyleSheet, used: Set<string>): string {
  const root = stylesRoot(tree);
  if (!root || root.openEnd === root.end) return xml;
  const keep = new Set<string>();
  const pending = [...used];
  for (const style of sheet.byId.values()) {
    if (style.isDefault || style.type === 'numbering') pending.push(style.id);
  }
  while (pending.length > 0) {
    const id = pending.pop();
    if (id === undefined || keep.has(id)) continue;
    const style = sheet.byId.get(id);
    if (!style) continue;
    keep.add(id);
    if (style.basedOn !== undefined) pending.push(style.basedOn);
    if (style.link !== undefined) pending.push(style.link);
  }
  const kept = root.children
    .filter((element) => element.name === 'w:docDefaults' || (element.name === 'w:style' && keep.has(attr(element, 'w:styleId') ?? '')))
    .map((element) => xml.slice(element.start, element.end));
  return xml.slice(0, root.openEnd) + kept.join('') + `</${root.name}>`;
}

export function parseStyles(xml: string | undefined): { tree?: XmlElement; sheet: StyleSheet } {
  if (xml === undefined) return { sheet: EMPTY_STYLE_SHEET };
  const tree = parseXmlTree(xml);
  return { tree, sheet: readStyleSheet(tree) };
}

function stylesRoot(tree: XmlElement): XmlElement | undefined {
  return tree.children.find((element) => element.name === 'w:styles');
}
