import type { CellLines, PageRow, PageTable } from '../layout/page-layout.js';
import { appendAll } from '../../../arrays.js';

/**
 * A table broken by a page break is one table: the part on the next page has the same column grid.
 * A header row repeated on the new page is dropped, and a row split by the break (its part on the
 * new page has an empty first cell, or text going on in lower case) is joined to the row above.
 */

const SAME_BORDER = 3;

export function sameGrid(a: PageTable, b: PageTable): boolean {
  if (a.ruled !== b.ruled || a.columns.length !== b.columns.length) return false;
  if (a.ruled) return a.columns.every((x, i) => Math.abs(x - (b.columns[i] ?? Infinity)) <= SAME_BORDER);
  // Without borders, columns match when their text spans overlap (amounts differ in width).
  const other = b.extents ?? [];
  return (a.extents ?? []).every((e, i) => {
    const o = other[i];
    return o !== undefined && e.left <= o.right + SAME_BORDER && o.left <= e.right + SAME_BORDER;
  });
}

const cellText = (cell: CellLines): string =>
  cell.lines
    .map((line) => line.text)
    .join(' ')
    .trim();
const rowTexts = (row: PageRow): string[] => row.cells.map(cellText);

function isRepeatedHeader(header: PageRow | undefined, row: PageRow): boolean {
  if (!header) return false;
  const a = rowTexts(header);
  const b = rowTexts(row);
  return a.length === b.length && a.some((t) => t !== '') && a.every((t, i) => t === b[i]);
}

/** The cell's text runs down to the bottom of its row (it may have been cut there). */
function reachesBottom(cell: CellLines | undefined, row: PageRow): boolean {
  const lowest = cell?.lines.reduce<CellLines['lines'][number] | undefined>((a, b) => (a && a.bottom >= b.bottom ? a : b), undefined);
  return lowest !== undefined && row.bottom - lowest.bottom < (lowest.bottom - lowest.top) * 2;
}

/**
 * The row on the new page goes on with the row above: its first cell is empty or goes on in lower
 * case; or the page above was full, the row above's first cell ran down to the break and had its
 * other cells filled, and only the first cell has text here (a long first cell split by the break,
 * its amounts already given above). A short label at the top of the row above ("Resultat") was
 * complete, so a new label below it ("Kommentar") starts a row — also when that row is one line
 * tall and so "reaches" its bottom: a first cell of a single line was not cut by the break. Only
 * a ruled table (Word's) splits a row so; a borderless table drawn by a program moves the whole row.
 */
function continuesRow(row: PageRow, above: PageRow, pageWasFull: boolean, ruled: boolean): boolean {
  const first = row.cells[0];
  if (!first) return false;
  const text = cellText(first);
  const rest = row.cells.slice(1).map(cellText);
  if (text === '' && rest.every((t) => t === '')) return false;
  if (text === '' || /^\p{Ll}/u.test(text)) return true;
  return (
    ruled &&
    pageWasFull &&
    (above.cells[0]?.lines.length ?? 0) > 1 &&
    reachesBottom(above.cells[0], above) &&
    rest.every((t) => t === '') &&
    above.cells.slice(1).some((cell) => cellText(cell) !== '')
  );
}

function joinRow(into: PageRow, from: PageRow): void {
  for (const cell of from.cells) {
    const target = into.cells.find((c) => c.column === cell.column) ?? into.cells.find((c) => c.column <= cell.column && cell.column < c.column + c.span);
    if (target) appendAll(target.lines, cell.lines);
  }
}

/**
 * Appends `next` (the table's part on the following page) to `table`. `bodyBottom` is the lowest
 * any content reaches on a page: a part ending there filled its page.
 */
export function appendTable(table: PageTable, next: PageTable, bodyBottom: number): void {
  const rows = [...next.rows];
  if (rows[0] && isRepeatedHeader(table.rows[0], rows[0])) rows.shift();
  const last = table.rows[table.rows.length - 1];
  const firstLine = rows[0]?.cells.flatMap((cell) => cell.lines)[0];
  const full = table.bottom + (firstLine ? firstLine.bottom - firstLine.top : 12) > bodyBottom;
  const first = rows[0];
  if (last && first && continuesRow(first, last, full, table.ruled)) {
    joinRow(last, first);
    rows.shift();
  }
  appendAll(table.rows, rows);
}
