import { extractArsredovisning } from '../../extractors/arsredovisning/index.js';
import { extractSlutrapport } from '../../extractors/slutrapport/index.js';
import type { Stage } from '../document-file.js';

/** Builds the record of the kind; a document of unknown kind has none. */
export const extractRecord: Stage = (file) => {
  const model = file.model;
  if (!model) return;
  if (file.kind === 'slutrapport') file.extraction = { kind: 'slutrapport', record: extractSlutrapport(model) };
  if (file.kind === 'arsredovisning') file.extraction = { kind: 'arsredovisning', record: extractArsredovisning(model) };
};
