import type { Stage } from '../document-file.js';
import { SNIFF_BYTES } from '../file-facts.js';
import { ReadFailure } from '../../extractors/readers/failure.js';
import { pipelineFailure } from '../failures.js';
import { describeUnrecognised, sniffContainer } from '../sniff-format.js';

/** Decides the reader from the bytes, never the file name: a .pdf that is really a .docx is read as one. */
export const sniffFormat: Stage = (file) => {
  const bytes = file.bytes ?? new Uint8Array();
  if (bytes.length === 0) throw pipelineFailure.emptyFile();
  const head = bytes.subarray(0, SNIFF_BYTES);
  file.container = sniffContainer(head);
  if (file.container === null) {
    const { code, message } = describeUnrecognised(head, file.path);
    throw new ReadFailure(code, message);
  }
  file.format = file.container === 'pdf' ? 'pdf' : 'docx';
};
