import { CHECKED, CROSS, TICK, UNCHECKED } from '../content/glyphs.js';
import type { PageRead } from '../content/read-page.js';
import { findGrids, type Grid, type GridCell } from '../tables/grid.js';
import type { DrawnBox, DrawnMark, TextRun } from '../types.js';
import { bandLine, buildLines, linesByBand, type BuiltLine } from './lines.js';

export interface CellLines extends GridCell {
  lines: BuiltLine[];
}

export interface PageRow {
  /** Rows of a table continued from an earlier page keep their own page. */
  page: number;
  top: number;
  bottom: number;
  cells: CellLines[];
}

export interface PageTable {
  page: number;
  x: number;
  right: number;
  top: number;
  bottom: number;
  /** Column boundaries (ruled: the drawn borders; detected: the column starts plus the right edge). */
  columns: number[];
  rows: PageRow[];
  ruled: boolean;
  /** Borderless tables: each column's horizontal extent (text may be left- or right-aligned). */
  extents?: { left: number; right: number }[];
}

/** One page with its text split into flow lines and ruled tables. */
export interface PageLayout {
  page: number;
  width: number;
  height: number;
  lines: BuiltLine[];
  tables: PageTable[];
  read: PageRead;
}

/** Drawn checkbox squares read as the ☒/☐ glyphs the model uses, at their place in the text. */
function boxRuns(boxes: DrawnBox[]): TextRun[] {
  return boxes.map((box) => ({
    text: box.checked ? CHECKED : UNCHECKED,
    x: box.x,
    right: box.x + box.width,
    baseline: box.y + box.height * 0.85,
    size: box.height,
    font: 'drawn-checkbox',
    bold: false,
  }));
}

/** Ticks and crosses drawn on their own read as the ✓ / ✗ a typed answer would be. */
function markRuns(marks: DrawnMark[]): TextRun[] {
  return marks.map((mark) => ({
    text: mark.kind === 'tick' ? TICK : CROSS,
    x: mark.x,
    right: mark.x + mark.width,
    baseline: mark.y + mark.height * 0.85,
    size: Math.max(mark.height, mark.width),
    font: 'drawn-mark',
    bold: false,
  }));
}

/** Within a cell, fragments of one baseline (a tab, a checkbox and its label) are one line. */
export function cellLines(runs: TextRun[], page: number): BuiltLine[] {
  return linesByBand(buildLines(runs, page)).map(bandLine);
}

function cellAt(grid: Grid, x: number, y: number): { row: number; cell: number } | null {
  if (x < grid.x - 1 || x > grid.right + 1 || y < grid.top - 1 || y > grid.bottom + 1) return null;
  for (const [r, cells] of grid.rows.entries()) {
    const first = cells[0];
    if (!first || y < first.top - 1 || y > first.bottom + 1) continue;
    const index = cells.findIndex((cell) => x >= cell.x - 1 && x <= cell.right + 1);
    if (index !== -1) return { row: r, cell: index };
  }
  return null;
}

export function layoutPage(read: PageRead): PageLayout {
  const runs = [...read.runs, ...boxRuns(read.boxes), ...markRuns(read.marks)];
  const grids = findGrids(read.segments);
  const flow: TextRun[] = [];
  const cellRuns = grids.map((grid) => grid.rows.map((cells) => cells.map((): TextRun[] => [])));
  for (const run of runs) {
    const x = (run.x + run.right) / 2;
    const y = run.baseline - run.size * 0.3;
    let placed = false;
    for (const [g, grid] of grids.entries()) {
      const at = cellAt(grid, x, y);
      if (at) {
        cellRuns[g]?.[at.row]?.[at.cell]?.push(run);
        placed = true;
        break;
      }
    }
    if (!placed) flow.push(run);
  }
  const tables: PageTable[] = grids.map((grid, g) => ({
    page: read.page,
    x: grid.x,
    right: grid.right,
    top: grid.top,
    bottom: grid.bottom,
    columns: grid.columns,
    ruled: true,
    rows: grid.rows.map((cells, r) => ({
      page: read.page,
      top: cells[0]?.top ?? grid.top,
      bottom: cells[0]?.bottom ?? grid.bottom,
      cells: cells.map((cell, c) => ({ ...cell, lines: cellLines(cellRuns[g]?.[r]?.[c] ?? [], read.page) })),
    })),
  }));
  return { page: read.page, width: read.width, height: read.height, lines: buildLines(flow, read.page), tables, read };
}
