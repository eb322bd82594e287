import { findPersonalIdentityNumbers } from '../../extractors/parse/personal-identity-number.js';

/** What a removed name, e-mail address, phone number or personnummer is replaced by. */
export const REDACTED = '[redacted]';

const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/gu;
/**
 * Swedish phone numbers as people write them: 070-174 06 21, 0701740621, 026-17 80 00,
 * +46 70 174 06 21, +46 (0)70-174 06 21. The area code must follow the 0 directly, and nothing
 * date- or amount-like may stand right before it ("2021-01-01" has no phone number in it).
 */
const PHONE = /(?<![\p{L}\d+\-/.:,])(?:\+46[\s-]?(?:\(0\)[\s-]?)?|0)\d{1,3}(?:[\s-]?\d){5,8}(?![\p{L}\d])/gu;
/** Subscriber digits after the 0 or +46: Swedish numbers have 7 to 9. */
const PHONE_DIGITS = { min: 7, max: 9 };
/** A personnummer the personal-identity-number rule masked ("780315-****"): the birth date is still personal. */
const MASKED_PERSONAL_IDENTITY_NUMBER = /(?<![\d])(?:\d{2})?\d{6}[-+]?\*{4}/g;
/** Shorter known values are too likely to be part of other words. */
const MIN_KNOWN_LENGTH = 3;

/**
 * Removes personal data from text: the values the record's personal fields held (names, e-mail
 * addresses, phone numbers — wherever else the document repeats them), any e-mail address, any
 * Swedish phone number and any personnummer/samordningsnummer (the same detector as the
 * personal-identity-number rule).
 */
export class TextScrubber {
  private readonly known: RegExp | null;

  constructor(knownValues: Iterable<string>) {
    const values = [...new Set([...knownValues].map((value) => value.trim()).filter((value) => value.length >= MIN_KNOWN_LENGTH))];
    // Longest first, so "Sofia Bergqvist Ek" goes as a whole rather than leaving "Ek".
    values.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    this.known = values.length === 0 ? null : new RegExp(`(?<![\\p{L}\\d])(?:${values.map(flexiblePattern).join('|')})(?![\\p{L}\\d])`, 'giu');
  }

  /**
   * Where in `text` the scrubber would remove something, as [start, end) ranges in order (possibly
   * overlapping): for painting the same things over on a page image.
   */
  ranges(text: string): [number, number][] {
    const found: [number, number][] = [];
    const collect = (pattern: RegExp, keep: (match: string) => boolean = () => true): void => {
      for (const match of text.matchAll(pattern)) if (keep(match[0])) found.push([match.index, match.index + match[0].length]);
    };
    if (this.known) collect(this.known);
    collect(EMAIL);
    collect(PHONE, isPhoneNumber);
    collect(MASKED_PERSONAL_IDENTITY_NUMBER);
    for (const { start, end } of findPersonalIdentityNumbers(text)) found.push([start, end]);
    return found.sort((a, b) => a[0] - b[0]);
  }

  scrub(text: string): string {
    let scrubbed = this.known ? text.replace(this.known, REDACTED) : text;
    scrubbed = scrubbed.replace(EMAIL, REDACTED);
    scrubbed = scrubbed.replace(PHONE, (match) => (isPhoneNumber(match) ? REDACTED : match));
    scrubbed = scrubbed.replace(MASKED_PERSONAL_IDENTITY_NUMBER, REDACTED);
    return removePersonalIdentityNumbers(scrubbed);
  }
}

/** The value with any run of whitespace allowed where it has whitespace (line breaks in PDFs, doubled spaces). */
function flexiblePattern(value: string): string {
  return value
    .split(/\s+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
}

function isPhoneNumber(match: string): boolean {
  const digits = match.replace(/\D/g, '');
  const subscriber = match.startsWith('+') ? digits.slice(2).replace(/^0/, '') : digits.slice(1);
  return subscriber.length >= PHONE_DIGITS.min && subscriber.length <= PHONE_DIGITS.max;
}

function removePersonalIdentityNumbers(text: string): string {
  const found = findPersonalIdentityNumbers(text);
  if (found.length === 0) return text;
  let out = '';
  let at = 0;
  for (const { start, end } of found) {
    out += text.slice(at, start) + REDACTED;
    at = end;
  }
  return out + text.slice(at);
}
