import { ReadFailure } from '../failure.js';

/** How OCR can fail a document, worded for the person who has to act on it. */
export const ocrFailure = {
  tooManyPages: (pages: number, max: number) =>
    new ReadFailure('too-large', `The PDF has ${pages} scanned pages to OCR, over the limit of ${max}; check that it is a single report, or raise ocr.maxPages.`),
  pageTooLarge: (page: number, widthMm: number, heightMm: number) =>
    new ReadFailure('too-large', `Page ${page} is ${widthMm} × ${heightMm} mm, too large to OCR even at 100 dpi; scan it again at paper size, or raise ocr.maxPagePixels.`),
  pageTimeout: (page: number, ms: number) =>
    new ReadFailure('timeout', `OCR of page ${page} took longer than ${ms} ms and was stopped (the limit counts per OCR'd page: ocr.pageTimeoutMs); scan it again, or raise the limit.`),
  outOfMemory: (page: number | null, mb: number) =>
    new ReadFailure('too-large', `OCR${page === null ? '' : ` of page ${page}`} needed more than ${mb} MB of memory and was stopped; scan it again at a lower resolution, or raise ocr.maxRssMb / ocr.maxHeapMb.`),
  failed: (page: number | null, detail: string) =>
    new ReadFailure('corrupt', `OCR${page === null ? '' : ` of page ${page}`} failed (${detail.slice(0, 200)}); the scan may be damaged: ask for a new copy`),
  nothingRead: () =>
    new ReadFailure('no-text-layer', 'The PDF has no text layer and OCR found no text on its pages; ask for a clearer scan or a copy exported from Word'),
};
