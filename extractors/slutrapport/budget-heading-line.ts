/**
 * A cost table whose column headings stand on a line over it ("Kostnadsslag Budget Utfall",
 * "Budget 2021 Utfall 2021 Avvikelse"): typed so by a Word author over a table without a header,
 * or a header the PDF reader sets apart from its table (a gap, a shaded band) and reads as one line.
 * The line's words are split into one heading per figure column of the table, left to right (and
 * the cost column's heading first, where the line has it), and read as the header row they stand
 * for. Where no split, or more than one, makes a cost table's header, nothing is guessed.
 */
import { parseAmount } from '../parse/money.js';
import { headerRowFromLine, mayBeHeading } from '../parse/split-headings.js';
import { statedShareOf } from '../parse/percent.js';
import { type FormCell, type FormRow, tableEnd } from '../structure/index.js';
import { isBudgetHeader, wrappedHeader } from './budget-header.js';
import type { TemplateReading } from './profile.js';
import { isHeaderRow, overlap } from './table-columns.js';

type ColumnLabels = Pick<TemplateReading['labels'], 'costColumn' | 'budgetColumn' | 'outcomeColumn'>;

/**
 * A word a column's heading opens with beside the template's own wordings: the whole period's, a
 * revised budget, a column beside budget and utfall. A line's run of words opened by anything else
 * ("och utfall", "(tkr) Utfall") is no heading, though the labels' matching would pass over the word.
 */
const OPENER =
  /^\(?(?:total[at]?|summa|sammanlag[dt]|reviderad|justerad|omdisponerad|uppdaterad|ändrad|avvikelse|differens|diff\.?|skillnad|kvar|återstår|återstående|förbrukat|förbrukad|förbrukningsgrad|andel|procent|%|prognos|varav|medfinansiering|finansiär|kommentar(?:er)?|anmärkning(?:ar)?|förklaring(?:ar)?|budget\p{L}*|utfall\p{L}*)[,:]?\)?$/iu;

/** The first words of the template's wordings (lower case): "kostnadsslag", "beviljat", "faktiska". */
function firstWords(wordings: readonly string[]): Set<string> {
  return new Set(wordings.map((wording) => wording.split(/\s+/u)[0]?.toLowerCase() ?? ''));
}

/** The table's rows as cell texts by grid column ('' where a row has no cell), for the line's split. */
export function textsByColumn(tableRows: readonly FormRow[]): string[][] {
  return tableRows.map((row) => {
    const texts: string[] = [];
    for (const cell of row.cells) texts[cell.column] = cell.text;
    return Array.from(texts, (text) => text ?? '');
  });
}

/** Each grid column's cell to set a heading over: from the first row that has it filled, else any row that has it. */
export function cellsByColumn(tableRows: readonly FormRow[]): Map<number, FormCell> {
  const cells = new Map<number, FormCell>();
  for (const row of tableRows) {
    for (const cell of row.cells) if (!cells.has(cell.column) || (cell.text !== '' && cells.get(cell.column)?.text === '')) cells.set(cell.column, cell);
  }
  return cells;
}

/** The most lines a heading's words wrap onto under a line of headings over a table. */
export const WRAPPED_LINES = 2;

/**
 * The words under a line of headings that wrapped (a PDF without borders sets "Förbundets" over
 * "medel", "Varav" over "medfinansiering"): each line between it and the table, by the one figure
 * column it stands over; null when a line stands over none or more than one, or holds a figure.
 */
export function wrappedWords(rows: readonly FormRow[], from: number, to: number, cells: ReadonlyMap<number, FormCell>): Map<number, string> | null {
  const words = new Map<number, string>();
  for (let at = from; at < to; at += 1) {
    const line = rows[at]?.cells[0];
    if (!line || rows[at]?.cells.length !== 1 || parseAmount(line.text, 'kr') !== null) return null;
    const under = [...cells].filter(([column, cell]) => column > 0 && overlap(cell, line) > 0);
    const [column] = under.length === 1 ? (under[0] ?? []) : [];
    if (column === undefined) return null;
    words.set(column, [words.get(column) ?? '', line.text.replace(/\s+/gu, ' ').trim()].join(' ').trim());
  }
  return words;
}

/** A line of headings over a table: the header row it gives, and how many rows it takes with the lines of its wrapped words. */
export interface HeadingLine {
  header: FormRow;
  rows: number;
}

/**
 * The header row the paragraph line at rows[index] gives the table right under it — or under the
 * lines of its headings' wrapped words — built on the table's own cells so each heading stands over
 * its column; null when the line is no such header, the table has a header of its own, or the line's
 * words do not split into one heading per column.
 */
export function headerOverTable(rows: readonly FormRow[], index: number, labels: ColumnLabels): HeadingLine | null {
  const line = rows[index];
  if (!line || line.table !== null) return null;
  let start = index + 1;
  while (start - index - 1 < WRAPPED_LINES && rows[start]?.table === null) start += 1;
  const first = rows[start];
  if (!first || first.table === null || first.cells[0]?.column !== 0) return null;
  const tableRows = rows.slice(start, tableEnd(rows, start));
  if (
    isHeaderRow(first, [labels.costColumn, labels.budgetColumn, labels.outcomeColumn]) ||
    isBudgetHeader(first, labels) ||
    wrappedHeader(tableRows, 0, labels)
  )
    return null;
  const cells = cellsByColumn(tableRows);
  const wrapped = wrappedWords(rows, index + 1, start, cells);
  if (!wrapped) return null;
  /** The header row of the texts by column, each with its wrapped words: the label column's cell and each headed column's. */
  const header = (texts: readonly string[]): FormRow => ({
    ...first,
    cells: texts.flatMap((text, column) => {
      const cell = cells.get(column);
      const words = [text, wrapped.get(column) ?? ''].join(' ').trim();
      return cell && (column === 0 || words !== '') ? [{ ...cell, text: words, paragraphs: [] }] : [];
    }),
  });
  const cost = firstWords(labels.costColumn);
  const figure = firstWords([...labels.budgetColumn, ...labels.outcomeColumn]);
  const opensFigure = (word: string) => OPENER.test(word) || figure.has(word.toLowerCase());
  const texts = headerRowFromLine(line.cells.map((cell) => cell.text).join(' '), textsByColumn(tableRows), {
    isFigure: (text) => parseAmount(text, 'kr') !== null || statedShareOf(text, '') !== null,
    labelOptional: true,
    minFigures: 2,
    // The cost column's heading first ("Kostnadsslag", never a figure's heading), or none; then one heading per figure column.
    accepts: ([label = '', ...headings], headerTexts) =>
      (label === '' || cost.has(label.split(' ')[0]?.toLowerCase() ?? '') || !mayBeHeading(label, opensFigure)) &&
      headings.every((text) => mayBeHeading(text, opensFigure)) &&
      isBudgetHeader(header(headerTexts), labels),
  });
  return texts ? { header: header(texts), rows: start - index } : null;
}
