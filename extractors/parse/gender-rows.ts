/**
 * A table of people laid out by gender down its first column, as reports count participants:
 * "Kön | Antal" / "Kvinnor | 230" / "Män | 180" / "Totalt | 410", or a column per year ("Kön | 2021 |
 * 2020"). Each figure column whose women, men and total rows hold whole numbers is one count. Only a
 * column headed as a count of people or a year is read: a share ("Andel", "%"), an age or an average
 * down the same rows is no count, and its total is no sum.
 */
import type { Count } from '../../schemas/common.js';
import { parseSwedishNumber } from './number.js';

/**
 * A heading of people of no stated gender, whole ("Ej angivet", "Annat kön", "Vill ej uppge",
 * "Annat/vill ej uppge"): a heading that goes on ("Annat stöd") is something else.
 */
export const NO_STATED_PART = String.raw`(?:ej|inte)\s+(?:angiv\p{L}*|angett)|(?:ej|inte)\s+uppg\p{L}*|(?:vill|har)\s+(?:ej|inte)\s+(?:uppg|ange)\p{L}*(?:\s+kön)?|uppgift\s+saknas|okänt|annat|annan|övriga|övrigt|icke-?\s?binära?|ickebinära?`;
export const NO_STATED_GENDER = new RegExp(
  `^(?:antal\\s+)?(?:kön\\s+)?(?:${NO_STATED_PART})(?:\\s+kön)?(?:\\s*/\\s*(?:${NO_STATED_PART})(?:\\s+kön)?)*$`,
  'iu',
);

type RowRole = 'women' | 'men' | 'other' | 'total';

const ROLES: readonly [Exclude<RowRole, 'other'>, RegExp][] = [
  ['women', /^(?:antal\s+)?(?:kvinnor|kvinna|tjejer|flickor)$/iu],
  ['men', /^(?:antal\s+)?(?:män|man|killar|pojkar)$/iu],
  ['total', /^(?:totalt|summa|total|samtliga|alla|totalt antal(?: deltagare)?|(?:antal\s+)?deltagare totalt)$/iu],
];

/** The first column's heading over the genders: none, the word for gender, or the people counted. */
const GENDER_HEADING = /^(?:|kön|deltagare|antal deltagare|deltagare per kön|personer|individer)$/iu;
/** A figure column's heading, its year set aside: none, or a count of people ("Antal", "Deltagare", "Antal unika deltagare"). */
const COUNT_HEADING = /^(?:|antal|totalt|under året|i år|(?:antal\s+)?(?:unika\s+|nya\s+|inskrivna\s+)?(?:deltagare|personer|individer))$/iu;
const HEADING_YEAR = /(?<![\p{L}\d])((?:19|20)\d{2})(?![\p{L}\d])/gu;
/** A count as a table cell writes it: digits and digit groups only. */
const WHOLE_NUMBER = /^\d{1,3}(?:[ \u00a0\u2009\u202f]?\d{3})*$/u;

export interface GenderColumnCount {
  count: Count;
  /** The column's heading as written ('' when none). */
  heading: string;
  /** The total's row (an index into the rows given): where the count is quoted from. */
  totalRow: number;
}

const tidy = (text: string): string => text.replace(/\s+/gu, ' ').replace(/[:.]$/u, '').trim();

function roleOf(label: string): RowRole | null {
  const text = tidy(label);
  for (const [role, pattern] of ROLES) if (pattern.test(text)) return role;
  return NO_STATED_GENDER.test(text) ? 'other' : null;
}

function wholeNumber(cell: string | undefined): number | null {
  const text = tidy(cell ?? '');
  if (!WHOLE_NUMBER.test(text)) return null;
  const parsed = parseSwedishNumber(text);
  return parsed === null ? null : parsed.value;
}

/**
 * The counts of a table of cells (rows of cell texts, the header first) laid out by gender down its
 * first column; none when it is not such a table. A table without women's, men's and a total row,
 * or without a header that says what its columns count, gives none.
 */
export function countsDownGenderRows(rows: readonly (readonly string[])[]): GenderColumnCount[] {
  const [header, ...body] = rows;
  if (!header || !GENDER_HEADING.test(tidy(header[0] ?? ''))) return [];
  const at = new Map<RowRole, number>();
  body.forEach((row, index) => {
    const role = roleOf(row[0] ?? '');
    if (role && !at.has(role)) at.set(role, index + 1);
  });
  const women = at.get('women');
  const men = at.get('men');
  const total = at.get('total');
  if (women === undefined || men === undefined || total === undefined) return [];
  const other = at.get('other');
  const found: GenderColumnCount[] = [];
  for (let column = 1; column < header.length; column += 1) {
    const heading = tidy(header[column] ?? '');
    const years = [...heading.matchAll(HEADING_YEAR)].map((match) => Number(match[1]));
    if (years.length > 1 || !COUNT_HEADING.test(tidy(heading.replace(HEADING_YEAR, '')))) continue;
    const figure = (row: number | undefined): number | null => (row === undefined ? null : wholeNumber(rows[row]?.[column]));
    const [w, m, t] = [figure(women), figure(men), figure(total)];
    if (w === null || m === null || t === null) continue;
    const o = figure(other);
    const label = (row: number, value: number | null): string => (value === null ? '' : `${tidy(rows[row]?.[0] ?? '')} ${rows[row]?.[column]?.trim() ?? ''}`);
    const parts = [label(women, w), label(men, m), ...(other === undefined ? [] : [label(other, o)]), label(total, t)].filter((part) => part !== '');
    const year = years[0];
    found.push({
      count: {
        total: t,
        women: w,
        men: m,
        other: o,
        text: `${heading === '' ? '' : `${heading}: `}${parts.join(', ')}`,
        ...(year === undefined ? {} : { year }),
      },
      heading,
      totalRow: total,
    });
  }
  return found;
}
