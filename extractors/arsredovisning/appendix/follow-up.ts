/**
 * Participant follow-up kept as a table ("Bilaga 1. Uppföljning av deltagare": Insats | Deltagare |
 * Kvinnor | Män …) rather than in each intervention's text: each row's count goes to the
 * intervention of that name (a row of no intervention the report names is a stated count of its
 * own), and a Totalt row is a stated count over the rows it sums. A column of people of no stated
 * gender ("Ej angivet", "Annat/vill ej uppge") is the count's other. A table of the genders that
 * names no insats ("Kön | 2021 | 2020" / "Kvinnor | 230 | 210" / …, "År | Kvinnor | Män | Totalt")
 * states its counts all the same (parse/gender-rows.ts).
 */
import type { Intervention, StatedCount } from '../../../schemas/arsredovisning.js';
import type { Count } from '../../../schemas/common.js';
import type { Row, SourceRef, Table } from '../../model.js';
import { genderLetterColumns, NO_STATED_GENDER, withGenderHeadingLine } from '../../parse/gender-rows.js';
import { tableCounts } from '../../parse/table-counts.js';
import { parseWholeCount } from '../../parse/index.js';
import { headerRowFromLine } from '../../parse/split-headings.js';
import { labelMatches, matchNames } from '../../text/index.js';
import { appendAll } from '../../arrays.js';
import { cellText, evidenceOf, isParagraph, isTable, type Placed, tidy } from '../walk.js';

type Column = 'name' | 'total' | 'women' | 'men' | 'other';

const WORDINGS: Record<Exclude<Column, 'other'>, string[]> = {
  name: ['Insats', 'Insatsnamn', 'Insatsens namn', 'Verksamhet', 'Projekt'],
  total: ['Antal deltagare', 'Deltagare', 'Deltagare totalt', 'Totalt antal deltagare', 'Antal', 'Totalt'],
  women: ['Kvinnor', 'Varav kvinnor', 'Antal kvinnor'],
  men: ['Män', 'Varav män', 'Antal män'],
};
const TOTAL_ROW = ['Totalt', 'Summa', 'Samtliga insatser', 'Totalt samtliga insatser'];
/** A year or "under året" in a column heading: the count is the year's. */
const YEAR = /(?<![\p{L}\d])(?:(?:19|20)\d{2}|under året|i år)(?![\p{L}\d])/iu;

/** A year in a column heading ("Kvinnor 2021"): set aside to read the column's role, kept to pair the columns of one year. */
const HEADING_YEAR = /(?<![\p{L}\d])((?:19|20)\d{2})(?![\p{L}\d])/gu;

function columnOf(text: string): Column | null {
  const heading = text.replace(HEADING_YEAR, '').replace(/\s+/g, ' ').trim();
  if (heading === '') return null;
  for (const column of ['women', 'men', 'total', 'name'] as const) {
    if (WORDINGS[column].some((wording) => labelMatches(heading, wording, { maxExtraTokens: 1 }))) return column;
  }
  return NO_STATED_GENDER.test(heading) ? 'other' : null;
}

function yearOf(heading: string): number | null {
  const year = [...heading.matchAll(HEADING_YEAR)][0]?.[1];
  return year === undefined ? null : Number(year);
}

/** A gender's group that is all of them: none written, or "totalt", "samtliga", "alla". */
const WHOLE_GROUP = /^(?:|totalt|total|samtliga|alla|sammanlagt)$/u;

/** A gender's heading without its gender word and year: the group it counts ("16–29 år" of "Kvinnor 16–29 år"), '' for none. */
function groupOf(heading: string): string {
  return heading
    .replace(HEADING_YEAR, '')
    .replace(/(?<![\p{L}])(?:varav\s+|antal\s+)?(?:kvinnor|män|K|M)(?![\p{L}])/iu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Where each column of one count stands: a table of two years ("Totalt 2020 | Totalt 2021 |
 * Kvinnor 2021 | Män 2021") splits the year its women and men are of; where it does not say which
 * year they are of and its totals are of two, they are no count's split (none). Women and men counted
 * in groups ("Kvinnor 16–29 år | Män 16–29 år | Kvinnor 30–64 år | Män 30–64 år") are each gender's
 * columns together, where both genders have the same groups; else no split either.
 */
function columnsOfOneYear(headings: string[]): (column: Column) => number[] {
  const letters = genderLetterColumns(headings);
  const columns = headings.map((heading, index) => (letters?.women === index ? 'women' : letters?.men === index ? 'men' : columnOf(heading)));
  const years = headings.map(yearOf);
  const yearsOf = (column: Column) => new Set(columns.flatMap((role, index) => (role === column && years[index] !== null ? [years[index]] : [])));
  const split = new Set([...yearsOf('women'), ...yearsOf('men')]);
  const totals = yearsOf('total');
  const year = split.size === 1 ? [...split][0] : split.size === 0 && totals.size <= 1 ? [...totals][0] : undefined;
  const undecided = split.size > 1 || (split.size === 0 && totals.size > 1);
  const ofTheYear = (column: Column): number[] =>
    columns.flatMap((role, index) => (role === column && (year === undefined || years[index] === null || years[index] === year) ? [index] : []));
  const groups = (column: Column): string[] =>
    ofTheYear(column)
      .map((index) => groupOf(headings[index] ?? ''))
      .sort();
  const [womenGroups, menGroups] = [groups('women'), groups('men')];
  const inGroups = womenGroups.length > 1 || menGroups.length > 1;
  const sameGroups = womenGroups.join('|') === menGroups.join('|') && new Set(womenGroups).size === womenGroups.length;
  /** "Kvinnor" or "Kvinnor totalt" beside "Kvinnor 16–29 år": the gender's whole, the groups its parts. */
  const whole = (column: Column): number[] => ofTheYear(column).filter((index) => WHOLE_GROUP.test(groupOf(headings[index] ?? '')));
  const [womenWhole, menWhole] = [whole('women'), whole('men')];
  const genders = ((): Record<'women' | 'men', number[]> => {
    if (!inGroups) return { women: ofTheYear('women'), men: ofTheYear('men') };
    if (womenWhole.length === 1 && menWhole.length === 1) return { women: womenWhole, men: menWhole };
    const summed = sameGroups && womenWhole.length === 0 && menWhole.length === 0;
    return summed ? { women: ofTheYear('women'), men: ofTheYear('men') } : { women: [], men: [] };
  })();
  return (column) => {
    if (undecided && column !== 'name' && column !== 'total') return [];
    return column === 'women' || column === 'men' ? genders[column] : ofTheYear(column).slice(0, 1);
  };
}

interface FollowUpTable {
  rows: { name: string; count: Count; source: SourceRef; text: string }[];
  total: { count: Count; source: SourceRef; text: string } | null;
  scope: NonNullable<StatedCount['scope']>;
  section: string | null;
  index: number;
}

const textsOf = (row: Row): string[] => row.cells.map((cell) => tidy(cellText(cell)).replace(/\n/g, ' '));

/** Whether headings make a follow-up table's header: the insats first, then a total and a gender. */
function isFollowUpHeader(headings: string[]): boolean {
  const at = columnsOfOneYear(headings);
  return at('name')[0] === 0 && at('total').length > 0 && (at('women').length > 0 || at('men').length > 0);
}

/**
 * A table's rows as its own header heads them, or — `apart`, the headings set apart from a table
 * without a header (headingsApart) — all of them under those.
 */
function readTable(item: Placed<Table>, apart: string[] | null = null): FollowUpTable | null {
  const [first, ...rest] = item.block.rows;
  if (!first) return null;
  const headings = apart ?? textsOf(first);
  const body = apart ? item.block.rows : rest;
  const at = columnsOfOneYear(headings);
  if (!isFollowUpHeader(headings)) return null;
  const scope: FollowUpTable['scope'] = headings.some((heading) => YEAR.test(heading)) ? 'year' : 'total';
  const table: FollowUpTable = { rows: [], total: null, scope, section: item.section, index: item.index };
  for (const row of body) {
    const texts = textsOf(row);
    // A gender counted in groups is the sum of its columns, none if one of them is not a count.
    const number = (column: Column): number | null => {
      const counts = at(column).map((index) => parseWholeCount(texts[index] ?? ''));
      if (counts.length === 0 || counts.some((count) => count === null)) return null;
      return counts.reduce((sum: number, count) => sum + (count ?? 0), 0);
    };
    const name = texts[0] ?? '';
    if (name === '') continue;
    const text = texts.filter((cell) => cell !== '').join(' | ');
    const count: Count = { total: number('total'), women: number('women'), men: number('men'), other: number('other'), text };
    if (TOTAL_ROW.some((wording) => labelMatches(name, wording, { maxExtraTokens: 0 }))) table.total = { count, source: row.source, text };
    else table.rows.push({ name, count, source: row.source, text });
  }
  return table.rows.length > 0 ? table : null;
}

export interface FollowUp {
  /** Per intervention (by index), the counts the table gives it. */
  participants: Map<number, Intervention['participants']>;
  statedCounts: StatedCount[];
  /** Walk positions of the tables read. */
  consumed: Set<number>;
}

/**
 * "Kön | 2021 | 2020" / "Kvinnor | 230 | 210" / …, or "År | Kvinnor | Män | Totalt" / "2021 | 230 | 170 | 410": a
 * table of the genders; or "Antal deltagare | 410" / "Kvinnor | 230" / …, a form typed as a table: its stated counts.
 */
function tableRowCounts(item: Placed<Table>, lineOver: string | null): StatedCount[] {
  const cells = item.block.rows.map(textsOf);
  // "Kvinnor Män Totalt" typed on the line over a table of counts without a header: a header row that is no row of the table.
  const headed = lineOver === null ? null : withGenderHeadingLine(lineOver, cells);
  const offset = headed ? -1 : 0;
  return tableCounts(headed ?? cells).map(({ count, row }) => {
    const source = item.block.rows[row + offset]?.source ?? item.block.source;
    return {
      ...count,
      label: count.text,
      covers: [],
      scope: count.year === undefined ? 'total' : 'year',
      evidence: evidenceOf(source, item.section, count.text),
    };
  });
}

/**
 * The headings of a follow-up table set apart from it: a line of them right over it ("Insats Kvinnor
 * Män Totalt"), as a Word author types them and a PDF reader reads a header set off by a gap, one per
 * column of counts (parse/split-headings.ts); or a table of nothing but them right over it. Null
 * where there are none, or the table has a header of its own.
 */
function headingsApart(placed: Placed[], at: number, table: Table): string[] | null {
  const above = placed[at - 1];
  const rows = table.rows.map(textsOf);
  if (!above || rows.length === 0 || isFollowUpHeader(rows[0] ?? [])) return null;
  if (isTable(above)) {
    const [only, ...more] = above.block.rows;
    const header = only && more.length === 0 ? textsOf(only) : [];
    return isFollowUpHeader(header) ? header : null;
  }
  return headerRowFromLine(isParagraph(above) ? above.block.text : '', rows, {
    isFigure: (text) => parseWholeCount(text) !== null,
    labelOptional: false,
    minFigures: 2,
    accepts: ([label = '', ...texts], header) =>
      columnOf(label) === 'name' && texts.every((text) => columnOf(text) !== null && columnOf(text) !== 'name') && isFollowUpHeader(header),
  });
}

/** Every follow-up table of the report, its rows matched to the interventions by name. */
export function readFollowUp(placed: Placed[], names: string[]): FollowUp {
  const result: FollowUp = { participants: new Map(), statedCounts: [], consumed: new Set() };
  for (const [at, item] of placed.entries()) {
    if (!isTable(item)) continue;
    const table = readTable(item) ?? readTable(item, headingsApart(placed, at, item.block));
    if (!table) {
      const above = placed[at - 1];
      appendAll(result.statedCounts, tableRowCounts(item, above && isParagraph(above) ? above.block.text : null));
      continue;
    }
    result.consumed.add(table.index);
    const pairs = matchNames(
      names,
      table.rows.map((row) => row.name),
    );
    const covers: string[] = [];
    const matched = new Set<number>();
    for (const pair of pairs) {
      const row = table.rows[pair.b];
      const name = names[pair.a];
      if (!row || name === undefined) continue;
      covers.push(name);
      matched.add(pair.b);
      const evidence = evidenceOf(row.source, table.section, row.text);
      result.participants.set(pair.a, [...(result.participants.get(pair.a) ?? []), { ...row.count, scope: table.scope, evidence }]);
    }
    // A row of an insats the report does not list (or lists under another name) states its count all the same.
    table.rows.forEach((row, at) => {
      if (matched.has(at)) return;
      const evidence = evidenceOf(row.source, table.section, row.text);
      result.statedCounts.push({ ...row.count, label: row.text, covers: [], scope: table.scope, evidence });
    });
    if (table.total) {
      const evidence = evidenceOf(table.total.source, table.section, table.total.text);
      result.statedCounts.push({ ...table.total.count, label: table.total.text, covers, scope: table.scope, evidence });
    }
  }
  return result;
}
