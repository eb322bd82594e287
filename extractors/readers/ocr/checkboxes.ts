/**
 * Checkboxes in a scanned page: small squares drawn as an outline, found in the ink map, and
 * whether something was written in them (a cross, a tick, a filled square). What a text PDF's
 * drawing operators give the PDF reader as DrawnBox; OCR would read the squares as "O", "[]" or
 * nothing at all, so each found square is taken out of the image before OCR.
 */
import type { DrawnBox } from '../pdf/types.js';
import type { InkMap } from './ink.js';

/** A checkbox's side in millimetres: from a small form's 2.2 mm to a large 6.5 mm one. */
const MIN_SIDE_MM = 2.2;
const MAX_SIDE_MM = 6.5;
/** Share of the sides and of one edge that must be ink (a scan drops a few pixels). */
const EDGE_COVER = 0.88;
/** The other edge may be mostly lost where it fell between two rows of the scanner (a "U" has far less). */
const BROKEN_EDGE_COVER = 0.35;
/** Share of the inside that is ink, above which the box is ticked, crossed or filled. */
const CHECKED_INK = 0.06;
/** A box is about as wide as it is tall. */
const MAX_ASPECT = 1.2;
/** A box's outline is thin: its stroke at most this share of its side (a bold letter's stem is thicker). */
const MAX_STROKE = 0.16;
/** Paper beside a box, left and right (mm), with at most MAX_INK_BESIDE ink (a rule crossing it). */
const CLEARANCE_MM = 0.5;
const MAX_INK_BESIDE = 0.12;

interface Square {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const inkAt = (map: InkMap, x: number, y: number): number => (x >= 0 && y >= 0 && x < map.width && y < map.height ? (map.ink[y * map.width + x] ?? 0) : 0);

/** Vertical runs of ink (gaps of two pixels bridged) at least `min` long, by column. */
function verticalRuns(map: InkMap, min: number): Array<{ x: number; top: number; bottom: number }> {
  const runs: Array<{ x: number; top: number; bottom: number }> = [];
  for (let x = 0; x < map.width; x++) {
    let top = -1;
    let last = -1;
    for (let y = 0; y <= map.height; y++) {
      if (y < map.height && map.ink[y * map.width + x] !== 1) continue;
      if (top === -1 || y - last > 3 || y === map.height) {
        if (top !== -1 && last - top + 1 >= min) runs.push({ x, top, bottom: last });
        top = y;
      }
      last = y;
    }
  }
  return runs;
}

/** Share of the columns from `left` to `right` with ink within `tolerance` rows of `y`. */
function rowCover(map: InkMap, left: number, right: number, y: number, tolerance: number): number {
  let covered = 0;
  for (let x = left; x <= right; x++) {
    for (let dy = -tolerance; dy <= tolerance; dy++) {
      if (inkAt(map, x, y + dy) === 1) {
        covered++;
        break;
      }
    }
  }
  return covered / (right - left + 1);
}

/** Share of the rows from `top` to `bottom` with ink within `tolerance` columns of `x`. */
function columnCover(map: InkMap, x: number, top: number, bottom: number, tolerance: number): number {
  let covered = 0;
  for (let y = top; y <= bottom; y++) {
    for (let dx = -tolerance; dx <= tolerance; dx++) {
      if (inkAt(map, x + dx, y) === 1) {
        covered++;
        break;
      }
    }
  }
  return covered / (bottom - top + 1);
}

/** Share of ink in a rectangle. */
function inkShare(map: InkMap, left: number, right: number, top: number, bottom: number): number {
  let ink = 0;
  for (let y = top; y <= bottom; y++) for (let x = left; x <= right; x++) ink += inkAt(map, x, y);
  return ink / Math.max(1, (right - left + 1) * (bottom - top + 1));
}

/** Rows of a vertical stroke where a horizontal stroke leaves it to the right: a box's top-left or bottom-left corner. */
function corners(map: InkMap, x: number, top: number, bottom: number, reach: number): number[] {
  const rows: number[] = [];
  for (let y = top; y <= bottom; y++) if (rowCover(map, x, x + reach, y, 1) >= BROKEN_EDGE_COVER) rows.push(y);
  return rows;
}

/**
 * Share of the inside that is ink, leaving out rows and columns crossed from side to side (a table's
 * rule running through the box is no mark in it).
 */
function insideInk(map: InkMap, square: Square): number {
  const inset = Math.max(2, Math.round((square.right - square.left) * 0.18));
  const [left, right, top, bottom] = [square.left + inset, square.right - inset, square.top + inset, square.bottom - inset];
  if (right <= left || bottom <= top) return 0;
  const at = (x: number, y: number): number => inkAt(map, x, y);
  let crossedRows = new Set<number>();
  let crossedColumns = new Set<number>();
  for (let y = top; y <= bottom; y++) {
    let count = 0;
    for (let x = left; x <= right; x++) count += at(x, y);
    if (count >= (right - left + 1) * 0.85) crossedRows.add(y);
  }
  for (let x = left; x <= right; x++) {
    let count = 0;
    for (let y = top; y <= bottom; y++) count += at(x, y);
    if (count >= (bottom - top + 1) * 0.85) crossedColumns.add(x);
  }
  // Crossed from side to side all over: a filled box, not a rule.
  if (crossedRows.size > (bottom - top + 1) * 0.3) crossedRows = new Set();
  if (crossedColumns.size > (right - left + 1) * 0.3) crossedColumns = new Set();
  let ink = 0;
  let area = 0;
  for (let y = top; y <= bottom; y++) {
    if (crossedRows.has(y)) continue;
    for (let x = left; x <= right; x++) {
      if (crossedColumns.has(x)) continue;
      area++;
      ink += at(x, y);
    }
  }
  return area === 0 ? 0 : ink / area;
}

/**
 * The checkboxes on the page, in points, each taken out of the ink map: a thin square outline of a
 * checkbox's size — a left side with corners at the top and the bottom, a right side about as far
 * away as the side is long, ink along the top and the bottom — standing clear of the ink beside it
 * (a letter such as a bold "B" has thick stems and stands close to the next letter), its top
 * and bottom ending at its sides (a table's cells are squares whose edges run on). A stack of
 * boxes sharing sides is one stroke down the page: its corners cut it into boxes.
 */
export function findCheckboxes(map: InkMap, dpi: number): DrawnBox[] {
  const min = Math.round((MIN_SIDE_MM / 25.4) * dpi);
  const max = Math.round((MAX_SIDE_MM / 25.4) * dpi);
  const clearance = Math.max(3, Math.round((CLEARANCE_MM / 25.4) * dpi));
  const candidates: Square[] = [];
  for (const run of verticalRuns(map, min)) {
    const x = run.x;
    const found = corners(map, x, run.top, run.bottom, Math.round(min * 0.6));
    for (const [i, top] of found.entries()) {
      for (const bottom of found.slice(i + 1)) {
        const side = bottom - top + 1;
        if (side < min) continue;
        if (side > max) break;
        const square = matchRight(map, x, top, bottom, side);
        if (square && isCheckbox(map, square, clearance)) candidates.push(square);
      }
    }
  }
  // The squarest of overlapping candidates: a table's border beside a box makes a wider one.
  const squareness = (square: Square): number => Math.abs(Math.log((square.right - square.left + 1) / (square.bottom - square.top + 1)));
  const squares: Square[] = [];
  for (const candidate of candidates.sort((a, b) => squareness(a) - squareness(b))) {
    if (squareness(candidate) > Math.log(MAX_ASPECT)) break;
    if (!squares.some((square) => overlaps(square, candidate))) squares.push(candidate);
  }
  const toPoints = 72 / dpi;
  return squares.map((square) => {
    const checked = insideInk(map, square) >= CHECKED_INK;
    // With a pixel's margin: the outline's grey edges are ink too.
    const [left, right] = [Math.max(0, square.left - 1), Math.min(map.width - 1, square.right + 1)];
    for (let y = Math.max(0, square.top - 1); y <= Math.min(map.height - 1, square.bottom + 1); y++)
      map.ink.fill(0, y * map.width + left, y * map.width + right + 1);
    return {
      x: square.left * toPoints,
      y: square.top * toPoints,
      width: (square.right - square.left + 1) * toPoints,
      height: (square.bottom - square.top + 1) * toPoints,
      checked,
    };
  });
}

const overlaps = (a: Square, b: Square): boolean => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

/** The right side for a left side from `top` to `bottom` at `x`: the outermost column that closes the square. */
function matchRight(map: InkMap, x: number, top: number, bottom: number, side: number): Square | null {
  const closes = (other: number): boolean => {
    if (columnCover(map, other, top, bottom, 1) < EDGE_COVER) return false;
    const [upper, lower] = [rowCover(map, x, other, top, 1), rowCover(map, x, other, bottom, 1)];
    return Math.max(upper, lower) >= EDGE_COVER && Math.min(upper, lower) >= BROKEN_EDGE_COVER;
  };
  const widest = x + Math.round(side * 1.25);
  for (let other = x + Math.round(side * 0.75); other <= widest; other++) {
    if (!closes(other)) continue;
    let right = other;
    while (right < widest && closes(right + 1)) right++;
    return { left: x, right, top, bottom };
  }
  return null;
}

/** The row within one of `y` that holds most of the box's edge there. */
function edgeRow(map: InkMap, square: Square, y: number): number {
  const cover = (row: number): number => inkShare(map, square.left, square.right, row, row);
  return [y - 1, y + 1].reduce((best, row) => (cover(row) > cover(best) ? row : best), y);
}

/** A thin outline standing clear of the ink beside it (rules crossing it aside). */
function isCheckbox(map: InkMap, square: Square, clearance: number): boolean {
  const side = square.bottom - square.top + 1;
  // The left stroke's thickness: columns from the left that are ink all the way down.
  let stroke = 0;
  while (stroke < side && columnCover(map, square.left + stroke, square.top, square.bottom, 0) >= EDGE_COVER) stroke++;
  if (stroke > side * MAX_STROKE) return false;
  const inset = Math.max(1, Math.round(side * 0.1));
  const beside = Math.max(
    inkShare(map, square.left - clearance, square.left - 1, square.top + inset, square.bottom - inset),
    inkShare(map, square.right + 1, square.right + clearance, square.top + inset, square.bottom - inset),
  );
  if (beside > MAX_INK_BESIDE) return false;
  // Its top and bottom end at its sides: a table's rows and columns make squares whose edges run on.
  const reach = Math.max(2, Math.round(side / 3));
  return [edgeRow(map, square, square.top), edgeRow(map, square, square.bottom)].every(
    (y) =>
      inkShare(map, square.right + clearance, square.right + clearance + reach, y, y) < 0.5 &&
      inkShare(map, square.left - clearance - reach, square.left - clearance, y, y) < 0.5,
  );
}
