import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Limits, OcrSettings } from '../../../schemas/config.js';
import type { DocModel, OcrReading, ReaderMessage } from '../../model.js';
import type { OcrProgress } from '../ocr/engine.js';
import { FontBook } from './content/fonts.js';
import { readPage } from './content/read-page.js';
import { buildDocument } from './document.js';
import { ocrFailure } from '../ocr/failures.js';
import { pdfFailure, pdfjsFailure } from './failures.js';
import { countInflatedBytes } from './inflate-budget.js';
import { layoutPage, type PageLayout } from './layout/page-layout.js';
import { readMetadata } from './metadata.js';
import { appendAll } from '../../arrays.js';
import { loadPdfjs, openPdfDocument } from './pdfjs.js';

/**
 * Reads a PDF into the document model. Throws ReadFailure for documents that cannot be read.
 *
 * Each page's operator list is interpreted once (content/): positioned text runs with their fonts,
 * table borders and drawn checkboxes; AcroForm widgets come from the annotations. Pages are laid
 * out (layout/: lines, ruled tables), then the document is assembled (document.ts): furniture and
 * footnotes taken out, borderless tables found, tables and paragraphs joined across page breaks.
 * Paragraph text joins soft-wrapped lines with a space and keeps "\n" where a line was broken on
 * purpose; `lines` keeps every visual line with its box.
 *
 * Pages without a text layer are read by OCR when `ocr` asks for it (ocr-pages.ts): their words
 * become page content like any other page's, so the layout and everything after it is the same.
 */
export async function readPdf(bytes: Uint8Array, limits: Limits, ocr: OcrRequest | null = null): Promise<DocModel> {
  if (bytes.length === 0) throw pdfFailure.empty();
  const deadline = Date.now() + limits.timeoutMs;
  const { inflated, overBudget } = await countInflatedBytes(bytes, limits.maxDecompressedBytes);
  if (overBudget) throw pdfFailure.inflatesTooMuch(inflated, limits.maxDecompressedBytes);
  const pdfjs = await loadPdfjs();
  let document: PDFDocumentProxy | null = null;
  try {
    document = await openPdfDocument(pdfjs, bytes);
    // The page tree states its own count (/Count): a hostile file writes -5 or four billion.
    if (!Number.isSafeInteger(document.numPages) || document.numPages < 1) throw pdfFailure.impossiblePageCount(document.numPages);
    if (document.numPages > limits.maxPages) throw pdfFailure.tooManyPages(document.numPages, limits.maxPages);
    return await readDocument(document, pdfjs.OPS, deadline, limits.timeoutMs, ocr ? { ...ocr, bytes } : null);
  } catch (error) {
    throw pdfjsFailure(error);
  } finally {
    await document?.destroy();
  }
}

/** What to OCR and how; progress is told before each OCR'd page. */
export interface OcrRequest {
  settings: OcrSettings;
  progress: OcrProgress;
}

/** Fewer characters than this per page on average: there is no text layer to speak of. */
const MIN_CHARS_PER_PAGE = 10;

async function readDocument(
  document: PDFDocumentProxy,
  ops: Readonly<Record<string, number>>,
  deadline: number,
  timeoutMs: number,
  ocr: (OcrRequest & { bytes: Uint8Array }) | null,
): Promise<DocModel> {
  const fonts = new FontBook();
  const hasForm = (await document.getFieldObjects()) !== null;
  const pages: PageLayout[] = [];
  const messages: ReaderMessage[] = [];
  const textless: number[] = [];
  const charsPerPage: number[] = [];
  let chars = 0;
  for (let number = 1; number <= document.numPages; number++) {
    if (Date.now() > deadline) throw pdfFailure.timeout(timeoutMs);
    const page = await document.getPage(number);
    const read = await readPage(page, number, ops, fonts, hasForm);
    page.cleanup();
    const pageChars = read.runs.reduce((sum, run) => sum + (run.fromWidget ? 0 : run.text.length), 0);
    if (pageChars === 0) textless.push(number);
    chars += pageChars;
    pages.push(layoutPage(read));
    charsPerPage.push(pageChars);
  }
  let reading: OcrReading | undefined;
  if (ocr && ocr.settings.mode !== 'off') {
    const wanted = pages.filter((page, index) => ocr.settings.mode === 'always' || (charsPerPage[index] ?? 0) < MIN_CHARS_PER_PAGE);
    if (wanted.length > 0) {
      const { readScannedPages } = await import('../ocr/ocr-pages.js');
      const scanned = await readScannedPages(ocr.bytes, wanted, ocr.settings, ocr.progress);
      reading = scanned.reading;
      appendAll(messages, scanned.messages);
      for (const layout of scanned.layouts) {
        const index = layout.page - 1;
        chars += layout.chars - (charsPerPage[index] ?? 0);
        pages[index] = layout.layout;
        const at = textless.indexOf(layout.page);
        if (at !== -1 && layout.chars > 0) textless.splice(at, 1);
      }
      if (chars < MIN_CHARS_PER_PAGE * document.numPages) throw ocrFailure.nothingRead();
    }
  }
  if (chars < MIN_CHARS_PER_PAGE * document.numPages) throw pdfFailure.noTextLayer();
  if (textless.length > 0) {
    messages.push({
      code: 'pages-without-text',
      type: 'warning',
      wording: {
        sv:
          textless.length > 1
            ? `Sidorna ${textless.join(', ')} saknar textlager (skannade?); deras innehåll saknas`
            : `Sidan ${textless.join(', ')} saknar textlager (skannad?); dess innehåll saknas`,
        en: `Page${textless.length > 1 ? 's' : ''} ${textless.join(', ')} ha${textless.length > 1 ? 've' : 's'} no text layer (scanned?); ${textless.length > 1 ? 'their' : 'its'} content is missing`,
      },
      position: { pages: textless, path: null },
    });
  }
  const { blocks, footnotes, runningHeads } = buildDocument(pages);
  return {
    format: 'pdf',
    pages: document.numPages,
    blocks,
    footnotes,
    messages,
    metadata: await readMetadata(document),
    runningHeads,
    ...(reading ? { ocr: reading } : {}),
  };
}
