/**
 * The OCR thread: renders the asked pages with pdfjs-dist on the native canvas (@napi-rs/canvas,
 * loaded only here, so the text path never pays for it) and reads them with tesseract.js, which
 * runs in a thread of its own whose WASM memory lies outside this thread's heap. One page at a
 * time, each reported as soon as it is read, so the main side can time every page and show progress.
 *
 * Offline: the trained data is read from the @tesseract.js-data packages in node_modules and handed
 * to tesseract.js in memory, the cache is neither read nor written (nothing is written outside the
 * out folder), and pdfjs fetches nothing (no font or CMap URLs).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { createCanvas } from '@napi-rs/canvas';
import Tesseract from 'tesseract.js';
import { dpiWithin, drawPage, type PdfjsModule, type PdfPage } from '../pdf/native-canvas.js';
import { PDFJS_API_MODULE } from '../pdf/pdfjs-build.js';
import { findCheckboxes } from './checkboxes.js';
import { despeckle, type InkMap, inkMapOf, paintRemoved } from './ink.js';
import { rereadDoubtful } from './reread.js';
import { findRules } from './ruling.js';
import { skewDegrees } from './skew.js';
import { soften } from './soften.js';
import type { OcrJob, OcrPage, OcrThreadMessage, OcrWord } from './types.js';
import { boldWords, strokeWidth } from './weight.js';

const require = createRequire(import.meta.url);

/** The trained data: "best_int", what tesseract.js itself would use for its LSTM engine. */
const LANGUAGES = ['swe', 'eng'] as const;

async function trainedData(): Promise<Array<{ code: string; data: Uint8Array }>> {
  return Promise.all(
    LANGUAGES.map(async (code) => ({ code, data: await readFile(require.resolve(`@tesseract.js-data/${code}/4.0.0_best_int/${code}.traineddata.gz`)) })),
  );
}

function send(message: OcrThreadMessage): void {
  parentPort?.postMessage(message);
}

function engineVersion(): string {
  return (require('tesseract.js/package.json') as { version: string }).version;
}

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
  await drawPage(page, viewport, canvas, context);
  return { canvas, pixels: context.getImageData(0, 0, canvas.width, canvas.height) };
}

/** Takes the found rules out of the ink map, a little wider than they are thick. */
function eraseRules(map: InkMap, segments: OcrPage['segments'], dpi: number): void {
  const toPixels = dpi / 72;
  const half = Math.max(3, Math.round(dpi / 60));
  for (const { x1, y1, x2, y2 } of segments) {
    const left = Math.max(0, Math.floor(Math.min(x1, x2) * toPixels) - half);
    const right = Math.min(map.width - 1, Math.ceil(Math.max(x1, x2) * toPixels) + half);
    const top = Math.max(0, Math.floor(Math.min(y1, y2) * toPixels) - half);
    const bottom = Math.min(map.height - 1, Math.ceil(Math.max(y1, y2) * toPixels) + half);
    for (let y = top; y <= bottom; y++) map.ink.fill(0, y * map.width + left, y * map.width + right + 1);
  }
}

/** A small rendering tells the skew; the page is then drawn straight at full resolution. */
const SKEW_DPI = 72;

/**
 * Where a line stands: the median bottom of its words without descenders (a word's box ends on the
 * baseline), else tesseract's fitted baseline at the line's middle. The fit runs over the whole
 * line, so a line of a label and figures far to the right, or with a speck at its end, can be off by
 * a couple of points, and the rows of a table are told apart by their spacing.
 */
function baselineOf(line: Tesseract.Line): number {
  const bottoms = line.words
    .filter((word) => /[\p{L}\p{N}]/u.test(word.text) && !/[gjpqyQ,;()[\]{}|/§µ]/u.test(word.text))
    .map((word) => word.bbox.y1)
    .sort((a, b) => a - b);
  const median = bottoms[Math.floor(bottoms.length / 2)];
  if (median !== undefined) return median;
  const { x0, y0, x1, y1 } = line.baseline;
  const slope = x1 === x0 ? 0 : (y1 - y0) / (x1 - x0);
  return y0 + slope * ((line.bbox.x0 + line.bbox.x1) / 2 - x0);
}

const LONE_DASH = /^[-–—]$/;

/**
 * A word standing apart from the rest of its line (further than the line is high on both sides)
 * that is only marks, or one or two letters read with next to no confidence: a speck by the text or
 * in the margin. A lone dash stays (a table's "nothing"), and so does any figure.
 */
function isStray(
  text: string,
  confidence: number,
  box: Tesseract.Bbox,
  before: Tesseract.Bbox | undefined,
  after: Tesseract.Bbox | undefined,
  size: number,
): boolean {
  const apart = (before === undefined || box.x0 - before.x1 > size) && (after === undefined || after.x0 - box.x1 > size);
  if (!apart) return false;
  if (!/[\p{L}\p{N}]/u.test(text)) return !LONE_DASH.test(text);
  return /^\p{L}{1,2}$/u.test(text) && confidence < 50;
}

function wordsOf(data: Tesseract.Page, toPoints: number, map: InkMap): OcrWord[] {
  const words: Array<Omit<OcrWord, 'bold'> & { stroke: number; sizePx: number }> = [];
  for (const block of data.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        // The core names it row_height, whatever the type declarations say.
        const attributes = line.rowAttributes as Partial<Tesseract.RowAttributes> & { row_height?: number };
        const sizePx = attributes.row_height ?? attributes.rowHeight ?? line.bbox.y1 - line.bbox.y0;
        // One baseline for the whole line, so its words stay one line in the layout.
        const baseline = baselineOf(line);
        // A line of nothing but marks (".", ":", "-") is leftover noise: no text has such a line.
        if (!line.words.some((word) => /[\p{L}\p{N}]/u.test(word.text))) continue;
        for (const [index, word] of line.words.entries()) {
          const text = word.text.trim();
          // Specks and leftovers of lines read as lone marks ("|", "_", ":") are no words. A lone dash is
          // a table's "nothing": on a softened page it is read under 60, and stays all the same.
          if (!text || (!/[\p{L}\p{N}]/u.test(text) && !LONE_DASH.test(text) && word.confidence < 60) || /^[|_]+$/.test(text)) continue;
          if (isStray(text, word.confidence, word.bbox, line.words[index - 1]?.bbox, line.words[index + 1]?.bbox, sizePx)) continue;
          words.push({
            text,
            confidence: Math.round(word.confidence * 10) / 10,
            x: word.bbox.x0 * toPoints,
            right: word.bbox.x1 * toPoints,
            baseline: baseline * toPoints,
            size: sizePx * toPoints,
            stroke: strokeWidth(map, { left: word.bbox.x0, top: word.bbox.y0, right: word.bbox.x1, bottom: word.bbox.y1 }),
            sizePx,
          });
        }
      }
    }
  }
  const bold = boldWords(words.map((word) => ({ stroke: word.stroke, size: word.sizePx, chars: word.text.length })));
  return words.map(({ stroke: _stroke, sizePx: _sizePx, ...word }, index) => ({ ...word, bold: bold[index] ?? false }));
}

async function run(job: OcrJob): Promise<void> {
  const pdfjs = (await import(PDFJS_API_MODULE)) as PdfjsModule;
  let worker: Tesseract.Worker | null = null;
  let document: Awaited<ReturnType<PdfjsModule['getDocument']>['promise']> | null = null;
  let current: number | null = null;
  try {
    worker = await Tesseract.createWorker(await trainedData(), Tesseract.OEM.LSTM_ONLY, {
      workerPath: fileURLToPath(new URL('./tesseract-worker.js', import.meta.url)),
      cacheMethod: 'none',
    });
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
      const dpi = dpiWithin(width, height, job.dpi, job.maxPagePixels);
      const skew = skewDegrees((await render(page, SKEW_DPI, 0)).pixels);
      const straight = await render(page, dpi, -skew);
      page.cleanup();
      const ink = inkMapOf(straight.pixels);
      const rendered = ink.ink.slice();
      despeckle(ink, dpi);
      const segments = findRules(ink, dpi);
      const boxes = findCheckboxes(ink, dpi);
      // Borders read as "|" and "_" otherwise; they reach the layout as segments instead.
      eraseRules(ink, segments, dpi);
      paintRemoved(rendered, ink, straight.pixels.data);
      // Rules, checkboxes and bold are found on the hard ink map above; tesseract reads the softened page.
      soften(straight.pixels);
      straight.canvas.getContext('2d').putImageData(straight.pixels, 0, 0);
      const { data } = await worker.recognize(straight.canvas.toBuffer('image/png'), {}, { blocks: true, text: false });
      await rereadDoubtful(worker, straight.canvas, data, { dpi, below: job.rereadBelow });
      const words = wordsOf(data, 72 / dpi, ink);
      send({ type: 'page', result: { page: number, width, height, dpi, confidence: data.confidence, words, segments, boxes } });
    }
  } catch (error) {
    send({ type: 'failed', page: current, message: error instanceof Error ? error.message : String(error) });
  } finally {
    await document?.destroy();
    await worker?.terminate();
  }
}

await run(workerData as OcrJob);
