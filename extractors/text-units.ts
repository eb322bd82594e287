import type { TextUnit } from '../pipeline/rules/rule.js';
import type { DocStructure } from './structure/index.js';

/**
 * Every paragraph, cell and footnote text with evidence: page, the section the structure pass put
 * it in (the same sections the records' evidence names), the text itself.
 */
export function textUnits(structure: DocStructure): TextUnit[] {
  return structure.units.map((unit) => ({ text: unit.text, evidence: { page: unit.source.page, section: unit.section, text: unit.text } }));
}
