import type { CellLines, PageRow, PageTable } from '../layout/page-layout.js';
import { bandLine, FIGURE, linesByBand, setAlike, SIZE_SLACK, type BuiltLine, type LineBand } from '../layout/lines.js';
import { maxOf, minOf } from '../../../arrays.js';
import { TOTAL_WORDS } from '../../../parse/breakdown.js';
import { setAsHeading } from '../blocks/headings.js';
import { headerBandsAbove, type TableColumns } from './header-above.js';

/**
 * Tables without drawn borders (pdfkit, pdf-lib, Word tables with borders turned off): consecutive
 * bands cut into several stretches that line up in columns — left-aligned text or right-aligned
 * amounts — are table rows. A single stretch in between that falls in one column is wrapped cell
 * text or a row with one cell filled. What is left of the flow gets its stretches joined back into
 * whole lines.
 */

/** Edges this close (points) line up. */
const ALIGN = 3;
/** A band further below the previous one than this (× font size) is not in the same table. */
const MAX_GAP = 2.1;

interface Column {
  left: number;
  right: number;
}

interface Band {
  lines: LineBand;
  newRow: boolean;
  multi: boolean;
}

interface Draft {
  columns: Column[];
  bands: Band[];
}

/** Whether a stretch belongs to a column: it starts or ends with the column, or lies inside it. */
function fits(column: Column, line: BuiltLine): boolean {
  return alignedWith(column, line) || within(column, line);
}

/** The line starts at the column's left edge or ends at its right one, as a cell's text is set. */
function alignedWith(column: Column, line: BuiltLine): boolean {
  return Math.abs(line.x - column.left) <= ALIGN || Math.abs(line.right - column.right) <= ALIGN;
}

/** The line lies within the column's edges. */
function within(column: Column, line: BuiltLine): boolean {
  return line.x >= column.left - ALIGN && line.right <= column.right + ALIGN;
}

/** The columns as the header over a table reads them (header-above.ts). */
function tableColumns(columns: Column[]): TableColumns {
  return {
    columnOf: (line) => columnOf(columns, line),
    within: (line, index) => columns[index] !== undefined && within(columns[index], line),
    aligned: (line, index) => columns[index] !== undefined && alignedWith(columns[index], line),
  };
}

/** The index of the column a stretch belongs to, or -1. */
function columnOf(columns: Column[], line: BuiltLine): number {
  return columns.findIndex((column) => fits(column, line));
}

/** Each item with the one after it. */
function pairs<T>(items: readonly T[]): [T, T][] {
  const result: [T, T][] = [];
  items.forEach((item, i) => {
    const next = items[i + 1];
    if (next !== undefined) result.push([item, next]);
  });
  return result;
}

/** Columns after placing a band's stretches, or null when they do not fit the columns so far. */
function place(columns: Column[], band: BuiltLine[], allowNew: boolean): Column[] | null {
  const result = columns.map((c) => ({ ...c }));
  for (const line of band) {
    const column = result.find((candidate) => fits(candidate, line));
    if (column) {
      column.left = Math.min(column.left, line.x);
      column.right = Math.max(column.right, line.right);
    } else {
      if (!allowNew) return null;
      result.push({ left: line.x, right: line.right });
      result.sort((a, b) => a.left - b.left);
    }
  }
  // Columns must stay apart, and each stretch must land in a column of its own, left to right.
  if (pairs(result).some(([left, right]) => right.left <= left.right + ALIGN)) return null;
  let previous = -1;
  for (const line of band) {
    const index = columnOf(result, line);
    if (index <= previous) return null;
    previous = index;
  }
  return result;
}

/** A bulleted line: a list whose items have tab-separated parts is a list, not a table. */
const LIST_START = /^[•◦▪▫●○■·\-–—*>»\uf0b7\uf0a7]\s/;

/**
 * A dashed item with its figures in the columns of the table above ("- Lönekostnader | 700 000 |
 * 690 000"): a row of that table, the breakdown of the row above it, not a list. A list's items
 * have words in their other parts.
 */
function dashedRowOf(columns: Column[], band: BuiltLine[]): boolean {
  return place(columns, band, false) !== null && band.slice(1).every((line) => FIGURE.test(line.text.trim()));
}

function startsTable(band: BuiltLine[]): boolean {
  return band.length >= 2 && !LIST_START.test(band[0]?.text ?? '');
}

function firstWordWidth(line: BuiltLine): number {
  const run = line.runs[0];
  return run ? run.right - run.x : 0;
}

/** Whether the line's first word would have fitted at the end of the line above in its column: then that line was not wrapped. */
function fitsAbove(column: Column | undefined, line: BuiltLine, above: BuiltLine | undefined): boolean {
  const room = (column?.right ?? line.right) - (above?.right ?? 0);
  return room > firstWordWidth(line) + line.size * 0.3;
}

/** Rows set this much further apart than the closest lines (wrapped cell text) are told apart by their pitch. */
const ROW_PITCH = 1.15;
/**
 * Lines within this much of the closest lines' pitch are in one cell for certain. Between it and
 * ROW_PITCH, a row whose baselines were read a point or two off (OCR) may have come that close, and
 * the text decides.
 */
const CELL_PITCH = 1.05;

/** A line that starts with a capital letter could start a cell; one that starts in lower case goes on with the text above. */
const CAPITAL_START = /^\p{Lu}/u;
/** A sum's label ("Summa personal", "Delsumma", "Totalt"): short, seldom wrapped; a line in capitals under it is a row of its own. */
const SUM_LABEL = new RegExp(`^(?:${TOTAL_WORDS})(?![\\p{L}])`, 'iu');

/**
 * Which bands start a row. Where rows are set further apart than the lines inside them (pdfkit
 * style), the pitch tells; where all lines are equally spaced (a title's or a bold header's space
 * aside), a line starts a new row unless the line above in its column was wrapped (its first word
 * would not have fitted there) — under a sum's label ("Summa personal"), a line that starts with a
 * capital is a row of its own, the heading of the next group. With rows set apart, a line a little
 * further below than the closest lines but not as far as a row's pitch (a scan's baselines are read
 * a point or two off) is a row of its own when it starts with a capital and its first word would
 * have fitted on the line above — the text above was not wrapped. A line set in another size or
 * weight than the line above it in its column always starts a row.
 */
function markRows(draft: Draft): void {
  const { bands, columns } = draft;
  const pitches = pairs(bands).map(([above, below]) => below.lines[0].baseline - above.lines[0].baseline);
  const smallest = minOf(pitches);
  // A title's or a header's space (a line set otherwise than the next) says nothing of how the rows are spaced.
  const spaced = pitches.some((pitch, i) => pitch > smallest * ROW_PITCH && setAlike(bands[i]?.lines[0], bands[i + 1]?.lines[0]));
  const lastInColumn = new Map<number, BuiltLine>();
  const headerBands = wrappedHeaderBands(draft, pitches, smallest, spaced);
  bands.forEach((band, i) => {
    const line = band.lines[0];
    if (i > 0 && i < headerBands) {
      band.newRow = false;
      for (const headerLine of band.lines) lastInColumn.set(columnOf(columns, headerLine), headerLine);
      return;
    }
    const column = columnOf(columns, line);
    const above = lastInColumn.get(column);
    const wouldHaveFitted = fitsAbove(columns[column], line, above);
    // Wrapped cell text goes on in its cell's type; a line set otherwise (a heading under the table's last row) is no part of it.
    const restyled = above !== undefined && (Math.abs(line.size - above.size) > SIZE_SLACK || line.bold !== above.bold);
    // A row set apart from the next gives its wrapped lines the closest pitch.
    const closest = !spaced || (pitches[i - 1] ?? 0) <= smallest * CELL_PITCH;
    if (i > 0 && !restyled && closest && restOfWrappedAmounts(band, columns, lastInColumn, spaced)) band.newRow = false;
    else if (band.multi || i === 0 || restyled) band.newRow = true;
    else if (spaced) {
      const pitch = pitches[i - 1] ?? 0;
      const uncertain = pitch > smallest * CELL_PITCH && pitch <= smallest * ROW_PITCH;
      band.newRow = pitch > smallest * ROW_PITCH || (uncertain && above !== undefined && wouldHaveFitted && CAPITAL_START.test(line.text));
    } else band.newRow = !above || wouldHaveFitted || (CAPITAL_START.test(line.text) && SUM_LABEL.test(above.text));
    if (band.newRow) lastInColumn.clear();
    for (const line of band.lines) lastInColumn.set(columnOf(columns, line), line);
  });
}

/** The rest of an amount that wrapped at a space in a narrow cell ("1 000" over "000", "000 kr", "kr", "500,50"). */
const AMOUNT_REST = /^(?:\d{3}(?:[\s\u00a0]\d{3})*(?:,\d+)?\)?(?:[\s\u00a0]?(?:kr|tkr|mkr))?|(?:kr|tkr|mkr))$/u;
/** A label's wrapped line goes on in lower case ("Verksamhetens" over "nettokostnader"). */
const LOWER_START = /^\p{Ll}/u;
/** An amount these reports write has at most three groups of digits (under a thousand million). */
const MAX_GROUPS = 3;

/** Whether the line above and its rest make one amount of at most MAX_GROUPS groups ("1 000" + "000", not "400 000" + "380 000"). */
function makesOneAmount(above: string, rest: string): boolean {
  const groups = `${above} ${rest}`
    .replace(/(?:kr|tkr|mkr)\b|[,.]\d+|[()−–-]/gu, ' ')
    .trim()
    .split(/[\s\u00a0]+/u)
    .filter((group) => group !== '');
  return groups.length <= MAX_GROUPS;
}

/**
 * A band of the rests of amounts, each under a figure in its column of the row above that it makes
 * one amount with, perhaps beside the rest of the row's label or of words in another figure cell
 * ("se not" / "3"): the row's amounts wrapped, so the band goes on with the row (a row of its own
 * would have been read as amounts of a thousandth). A label's rest in lower case is taken where the
 * rows are set further apart than wrapped lines (`spaced`), or where its first word would not have
 * fitted on the label above: a row of its own in lower case ("varav Norrby kommun") is set like a
 * wrapped line where rows are set evenly.
 */
function restOfWrappedAmounts(band: Band, columns: Column[], lastInColumn: ReadonlyMap<number, BuiltLine>, spaced: boolean): boolean {
  let rests = 0;
  const continues = band.lines.every((line) => {
    const column = columnOf(columns, line);
    const above = lastInColumn.get(column);
    const text = line.text.trim();
    if (column === 0) return above !== undefined && LOWER_START.test(text) && (spaced || !fitsAbove(columns[0], line, above));
    const aboveText = above?.text.trim() ?? '';
    // Words in a figure column ("se not" over "3") go on as a cell's text does.
    if (column > 0 && aboveText !== '' && !FIGURE.test(aboveText)) return true;
    const rest = column > 0 && AMOUNT_REST.test(text) && FIGURE.test(aboveText) && /\d$/u.test(aboveText) && makesOneAmount(aboveText, text);
    if (rest) rests += 1;
    return rest;
  });
  return continues && rests > 0;
}

/**
 * How many bands the table's bold header row takes: its first band and the bold bands right under
 * it that fill several cells, each line going on with a heading above it in its column ("Utfall" /
 * "jan–aug 2021", "Antal" / "kvinnor"), set no further apart than the closest lines, above a body
 * that is not bold. A band that fills several cells otherwise always starts a row; a lone bold line
 * under the header ("Tillgångar") is left to the rules for wrapped text. A plain header is told by
 * its lines' case, pitch and widths (wrappedPlainHeaderBands).
 */
function wrappedHeaderBands(draft: Draft, pitches: number[], smallest: number, spaced: boolean): number {
  const { bands, columns } = draft;
  const first = bands[0]?.lines;
  if (!first) return 1;
  if (!first.every((line) => line.bold)) return wrappedPlainHeaderBands(draft, pitches, smallest, spaced);
  const headed = new Set(first.map((line) => columnOf(columns, line)));
  let count = 1;
  for (const band of bands.slice(1)) {
    const continues =
      band.multi &&
      band.lines.every((line) => setAlike(line, first[0]) && headed.has(columnOf(columns, line))) &&
      (pitches[count - 1] ?? Infinity) <= smallest * CELL_PITCH;
    if (!continues) break;
    count += 1;
  }
  // A table set bold throughout has no header to tell by its weight.
  return bands.slice(count).some((band) => band.lines.some((line) => !line.bold)) ? count : 1;
}

/**
 * How many bands a plain header takes: its first band, of words only, and the bands right under it
 * whose every line goes on in lower case with a heading above it ("Antal" / "kvinnor", "Totalt" /
 * "antal deltagare"), over a row of figures — at the closest pitch where the rows are set further
 * apart than wrapped lines, else where its first word would not have fitted on the heading's line.
 * A form's label over its value ("Diarienummer" / "SFG 21-2.09") goes on with no heading in lower case.
 */
function wrappedPlainHeaderBands(draft: Draft, pitches: number[], smallest: number, spaced: boolean): number {
  const { bands, columns } = draft;
  const first = bands[0]?.lines ?? [];
  if (first.length < 2 || first.some((line) => FIGURE.test(line.text.trim()))) return 1;
  const headings = new Map(first.map((line) => [columnOf(columns, line), line]));
  let count = 1;
  for (const band of bands.slice(1)) {
    const goesOn = (line: BuiltLine): boolean => {
      const column = columnOf(columns, line);
      const heading = headings.get(column);
      const text = line.text.trim();
      if (!heading || !setAlike(line, heading) || !LOWER_START.test(text) || FIGURE.test(text)) return false;
      return spaced || !fitsAbove(columns[column], line, heading);
    };
    const closest = !spaced || (pitches[count - 1] ?? Infinity) <= smallest * CELL_PITCH;
    if (!closest || !band.lines.every(goesOn)) break;
    for (const line of band.lines) headings.set(columnOf(columns, line), line);
    count += 1;
  }
  const body = bands[count]?.lines ?? [];
  return count > 1 && body.some((line) => FIGURE.test(line.text.trim())) ? count : 1;
}

/** The lines of the table's rows that have only their first cell filled: its own group labels ("TILLGÅNGAR", "Kortfristiga skulder"). */
function groupLabelLines(table: PageTable): BuiltLine[] {
  return table.rows
    .filter((row) => (row.cells[0]?.lines.length ?? 0) > 0 && row.cells.slice(1).every((cell) => cell.lines.length === 0))
    .flatMap((row) => row.cells[0]?.lines ?? []);
}

/**
 * A line alone on its row, set as a heading (larger than the body text, or bold at body size, as
 * markHeadings gives levels), unless the table's own lone lines (`labels`: its group labels) are set
 * the same way: the title of what follows ("Resultaträkning" after the operating statement's last
 * row, "Not 4 Eget kapital" after note 2's), not a row. A scan's sizes are a line's height and vary
 * by points from line to line, so weight tells more there.
 */
function isTitle(band: LineBand, labels: BuiltLine[], bodySize: number): boolean {
  const [line] = band;
  if (band.length > 1 || !setAsHeading(line, bodySize)) return false;
  return !labels.some((label) => label.bold === line.bold && line.size <= label.size + SIZE_SLACK);
}

/**
 * The table that starts with `first` and may go on over the bands `following`. A title set further
 * below the row above than any row so far (a heading has space above it) ends it, also when that
 * space is under MAX_GAP: a scan's baselines are a point or two off.
 */
function grow(first: LineBand, following: readonly LineBand[], bodySize: number): Draft {
  const draft: Draft = {
    columns: first.map((line) => ({ left: line.x, right: line.right })),
    bands: [{ lines: first, newRow: true, multi: true }],
  };
  let previous = first;
  let widestPitch = 0;
  for (const band of following) {
    const size = Math.max(maxOf(band.map((l) => l.size)), maxOf(previous.map((l) => l.size)));
    const gap = band[0].baseline - previous[0].baseline;
    if (gap > size * MAX_GAP) break;
    const multi = band.length >= 2;
    if (multi && LIST_START.test(band[0]?.text ?? '') && !dashedRowOf(draft.columns, band)) break;
    const loneLines = draft.bands.filter((b) => !b.multi).flatMap((b) => b.lines);
    if (!multi && widestPitch > 0 && gap > widestPitch * ROW_PITCH && isTitle(band, loneLines, bodySize)) break;
    // A row may add a column (a header row with the first column empty); a lone line may not.
    const columns = place(draft.columns, band, multi);
    if (!columns) break;
    if (multi && !draft.bands.every((b) => place(columns, b.lines, false))) break;
    draft.columns = columns;
    draft.bands.push({ lines: band, newRow: false, multi });
    widestPitch = Math.max(widestPitch, gap);
    previous = band;
  }
  markRows(draft);
  // After the last full row, only wrapped lines of that row (or lines in a later column) belong.
  const afterLastRow = draft.bands.map((b) => b.multi).lastIndexOf(true) + 1;
  const nextRow = draft.bands.slice(afterLastRow).findIndex((band) => band.newRow && columnOf(draft.columns, band.lines[0]) === 0);
  if (nextRow !== -1) draft.bands = draft.bands.slice(0, afterLastRow + nextRow);
  return draft;
}

function tableOf(draft: Draft, page: number): PageTable {
  const { columns } = draft;
  const right = maxOf(columns.map((c) => c.right));
  const rows: PageRow[] = [];
  let row: PageRow | undefined;
  for (const band of draft.bands) {
    if (band.newRow || !row) {
      const cells: CellLines[] = columns.map((c, column) => ({
        x: c.left,
        right: c.right,
        top: Infinity,
        bottom: -Infinity,
        column,
        span: 1,
        lines: [],
      }));
      row = { page, top: Infinity, bottom: -Infinity, cells };
      rows.push(row);
    }
    for (const line of band.lines) {
      const cell = row.cells[columnOf(columns, line)];
      if (!cell) continue;
      cell.lines.push(line);
      row.top = Math.min(row.top, line.top);
      row.bottom = Math.max(row.bottom, line.bottom);
    }
  }
  for (const row of rows) {
    for (const cell of row.cells) {
      cell.top = row.top;
      cell.bottom = row.bottom;
    }
  }
  const top = minOf(rows.map((row) => row.top));
  const bottom = maxOf(rows.map((row) => row.bottom));
  return {
    page,
    x: minOf(columns.map((c) => c.left)),
    right,
    top,
    bottom,
    columns: [...columns.map((c) => c.left), right],
    rows,
    ruled: false,
    extents: columns,
  };
}

export interface ColumnResult {
  lines: BuiltLine[];
  tables: PageTable[];
}

/**
 * The rows at the top of a page that go on with the borderless table the previous page ended
 * with: bands that fit its columns (a line running into the next column does not), set like its
 * text (a larger or bold heading is not a row, nor a title alone on its row: isTitle), with at
 * least one of them filling two cells — a lone line could as well be a paragraph.
 */
function continuation(bands: LineBand[], carried: PageTable, bodySize: number): Draft | null {
  const sample = carried.rows.flatMap((row) => row.cells.flatMap((cell) => cell.lines));
  const size = maxOf(sample.map((line) => line.size));
  const bold = sample.some((line) => line.bold);
  const labels = groupLabelLines(carried);
  const draft: Draft = { columns: (carried.extents ?? []).map((c) => ({ ...c })), bands: [] };
  let previous: LineBand | undefined;
  for (const band of bands) {
    if (previous && band[0].baseline - previous[0].baseline > size * MAX_GAP) break;
    if (band.some((line) => line.size > size + SIZE_SLACK || (line.bold && !bold)) || isTitle(band, labels, bodySize)) break;
    const placed = place(draft.columns, band, false);
    if (!placed) break;
    draft.columns = placed;
    draft.bands.push({ lines: band, newRow: false, multi: band.length >= 2 });
    previous = band;
  }
  if (!draft.bands.some((band) => band.multi)) return null;
  markRows(draft);
  return draft;
}

export interface ColumnContext {
  /** The size most of the document's text is set in: what a heading is larger than. */
  bodySize: number;
  /** The borderless table the previous page ended with, whose rows may go on at the top of this one. */
  carried?: PageTable;
}

/** Finds borderless tables among a page's flow lines; the rest come back as whole lines. */
export function detectColumns(flow: BuiltLine[], page: number, { bodySize, carried }: ColumnContext): ColumnResult {
  const bands = linesByBand(flow);
  const lines: BuiltLine[] = [];
  const tables: PageTable[] = [];
  let i = 0;
  const goesOn = carried && !carried.ruled ? continuation(bands, carried, bodySize) : null;
  if (goesOn) {
    tables.push(tableOf(goesOn, page));
    i = goesOn.bands.length;
  }
  /** Where the bands read as lines since the last table begin: a header the table did not take in is among them. */
  let linesFrom = i;
  for (let band = bands[i]; band !== undefined; band = bands[i]) {
    if (startsTable(band)) {
      const draft = grow(band, bands.slice(i + 1), bodySize);
      if (draft.bands.filter((b) => b.multi).length >= 2) {
        // A table whose first row is of figures has its header, if any, among the lines over it.
        const headless = band.some((line) => FIGURE.test(line.text.trim()));
        const header = headless ? headerBandsAbove(bands.slice(linesFrom, i), band, tableColumns(draft.columns), MAX_GAP) : [];
        if (header.length > 0) {
          lines.splice(lines.length - header.length, header.length);
          draft.bands = [...header.map((lines) => ({ lines, newRow: false, multi: lines.length >= 2 })), ...draft.bands];
          markRows(draft);
        }
        tables.push(tableOf(draft, page));
        i += draft.bands.length - header.length;
        linesFrom = i;
        continue;
      }
    }
    lines.push(bandLine(band));
    i++;
  }
  return { lines, tables };
}
