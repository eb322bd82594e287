import { ReadFailure } from '../failure.js';

/** How OCR can fail a document, worded for the person who has to act on it, in Swedish and English. */
export const ocrFailure = {
  tooManyPages: (pages: number, max: number) =>
    new ReadFailure('too-large', {
      sv: `PDF-filen har ${pages} skannade sidor att tolka med OCR, över gränsen ${max}; kontrollera att det är en enda rapport, eller höj ocr.maxPages.`,
      en: `The PDF has ${pages} scanned pages to OCR, over the limit of ${max}; check that it is a single report, or raise ocr.maxPages.`,
    }),
  pageTooLarge: (page: number, widthMm: number, heightMm: number) =>
    new ReadFailure('too-large', {
      sv: `Sidan ${page} är ${widthMm} × ${heightMm} mm, för stor för OCR även vid 100 dpi; skanna den igen i pappersstorlek, eller höj ocr.maxPagePixels.`,
      en: `Page ${page} is ${widthMm} × ${heightMm} mm, too large to OCR even at 100 dpi; scan it again at paper size, or raise ocr.maxPagePixels.`,
    }),
  pageTimeout: (page: number, ms: number) =>
    new ReadFailure('timeout', {
      sv: `OCR av sidan ${page} tog längre tid än ${ms} ms och avbröts (gränsen gäller per OCR-tolkad sida: ocr.pageTimeoutMs); skanna den igen, eller höj gränsen.`,
      en: `OCR of page ${page} took longer than ${ms} ms and was stopped (the limit counts per OCR'd page: ocr.pageTimeoutMs); scan it again, or raise the limit.`,
    }),
  outOfMemory: (page: number | null, mb: number) =>
    new ReadFailure('too-large', {
      sv: `OCR${page === null ? '' : ` av sidan ${page}`} krävde mer än ${mb} MB minne och avbröts; skanna igen med lägre upplösning, eller höj ocr.maxRssMb / ocr.maxHeapMb.`,
      en: `OCR${page === null ? '' : ` of page ${page}`} needed more than ${mb} MB of memory and was stopped; scan it again at a lower resolution, or raise ocr.maxRssMb / ocr.maxHeapMb.`,
    }),
  failed: (page: number | null, detail: string) =>
    new ReadFailure('corrupt', {
      sv: `OCR${page === null ? '' : ` av sidan ${page}`} misslyckades (tekniskt: ${detail.slice(0, 200)}); skanningen kan vara skadad: be om en ny kopia`,
      en: `OCR${page === null ? '' : ` of page ${page}`} failed (${detail.slice(0, 200)}); the scan may be damaged: ask for a new copy`,
    }),
  nothingRead: () =>
    new ReadFailure('no-text-layer', {
      sv: 'PDF-filen saknar textlager och OCR hittade ingen text på sidorna; be om en tydligare skanning eller en kopia exporterad från Word',
      en: 'The PDF has no text layer and OCR found no text on its pages; ask for a clearer scan or a copy exported from Word',
    }),
};
