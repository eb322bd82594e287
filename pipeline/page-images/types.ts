/** What the page-image thread is asked and what it answers (thread.ts, renderer.ts). */

export interface PageImageJob {
  bytes: Uint8Array;
  /** 1-based pages to draw; pages the document does not have are left out of the answer. */
  pages: number[];
  dpi: number;
  /** A page bitmap is drawn at a lower resolution rather than over this many pixels. */
  maxPagePixels: number;
  /** Besides every personnummer: known values (names, contact details) and any e-mail address or phone number are painted over. */
  redact: boolean;
  /** The record's personal values (names, e-mail addresses, phone numbers) to paint over under `redact`. */
  knownValues: string[];
}

export interface PageImage {
  page: number;
  /** The page's size in PDF points, the unit of an evidence box. */
  width: number;
  height: number;
  /** The bitmap's size in pixels. */
  pixelWidth: number;
  pixelHeight: number;
  png: Uint8Array;
  /** How many pieces of text were painted over. */
  hidden: number;
}

export type PageImageMessage = { type: 'ready' } | { type: 'page'; image: PageImage } | { type: 'done' } | { type: 'failed'; message: string };
