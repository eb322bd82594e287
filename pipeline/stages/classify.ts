import { classifyDocument } from '../../extractors/classify.js';
import type { Stage } from '../document-file.js';

export const classifyKind: Stage = (file) => {
  if (file.structure) file.kind = classifyDocument(file.structure).kind;
};
