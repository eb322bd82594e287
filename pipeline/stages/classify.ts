import { classifyDocument } from '../../extractors/classify.js';
import type { Stage } from '../document-file.js';

export const classifyKind: Stage = (file) => {
  if (!file.structure) return;
  const classification = classifyDocument(file.structure);
  file.kind = classification.kind;
  file.wrappedIn = classification.wrappedIn;
};
