import type { Segment } from '../types.js';

/**
 * Cell grids from drawn borders. Word and LibreOffice draw every cell border as a stroke or a thin
 * filled rectangle; joined borders form a connected figure whose distinct x and y positions are
 * the column and row boundaries. A vertical border missing inside a row band means a merged cell.
 */
export interface GridCell {
  x: number;
  right: number;
  top: number;
  bottom: number;
  /** First grid column and number of grid columns covered. */
  column: number;
  span: number;
}

export interface Grid {
  x: number;
  right: number;
  top: number;
  bottom: number;
  /** Column boundaries, left to right (length = columns + 1). */
  columns: number[];
  rows: GridCell[][];
}

const SNAP = 2;
const MIN_LENGTH = 3;

interface Line {
  at: number;
  from: number;
  to: number;
}

/** Merges collinear pieces (Word draws a row border as one piece per cell). */
function mergeCollinear(lines: Line[]): Line[] {
  const sorted = [...lines].sort((a, b) => a.at - b.at || a.from - b.from);
  const merged: Line[] = [];
  for (const line of sorted) {
    const last = merged.find((m) => Math.abs(m.at - line.at) <= 1 && line.from <= m.to + SNAP && line.to >= m.from - SNAP);
    if (last) {
      last.from = Math.min(last.from, line.from);
      last.to = Math.max(last.to, line.to);
    } else {
      merged.push({ ...line });
    }
  }
  return merged;
}

function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const result: number[] = [];
  for (const value of sorted) {
    const last = result[result.length - 1];
    if (last === undefined || value - last > SNAP) result.push(value);
  }
  return result;
}

function crosses(h: Line, v: Line): boolean {
  return v.at >= h.from - SNAP && v.at <= h.to + SNAP && h.at >= v.from - SNAP && h.at <= v.to + SNAP;
}

/** Connected groups of horizontal and vertical borders. */
function figures(horizontal: Line[], vertical: Line[]): { h: Line[]; v: Line[] }[] {
  const parent = [...horizontal, ...vertical].map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  horizontal.forEach((h, i) => {
    vertical.forEach((v, j) => {
      if (crosses(h, v)) parent[find(i)] = find(horizontal.length + j);
    });
  });
  const groups = new Map<number, { h: Line[]; v: Line[] }>();
  const group = (i: number): { h: Line[]; v: Line[] } => {
    const root = find(i);
    let found = groups.get(root);
    if (!found) groups.set(root, (found = { h: [], v: [] }));
    return found;
  };
  horizontal.forEach((h, i) => group(i).h.push(h));
  vertical.forEach((v, j) => group(horizontal.length + j).v.push(v));
  return [...groups.values()];
}

function gridOf(h: Line[], v: Line[]): Grid | null {
  const columns = cluster(v.map((line) => line.at));
  const rowsAt = cluster(h.map((line) => line.at));
  if (columns.length < 2 || rowsAt.length < 2) return null;
  const x = columns[0] as number;
  const right = columns[columns.length - 1] as number;
  const rows: GridCell[][] = [];
  for (let i = 1; i < rowsAt.length; i++) {
    const top = rowsAt[i - 1] as number;
    const bottom = rowsAt[i] as number;
    if (bottom - top < 3) continue; // double border
    const inner = (bottom - top) * 0.6;
    const present = columns.filter((at, j) => {
      if (j === 0 || j === columns.length - 1) return true;
      return v.some((line) => Math.abs(line.at - at) <= SNAP && Math.min(line.to, bottom) - Math.max(line.from, top) >= inner);
    });
    const cells: GridCell[] = [];
    for (let k = 1; k < present.length; k++) {
      const from = columns.indexOf(present[k - 1] as number);
      const to = columns.indexOf(present[k] as number);
      cells.push({ x: present[k - 1] as number, right: present[k] as number, top, bottom, column: from, span: to - from });
    }
    rows.push(cells);
  }
  // A lone box (a framed paragraph, a page border) is not a table.
  if (rows.length === 0 || (rows.length === 1 && (rows[0]?.length ?? 0) < 2)) return null;
  return { x, right, top: rowsAt[0] as number, bottom: rowsAt[rowsAt.length - 1] as number, columns, rows };
}

export function findGrids(segments: Segment[]): Grid[] {
  const horizontal: Line[] = [];
  const vertical: Line[] = [];
  for (const s of segments) {
    if (Math.abs(s.y1 - s.y2) <= 1 && s.x2 - s.x1 >= MIN_LENGTH) horizontal.push({ at: (s.y1 + s.y2) / 2, from: s.x1, to: s.x2 });
    else if (Math.abs(s.x1 - s.x2) <= 1 && s.y2 - s.y1 >= MIN_LENGTH) vertical.push({ at: (s.x1 + s.x2) / 2, from: s.y1, to: s.y2 });
  }
  const grids = figures(mergeCollinear(horizontal), mergeCollinear(vertical))
    .filter((f) => f.h.length >= 2 && f.v.length >= 2)
    .map((f) => gridOf(f.h, f.v))
    .filter((g): g is Grid => g !== null);
  // A grid inside another's frame (a table nested in a cell) is left to the outer one's text.
  return grids.filter((g) => !grids.some((o) => o !== g && o.x <= g.x + 1 && o.right >= g.right - 1 && o.top <= g.top + 1 && o.bottom >= g.bottom - 1));
}
