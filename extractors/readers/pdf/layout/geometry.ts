import type { Box } from '../types.js';

interface Extent {
  x: number;
  right: number;
  top: number;
  bottom: number;
}

const round = (n: number): number => Math.round(n * 10) / 10;

/** The union of some extents as a SourceRef box (points, top-left origin), rounded to 0.1 pt. */
export function boxOf(items: readonly Extent[]): Box {
  if (items.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  let x = Infinity;
  let y = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const item of items) {
    if (item.x < x) x = item.x;
    if (item.top < y) y = item.top;
    if (item.right > right) right = item.right;
    if (item.bottom > bottom) bottom = item.bottom;
  }
  return { x: round(x), y: round(y), width: round(right - x), height: round(bottom - y) };
}
