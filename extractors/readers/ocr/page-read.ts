import type { PageRead } from '../pdf/content/read-page.js';
import type { TextRun } from '../pdf/types.js';
import type { OcrPage } from './types.js';

/**
 * An OCR'd page as the PDF reader's own page content: each word a run on its line's baseline, the
 * line height for a font size, the ruled lines found in the image for drawn borders, the checkbox squares for
 * drawn checkboxes, bold where the strokes are thick. The layout
 * (lines, ruled and borderless tables, headings by size) is then the text path's.
 */
export function ocrPageRead(page: OcrPage): PageRead {
  const runs: TextRun[] = page.words.map((word) => ({
    text: word.text,
    x: word.x,
    right: word.right,
    baseline: word.baseline,
    size: word.size,
    font: 'ocr',
    bold: word.bold,
  }));
  return { page: page.page, width: page.width, height: page.height, runs, segments: page.segments, boxes: page.boxes, marks: [], fields: [] };
}
