import type { Limits } from '../../../schemas/config.js';
import type { DocModel } from '../../model.js';
import { ReadFailure } from '../failure.js';

/** Reads a DOCX into the document model. Throws ReadFailure for documents that cannot be read. */
export async function readDocx(bytes: Uint8Array, limits: Limits): Promise<DocModel> {
  void bytes;
  void limits;
  throw new ReadFailure('corrupt', 'DOCX reading is not implemented yet');
}
