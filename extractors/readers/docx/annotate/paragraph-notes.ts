import type { ListLabeler } from '../numbering/list-labels.js';
import { styleChain, type StyleSheet } from '../styles.js';

/** Direct paragraph properties (w:pPr) as far as labels and outline levels depend on them. */
export interface ParagraphProperties {
  styleId?: string | undefined;
  numId?: string | undefined;
  ilvl?: number | undefined;
  outlineLevel?: number | undefined;
  /** The paragraph mark is a tracked deletion; mammoth merges it into the next paragraph. */
  deleted: boolean;
}

/** What mammoth cannot tell us about a paragraph. */
export interface ParagraphNote {
  listLabel?: string | undefined;
  /** 0-based w:outlineLvl from the paragraph or its style chain (9 = body text). */
  outlineLevel?: number | undefined;
}

/** Resolves numbering and outline level through the style chain, advancing the list counters. */
export function describeParagraph(properties: ParagraphProperties, styles: StyleSheet, labeler: ListLabeler): ParagraphNote | undefined {
  if (properties.deleted) return undefined;
  const chain = styleChain(styles, properties.styleId ?? styles.defaultParagraphStyleId);
  const numId = properties.numId ?? chain.find((style) => style.numId !== undefined)?.numId;
  let listLabel: string | undefined;
  // numId 0 explicitly switches inherited numbering off.
  if (numId !== undefined && numId !== '0') {
    let level = properties.ilvl;
    if (level === undefined && properties.numId === undefined && chain[0]) {
      // Numbered through its style: the list level tied to that style, else the style's own ilvl.
      const inherited = chain.find((style) => style.ilvl !== undefined)?.ilvl ?? 0;
      level = labeler.levelForStyle(numId, chain[0].id, inherited);
    }
    listLabel = labeler.next(numId, level ?? 0);
  }
  const outlineLevel = properties.outlineLevel ?? chain.find((style) => style.outlineLevel !== undefined)?.outlineLevel;
  if (listLabel === undefined && outlineLevel === undefined) return undefined;
  return { listLabel, outlineLevel };
}
