import { classifyDocument } from '../../extractors/classify.js';
import { recognisedProfile } from '../../extractors/slutrapport/profile.js';
import type { Stage } from '../document-file.js';

/**
 * The kind from the kinds' labels and headings; a document the classifier cannot place that is on
 * a configured template profile's form is that template's slutrapport.
 */
export const classifyKind: Stage = (file) => {
  if (!file.structure) return;
  const classification = classifyDocument(file.structure);
  file.kind = classification.kind;
  file.wrappedIn = classification.wrappedIn;
  if (file.kind === 'unknown' && recognisedProfile(file.structure, file.config.templates)) file.kind = 'slutrapport';
};
