import type { DateProblem } from '../../schemas/finding-data.js';
import type { Found } from './number.js';

export interface ParsedDate {
  /** The date as ISO 8601, or null when the text is not a real calendar date. */
  iso: string | null;
  /** The date as written (or the whole text when no date-like token was found). */
  text: string;
  /** Why `iso` is null; absent when the date is fine or the text is blank. */
  problem?: DateProblem;
}

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
/** A month's name as written, whole or cut short ("okt.", "sept"). */
export const MONTH_NAME =
  '(?:jan(?:uari)?|feb(?:ruari)?|mar(?:s)?|apr(?:il)?|maj|jun(?:i)?|jul(?:i)?|aug(?:usti)?|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DASH = '[-\\u2010\\u2011]';

/**
 * Date-like tokens, loose on purpose so that a malformed date is found and reported rather
 * than skipped: year–month–day with 1–3 digit parts and stray spaces ("2021-12 -31",
 * "2019-101-01", "2022-06-3"), compact 20220124, Swedish day/month year ("24/1 2022",
 * "24.1.2022") and "24 januari 2022".
 */
const DATE_TOKEN = new RegExp(
  [
    `(?<![\\d\\p{L}])(?<y>(?:19|20)\\d{2}) ?(?:${DASH}|/|\\.) ?(?<m>\\d{1,3}) ?(?:${DASH}|/|\\.) ?(?<d>\\d{1,3})(?![\\d\\p{L}])`,
    `(?<![\\d\\p{L}])(?<cy>(?:19|20)\\d{2})(?<cm>\\d{2})(?<cd>\\d{2})(?![\\d\\p{L}])`,
    `(?<![\\d\\p{L}.,/-])(?<sd>\\d{1,2})(?:\\/(?<sm>\\d{1,2})(?: |${DASH}|\\/)|\\.(?<dm>\\d{1,2})\\.)(?<sy>(?:19|20)\\d{2})(?![\\d\\p{L}])`,
    `(?<![\\d\\p{L}])(?<nd>\\d{1,2})(?:e|:e|a|:a)? (?<nm>${MONTH_NAME}) (?<ny>(?:19|20)\\d{2})(?![\\d\\p{L}])`,
  ].join('|'),
  'giu',
);

/** Every date-like token in the text with its reading; invalid ones carry `problem`. */
export function findDates(text: string): Found<ParsedDate>[] {
  const found: Found<ParsedDate>[] = [];
  for (const match of text.matchAll(DATE_TOKEN)) {
    const written = match[0];
    found.push({ value: readToken(match.groups ?? {}, written), start: match.index, end: match.index + written.length });
  }
  return found;
}

/**
 * The first date in the text. A date that does not exist is reported (iso null, `problem`),
 * never corrected; blank text is simply null; other text says that no date was found.
 */
export function parseDate(text: string): ParsedDate {
  const first = findDates(text)[0];
  if (first) return first.value;
  const trimmed = text.trim();
  if (trimmed === '') return { iso: null, text: trimmed };
  return { iso: null, text: trimmed, problem: { problem: 'not-a-date', text: trimmed } };
}

function readToken(groups: Record<string, string | undefined>, written: string): ParsedDate {
  if (groups.y !== undefined) {
    // ISO parts must have two digits: "2022-06-3" may be a cut-off "2022-06-30", so it is not guessed.
    return checkDate(written, Number(groups.y), groups.m ?? '', groups.d ?? '', 2);
  }
  if (groups.cy !== undefined) return checkDate(written, Number(groups.cy), groups.cm ?? '', groups.cd ?? '', 2);
  if (groups.sy !== undefined) {
    return checkDate(written, Number(groups.sy), groups.sm ?? groups.dm ?? '', groups.sd ?? '', 1);
  }
  return checkDate(written, Number(groups.ny), String(monthNumber(groups.nm ?? '')), groups.nd ?? '', 1);
}

/** 1–12 for a month's name as MONTH_NAME finds it ("okt." → 10), 0 for none. */
export function monthNumber(written: string): number {
  const name = written.toLowerCase().replace('.', '');
  return name === '' ? 0 : MONTHS.findIndex((month) => month.startsWith(name)) + 1;
}

function checkDate(written: string, year: number, monthText: string, dayText: string, minDigits: number): ParsedDate {
  const month = Number(monthText);
  const day = Number(dayText);
  const invalid = (problem: DateProblem): ParsedDate => ({ iso: null, text: written, problem });
  if (month < 1 || month > 12) return invalid({ problem: 'no-such-month', text: written, month: monthText });
  if (monthText.length < minDigits) return invalid({ problem: 'short-month', text: written, month: monthText });
  if (dayText.length < minDigits) return invalid({ problem: 'short-day', text: written, day: dayText });
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return invalid({ problem: 'no-such-day', text: written, year, month, days: daysInMonth });
  return { iso: `${year}-${pad(month)}-${pad(day)}`, text: written };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
