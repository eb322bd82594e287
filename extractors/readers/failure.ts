import type { ErrorCode } from '../../schemas/result.js';

/**
 * A document that cannot be read. Readers throw it; the pipeline turns it into a
 * `status: "failed"` result. The message tells the person what to do.
 */
export class ReadFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ReadFailure';
  }
}

/** A file of 0 bytes, whichever reader or stage meets it first. */
export function emptyFileFailure(): ReadFailure {
  return new ReadFailure('empty-file', 'The file is empty (0 bytes); it was probably not saved or copied completely. Send the report again.');
}
