/**
 * What the OCR thread (thread.ts) sends back for each page. Coordinates are PDF points with the
 * origin at the top-left of the page, as in the PDF reader's PageContent, so an OCR'd page is laid
 * out by the same code as a page with a text layer.
 */
import type { DrawnBox, Segment } from '../pdf/types.js';

/** One word as read, with its box and the line it stands on. */
export interface OcrWord {
  text: string;
  /** tesseract's confidence, 0–100. */
  confidence: number;
  x: number;
  right: number;
  /** Where the word's line has its baseline under the word. */
  baseline: number;
  /** Height of the word's line (ascenders to descenders), standing in for a font size. */
  size: number;
  /** Its strokes are thicker for its size than the page's usual text (weight.ts). */
  bold: boolean;
}

export interface OcrPage {
  page: number;
  /** The page's size in points (its view box). */
  width: number;
  height: number;
  /** The resolution the page was rendered at (lower than asked for a page too large for the pixel limit). */
  dpi: number;
  /** tesseract's mean confidence for the page, 0–100. */
  confidence: number;
  words: OcrWord[];
  /** Ruled lines found in the (deskewed, binarised) image: table borders. */
  segments: Segment[];
  /** Checkbox squares found in the image (checkboxes.ts), ticked or not. */
  boxes: DrawnBox[];
}

/** What the main side hands the thread. */
export interface OcrJob {
  bytes: Uint8Array;
  pages: number[];
  dpi: number;
  maxPagePixels: number;
  /** Words read less surely than this are read again on their own (reread.ts): ocr.minConfidence. */
  rereadBelow: number;
}

export type OcrThreadMessage =
  | { type: 'ready'; engineVersion: string }
  | { type: 'page-started'; page: number }
  | { type: 'page'; result: OcrPage }
  | { type: 'failed'; page: number | null; message: string };
