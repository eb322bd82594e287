/**
 * Bold type in a scanned page: OCR reads no weights, but a bold word's strokes are thicker for its
 * size than the page's usual ones. Headings set in bold at body size are found by it, as in a text
 * PDF whose fonts say so.
 */
import type { InkMap } from './ink.js';

export interface PixelBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Mean length of the horizontal runs of ink in the box: about the thickness of the letters' stems. */
export function strokeWidth(map: InkMap, box: PixelBox): number {
  let ink = 0;
  let runs = 0;
  const right = Math.min(map.width - 1, box.right);
  for (let y = Math.max(0, box.top); y <= Math.min(map.height - 1, box.bottom); y++) {
    let previous = 0;
    for (let x = Math.max(0, box.left); x <= right; x++) {
      const value = map.ink[y * map.width + x] ?? 0;
      ink += value;
      if (value === 1 && previous === 0) runs++;
      previous = value;
    }
  }
  return runs === 0 ? 0 : ink / runs;
}

/** Thicker than the page's median stroke for its size by this much: bold. */
const BOLD_RATIO = 1.3;
/** Fewer words than this on a page give no usual weight to compare with. */
const MIN_WORDS = 12;

/** Which words are bold, from each word's stroke for its size against the median of the page's words. */
export function boldWords(strokes: Array<{ stroke: number; size: number; chars: number }>): boolean[] {
  const ratios = strokes.map(({ stroke, size }) => (size > 0 ? stroke / size : 0));
  // The median by characters: the body text sets the usual weight, not the number of short words.
  const weighted = strokes.map((entry, index) => ({ ratio: ratios[index] ?? 0, chars: entry.chars })).sort((a, b) => a.ratio - b.ratio);
  const total = weighted.reduce((sum, entry) => sum + entry.chars, 0);
  if (strokes.length < MIN_WORDS || total === 0) return strokes.map(() => false);
  let seen = 0;
  let median = 0;
  for (const entry of weighted) {
    seen += entry.chars;
    if (seen >= total / 2) {
      median = entry.ratio;
      break;
    }
  }
  return ratios.map((ratio) => median > 0 && ratio > median * BOLD_RATIO);
}
