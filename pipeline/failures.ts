import { emptyFileFailure, ReadFailure } from '../extractors/readers/failure.js';

/**
 * The failures the pipeline itself detects (the readers raise their own). Each message says what
 * happened and what the person should do, in plain words.
 */
export const pipelineFailure = {
  emptyFile: emptyFileFailure,

  tooManyBytes: (bytes: number, maxBytes: number): ReadFailure =>
    new ReadFailure(
      'too-large',
      `The file is ${megabytes(bytes)}, over the limit of ${megabytes(maxBytes)}; export it again without embedded pictures, or raise limits.maxBytes (--max-bytes) if it is a genuine report.`,
    ),

  timeout: (timeoutMs: number): ReadFailure =>
    new ReadFailure(
      'timeout',
      `Reading the document took longer than ${seconds(timeoutMs)} and was stopped; save or export it again (a damaged or unusually complex file is the usual cause), or raise limits.timeoutMs (--timeout-ms).`,
    ),

  outOfMemory: (maxHeapMb: number): ReadFailure =>
    new ReadFailure(
      'too-large',
      `Reading the document needed more than the ${maxHeapMb} MB of memory allowed per document and was stopped; export it again without embedded pictures, or raise limits.maxHeapMb.`,
    ),

  unreadableFile: (reason: string): ReadFailure =>
    new ReadFailure('corrupt', `The file could not be opened (${reason}); check that it still exists and that you are allowed to read it, then run again.`),

  /** Something broke that no reader anticipated: most likely a damaged file, possibly a bug. */
  unexpected: (reason: string): ReadFailure =>
    new ReadFailure(
      'corrupt',
      `The document could not be read (${reason}). If it opens normally in Word or a PDF viewer, save it again as .docx or PDF and retry; if it still fails, report it to the rapportkoll maintainers with the file.`,
    ),

  /** Output that breaks the contract is our fault, not the document's; say so. */
  internalError: (what: string): ReadFailure =>
    new ReadFailure(
      'corrupt',
      `rapportkoll produced an invalid result for this document (${what}). This is a bug in rapportkoll, not a fault of the document; please report it to the maintainers with the file.`,
    ),
};

function megabytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  const mb = bytes / (1024 * 1024);
  return mb >= 10 ? `${Math.round(mb)} MB` : `${mb.toFixed(1)} MB`;
}

function seconds(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  return ms >= 10_000 ? `${Math.round(ms / 1000)} s` : `${(ms / 1000).toFixed(1)} s`;
}
