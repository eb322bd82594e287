import type { Wording } from '../../schemas/config.js';
import type { ErrorCode } from '../../schemas/result.js';

/**
 * A document that cannot be read. Readers throw it; the pipeline turns it into a
 * `status: "failed"` result in the run's language. The message tells the person what to do.
 */
export class ReadFailure extends Error {
  /** The advice in each language; `message` is the English one (for logs and stack traces). */
  readonly wording: Wording;

  constructor(
    readonly code: ErrorCode,
    /** Advice in both languages; a plain string is a message not yet worded in Swedish, and is used for both. */
    wording: Wording | string,
  ) {
    const both = typeof wording === 'string' ? { sv: wording, en: wording } : wording;
    super(both.en);
    this.wording = both;
    this.name = 'ReadFailure';
  }
}

/** A file of 0 bytes, whichever reader or stage meets it first. */
export function emptyFileFailure(): ReadFailure {
  return new ReadFailure('empty-file', {
    sv: 'Filen är tom (0 byte); den sparades eller kopierades troligen inte färdigt. Skicka rapporten igen.',
    en: 'The file is empty (0 bytes); it was probably not saved or copied completely. Send the report again.',
  });
}
