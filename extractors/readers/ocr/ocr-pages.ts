import type { OcrSettings } from '../../../schemas/config.js';
import type { OcrReading, ReaderMessage } from '../../model.js';
import { layoutPage, type PageLayout } from '../pdf/layout/page-layout.js';
import { repairAddresses } from './addresses.js';
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
): Promise<{ reading: OcrReading; layouts: ScannedPage[]; messages: ReaderMessage[] }> {
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
  const repaired = run.pages.map((page) => ({ page, ...repairAddresses(page.words) }));
  const pagesRead = repaired.map(({ page, words }) => ({ ...page, words }));
  const words = pagesRead.flatMap((page) => page.words);
  const meanConfidence = words.length === 0 ? 0 : words.reduce((sum, word) => sum + word.confidence, 0) / words.length;
  const repairs = repaired.flatMap(({ page, repairs }) => repairs.map(({ read }) => ({ page: page.page, read })));
  return {
    reading: {
      pages: pagesRead.map((page) => page.page),
      engine: run.engine,
      engineVersion: run.engineVersion,
      languages: run.languages,
      meanConfidence: Math.round(meanConfidence * 10) / 10,
      words: Object.fromEntries(pagesRead.map((page) => [page.page, page.words.map(({ text, confidence }) => ({ text, confidence }))])),
    },
    layouts: pagesRead.map((page) => ({
      page: page.page,
      layout: layoutPage(ocrPageRead(page)),
      chars: page.words.reduce((sum, word) => sum + word.text.length, 0),
    })),
    messages: repairs.length > 0 ? [addressesRepaired(repairs)] : [],
  };
}

/** The warning that addresses were given their "@" back: how many, on which pages, read with what; never the addresses (personal data). */
function addressesRepaired(repairs: Array<{ page: number; read: string }>): ReaderMessage {
  const pages = [...new Set(repairs.map((repair) => repair.page))];
  const marks = [...new Set(repairs.map((repair) => `"${repair.read}"`))].join(', ');
  const count = repairs.length;
  const pageList = pages.join(', ');
  return {
    code: 'ocr-email-repaired',
    type: 'warning',
    wording: {
      sv: `${count === 1 ? 'En e-postadress' : `${count} e-postadresser`} som OCR läste med ${marks} i stället för @ har fått sitt @ (${pages.length > 1 ? 'sidorna' : 'sidan'} ${pageList}); jämför med originalet`,
      en: `${count === 1 ? 'An e-mail address' : `${count} e-mail addresses`} that OCR read with ${marks} in place of @ ${count === 1 ? 'was' : 'were'} given ${count === 1 ? 'its' : 'their'} @ (page${pages.length > 1 ? 's' : ''} ${pageList}); compare with the original`,
    },
    position: { pages, path: null },
  };
}
