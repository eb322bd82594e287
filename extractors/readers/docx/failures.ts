import { emptyFileFailure, ReadFailure } from '../failure.js';

/** Every way a .docx can fail, worded for the person who has to fix the file. */
export const docxFailure = {
  empty: emptyFileFailure,
  notZip: () =>
    new ReadFailure('corrupt', 'The file is not a valid Word document (.docx): it is damaged or not a .docx at all; save it again from Word or ask for a new copy'),
  truncated: (detail: string) =>
    new ReadFailure('corrupt', `The .docx file is damaged or incomplete (${detail}); ask for a new copy`),
  malformedXml: (detail: string) =>
    new ReadFailure('corrupt', `The .docx file is damaged: its content cannot be parsed (${detail}); save it again from Word or ask for a new copy`),
  encrypted: () =>
    new ReadFailure('encrypted', 'The document is password-protected; save an unprotected copy and try again'),
  legacyDoc: () =>
    new ReadFailure('unsupported-format', 'Legacy Word .doc is not supported; open it in Word and save as .docx or PDF'),
  otherOfficeBinary: () =>
    new ReadFailure('unsupported-format', 'This is an old binary Office file, not a Word .docx; save it as .docx or PDF'),
  notWordPackage: (what: string) =>
    new ReadFailure('unsupported-format', `${what}, not a Word document; save it as .docx or PDF`),
  otherFormat: (what: string, advice = 'save it as .docx or PDF') =>
    new ReadFailure('unsupported-format', `This is ${what}, not a Word .docx; ${advice}`),
  tooLarge: (detail: string) =>
    new ReadFailure('too-large', `The document is too large to read safely: ${detail}; check that it is a single report and save it again without embedded pictures or files`),
  timeout: (ms: number) =>
    new ReadFailure('timeout', `Reading the document took longer than ${ms} ms and was stopped; save it again from Word, or raise limits.timeoutMs (--timeout-ms).`),
};
