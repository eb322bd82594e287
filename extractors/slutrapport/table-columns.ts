/** Lining up table cells with the column headers above them, by position or by grid column. */
import type { FormCell, FormRow } from '../structure/index.js';
import { isLabel, type LabelOptions } from './labels.js';

/** How much two cells overlap horizontally (points when both have boxes, else grid columns). */
export function overlap(a: FormCell, b: FormCell): number {
  const boxA = a.source.box;
  const boxB = b.source.box;
  if (boxA && boxB) return Math.min(boxA.x + boxA.width, boxB.x + boxB.width) - Math.max(boxA.x, boxB.x);
  return Math.min(a.column + a.span, b.column + b.span) - Math.max(a.column, b.column);
}

/** The cell of `row` under `header`, or null when none overlaps it. */
export function cellUnder(row: FormRow, header: FormCell): FormCell | null {
  let best: { cell: FormCell; overlap: number } | null = null;
  for (const cell of row.cells) {
    const amount = overlap(cell, header);
    if (amount > 0 && (!best || amount > best.overlap)) best = { cell, overlap: amount };
  }
  return best?.cell ?? null;
}

/** The header cell matching one of the wordings (read as OCR'd text with `options.ocr`). */
export function headerCell(row: FormRow, wordings: readonly string[], options: LabelOptions = {}): FormCell | null {
  return row.cells.find((cell) => cell.text !== '' && isLabel(cell.text.replace(/\n/g, ' '), wordings, options)) ?? null;
}

/** Every filled cell of the row is one of the header labels: a (repeated) header row. */
export function isHeaderRow(row: FormRow, wordings: readonly (readonly string[])[]): boolean {
  const filled = row.cells.filter((cell) => cell.text !== '');
  return filled.length > 0 && filled.every((cell) => wordings.some((w) => isLabel(cell.text.replace(/\n/g, ' '), w)));
}
