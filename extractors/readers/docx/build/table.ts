import type { Block, Cell, Row, Table } from '../../../model.js';
import type { MammothNode, MammothTable, MammothTableCell } from '../mammoth/tree.js';
import { blocksText } from './text.js';

export type BuildBlocks = (children: MammothNode[], pathPrefix: string) => Block[];

/** A vertical merge still covering grid columns of the rows below its origin. */
interface Overhang {
  rowsLeft: number;
  colSpan: number;
}

/**
 * Tables stay tables. mammoth folds a vertical merge into one cell with a rowSpan and drops the
 * continuation cells; we put empty `continuation` cells back, so every row keeps its columns and
 * tc[n] in a path is the n-th w:tc of the row in the XML.
 */
export function buildTable(node: MammothTable, path: string, buildBlocks: BuildBlocks): Table {
  const rows: Row[] = [];
  const overhangs = new Map<number, Overhang>();
  let rowIndex = 0;
  for (const rowNode of node.children) {
    if (rowNode.type !== 'tableRow') continue;
    rowIndex++;
    const rowPath = `${path}/tr[${rowIndex}]`;
    const cells: Cell[] = [];
    let column = 0;
    const placeContinuations = (): void => {
      for (let overhang = overhangs.get(column); overhang; overhang = overhangs.get(column)) {
        cells.push(continuationCell(`${rowPath}/tc[${cells.length + 1}]`, overhang.colSpan));
        overhang.rowsLeft--;
        if (overhang.rowsLeft <= 0) overhangs.delete(column);
        column += overhang.colSpan;
      }
    };
    for (const cellNode of rowNode.children) {
      if (cellNode.type !== 'tableCell') continue;
      placeContinuations();
      const cell = buildCell(cellNode, `${rowPath}/tc[${cells.length + 1}]`, buildBlocks);
      cells.push(cell);
      if (cellNode.rowSpan > 1) overhangs.set(column, { rowsLeft: cellNode.rowSpan - 1, colSpan: cell.colSpan ?? 1 });
      column += cell.colSpan ?? 1;
    }
    placeContinuations();
    rows.push({ cells, source: { page: null, path: rowPath } });
  }
  return { type: 'table', rows, source: { page: null, path } };
}

function buildCell(node: MammothTableCell, path: string, buildBlocks: BuildBlocks): Cell {
  const blocks = buildBlocks(node.children, `${path}/`);
  const colSpan = Number.isInteger(node.colSpan) && node.colSpan > 0 ? node.colSpan : 1;
  const cell: Cell = { blocks, text: blocksText(blocks), source: { page: null, path }, colSpan };
  if (node.rowSpan > 1) cell.rowSpan = node.rowSpan;
  return cell;
}

function continuationCell(path: string, colSpan: number): Cell {
  return { blocks: [], text: '', source: { page: null, path }, colSpan, continuation: true };
}
