/**
 * A table of people laid out by gender, as reports count participants: down its first column ("Kön |
 * Antal" / "Kvinnor | 230" / "Män | 180" / "Totalt | 410", or a column per year, "Kön | 2021 | 2020"),
 * each figure column headed as a count of people or a year one count; or across its header ("År |
 * Kvinnor | Män | Totalt" / "2021 | 230 | 170 | 410"), each row one count. A share ("Andel", "%"), an
 * age, an average or money is no count, and its total is no sum.
 */
import type { Count } from '../../schemas/common.js';
import { PART_OF_ABOVE } from './breakdown.js';
import { parseWholeCount } from './number.js';
import { headerRowFromLine } from './split-headings.js';

/**
 * A heading of people of no stated gender, whole ("Ej angivet", "Annat kön", "Vill ej uppge",
 * "Annat/vill ej uppge"): a heading that goes on ("Annat stöd") is something else.
 */
export const NO_STATED_PART = String.raw`(?:ej|inte)\s+(?:angiv\p{L}*|angett)|(?:ej|inte)\s+uppg\p{L}*|(?:vill|har)\s+(?:ej|inte)\s+(?:uppg|ange)\p{L}*(?:\s+kön)?|uppgift\s+(?:om\s+kön\s+)?saknas|vet\s+(?:ej|inte)|okänt|annat|annan|övriga|övrigt|icke-?\s?binära?|ickebinära?`;
export const NO_STATED_GENDER = new RegExp(
  `^(?:antal\\s+)?(?:kön\\s+)?(?:${NO_STATED_PART})(?:\\s+kön)?(?:\\s*/\\s*(?:${NO_STATED_PART})(?:\\s+kön)?)*$`,
  'iu',
);

type RowRole = 'women' | 'men' | 'other' | 'total';

/** What a heading may add to say when or how it counts: "Antal kvinnor under året", "Män (st)". */
const WHEN_COUNTED = String.raw`(?:\s+(?:under\s+(?:året|perioden|projekttiden|insatstiden)|i\s+år|\(st\)|st|\(antal\)))?`;

/** The people a table counts: "deltagare", "personer", "individer". */
const PEOPLE = String.raw`(?:deltagare|personer|individer)`;
/**
 * A count of all of them, as a row's label or a column's heading words it: "Totalt antal deltagare",
 * "Totalt antal personer", "Sammanlagt antal", "Deltagare totalt", "Summa personer".
 */
const ALL_COUNTED = String.raw`(?:totalt|sammanlagt)\s+antal(?:\s+${PEOPLE})?|(?:antal\s+)?${PEOPLE}\s+(?:totalt|sammanlagt)|(?:summa|totalt)\s+${PEOPLE}`;

const ROLES: readonly [Exclude<RowRole, 'other'>, RegExp][] = [
  ['women', new RegExp(String.raw`^(?:antal\s+)?(?:kvinnor|kvinna|tjejer|flickor)${WHEN_COUNTED}$`, 'iu')],
  ['men', new RegExp(String.raw`^(?:antal\s+)?(?:män|man|killar|pojkar)${WHEN_COUNTED}$`, 'iu')],
  ['total', new RegExp(String.raw`^(?:totalt|summa|total|samtliga|alla|${ALL_COUNTED})${WHEN_COUNTED}$`, 'iu')],
];

/** The first column's heading over the genders: none, the word for gender, or the people counted. */
const GENDER_HEADING = /^(?:|kön|deltagare|antal deltagare|deltagare per kön|personer|individer)$/iu;
/** A figure column's heading, its year set aside: none, or a count of people ("Antal", "Deltagare", "Antal unika deltagare"). */
const COUNT_HEADING = /^(?:|antal|totalt|under året|i år|(?:antal\s+)?(?:unika\s+|nya\s+|inskrivna\s+)?(?:deltagare|personer|individer))$/iu;
const HEADING_YEAR = /(?<![\p{L}\d])((?:19|20)\d{2})(?![\p{L}\d])/gu;

/** A count a table states, and its row (an index into the rows given): where it is quoted from, the total's for a column. */
export interface TableCount {
  count: Count;
  row: number;
}

const tidy = (text: string): string => text.replace(/\s+/gu, ' ').replace(/[:.]$/u, '').trim();

function roleOf(label: string): RowRole | null {
  const text = tidy(label);
  for (const [role, pattern] of ROLES) if (pattern.test(text)) return role;
  return NO_STATED_GENDER.test(text) ? 'other' : null;
}

function wholeNumber(cell: string | undefined): number | null {
  return parseWholeCount(tidy(cell ?? ''));
}

/**
 * The counts of a table of cells (rows of cell texts, the header first) laid out by gender down its
 * first column; none when it is not such a table. A table without women's, men's and a total row,
 * or without a header that says what its columns count, gives none.
 */
function countsDownGenderRows(rows: readonly (readonly string[])[]): TableCount[] {
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
  const roleRows = new Set(at.values());
  /** Rows of something else with a figure ("16–29 år", "Ospecificerat"): the rest of a split may stand there. */
  const others = body.flatMap((row, index) => (roleRows.has(index + 1) || PART_OF_ABOVE.test(tidy(row[0] ?? '')) ? [] : [index + 1]));
  const found: TableCount[] = [];
  for (let column = 1; column < header.length; column += 1) {
    const heading = tidy(header[column] ?? '');
    const years = [...heading.matchAll(HEADING_YEAR)].map((match) => Number(match[1]));
    if (years.length > 1 || !COUNT_HEADING.test(tidy(heading.replace(HEADING_YEAR, '')))) continue;
    const figure = (row: number | undefined): number | null => (row === undefined ? null : wholeNumber(rows[row]?.[column]));
    const [w, m, t] = [figure(women), figure(men), figure(total)];
    if (w === null || m === null || t === null) continue;
    const o = figure(other);
    if (w + m + (o ?? 0) !== t && others.some((row) => figure(row) !== null)) continue;
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
      row: total,
    });
  }
  return found;
}

/** A column's heading over the total of the genders across a table: "Totalt", "Antal deltagare", "Totalt antal personer". */
const TOTAL_COLUMN = new RegExp(String.raw`^(?:totalt|summa|total|antal|deltagare|antal deltagare|${ALL_COUNTED}|samtliga)${WHEN_COUNTED}$`, 'iu');
/** A row or table of something else than people counted: an average, an age, a share, money. */
const NOT_PEOPLE = /medel|snitt|ålder|andel|procent|%|median|kostnad|belopp|(?<![\p{L}])(?:kr|tkr|mkr)(?![\p{L}])/iu;
const A_YEAR = /^(?:19|20)\d{2}$/u;

/**
 * "K | M" over two columns ("2021 K | 2021 M"): a table's short headings for women and men, read as
 * theirs only where the header has both, once each (a lone "K" or "M" may stand for anything).
 */
export function genderLetterColumns(headings: readonly string[]): { women: number; men: number } | null {
  // "2021 K": the year set aside, as for the genders' words.
  const at = (letter: string): number[] =>
    headings.flatMap((heading, column) => (tidy(heading.replace(HEADING_YEAR, '')).toUpperCase() === letter ? [column] : []));
  const [women, men] = [at('K'), at('M')];
  return women.length === 1 && men.length === 1 && women[0] !== undefined && men[0] !== undefined ? { women: women[0], men: men[0] } : null;
}

/**
 * A gender's heading over one age group ("Kvinnor under 30 år", "Män 16–29 år", "Kvinnor 30 år och
 * äldre"): the gender and the group as written. A year ("Kvinnor 2021") or anything but an age
 * ("Kvinnor i arbete", whose total may count others too) is no group of the gender's.
 */
const GENDER_IN_AGE_GROUP = /^(?:antal\s+)?(kvinnor|män)\s+(.*(?:(?<!\p{L})år(?!\p{L})|\d{1,2}\s*[-–]\s*\d{1,2}|\d{1,2}\s*\+).*)$/iu;

const A_YEAR_IN = /(?<![\p{L}\d])(?:19|20)\d{2}(?![\p{L}\d])/u;

function ageGroupOf(heading: string): { role: 'women' | 'men'; group: string } | null {
  const match = GENDER_IN_AGE_GROUP.exec(tidy(heading));
  const [gender = '', group = ''] = match ? [match[1], match[2]] : [];
  if (!match || A_YEAR_IN.test(group) || NOT_PEOPLE.test(group)) return null;
  return { role: gender.toLowerCase() === 'kvinnor' ? 'women' : 'men', group: group.toLowerCase().replace(/\s+/gu, '') };
}

/**
 * Women's and men's columns by age group, where the header has no column of either gender's whole:
 * each gender's columns, when both count the same groups once each ("Kvinnor under 30 år | Män under
 * 30 år | Kvinnor 30 år och äldre | Män 30 år och äldre"); null otherwise.
 */
function ageGroupColumns(header: readonly string[]): { women: number[]; men: number[] } | null {
  const groups = { women: new Map<string, number>(), men: new Map<string, number>() };
  for (const [column, cell] of header.entries()) {
    const found = ageGroupOf(cell);
    if (!found) continue;
    if (groups[found.role].has(found.group)) return null;
    groups[found.role].set(found.group, column);
  }
  const [women, men] = [[...groups.women.keys()].sort(), [...groups.men.keys()].sort()];
  if (women.length < 2 || women.join('|') !== men.join('|')) return null;
  return { women: [...groups.women.values()], men: [...groups.men.values()] };
}

/** Where each gender's and the total's figures stand in a header row: a gender's in one column, or in one per age group. */
type GenderColumns = { women: number[]; men: number[]; total: number; other?: number };

/** The columns of a header row; null unless women, men and a total each head one column, or the genders one per age group. */
function genderColumns(header: readonly string[]): GenderColumns | null {
  const at: Partial<Record<RowRole, number>> = {};
  const letters = genderLetterColumns(header);
  for (const [column, cell] of header.entries()) {
    const text = tidy(cell);
    // The first column's heading names what its rows are ("Deltagare", "Antal deltagare"), not a total beside them.
    const total = column > 0 && TOTAL_COLUMN.test(text) ? 'total' : null;
    const role = letters?.women === column ? 'women' : letters?.men === column ? 'men' : (roleOf(text) ?? total);
    if (role === null) continue;
    if (at[role] !== undefined) return null;
    at[role] = column;
  }
  if (at.total === undefined) return null;
  const other = at.other === undefined ? {} : { other: at.other };
  if (at.women !== undefined && at.men !== undefined) return { women: [at.women], men: [at.men], total: at.total, ...other };
  const inGroups = at.women === undefined && at.men === undefined ? ageGroupColumns(header) : null;
  return inGroups ? { ...inGroups, total: at.total, ...other } : null;
}

/**
 * A table of the genders across its header ("År | Kvinnor | Män | Totalt" / "2021 | 230 | 170 |
 * 410", or one row under "| Kvinnor | Män | Totalt"): each body row whose women, men and total hold
 * whole numbers is a count, of the year its first cell names. A row of an average, an age, a share or
 * money is none.
 */
function countsAcrossGenderColumns(rows: readonly (readonly string[])[]): TableCount[] {
  const [header, ...body] = rows;
  const at = header ? genderColumns(header) : null;
  if (!header || !at || NOT_PEOPLE.test(header[0] ?? '')) return [];
  const found: TableCount[] = [];
  const roleColumns = new Set([...at.women, ...at.men, at.total, ...(at.other === undefined ? [] : [at.other])]);
  // "Kvinnor | Män | Totalt" over a row of figures: no column of labels.
  const labelled = !roleColumns.has(0);
  /** Columns of something else ("Ospecificerat"; not "Varav unga"): the rest of a split may stand there. */
  const others = header.flatMap((cell, column) => (roleColumns.has(column) || (labelled && column === 0) || PART_OF_ABOVE.test(tidy(cell)) ? [] : [column]));
  body.forEach((row, index) => {
    const label = labelled ? tidy(row[0] ?? '') : '';
    if (NOT_PEOPLE.test(label)) return;
    const figure = (column: number | undefined): number | null => (column === undefined ? null : wholeNumber(row[column]));
    // A gender counted by age group is the sum of its groups, none if one of them is not a count.
    const summed = (columns: number[]): number | null => {
      const counts = columns.map(figure);
      return counts.some((count) => count === null) ? null : counts.reduce((sum: number, count) => sum + (count ?? 0), 0);
    };
    const [w, m, t] = [summed(at.women), summed(at.men), figure(at.total)];
    if (w === null || m === null || t === null) return;
    const o = figure(at.other);
    if (w + m + (o ?? 0) !== t && others.some((column) => figure(column) !== null)) return;
    const part = (column: number | undefined): string =>
      column === undefined || figure(column) === null ? '' : `${tidy(header[column] ?? '')} ${tidy(row[column] ?? '')}`;
    const parts = [...at.women, ...at.men, at.other, at.total].map(part).filter((text) => text !== '');
    const year = A_YEAR.test(label) ? Number(label) : undefined;
    found.push({
      count: { total: t, women: w, men: m, other: o, text: `${label === '' ? '' : `${label}: `}${parts.join(', ')}`, ...(year === undefined ? {} : { year }) },
      row: index + 1,
    });
  });
  return found;
}

/** Whether a row is a header of the genders across a table ("Deltagare | Kvinnor | Män | Totalt"). */
export function isGenderHeader(row: readonly string[]): boolean {
  return genderColumns(row) !== null;
}

/**
 * A table of the genders across its columns whose headings stand on a line over it ("Kvinnor Män
 * Totalt", "Deltagare Kvinnor Män Totalt"), as a Word author types them over a table without a header
 * and a PDF reader reads a header set off by a gap: the table with the header row the line stands
 * for, one heading per column of counts, left to right. Null where the table has a header of its
 * own, or the line's words do not make one in exactly one way (parse/split-headings.ts).
 */
export function withGenderHeadingLine(line: string, rows: readonly (readonly string[])[]): string[][] | null {
  if (rows.length === 0 || isGenderHeader(rows[0] ?? [])) return null;
  const heads = (text: string) => roleOf(text) !== null || TOTAL_COLUMN.test(tidy(text));
  const header = headerRowFromLine(line, rows, {
    isFigure: (text) => wholeNumber(text) !== null,
    labelOptional: true,
    minFigures: 2,
    // The first column's heading: none, what its rows are ("Deltagare", "År"), never a gender's.
    accepts: ([label = '', ...headings], cells) => (GENDER_HEADING.test(label) || !heads(label)) && headings.every(heads) && isGenderHeader(cells),
  });
  return header ? [header, ...rows.map((row) => [...row])] : null;
}

/** The counts of a participants table by gender, laid out down its first column or across its header. */
export function genderTableCounts(rows: readonly (readonly string[])[]): TableCount[] {
  return [...countsDownGenderRows(rows), ...countsAcrossGenderColumns(rows)];
}
