/**
 * Softening a scanned page before tesseract reads it: a 1-bit scan enlarged to 300 dpi has stair-step
 * edges that tesseract reads as marks ("almqvist" as "almgvist", "V" as "v"). A [1 2 1] blur across
 * and down, twice, gives the letters grey edges again: on the scanned fixtures the word error rate
 * fell from 4.40 % to 2.70 % (seed) and from 7.16 % to 6.39 % (annual report); once was less, three
 * times worse (docs/development.md, "OCR accuracy on the scanned fixtures").
 */
import type { Bitmap } from './ink.js';

/** How often the [1 2 1] blur is applied. */
const PASSES = 2;

/** One [1 2 1] pass of a grey image along its rows (`across`) or down its columns, the edge pixels repeated. */
function blurAlong(grey: Uint8Array, out: Uint8Array, width: number, height: number, across: boolean): void {
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      const at = row + x;
      const before = across ? row + Math.max(0, x - 1) : Math.max(0, y - 1) * width + x;
      const after = across ? row + Math.min(width - 1, x + 1) : Math.min(height - 1, y + 1) * width + x;
      out[at] = ((grey[before] ?? 255) + 2 * (grey[at] ?? 255) + (grey[after] ?? 255) + 2) >> 2;
    }
  }
}

/** Blurs the bitmap in place, as grey (scans are black on white; colour is not read). */
export function soften(bitmap: Bitmap): void {
  const { width, height, data } = bitmap;
  let grey = new Uint8Array(width * height);
  for (let i = 0; i < grey.length; i++) {
    const at = i * 4;
    grey[i] = Math.round(0.299 * (data[at] ?? 255) + 0.587 * (data[at + 1] ?? 255) + 0.114 * (data[at + 2] ?? 255));
  }
  let spare = new Uint8Array(grey.length);
  for (let pass = 0; pass < PASSES; pass++) {
    for (const across of [true, false]) {
      blurAlong(grey, spare, width, height, across);
      [grey, spare] = [spare, grey];
    }
  }
  for (let i = 0; i < grey.length; i++) {
    const at = i * 4;
    const value = grey[i] ?? 255;
    data[at] = value;
    data[at + 1] = value;
    data[at + 2] = value;
  }
}
