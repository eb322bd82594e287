import type { DocumentResult } from '../../schemas/result.js';
import { isDocumentResult } from '../output/stored-result.js';
import { withoutPersonalFields } from './personal-fields.js';
import { TextScrubber } from './scrub-text.js';

/** What identifies the file and what made the result: nothing in them comes from the document's text. */
const UNTOUCHED = new Set(['source', 'rapportkollVersion']);

/**
 * `--redact`: the result without personal data. The record keeps every field, personal ones set
 * to null, and says `redacted: true`; every text of the record and the findings (sections,
 * evidence, messages) has names, e-mail addresses, phone numbers and personnummer replaced by
 * "[redacted]" — the findings' data and the reader's warnings too. The source (path, sha256) and
 * the version that made the result are left as they are: they identify the file, not a person.
 * Applying it twice changes nothing.
 */
export function redactResult(result: DocumentResult): DocumentResult {
  if (result.record === null) return result;
  let known: string[] = [];
  let redacted: DocumentResult;
  if (result.kind === 'slutrapport') {
    const { record, removed } = withoutPersonalFields(result.record);
    known = removed;
    redacted = { ...result, record };
  } else if (result.kind === 'arsredovisning') {
    redacted = { ...result, record: { ...result.record, redacted: true } };
  } else if (result.kind === 'delarsrapport') {
    redacted = { ...result, record: { ...result.record, redacted: true } };
  } else {
    return result;
  }
  const scrubber = new TextScrubber(known);
  const scrubbed = Object.fromEntries(
    Object.entries(redacted).map(([key, value]: [string, unknown]) => [key, UNTOUCHED.has(key) ? value : scrubStrings(value, (text) => scrubber.scrub(text))]),
  );
  if (!isDocumentResult(scrubbed)) throw new Error(`redacting ${result.source.path} broke the contract (a bug)`);
  return scrubbed;
}

/** The values of a result's personal fields (contact persons, e-mail addresses, phone numbers, signatories), to scrub wherever else they appear. */
export function personalValues(result: DocumentResult): string[] {
  return result.kind === 'slutrapport' && result.record ? withoutPersonalFields(result.record).removed : [];
}

/** A copy with every string value (not the keys) passed through `scrub`; key order kept. */
function scrubStrings(value: unknown, scrub: (text: string) => string): unknown {
  if (typeof value === 'string') return scrub(value);
  if (Array.isArray(value)) return value.map((item: unknown) => scrubStrings(item, scrub));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]: [string, unknown]) => [key, scrubStrings(item, scrub)]));
  }
  return value;
}
