import { attr, child, childValue, children, isOn, toInteger, type XmlElement } from '../xml/tree.js';

/** One level of a list definition (w:lvl), reduced to what rendering its label needs. */
export interface LevelDefinition {
  start: number;
  /** w:numFmt: decimal, bullet, lowerLetter, upperRoman, none, … */
  format: string;
  /** w:lvlText, e.g. "%1.%2" or "-". */
  text: string;
  /** The paragraph style this level is tied to (numbering via heading styles). */
  paragraphStyleId?: string | undefined;
  /** w:isLgl: show every level's number as decimal. */
  legal: boolean;
  /** w:lvlRestart, 1-based level after which this one restarts; 0 = never. */
  restartAfter?: number | undefined;
}

export interface AbstractList {
  id: string;
  levels: Map<number, LevelDefinition>;
  /** This definition only points at a numbering style, which names the real one. */
  numStyleLink?: string | undefined;
}

/** A w:num: one list instance, with its per-level overrides. */
export interface ListInstance {
  id: string;
  abstractId: string;
  startOverrides: Map<number, number>;
  levelOverrides: Map<number, LevelDefinition>;
}

export interface NumberingDefinitions {
  abstracts: Map<string, AbstractList>;
  instances: Map<string, ListInstance>;
}

export const NO_NUMBERING: NumberingDefinitions = { abstracts: new Map(), instances: new Map() };

export function readNumberingDefinitions(tree: XmlElement): NumberingDefinitions {
  const root = child(tree, 'w:numbering');
  const abstracts = new Map<string, AbstractList>();
  const instances = new Map<string, ListInstance>();
  for (const element of children(root, 'w:abstractNum')) {
    const id = attr(element, 'w:abstractNumId');
    if (id === undefined || abstracts.has(id)) continue;
    abstracts.set(id, {
      id,
      levels: readLevels(children(element, 'w:lvl')),
      numStyleLink: childValue(element, 'w:numStyleLink'),
    });
  }
  for (const element of children(root, 'w:num')) {
    const id = attr(element, 'w:numId');
    const abstractId = childValue(element, 'w:abstractNumId');
    if (id === undefined || abstractId === undefined || instances.has(id)) continue;
    const startOverrides = new Map<number, number>();
    const levelOverrides = new Map<number, LevelDefinition>();
    for (const override of children(element, 'w:lvlOverride')) {
      const level = toInteger(attr(override, 'w:ilvl'));
      if (level === undefined) continue;
      const start = toInteger(childValue(override, 'w:startOverride'));
      if (start !== undefined) startOverrides.set(level, start);
      const redefined = readLevels(children(override, 'w:lvl')).get(level);
      if (redefined) levelOverrides.set(level, redefined);
    }
    instances.set(id, { id, abstractId, startOverrides, levelOverrides });
  }
  return { abstracts, instances };
}

function readLevels(elements: XmlElement[]): Map<number, LevelDefinition> {
  const levels = new Map<number, LevelDefinition>();
  for (const element of elements) {
    // Malformed documents omit w:ilvl; Word then treats the level as 0.
    const level = toInteger(attr(element, 'w:ilvl')) ?? 0;
    if (levels.has(level) || level < 0 || level > 8) continue;
    levels.set(level, {
      start: toInteger(childValue(element, 'w:start')) ?? 0,
      format: childValue(element, 'w:numFmt') ?? 'decimal',
      text: childValue(element, 'w:lvlText') ?? '',
      paragraphStyleId: childValue(element, 'w:pStyle'),
      legal: isOn(child(element, 'w:isLgl')),
      restartAfter: toInteger(childValue(element, 'w:lvlRestart')),
    });
  }
  return levels;
}
