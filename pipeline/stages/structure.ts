import { structureOf } from '../../extractors/outlines.js';
import type { Stage } from '../document-file.js';

/**
 * Headings, sections, page furniture, tables of contents, key–value rows and running text, found
 * once for every later stage: classification, extraction, language and the rules' text units all
 * read this, so a finding's section is the record's. The configured template profiles' headings
 * and labels count as the built-in template's do.
 */
export const findStructure: Stage = (file) => {
  if (file.model) file.structure = structureOf(file.model, file.config.templates);
};
