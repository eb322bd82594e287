/**
 * The counts a table of people states: a table laid out by gender (gender-rows.ts), or a form typed
 * as a table of labels and figures ("Antal deltagare | 64" / "Varav kvinnor | 30" / "Varav män |
 * 34"), read as the same fields typed as lines are (count.ts).
 */
import { findCounts, hasBreakdown } from './count.js';
import { genderTableCounts, type TableCount } from './gender-rows.js';

/**
 * A row's label that says it counts people ("Antal deltagare", "Deltagare totalt", "Antal unika
 * personer"): without one a table of labels and figures may hold ages or shares ("Kvinnor | 34").
 */
const COUNT_OF_PEOPLE = /^(?:(?:totalt\s+)?antal(?:et)?\s+)?(?:unika\s+|nya\s+|inskrivna\s+)?(?:deltagare|personer|individer)(?:\s+totalt)?$/iu;

const tidy = (text: string): string => text.replace(/\s+/gu, ' ').replace(/:$/u, '').trim();

/**
 * "Antal deltagare | 64" / "Varav kvinnor | 30" / …: each row a label and at most one figure; every
 * count the fields state, a total alone too.
 */
export function formTableCounts(rows: readonly (readonly string[])[]): TableCount[] {
  const fields = rows.map((row) => row.map(tidy).filter((cell) => cell !== ''));
  if (fields.some((cells) => cells.length > 2) || !fields.some(([label, value]) => value !== undefined && COUNT_OF_PEOPLE.test(label ?? ''))) return [];
  const starts: number[] = [];
  let text = '';
  for (const [label = '', value] of fields) {
    starts.push(text.length);
    text += `${value === undefined ? label : `${label}: ${value}`}\n`;
  }
  return findCounts(text).map(({ value, start }) => ({
    count: value,
    row: Math.max(
      0,
      starts.findLastIndex((at) => at <= start),
    ),
  }));
}

/** The counts of a participants table: by gender down or across it, else as a form's fields. */
export function tableCounts(rows: readonly (readonly string[])[]): TableCount[] {
  const byGender = genderTableCounts(rows);
  return byGender.length > 0 ? byGender : formTableCounts(rows).filter(({ count }) => hasBreakdown(count));
}
