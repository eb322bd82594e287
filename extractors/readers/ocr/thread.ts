/**
 * The OCR thread: renders the asked pages with pdfjs-dist on the native canvas (@napi-rs/canvas,
 * loaded only here, so the text path never pays for it) and reads them with tesseract.js, which
 * runs in a thread of its own whose WASM memory lies outside this thread's heap. One page at a
 * time, each reported as soon as it is read, so the main side can time every page and show progress.
 *
 * Offline: the trained data comes from the @tesseract.js-data packages in node_modules (through a
 * folder of links the main side makes and removes), the cache is neither read nor written, and
 * pdfjs fetches nothing (no font or CMap URLs).
 */
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import { createCanvas } from '@napi-rs/canvas';
import Tesseract from 'tesseract.js';
import { findRules } from './ruling.js';
import { skewDegrees } from './skew.js';
import type { OcrJob, OcrPage, OcrThreadMessage, OcrWord } from './types.js';

const require = createRequire(import.meta.url);

/** The trained data, in the folder the main side linked them into (engine.ts). */
const LANGUAGES = ['swe', 'eng'] as const;

function send(message: OcrThreadMessage): void {
  parentPort?.postMessage(message);
}

function engineVersion(): string {
  return (require('tesseract.js/package.json') as { version: string }).version;
}

/** The resolution for this page: the asked one, lowered until the bitmap fits the pixel limit. */
function dpiFor(width: number, height: number, job: OcrJob): number {
  const pixelsAtOneDpi = (width / 72) * (height / 72);
  return Math.min(job.dpi, Math.floor(Math.sqrt(job.maxPagePixels / pixelsAtOneDpi)));
}

type PdfjsModule = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfPage = Awaited<ReturnType<Awaited<ReturnType<PdfjsModule['getDocument']>['promise']>['getPage']>>;

/** The page on a white canvas at `dpi`, turned by `degrees` about its middle. */
async function render(page: PdfPage, dpi: number, degrees: number) {
  const viewport = page.getViewport({ scale: dpi / 72 });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  if (degrees !== 0) {
    context.translate(canvas.width / 2, canvas.height / 2);
    context.rotate((degrees * Math.PI) / 180);
    context.translate(-canvas.width / 2, -canvas.height / 2);
  }
  // pdfjs types its canvas as the DOM's; the native canvas is what its Node build draws on.
  type RenderParameters = Parameters<PdfPage['render']>[0];
  await page.render({
    canvas: canvas as unknown as RenderParameters['canvas'],
    canvasContext: context as unknown as RenderParameters['canvasContext'],
    viewport,
  }).promise;
  return { canvas, pixels: context.getImageData(0, 0, canvas.width, canvas.height) };
}

/** Paints the found rules over with paper, a little wider than they are thick. */
function eraseRules(context: ReturnType<ReturnType<typeof createCanvas>['getContext']>, segments: OcrPage['segments'], dpi: number): void {
  const toPixels = dpi / 72;
  const half = Math.max(3, Math.round(dpi / 60));
  context.fillStyle = '#ffffff';
  for (const { x1, y1, x2, y2 } of segments) {
    const [left, top] = [Math.min(x1, x2) * toPixels, Math.min(y1, y2) * toPixels];
    const [width, height] = [Math.abs(x2 - x1) * toPixels, Math.abs(y2 - y1) * toPixels];
    context.fillRect(left - half, top - half, width + 2 * half, height + 2 * half);
  }
}

/** A small rendering tells the skew; the page is then drawn straight at full resolution. */
const SKEW_DPI = 72;

function wordsOf(data: Tesseract.Page, toPoints: number): OcrWord[] {
  const words: OcrWord[] = [];
  for (const block of data.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const { x0, y0, x1, y1 } = line.baseline;
        const slope = x1 === x0 ? 0 : (y1 - y0) / (x1 - x0);
        // The core names it row_height, whatever the type declarations say.
        const attributes = line.rowAttributes as Partial<Tesseract.RowAttributes> & { row_height?: number };
        const size = (attributes.row_height ?? attributes.rowHeight ?? line.bbox.y1 - line.bbox.y0) * toPoints;
        // One baseline for the whole line (at its middle), so its words stay one line in the layout.
        const middle = (line.bbox.x0 + line.bbox.x1) / 2;
        for (const word of line.words) {
          const text = word.text.trim();
          // Specks and leftovers of lines read as lone marks ("|", "_", ":") are no words.
          if (!text || (!/[\p{L}\p{N}]/u.test(text) && word.confidence < 60) || /^[|_]+$/.test(text)) continue;
          words.push({
            text,
            confidence: Math.round(word.confidence * 10) / 10,
            x: word.bbox.x0 * toPoints,
            right: word.bbox.x1 * toPoints,
            baseline: (y0 + slope * (middle - x0)) * toPoints,
            size,
          });
        }
      }
    }
  }
  return words;
}

async function run(job: OcrJob): Promise<void> {
  const pdfjs: PdfjsModule = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let worker: Tesseract.Worker | null = null;
  let document: Awaited<ReturnType<PdfjsModule['getDocument']>['promise']> | null = null;
  let current: number | null = null;
  try {
    worker = await Tesseract.createWorker(LANGUAGES.join('+'), Tesseract.OEM.LSTM_ONLY, { langPath: job.languageFolder, cacheMethod: 'none', gzip: true });
    send({ type: 'ready', engineVersion: engineVersion() });
    document = await pdfjs.getDocument({
      data: job.bytes,
      isEvalSupported: false,
      useSystemFonts: false,
      useWorkerFetch: false,
      enableXfa: false,
      verbosity: pdfjs.VerbosityLevel.ERRORS,
    }).promise;
    for (const number of job.pages) {
      current = number;
      send({ type: 'page-started', page: number });
      const page = await document.getPage(number);
      const [x0 = 0, y0 = 0, x1 = 612, y1 = 792] = page.view;
      const width = Math.abs(x1 - x0);
      const height = Math.abs(y1 - y0);
      const dpi = dpiFor(width, height, job);
      const skew = skewDegrees((await render(page, SKEW_DPI, 0)).pixels);
      const straight = await render(page, dpi, -skew);
      page.cleanup();
      const segments = findRules(straight.pixels, dpi);
      // Borders read as "|" and "_" otherwise; they reach the layout as segments instead.
      eraseRules(straight.canvas.getContext('2d'), segments, dpi);
      const { data } = await worker.recognize(straight.canvas.toBuffer('image/png'), {}, { blocks: true, text: false });
      send({ type: 'page', result: { page: number, width, height, dpi, confidence: data.confidence, words: wordsOf(data, 72 / dpi), segments } });
    }
  } catch (error) {
    send({ type: 'failed', page: current, message: error instanceof Error ? error.message : String(error) });
  } finally {
    await document?.destroy();
    await worker?.terminate();
  }
}

await run(workerData as OcrJob);
