import { emptyFileFailure, ReadFailure } from '../failure.js';

/** Every way a PDF can fail, worded for the person who has to fix the file, in Swedish and English. */
export const pdfFailure = {
  empty: emptyFileFailure,
  encrypted: () =>
    new ReadFailure('encrypted', {
      sv: 'PDF-filen är lösenordsskyddad; ta bort lösenordet (spara till exempel en oskyddad kopia) och försök igen',
      en: 'The PDF is password-protected; remove the password (e.g. save an unprotected copy) and try again',
    }),
  corrupt: (detail: string) =>
    new ReadFailure('corrupt', {
      sv: `PDF-filen är skadad eller ingen PDF alls (tekniskt: ${detail}); be om en ny kopia`,
      en: `The PDF is damaged or not a PDF at all (${detail}); ask for a new copy`,
    }),
  impossiblePageCount: (stated: number) =>
    new ReadFailure('corrupt', {
      sv: `PDF-filen är skadad: dess sidträd anger ${String(stated)} sidor, vilket inget dokument har; be om en ny kopia`,
      en: `The PDF is damaged: its page tree states ${String(stated)} pages, which no document has; ask for a new copy`,
    }),
  inflatesTooMuch: (inflated: number, budget: number) =>
    new ReadFailure('too-large', {
      sv: `PDF-filens komprimerade innehåll packas upp till mer än ${Math.round(budget / (1024 * 1024))} MB (minst ${Math.round(inflated / (1024 * 1024))} MB), långt mer än en rapport behöver; den är skadad eller gjord för att fylla minnet. Exportera den igen, eller höj limits.maxDecompressedBytes om det är en riktig rapport.`,
      en: `The PDF's compressed content unpacks to more than ${Math.round(budget / (1024 * 1024))} MB (at least ${Math.round(inflated / (1024 * 1024))} MB), far more than a report needs; it is damaged or made to exhaust memory. Export it again, or raise limits.maxDecompressedBytes if it is a genuine report.`,
    }),
  tooManyPages: (pages: number, max: number) =>
    new ReadFailure('too-large', {
      sv: `PDF-filen har ${pages} sidor, över gränsen ${max}; kontrollera att det är en enda rapport, eller höj limits.maxPages (--max-pages).`,
      en: `The PDF has ${pages} pages, over the limit of ${max}; check that it is a single report, or raise limits.maxPages (--max-pages).`,
    }),
  noTextLayer: () =>
    new ReadFailure('no-text-layer', {
      sv: 'PDF-filen saknar textlager; exportera den från Word igen eller kör textigenkänning (OCR) först',
      en: 'The PDF has no text layer; export it from Word again or run OCR first',
    }),
  timeout: (ms: number) =>
    new ReadFailure('timeout', {
      sv: `Att läsa PDF-filen tog längre tid än ${ms} ms och avbröts; spara eller exportera den igen, eller höj limits.timeoutMs (--timeout-ms).`,
      en: `Reading the PDF took longer than ${ms} ms and was stopped; save or export it again, or raise limits.timeoutMs (--timeout-ms).`,
    }),
};

function nameOf(error: unknown): string {
  return error instanceof Error ? error.name : '';
}

/** pdfjs's exceptions (matched by name: pdfjs 5 does not export all their classes) as ReadFailures. */
export function pdfjsFailure(error: unknown): ReadFailure {
  if (error instanceof ReadFailure) return error;
  const name = nameOf(error);
  if (name === 'PasswordException') return pdfFailure.encrypted();
  const message = error instanceof Error ? error.message : String(error);
  if (/size is zero bytes|file is empty/i.test(message)) return pdfFailure.empty();
  return pdfFailure.corrupt(message.slice(0, 200) || name || 'unreadable');
}
