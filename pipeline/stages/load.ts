import { readFile, stat } from 'node:fs/promises';
import type { Stage } from '../document-file.js';
import { fileErrorReason, readFileFacts } from '../file-facts.js';
import { pipelineFailure } from '../failures.js';

/** Size check by stat first, so a file over the limit is never read into memory; then the bytes. */
export const loadBytes: Stage = async (file) => {
  const { maxBytes } = file.config.limits;
  const info = await stat(file.path).catch((error: unknown) => {
    throw pipelineFailure.unreadableFile(fileErrorReason(error, file.path));
  });
  if (!info.isFile()) throw pipelineFailure.unreadableFile({ sv: 'den är ingen vanlig fil', en: 'it is not a regular file' });
  file.size = info.size;
  if (info.size > maxBytes) {
    file.sha256 = (await readFileFacts(file.path)).sha256;
    throw pipelineFailure.tooManyBytes(info.size, maxBytes);
  }
  const bytes = await readFile(file.path).catch((error: unknown) => {
    throw pipelineFailure.unreadableFile(fileErrorReason(error, file.path));
  });
  file.size = bytes.length;
  file.bytes = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The file may have grown between stat and read (still being copied in).
  if (bytes.length > maxBytes) throw pipelineFailure.tooManyBytes(bytes.length, maxBytes);
};
