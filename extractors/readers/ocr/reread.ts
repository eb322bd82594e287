/**
 * A second look at the words tesseract was unsure of. Read as part of a page, a word's letters are
 * judged with the page's layout and the language model around them; cut out on its own (with a
 * margin of paper, enlarged) and read as a single word, a clearly printed word is often read
 * surely: a "0" alone in a table cell, a "(46)" read "(45)" in a statement. The second reading
 * replaces the first only when tesseract is surer of it, and only when it is still one word of the
 * same kind (a figure for a figure, letters for letters); the word keeps its place on the page.
 */
import { type Canvas, createCanvas } from '@napi-rs/canvas';
import Tesseract from 'tesseract.js';
import { despeckle, inkMapOf, paintRemoved } from './ink.js';

/**
 * The cut-out is read as it is and enlarged: enlarged, tesseract reads small print better, but a
 * lone digit or a short word often better as it is.
 */
const SCALES = [1, 2];
/** Paper kept around the word, as a share of its line's height (less towards a neighbour). */
const MARGIN = 0.3;
/** A figure as tables and forms print one: digits with separators, a sign, brackets or a per cent. */
const FIGURE = /^[(−–-]?\d[\d.,]*[)%]?$/u;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The word's box widened by the margin, never past halfway to its neighbours on the line nor off the page. */
function cutOut(word: Tesseract.Bbox, line: Tesseract.Bbox, before: Tesseract.Bbox | undefined, after: Tesseract.Bbox | undefined, page: Canvas): Box {
  const margin = Math.max(2, Math.round((line.y1 - line.y0) * MARGIN));
  const leftRoom = before ? Math.max(1, Math.floor((word.x0 - before.x1) / 2)) : margin;
  const rightRoom = after ? Math.max(1, Math.floor((after.x0 - word.x1) / 2)) : margin;
  return {
    left: Math.max(0, word.x0 - Math.min(margin, leftRoom)),
    top: Math.max(0, word.y0 - margin),
    right: Math.min(page.width, word.x1 + Math.min(margin, rightRoom)),
    bottom: Math.min(page.height, word.y1 + margin),
  };
}

/**
 * The box cut out of the page. A figure's specks are taken out even where they touch its digits (a
 * speck on a "0" makes it an "Ö"): a figure's only dots are separators, larger than a speck.
 */
function cutOutCanvas(page: Canvas, box: Box, figure: boolean, dpi: number): Canvas {
  const width = box.right - box.left;
  const height = box.bottom - box.top;
  const cut = createCanvas(width, height);
  const context = cut.getContext('2d');
  context.drawImage(page, box.left, box.top, width, height, 0, 0, width, height);
  if (figure) {
    const pixels = context.getImageData(0, 0, width, height);
    const ink = inkMapOf(pixels);
    const before = ink.ink.slice();
    if (despeckle(ink, dpi, true) > 0) {
      paintRemoved(before, ink, pixels.data);
      context.putImageData(pixels, 0, 0);
    }
  }
  return cut;
}

function scaled(cut: Canvas, scale: number): Buffer {
  if (scale === 1) return cut.toBuffer('image/png');
  const canvas = createCanvas(cut.width * scale, cut.height * scale);
  canvas.getContext('2d').drawImage(cut, 0, 0, canvas.width, canvas.height);
  return canvas.toBuffer('image/png');
}

/** The surest single-word reading of the box at the page's resolution and enlarged; null when none is one word (a figure for a figure). */
async function readAlone(worker: Tesseract.Worker, page: Canvas, box: Box, figure: boolean, dpi: number): Promise<Tesseract.Word | null> {
  if (box.right <= box.left || box.bottom <= box.top) return null;
  const cut = cutOutCanvas(page, box, figure, dpi);
  // The digits-only whitelist tesseract offers reads nothing at all with the Swedish data loaded
  // (tesseract.js 7.0.0): a figure's second reading must be a figure instead.
  const parameters: Partial<Tesseract.RecognizeOptions> & Partial<Tesseract.WorkerParams> = {
    rotateRadians: 0,
    tessedit_pageseg_mode: Tesseract.PSM.SINGLE_WORD,
  };
  let best: Tesseract.Word | null = null;
  for (const scale of SCALES) {
    const { data } = await worker.recognize(scaled(cut, scale), parameters, { blocks: true, text: false });
    const words = (data.blocks ?? []).flatMap((block) => block.paragraphs.flatMap((paragraph) => paragraph.lines.flatMap((line) => line.words)));
    const [only] = words;
    const text = only?.text.trim() ?? '';
    // Still one word, and of the same kind: a figure for a figure, letters for letters (never a lone mark).
    if (words.length !== 1 || !only || (figure ? !FIGURE.test(text) : !/\p{L}/u.test(text))) continue;
    if (!best || only.confidence > best.confidence) best = only;
  }
  return best;
}

/**
 * Reads the page's words read less surely than `below` (ocr.minConfidence) again on their own, in
 * place (`page`: the image tesseract read, at `dpi`); returns how many changed.
 */
export async function rereadDoubtful(worker: Tesseract.Worker, page: Canvas, data: Tesseract.Page, at: { dpi: number; below: number }): Promise<number> {
  let changed = 0;
  for (const block of data.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        for (const [index, word] of line.words.entries()) {
          const text = word.text.trim();
          const figure = FIGURE.test(text);
          if (word.confidence >= at.below || !(figure || /\p{L}/u.test(text))) continue;
          const box = cutOut(word.bbox, line.bbox, line.words[index - 1]?.bbox, line.words[index + 1]?.bbox, page);
          const again = await readAlone(worker, page, box, figure, at.dpi);
          if (!again || again.confidence <= word.confidence) continue;
          word.text = again.text.trim();
          word.confidence = again.confidence;
          changed += 1;
        }
      }
    }
  }
  return changed;
}
