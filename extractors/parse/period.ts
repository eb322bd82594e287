import type { Period } from '../../schemas/common.js';
import { findDates, MONTH_NAME, monthNumber, type ParsedDate } from './date.js';
import type { Found } from './number.js';

/** "–", "—", "-", "till", "till och med", "t.o.m.", "tom", "fram till" between two dates; "till den" before a day. */
const RANGE_SEPARATOR = /^\s*(?:[-\u2010-\u2015\u2212]+|(?:till(?: och med)?|fram till)(?:\s+den)?|t\.?\s?o\.?\s?m\.?|tom)\s*/iu;
/** "mellan 2019-08-01 och 2021-07-31", "mellan den 1 augusti 2019 och den 31 juli 2021": after "mellan" only. */
const BETWEEN_SEPARATOR = /^\s*och(?:\s+den)?\s+/iu;
/** A separator before a lone date makes it the end: "t.o.m. 2021-12-31". */
const END_MARKER = /(?:[-\u2010-\u2015\u2212]|\btill(?: och med)?|\bt\.?\s?o\.?\s?m\.?|\btom)\s*$/iu;
/** "2019-09-01 -" closing a line or a bracket: an open-ended period. */
const OPEN_END = /^[ \t\u00A0]*[-\u2010-\u2015\u2212]+[ \t\u00A0]*(?=[)\]]|$|\r?\n)/u;
/** What is left of a date that the date reader could not take: "2021-12", "2021". */
const DATE_FRAGMENT = /^(?:19|20)\d{2}(?:\s?[-./]\s?\d{1,3}){0,2}(?![\d\p{L}])/u;

const MONTH_YEAR = `(${MONTH_NAME})\\s+((?:19|20)\\d{2})`;
/** A sentence's own words between the two ends of a period: "och pågår till", "och avslutades i", "och avslutades den". */
const SENTENCE_LINK =
  'och\\s+(?:pågår|pågick|pågått|varade|varar|löper|löpte|avslutades|avslutas|slutade|slutar|upphörde)(?:\\s+fram)?(?:\\s+till(?:\\s+och\\s+med)?|\\s+t\\.?\\s?o\\.?\\s?m\\.?|\\s+i|\\s+den)?';
/** The same between two dates, when a sentence tells the period (findPeriodSides' `sentence`). */
const SENTENCE_SEPARATOR = new RegExp(`^\\s*${SENTENCE_LINK}\\s*`, 'iu');
/** Between two months of a period: a dash, "till (och med)", "t.o.m.", "(och) fram till", or the sentence's own words. */
const MONTH_SEPARATOR = `\\s*(?:[-\\u2010-\\u2015\\u2212]+|till(?:\\s+och\\s+med)?|t\\.?\\s?o\\.?\\s?m\\.?|(?:och\\s+)?fram\\s+till|${SENTENCE_LINK})\\s*`;
/** Not the month of a whole date ("1 oktober 2007"), not inside a word or a number. */
const MONTH_START = '(?<![\\p{L}\\d]|\\d[ \\u00A0])';
const MONTH_END = '(?![\\p{L}\\d])';
const MONTH_PERIOD = new RegExp(`${MONTH_START}${MONTH_YEAR}${MONTH_SEPARATOR}${MONTH_YEAR}${MONTH_END}`, 'giu');
/** A form field's value may set the months side by side: "Projekttid oktober 2007 maj 2011". */
const MONTH_PERIOD_SIDE_BY_SIDE = new RegExp(`${MONTH_START}${MONTH_YEAR}(?:${MONTH_SEPARATOR}|\\s+)${MONTH_YEAR}${MONTH_END}`, 'giu');
/** "2019-08 – 2021-07": months written as numbers, year first; a dash or words between, never a day after. */
const NUMERIC_MONTH = '((?:19|20)\\d{2})[-/](0[1-9]|1[0-2])(?![-/\\d]|\\.\\d)';
const NUMERIC_MONTH_PERIOD = new RegExp(`(?<![\\d./-])${NUMERIC_MONTH}${MONTH_SEPARATOR}${NUMERIC_MONTH}`, 'gu');
/** "190801–210731": a form's two days written as six digits each, the century left out. */
const SIX_DIGIT_PERIOD = /^(\d{2})(\d{2})(\d{2})\s*[-\u2010-\u2015\u2212]\s*(\d{2})(\d{2})(\d{2})(?=\s*(?:$|\n|[.,;(])|\s+\p{Lu})/u;
/**
 * What may follow a field's period and still leave it the field's whole value: its end, a new line, a
 * bracket, or a capital starting the line a reader ran into it.
 */
const FIELD_END = /^(?:\s*(?:$|\n|[.,;(])|\s+\p{Lu})/u;

export interface PeriodSides {
  start: ParsedDate;
  end: ParsedDate;
  /** The period as written. */
  text: string;
}

/**
 * Both sides of a period with how each was read, so the invalid-date rule can say why a side
 * is null. A side with nothing written ("2019-09-01 -") is blank, not invalid.
 */
export function parsePeriodSides(text: string): PeriodSides {
  const trimmed = text.trim();
  // A field that starts with two months: from the first's first day to the second's last. What a
  // reader ran into the value from the next line does not make them a sentence's months.
  const months = findMonthPeriods(trimmed, { sideBySide: true })[0];
  if (months && months.start === 0 && FIELD_END.test(trimmed.slice(months.end))) return months.value;
  const sixDigits = sixDigitPeriod(trimmed);
  if (sixDigits) return sixDigits;
  const found = findPeriodSides(trimmed)[0];
  if (found) return found.value;
  const lone = findDates(trimmed)[0];
  const blank: ParsedDate = { iso: null, text: '' };
  if (!lone) {
    const written: ParsedDate = trimmed === '' ? blank : { iso: null, text: trimmed, problem: { problem: 'not-a-period', text: trimmed } };
    return { start: written, end: blank, text: trimmed };
  }
  const isEnd = END_MARKER.test(trimmed.slice(0, lone.start));
  return isEnd ? { start: blank, end: lone.value, text: trimmed } : { start: lone.value, end: blank, text: trimmed };
}

/** A period written in the text; a side that is not a real date is null (the text keeps what was written). */
export function parsePeriod(text: string): Period {
  return toPeriod(parsePeriodSides(text));
}

/** Every "date – date" (or open "date –" at the end of a line) in the text, with offsets. */
export function findPeriods(text: string): Found<Period>[] {
  return findPeriodSides(text).map((found) => ({ ...found, value: toPeriod(found.value) }));
}

/**
 * `sentence`: the text is a sentence telling the period, so its own words may stand between the dates
 * ("startade den 1 augusti 2012 och avslutades den 30 september 2014"); `between`: it follows
 * "mellan", so "och" joins the two.
 */
export function findPeriodSides(text: string, options: { sentence?: boolean; between?: boolean } = {}): Found<PeriodSides>[] {
  const dates = findDates(text);
  const periods: Found<PeriodSides>[] = [];
  for (let index = 0; index < dates.length; index += 1) {
    const first = dates[index];
    if (!first) continue;
    const rest = text.slice(first.end);
    const openEnd = rest.match(OPEN_END);
    if (openEnd) {
      periods.push(span(text, first.start, first.end + openEnd[0].trimEnd().length, first.value, { iso: null, text: '' }));
      continue;
    }
    const separator =
      rest.match(RANGE_SEPARATOR) ?? (options.sentence ? rest.match(SENTENCE_SEPARATOR) : null) ?? (options.between ? rest.match(BETWEEN_SEPARATOR) : null);
    if (!separator) continue;
    const afterSeparator = first.end + separator[0].length;
    const next = dates[index + 1];
    if (next && next.start === afterSeparator) {
      periods.push(span(text, first.start, next.end, first.value, next.value));
      index += 1;
      continue;
    }
    const fragment = text.slice(afterSeparator).match(DATE_FRAGMENT);
    if (fragment) {
      const endText = fragment[0];
      const end: ParsedDate = { iso: null, text: endText, problem: { problem: 'incomplete', text: endText } };
      periods.push(span(text, first.start, afterSeparator + endText.length, first.value, end));
    }
  }
  return periods;
}

function span(text: string, start: number, end: number, from: ParsedDate, to: ParsedDate): Found<PeriodSides> {
  return { value: { start: from, end: to, text: text.slice(start, end).trim() }, start, end };
}

function toPeriod(sides: PeriodSides): Period {
  return { start: sides.start.iso, end: sides.end.iso, text: sides.text };
}

/**
 * "oktober 2007 – maj 2011", "från september 2009 till maj 2013", "september 2009 och pågår till maj
 * 2013": a period written in months, from the first day of the first to the last day of the second.
 * `sideBySide` also takes two months with nothing between, as a form field's value sets them; a
 * running sentence needs the words between. A period whose end comes before its start is none.
 */
export function findMonthPeriods(text: string, options: { sideBySide?: boolean } = {}): Found<PeriodSides>[] {
  const periods: Found<PeriodSides>[] = [];
  for (const match of text.matchAll(options.sideBySide ? MONTH_PERIOD_SIDE_BY_SIDE : MONTH_PERIOD)) {
    const [written, fromMonth = '', fromYear = '', toMonth = '', toYear = ''] = match;
    const from = { year: Number(fromYear), month: monthNumber(fromMonth), text: `${fromMonth} ${fromYear}` };
    const to = { year: Number(toYear), month: monthNumber(toMonth), text: `${toMonth} ${toYear}` };
    const period = monthsPeriod(from, to, written, match.index);
    if (period) periods.push(period);
  }
  for (const match of text.matchAll(NUMERIC_MONTH_PERIOD)) {
    const [written, fromYear = '', fromMonth = '', toYear = '', toMonth = ''] = match;
    const from = { year: Number(fromYear), month: Number(fromMonth), text: `${fromYear}-${fromMonth}` };
    const to = { year: Number(toYear), month: Number(toMonth), text: `${toYear}-${toMonth}` };
    const period = monthsPeriod(from, to, written, match.index);
    if (period) periods.push(period);
  }
  return periods.sort((a, b) => a.start - b.start);
}

interface WrittenMonth {
  year: number;
  month: number;
  text: string;
}

function monthsPeriod(from: WrittenMonth, to: WrittenMonth, written: string, index: number): Found<PeriodSides> | null {
  if (from.month === 0 || to.month === 0 || from.year * 12 + from.month > to.year * 12 + to.month) return null;
  return {
    value: { start: { iso: firstDay(from.year, from.month), text: from.text }, end: { iso: lastDay(to.year, to.month), text: to.text }, text: written.trim() },
    start: index,
    end: index + written.length,
  };
}

/** Two days of six digits each, both real and in order; a year before 50 is this century's. */
function sixDigitPeriod(text: string): PeriodSides | null {
  const match = SIX_DIGIT_PERIOD.exec(text);
  if (!match) return null;
  const day = (yy = '', mm = '', dd = ''): string | null => {
    const year = Number(yy) < 50 ? 2000 + Number(yy) : 1900 + Number(yy);
    const month = Number(mm);
    if (month < 1 || month > 12 || Number(dd) < 1 || `${year}-${mm}-${dd}` > lastDay(year, month)) return null;
    return `${year}-${mm}-${dd}`;
  };
  const start = day(match[1], match[2], match[3]);
  const end = day(match[4], match[5], match[6]);
  if (!start || !end || start > end) return null;
  const [startText = '', endText = ''] = match[0].split(/\s*[-\u2010-\u2015\u2212]\s*/u);
  return { start: { iso: start, text: startText }, end: { iso: end, text: endText }, text: match[0] };
}

function firstDay(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

/** The month's last day (day 0 of the next month) as ISO. */
export function lastDay(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
