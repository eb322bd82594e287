/**
 * A borderless table rebuilt from text positions can come back with one row per line of text.
 * Rows of a bordered table touch; rows that are just the next line of the same cells stand one
 * line gap apart, which is much less than the space between the table's real rows.
 */
import type { FormCell, FormLine, FormRow } from '../structure/index.js';
import { cellUnder } from './table-columns.js';
import { minOf } from '../arrays.js';
import { appendAll } from '../arrays.js';

/** A gap under this share of the line height is the gap between two lines of one paragraph. */
const LINE_GAP = 0.5;
/** Rows closer than this touch: they share a border. */
const TOUCHING = 0.3;

function bottom(row: FormRow): number | null {
  const box = row.source.box;
  return box ? box.y + box.height : null;
}

function lineHeight(row: FormRow): number | null {
  const heights = row.cells.flatMap((cell) => cell.paragraphs.flat().map((line) => line.source.box?.height ?? 0)).filter((h) => h > 0);
  return heights.length > 0 ? minOf(heights) : null;
}

/** Row `next` holds the next lines of `row`'s cells. */
function continuesRow(row: FormRow, next: FormRow): boolean {
  const end = bottom(row);
  const top = next.source.box?.y;
  const height = lineHeight(row);
  if (end === null || top === undefined || height === null || row.source.page !== next.source.page) return false;
  const gap = top - end;
  return gap > TOUCHING && gap < LINE_GAP * height;
}

function appendLines(cell: FormCell, lines: FormLine[]): FormCell {
  if (lines.length === 0) return cell;
  const paragraphs = cell.paragraphs.length > 0 ? cell.paragraphs.map((p) => [...p]) : [[]];
  const last = paragraphs[paragraphs.length - 1];
  if (last) appendAll(last, lines);
  const text = paragraphs.map((p) => p.map((line) => line.text).join('\n')).join('\n');
  return { ...cell, paragraphs, text };
}

function merge(row: FormRow, next: FormRow): FormRow {
  const cells = row.cells.map((cell) => appendLines(cell, cellUnder(next, cell)?.paragraphs.flat() ?? []));
  const box = row.source.box;
  const nextBottom = bottom(next);
  const source = box && nextBottom !== null ? { ...row.source, box: { ...box, height: nextBottom - box.y } } : row.source;
  return { ...row, cells, source };
}

/** The rows with line-by-line rows of a borderless table joined back into their real rows. */
export function joinLineRows(rows: FormRow[], joinable: (row: FormRow) => boolean = () => true): FormRow[] {
  const joined: FormRow[] = [];
  for (const row of rows) {
    const previous = joined.at(-1);
    const sameTable = previous !== undefined && previous.table !== null && previous.table === row.table;
    if (previous && sameTable && joinable(previous) && joinable(row) && continuesRow(previous, row)) {
      joined[joined.length - 1] = merge(previous, row);
    } else {
      joined.push(row);
    }
  }
  return joined;
}
