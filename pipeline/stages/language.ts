import { detectLanguage } from '../../extractors/language.js';
import type { Stage } from '../document-file.js';

/** After extraction, so a slutrapport's language comes from its answers, not the form's labels. */
export const detectDocumentLanguage: Stage = (file) => {
  if (!file.structure) return;
  const record = file.extraction?.kind === 'slutrapport' ? file.extraction.record : null;
  file.language = detectLanguage(file.structure, record);
};
