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
