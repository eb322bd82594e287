import type { Stage } from '../document-file.js';
import { sha256Hex } from '../file-facts.js';

/** The document's identity: sha256 of its bytes, before anything can go wrong parsing them. */
export const hashBytes: Stage = (file) => {
  if (file.bytes) file.sha256 = sha256Hex(file.bytes);
};
