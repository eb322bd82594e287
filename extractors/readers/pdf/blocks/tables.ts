import type { Cell, Row, Table } from '../../../model.js';
import { boxOf } from '../layout/geometry.js';
import type { CellLines, PageTable } from '../layout/page-layout.js';
import type { BuiltLine } from '../layout/lines.js';
import { buildParagraphs } from './paragraphs.js';
import { maxOf, minOf } from '../../../arrays.js';

/**
 * How far text can reach in a cell: the cell edge less the padding seen on the left (ruled), or,
 * with no borders to go by, the widest line of the column but at least up to 2.5 em before the
 * next column.
 */
function limitOf(cell: CellLines, table: PageTable, columnRight: Map<number, number>): number {
  if (!table.ruled) {
    const size = Math.max(0, maxOf(cell.lines.map((line) => line.size)));
    const next = table.columns[cell.column + cell.span];
    const widest = columnRight.get(cell.column) ?? cell.right;
    return next === undefined || cell.column + cell.span >= table.columns.length - 1 ? widest : Math.max(widest, next - size * 2.5);
  }
  const left = minOf(cell.lines.map((line) => line.x));
  const padding = Number.isFinite(left) ? Math.min(Math.max(left - cell.x, 1), 10) : 2;
  return cell.right - padding;
}

function widestPerColumn(table: PageTable): Map<number, number> {
  const widest = new Map<number, number>();
  for (const row of table.rows) {
    for (const cell of row.cells) {
      for (const line of cell.lines) widest.set(cell.column, Math.max(widest.get(cell.column) ?? 0, line.right));
    }
  }
  return widest;
}

const byReadingOrder = (a: BuiltLine, b: BuiltLine): number => a.page - b.page || a.top - b.top || a.x - b.x;

function cellOf(cell: CellLines, page: number, table: PageTable, columnRight: Map<number, number>): Cell {
  const limit = limitOf(cell, table, columnRight);
  const blocks = buildParagraphs([...cell.lines].sort(byReadingOrder), { limit: () => limit });
  return {
    blocks,
    text: blocks.map((paragraph) => paragraph.text).join('\n'),
    source: { page, box: boxOf([cell]) },
    colSpan: cell.span,
  };
}

export function tableOf(table: PageTable): Table {
  const columnRight = widestPerColumn(table);
  const rows: Row[] = table.rows.map((row) => ({
    cells: row.cells.map((cell) => cellOf(cell, row.page, table, columnRight)),
    source: { page: row.page, box: boxOf([{ x: table.x, right: table.right, top: row.top, bottom: row.bottom }]) },
  }));
  return { type: 'table', rows, source: { page: table.page, box: boxOf([table]) } };
}
