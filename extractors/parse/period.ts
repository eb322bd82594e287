import type { Period } from '../../schemas/common.js';
import { findDates, type ParsedDate } from './date.js';
import type { Found } from './number.js';

/** "–", "—", "-", "till", "till och med", "t.o.m.", "tom", "fram till" between two dates. */
const RANGE_SEPARATOR = /^\s*(?:[-\u2010-\u2015\u2212]+|till(?: och med)?|fram till|t\.?\s?o\.?\s?m\.?|tom)\s*/iu;
/** A separator before a lone date makes it the end: "t.o.m. 2021-12-31". */
const END_MARKER = /(?:[-\u2010-\u2015\u2212]|\btill(?: och med)?|\bt\.?\s?o\.?\s?m\.?|\btom)\s*$/iu;
/** "2019-09-01 -" closing a line or a bracket: an open-ended period. */
const OPEN_END = /^[ \t\u00A0]*[-\u2010-\u2015\u2212]+[ \t\u00A0]*(?=[)\]]|$|\r?\n)/u;
/** What is left of a date that the date reader could not take: "2021-12", "2021". */
const DATE_FRAGMENT = /^(?:19|20)\d{2}(?:\s?[-./]\s?\d{1,3}){0,2}(?![\d\p{L}])/u;

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

export function findPeriodSides(text: string): Found<PeriodSides>[] {
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
    const separator = rest.match(RANGE_SEPARATOR);
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
