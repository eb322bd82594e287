import { extractArsredovisning, extractDelarsrapport } from '../../extractors/arsredovisning/index.js';
import { extractSlutrapport } from '../../extractors/slutrapport/index.js';
import type { Stage } from '../document-file.js';

/** Builds the record of the kind from the document's structure; a document of unknown kind has none. */
export const extractRecord: Stage = (file) => {
  const structure = file.structure;
  if (!structure) return;
  if (file.kind === 'slutrapport') file.extraction = { kind: 'slutrapport', record: extractSlutrapport(structure, file.config.templates) };
  if (file.kind === 'arsredovisning') file.extraction = { kind: 'arsredovisning', record: extractArsredovisning(structure) };
  if (file.kind === 'delarsrapport') file.extraction = { kind: 'delarsrapport', record: extractDelarsrapport(structure) };
};
