/**
 * A statement's column headings set apart from its table: a line above it ("2021-12-31
 * 2020-12-31", "Budget 2022 Utfall aug Prognos 2022 Avvikelse"), as a PDF reader sets a header
 * row with an empty label cell and a Word author types one, or a header the PDF reader reads as a
 * table of its own (a gap, a shaded band). The headings head the table's figure columns left to
 * right, and are read as the header row they stand for; where they do not fit the columns one to
 * one, nothing is guessed.
 */
import { amountColumnsOf, type Columns, type GridRow, headerColumns, NOTE_HEADING, parseCellAmount, UNIT_TEXT } from './grid.js';

/** A year or a closing day as a statement's header writes it: "2021", "2021-12-31". */
const YEAR_OR_DAY_WORD = '(?:19|20)\\d{2}(?:-\\d{2}-\\d{2})?';

/** A line of nothing but the columns' years or closing days, perhaps after "Not" ("Not 2021 2020"). */
const YEARS_LINE = new RegExp(`^(?:not(?:er)?\\.?\\s+)?${YEAR_OR_DAY_WORD}(?:\\s+${YEAR_OR_DAY_WORD})+$`, 'iu');
export const YEAR_OR_DAY = new RegExp(`^${YEAR_OR_DAY_WORD}$`, 'u');
/** A cell that is only a unit: "tkr", "(tkr)", "Belopp i tkr". */
const UNIT_ALONE = new RegExp(`^\\(?${UNIT_TEXT.source}\\)?$`, 'iu');

/** A word that opens a column's heading: budget, utfall, prognos, avvikelse and their compounds. */
const ROLE_WORD = /^\(?\p{L}*(?:budget|utfall|bokslut|redovisat|prognos|avvikelse|differens)\p{L}*\)?$/iu;
/**
 * A word that qualifies the heading before it: a year, a day ("220831", "31/8"), a month or months
 * ("aug", "jan–aug"), the whole year, last year ("fg år"), a unit.
 */
const QUALIFIER =
  /^\(?(?:\d[\d\-–/.]*|(?:jan|feb|mars?|apr|maj|juni?|juli?|aug|sept?|okt|nov|dec)\p{L}*\.?(?:[-–](?:jan|feb|mars?|apr|maj|juni?|juli?|aug|sept?|okt|nov|dec)\p{L}*\.?)?|helår(?:et)?|period(?:en)?|ack\.?|ackumulerat|t\.?o\.?m\.?|fg\.?|föreg\.?|år|året|tkr|kr|mkr)\)?$/iu;

export interface HeadingLine {
  /** The figure columns' headings, left to right. */
  headings: string[];
  /** The unit the line states ("Budget Utfall Avvikelse (tkr)"), if it does. */
  unitText: string | null;
  /** Whether the headings name budget, utfall or avvikelse, not only years. */
  namesRoles: boolean;
}

/** The headings a line gives its table's figure columns; null when the line is not only headings. */
export function headingLineOf(text: string): HeadingLine | null {
  const line = text.replace(/\s+/gu, ' ').trim();
  if (YEARS_LINE.test(line)) return { headings: line.split(' ').filter((word) => YEAR_OR_DAY.test(word)), unitText: null, namesRoles: false };
  const headings: string[][] = [];
  let unitText: string | null = null;
  for (const [index, word] of line.split(' ').entries()) {
    // "Not" heads the notes' column, which is no figure column: the table's own column tells it.
    if (index === 0 && NOTE_HEADING.test(word)) continue;
    if (ROLE_WORD.test(word)) headings.push([word]);
    else if (headings.length === 0 && UNIT_TEXT.test(word)) unitText = word;
    else if (QUALIFIER.test(word) && headings.length > 0) {
      headings[headings.length - 1]?.push(word);
      if (UNIT_TEXT.test(word)) unitText ??= word;
    } else return null;
  }
  return headings.length >= 2 ? { headings: headings.map((words) => words.join(' ')), unitText, namesRoles: true } : null;
}

/**
 * A table of nothing but headings (no amount beside any, years aside) over columns of their own,
 * as the header of the table after it: each column's texts, top to bottom, are one heading, and
 * each opens with a budget, utfall or avvikelse word or a year ("Not" aside, a unit apart).
 */
export function headerTableOf(rows: GridRow[]): HeadingLine | null {
  if (rows.length === 0 || rows.length > 3) return null;
  const amount = (text: string) => parseCellAmount(text, 'kr') !== null && !YEAR_OR_DAY.test(text);
  if (rows.some((row) => row.cells.some(amount))) return null;
  const width = rows.reduce((most, row) => Math.max(most, row.cells.length), 0);
  const columns = Array.from({ length: width }, (_, column) =>
    rows
      .map((row) => row.cells[column] ?? '')
      .filter((text) => text !== '')
      .join(' '),
  ).filter((text) => text !== '' && !NOTE_HEADING.test(text));
  const unitText = columns.find((text) => UNIT_ALONE.test(text)) ?? null;
  const headings = columns.filter((text) => !UNIT_ALONE.test(text));
  const namesRole = (text: string) => ROLE_WORD.test(text.split(' ')[0] ?? '');
  const opensHeading = (text: string) => namesRole(text) || YEAR_OR_DAY.test(text.split(' ')[0] ?? '');
  return headings.length >= 2 && headings.every(opensHeading) ? { headings, unitText, namesRoles: headings.some(namesRole) } : null;
}

/**
 * The columns of a table without a header, headed by headings set apart from it: one per figure
 * column, left to right, read as a header row would be. Null when they are not one per column, or
 * name no role the statement needs.
 */
export function headedByHeadings(rows: GridRow[], line: HeadingLine, inferred: Columns | null, year: number | null): Columns | null {
  const figures = amountColumnsOf(rows).filter((column) => column !== inferred?.roles.note);
  if (figures.length !== line.headings.length) return null;
  const header: string[] = Array.from({ length: (figures[figures.length - 1] ?? 0) + 1 }, () => '');
  figures.forEach((column, index) => {
    header[column] = line.headings[index] ?? '';
  });
  const headed = headerColumns([{ cells: header, source: { page: null } }], year);
  if (!headed) return null;
  const note = inferred?.roles.note;
  return { ...headed, roles: { ...headed.roles, ...(note === undefined ? {} : { note }) }, headerRows: 0, unitText: line.unitText };
}
