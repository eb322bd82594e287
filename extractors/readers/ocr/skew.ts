/**
 * How far a scanned page lies askew: the angle at which its ink, projected onto the page's height,
 * piles up into the sharpest rows (text lines and rules are straight). Done on a small rendering,
 * so the page is drawn straight for OCR at once — much cheaper than letting tesseract deskew.
 */
import type { Bitmap } from './ink.js';

const MAX_DEGREES = 3;

function sharpness(xs: Int32Array, ys: Int32Array, count: number, radians: number, height: number): number {
  const sin = Math.sin(radians);
  const cos = Math.cos(radians);
  const rows = new Float64Array(height * 2 + 1);
  for (let i = 0; i < count; i++) {
    const row = Math.round((ys[i] ?? 0) * cos - (xs[i] ?? 0) * sin) + height;
    if (row >= 0 && row < rows.length) rows[row] = (rows[row] ?? 0) + 1;
  }
  let sum = 0;
  for (const value of rows) sum += value * value;
  return sum;
}

/** The skew in degrees (positive: the content runs down to the right); 0 for a page with no ink. */
export function skewDegrees(bitmap: Bitmap): number {
  const xs = new Int32Array(bitmap.width * bitmap.height);
  const ys = new Int32Array(bitmap.width * bitmap.height);
  let count = 0;
  for (let y = 0; y < bitmap.height; y++) {
    for (let x = 0; x < bitmap.width; x++) {
      if ((bitmap.data[(y * bitmap.width + x) * 4] ?? 255) < 128) {
        xs[count] = x;
        ys[count] = y;
        count++;
      }
    }
  }
  if (count === 0) return 0;
  let best = { degrees: 0, score: sharpness(xs, ys, count, 0, bitmap.height) };
  const tryAngle = (degrees: number): void => {
    const score = sharpness(xs, ys, count, (degrees * Math.PI) / 180, bitmap.height);
    if (score > best.score) best = { degrees, score };
  };
  for (let degrees = -MAX_DEGREES; degrees <= MAX_DEGREES; degrees += 0.2) tryAngle(Math.round(degrees * 10) / 10);
  const coarse = best.degrees;
  for (let degrees = coarse - 0.2; degrees <= coarse + 0.2; degrees += 0.05) tryAngle(Math.round(degrees * 100) / 100);
  return best.degrees;
}
