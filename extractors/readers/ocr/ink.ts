/**
 * A rendered page as ink or paper, one byte a pixel, and the clean-up done on it before OCR: specks
 * of dust and scanner noise standing alone on the paper are taken out, since tesseract reads each
 * as a ".", ":" or "oo" that then splits lines and tables. Specks touching text stay (they are part
 * of a letter for all anyone can tell); a period or the dot of an "i" is larger than a speck and
 * stands next to its letters, so it is kept.
 */

/** A rendering as the canvas gives it. */
export interface Bitmap {
  width: number;
  height: number;
  /** RGBA, row by row. */
  data: Uint8ClampedArray | Uint8Array;
}

export interface InkMap {
  width: number;
  height: number;
  /** 1 where there is ink, 0 for paper, row by row. */
  ink: Uint8Array;
}

/** Darker than this (0–255) is ink: office scans are black on white, grey shading is paper. */
const INK_BELOW = 160;

export function inkMapOf(bitmap: Bitmap): InkMap {
  const ink = new Uint8Array(bitmap.width * bitmap.height);
  for (let i = 0; i < ink.length; i++) {
    const at = i * 4;
    const grey = 0.299 * (bitmap.data[at] ?? 255) + 0.587 * (bitmap.data[at + 1] ?? 255) + 0.114 * (bitmap.data[at + 2] ?? 255);
    ink[i] = grey < INK_BELOW ? 1 : 0;
  }
  return { width: bitmap.width, height: bitmap.height, ink };
}

/** Largest speck, as the side of a square in millimetres: a period at 8 pt is about 0.35 mm across. */
const SPECK_MM = 0.25;
/** A speck has no other ink this close (mm); letters stand closer to their own period. */
const ALONE_MM = 0.8;

/**
 * Takes out small blobs of ink with no other ink near them (8-connected components of at most
 * SPECK_MM² with nothing within ALONE_MM); returns how many were taken out. `nearInk`: also those
 * standing by other ink — for a figure cut out on its own, where a dot is only a separator, and a
 * separator is larger than a speck.
 */
export function despeckle(map: InkMap, dpi: number, nearInk = false): number {
  const { width, height, ink } = map;
  const maxArea = Math.max(1, Math.round(((SPECK_MM / 25.4) * dpi) ** 2));
  const reach = Math.max(2, Math.round((ALONE_MM / 25.4) * dpi));
  const seen = new Uint8Array(width * height);
  const stack: number[] = [];
  const blob: number[] = [];
  let removed = 0;
  for (let start = 0; start < ink.length; start++) {
    if (ink[start] !== 1 || seen[start] === 1) continue;
    seen[start] = 1;
    stack.push(start);
    blob.length = 0;
    let [left, right, top, bottom] = [width, -1, height, -1];
    let area = 0;
    while (stack.length > 0) {
      const at = stack.pop() ?? 0;
      area++;
      const x = at % width;
      const y = (at - x) / width;
      if (area <= maxArea) {
        blob.push(at);
        left = Math.min(left, x);
        right = Math.max(right, x);
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
      }
      for (let dy = -1; dy <= 1; dy++) {
        const ny = y + dy;
        if (ny < 0 || ny >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          if (nx < 0 || nx >= width) continue;
          const next = ny * width + nx;
          if (ink[next] === 1 && seen[next] === 0) {
            seen[next] = 1;
            stack.push(next);
          }
        }
      }
    }
    if (area > maxArea || (!nearInk && !alone(map, { left, right, top, bottom }, reach))) continue;
    for (const at of blob) ink[at] = 0;
    removed++;
  }
  return removed;
}

/** Whether the box's surroundings (`reach` pixels around it) hold no ink outside the box itself. */
function alone(map: InkMap, box: { left: number; right: number; top: number; bottom: number }, reach: number): boolean {
  const { width, height, ink } = map;
  for (let y = Math.max(0, box.top - reach); y <= Math.min(height - 1, box.bottom + reach); y++) {
    for (let x = Math.max(0, box.left - reach); x <= Math.min(width - 1, box.right + reach); x++) {
      if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) continue;
      if (ink[y * width + x] === 1) return false;
    }
  }
  return true;
}

/**
 * Paints paper where `before` had ink that `after` no longer has (specks, rules, checkboxes taken
 * out), leaving the rest of the rendering as it was: tesseract reads the grey edges of the letters
 * better than a hard black and white.
 */
export function paintRemoved(before: Uint8Array, after: InkMap, data: Uint8ClampedArray): void {
  for (let i = 0; i < after.ink.length; i++) {
    if (before[i] !== 1 || after.ink[i] === 1) continue;
    const at = i * 4;
    data[at] = 255;
    data[at + 1] = 255;
    data[at + 2] = 255;
  }
}
