import type { OcrSettings } from '../../../schemas/config.js';
import type { OcrReading } from '../../model.js';
import { layoutPage, type PageLayout } from '../pdf/layout/page-layout.js';
import { type OcrProgress, recognisePages } from './engine.js';
import { ocrFailure } from './failures.js';
import { ocrPageRead } from './page-read.js';

export interface ScannedPage {
  page: number;
  layout: PageLayout;
  /** Characters OCR found on it. */
  chars: number;
}

/** The smallest resolution worth reading: below it, body text is a few pixels high. */
const MIN_DPI = 100;
const MM_PER_POINT = 25.4 / 72;

/**
 * Reads the given pages (laid out from their text layer, which is empty or nearly so) by OCR and lays
 * them out anew. Refuses at once, before anything is rendered, a document with more such pages than
 * ocr.maxPages and a page too large to render within ocr.maxPagePixels even at 100 dpi.
 */
export async function readScannedPages(
  bytes: Uint8Array,
  pages: PageLayout[],
  settings: OcrSettings,
  progress: OcrProgress,
): Promise<{ reading: OcrReading; layouts: ScannedPage[] }> {
  if (pages.length > settings.maxPages) throw ocrFailure.tooManyPages(pages.length, settings.maxPages);
  for (const page of pages) {
    if ((page.width / 72) * MIN_DPI * (page.height / 72) * MIN_DPI > settings.maxPagePixels) {
      throw ocrFailure.pageTooLarge(page.page, Math.round(page.width * MM_PER_POINT), Math.round(page.height * MM_PER_POINT));
    }
  }
  progress(pages[0]?.page ?? 1, 0, pages.length);
  const run = await recognisePages(
    bytes,
    pages.map((page) => page.page),
    settings,
    progress,
  );
  const words = run.pages.flatMap((page) => page.words);
  const meanConfidence = words.length === 0 ? 0 : words.reduce((sum, word) => sum + word.confidence, 0) / words.length;
  return {
    reading: {
      pages: run.pages.map((page) => page.page),
      engine: run.engine,
      engineVersion: run.engineVersion,
      languages: run.languages,
      meanConfidence: Math.round(meanConfidence * 10) / 10,
      words: Object.fromEntries(run.pages.map((page) => [page.page, page.words.map(({ text, confidence }) => ({ text, confidence }))])),
    },
    layouts: run.pages.map((page) => ({
      page: page.page,
      layout: layoutPage(ocrPageRead(page)),
      chars: page.words.reduce((sum, word) => sum + word.text.length, 0),
    })),
  };
}
