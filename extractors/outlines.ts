/**
 * The outlines rapportkoll knows (a template's sections and labels, the parts of an annual report)
 * and the structure pass with them: what the structure stage runs on every document.
 */
import { ANNUAL_REPORT_OUTLINE } from './arsredovisning/outline.js';
import type { DocModel } from './model.js';
import { SLUTRAPPORT_OUTLINE } from './slutrapport/outline.js';
import { buildStructure, type DocStructure, type Outline } from './structure/index.js';

export const KNOWN_OUTLINES: readonly Outline[] = [SLUTRAPPORT_OUTLINE, ANNUAL_REPORT_OUTLINE];

/** The document's structure, told with the known outlines. */
export function structureOf(model: DocModel): DocStructure {
  return buildStructure(model, KNOWN_OUTLINES);
}
