/**
 * Swedish number notation shared by the value parsers: a space, a no-break space (U+00A0),
 * a thin space (U+2009) or a narrow no-break space (U+202F) groups thousands; a comma is the
 * decimal mark.
 */
export const GROUP_SPACE = '[ \\u00A0\\u2009\\u202F]';

/** Digits with optional thousands groups: "1250000", "1 250 000", "13 320". */
export const GROUPED_INTEGER = `\\d{1,3}(?:${GROUP_SPACE}\\d{3}(?!\\d))+|\\d+`;

/**
 * Thousands grouped with points or commas, in two groups or more ("1.250.000", "1,250,000"), the
 * other mark then the decimal one ("1.250.000,50", "1,250,000.50"): older
 * reports and spreadsheets set amounts so. With two groups neither mark can be a decimal mark; one
 * group ("250.000") is left to the caller, who knows the unit.
 */
export const MARK_GROUPED_INTEGER =
  '\\d{1,3}(?:\\.\\d{3}(?!\\d)){2,}(?:,\\d{1,2}(?!\\d))?(?![.,]\\d)|\\d{1,3}(?:,\\d{3}(?!\\d)){2,}(?:\\.\\d{1,2}(?!\\d))?(?![.,]\\d)';

const MARK_GROUPED = new RegExp(`^-?(?:${MARK_GROUPED_INTEGER})$`, 'u');

export interface ParsedNumber {
  value: number;
  /** How many decimals were written. */
  decimals: number;
}

/** "1 250 000" → 1250000, "1,25" → 1.25, "8, 1" → 8.1 (a stray space after the comma is common). */
export function parseSwedishNumber(written: string): ParsedNumber | null {
  const unspaced = written.replace(/[ \u00A0\u2009\u202F]/g, '').replace('−', '-');
  // "1.250.000,50" and "1,250,000.50": the repeated mark groups thousands; the other is the decimal mark.
  const groupingMark = MARK_GROUPED.test(unspaced) ? (/\d\.\d{3}\./.test(unspaced) ? '.' : ',') : null;
  const compact = groupingMark ? unspaced.replaceAll(groupingMark, '') : unspaced;
  const match = compact.match(/^(-?\d+)(?:[,.](\d+))?$/);
  if (!match?.[1]) return null;
  const fraction = match[2] ?? '';
  const value = Number(`${match[1]}.${fraction || '0'}`);
  return Number.isFinite(value) ? { value, decimals: fraction.length } : null;
}

/**
 * A count of people or things written as a whole number: "1250", "1 250", "1.250" (a point before
 * three digits groups thousands in a count, which has no decimals); null for anything else.
 */
export function parseWholeCount(written: string): number | null {
  const text = written.trim();
  if (!/^\d{1,3}(?:[ \u00A0\u2009\u202F.]\d{3})+$|^\d+$/u.test(text)) return null;
  return Number(text.replace(/\D/gu, ''));
}

/** A value found in a longer text, with where it stands (offsets into that text). */
export interface Found<T> {
  value: T;
  start: number;
  end: number;
}
