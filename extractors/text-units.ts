import type { Evidence } from '../schemas/common.js';
import { boxOnPage } from './evidence.js';
import type { DocStructure } from './structure/index.js';

/** A piece of the document's text with where it stands, for rules that scan text (personnummer). */
export interface TextUnit {
  text: string;
  evidence: Evidence;
}

/**
 * Every paragraph, cell and footnote text with evidence: page, the section the structure pass put
 * it in (the same sections the records' evidence names), the text itself.
 */
export function textUnits(structure: DocStructure): TextUnit[] {
  return structure.units.map((unit) => {
    const evidence: Evidence = { page: unit.source.page, section: unit.section, text: unit.text };
    const box = boxOnPage(unit.source);
    if (box) evidence.box = box;
    return { text: unit.text, evidence };
  });
}
