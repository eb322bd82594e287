import type { Limits } from '../../../schemas/config.js';
import type { DocModel } from '../../model.js';
import { ReadFailure } from '../failure.js';

/** Reads a PDF into the document model. Throws ReadFailure for documents that cannot be read. */
export async function readPdf(bytes: Uint8Array, limits: Limits): Promise<DocModel> {
  void bytes;
  void limits;
  throw new ReadFailure('corrupt', 'PDF reading is not implemented yet');
}
