/**
 * The page-image thread: draws the pages asked for with pdfjs-dist on the native canvas
 * (@napi-rs/canvas) as PNG, for the report pages. A renderer of its own, apart from the reading
 * pool (whose pdfjs runs with a canvas stand-in and never draws): loaded only here, one thread kept
 * for many documents. Every personnummer on a page, and under redaction the record's names and
 * contact details and any e-mail address or phone number, is painted over in black before the
 * image leaves the thread, found by the same detectors as the text's redaction.
 *
 * Offline and inert: no scripts (isEvalSupported off), no XFA, nothing fetched; the standard fonts
 * and CMaps come from pdfjs-dist's own folders in node_modules.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { createCanvas } from '@napi-rs/canvas';
import { findPersonalIdentityNumbers } from '../../extractors/parse/personal-identity-number.js';
import { dpiWithin, drawPage, type PdfjsModule, type PdfPage, type PdfViewport } from '../../extractors/readers/pdf/native-canvas.js';
import { PDFJS_API_MODULE } from '../../extractors/readers/pdf/pdfjs-build.js';
import { TextScrubber } from '../redact/scrub-text.js';
import type { PageImage, PageImageJob, PageImageMessage } from './types.js';

type PdfDocument = Awaited<ReturnType<PdfjsModule['getDocument']>['promise']>;

const require = createRequire(import.meta.url);
const PDFJS_FOLDER = dirname(require.resolve('pdfjs-dist/package.json'));

/** Images larger than this many pixels (a photo on a page) are left undrawn rather than decoded. */
const MAX_IMAGE_PIXELS = 16_000_000;
/** Pages drawn ahead of their PNG encoding: each bitmap is some 4 MB at 100 dpi. */
const ENCODING_AHEAD = 3;

function send(message: PageImageMessage): void {
  parentPort?.postMessage(message);
}

/** A text item as pdfjs gives it (getTextContent), in page space: baseline origin, width along the line. */
interface TextPiece {
  text: string;
  x: number;
  baseline: number;
  width: number;
  height: number;
}

/** Pieces on one baseline, left to right, joined into the line's text with where each piece starts. */
interface PieceLine {
  text: string;
  pieces: { piece: TextPiece; start: number }[];
}

async function textPieces(page: PdfPage): Promise<TextPiece[]> {
  const content = await page.getTextContent();
  const pieces: TextPiece[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str === '') continue;
    const [a = 1, b = 0, , , e = 0, f = 0] = item.transform as number[];
    // Upright text only; rotated text keeps its glyphs where a box along x cannot cover them.
    if (Math.abs(b) > Math.abs(a) * 0.1) continue;
    pieces.push({ text: item.str, x: e, baseline: f, width: item.width, height: item.height || Math.abs(a) });
  }
  return pieces;
}

/** Pieces grouped by baseline, so that a personnummer split over pieces ("780315" "-" "1234") is still found. */
function linesOf(pieces: TextPiece[]): PieceLine[] {
  const sorted = [...pieces].sort((p, q) => q.baseline - p.baseline || p.x - q.x);
  const lines: PieceLine[] = [];
  let current: PieceLine | null = null;
  let lastBaseline = Number.NaN;
  let lastRight = 0;
  for (const piece of sorted) {
    if (!current || Math.abs(piece.baseline - lastBaseline) > Math.max(1, piece.height * 0.3)) {
      current = { text: '', pieces: [] };
      lines.push(current);
    } else if (piece.x - lastRight > piece.height * 0.15) {
      current.text += ' ';
    }
    current.pieces.push({ piece, start: current.text.length });
    current.text += piece.text;
    lastBaseline = piece.baseline;
    lastRight = piece.x + piece.width;
  }
  return lines;
}

/** The page-space rectangles of a line's characters [start, end): each piece's share, by character count. */
function rectanglesOf(line: PieceLine, start: number, end: number): { x: number; baseline: number; width: number; height: number }[] {
  const rectangles = [];
  for (const { piece, start: from } of line.pieces) {
    const to = from + piece.text.length;
    const left = Math.max(start, from);
    const right = Math.min(end, to);
    if (left >= right) continue;
    const perCharacter = piece.width / piece.text.length;
    rectangles.push({ x: piece.x + (left - from) * perCharacter, baseline: piece.baseline, width: (right - left) * perCharacter, height: piece.height });
  }
  return rectangles;
}

function hiddenRanges(text: string, scrubber: TextScrubber | null): [number, number][] {
  if (scrubber) return scrubber.ranges(text);
  return findPersonalIdentityNumbers(text).map(({ start, end }): [number, number] => [start, end]);
}

/**
 * Draws the page and paints over what must not show; the PNG is encoded off this thread (the
 * canvas library's own threads), so the next page is drawn meanwhile: `encoded`, wrapped (an async
 * function's promise of a promise would wait for both).
 */
async function draw(page: PdfPage, number: number, job: PageImageJob, scrubber: TextScrubber | null): Promise<{ encoded: Promise<PageImage> }> {
  const [x0 = 0, y0 = 0, x1 = 612, y1 = 792] = page.view;
  const width = Math.abs(x1 - x0);
  const height = Math.abs(y1 - y0);
  const dpi = dpiWithin(width, height, job.dpi, job.maxPagePixels);
  // Unturned, as the reader measured the evidence boxes: a box is then a plain scaling of the image.
  const viewport: PdfViewport = page.getViewport({ scale: dpi / 72, rotation: 0 });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  await drawPage(page, viewport, canvas, context);
  let hidden = 0;
  context.fillStyle = '#000000';
  for (const line of linesOf(await textPieces(page))) {
    for (const [start, end] of hiddenRanges(line.text, scrubber)) {
      hidden += 1;
      for (const rectangle of rectanglesOf(line, start, end)) {
        // From the baseline up a glyph's height, with a margin for descenders and for rounding.
        const [left, top] = viewport.convertToViewportPoint(rectangle.x, rectangle.baseline + rectangle.height);
        const [right, bottom] = viewport.convertToViewportPoint(rectangle.x + rectangle.width, rectangle.baseline - rectangle.height * 0.3);
        // Characters' widths are shared out evenly along a piece, and digits are wider than most
        // letters: half a glyph's height more on each side keeps the first and last digit covered.
        const margin = dpi / 72;
        const side = margin + (rectangle.height * 0.5 * dpi) / 72;
        context.fillRect(Math.min(left, right) - side, Math.min(top, bottom) - margin, Math.abs(right - left) + 2 * side, Math.abs(bottom - top) + 2 * margin);
      }
    }
  }
  const encoded = canvas
    .encode('png')
    .then((png) => ({ page: number, width, height, pixelWidth: canvas.width, pixelHeight: canvas.height, png: new Uint8Array(png), hidden }));
  return { encoded };
}

async function run(pdfjs: PdfjsModule, job: PageImageJob): Promise<void> {
  let document: PdfDocument | null = null;
  try {
    document = await pdfjs.getDocument({
      data: job.bytes,
      isEvalSupported: false,
      useSystemFonts: false,
      useWorkerFetch: false,
      enableXfa: false,
      maxImageSize: MAX_IMAGE_PIXELS,
      standardFontDataUrl: `${join(PDFJS_FOLDER, 'standard_fonts')}/`,
      cMapUrl: `${join(PDFJS_FOLDER, 'cmaps')}/`,
      cMapPacked: true,
      verbosity: pdfjs.VerbosityLevel.ERRORS,
    }).promise;
    const scrubber = job.redact ? new TextScrubber(job.knownValues) : null;
    const encoding: Promise<PageImage>[] = [];
    for (const number of job.pages) {
      if (number < 1 || number > document.numPages) continue;
      const page = await document.getPage(number);
      encoding.push((await draw(page, number, job, scrubber)).encoded);
      page.cleanup();
      // A few bitmaps at most wait for their encoding; the rest of the pages wait for them.
      if (encoding.length >= ENCODING_AHEAD) send({ type: 'page', image: await (encoding.shift() as Promise<PageImage>) });
    }
    for (const image of encoding) send({ type: 'page', image: await image });
    send({ type: 'done' });
  } catch (error) {
    send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  } finally {
    await document?.destroy();
  }
}

const pdfjs = (await import(PDFJS_API_MODULE)) as PdfjsModule;
parentPort?.on('message', (job: PageImageJob) => {
  void run(pdfjs, job);
});
send({ type: 'ready' });
