/**
 * Drawing a pdfjs page as a picture, for the two threads that need pixels — OCR and the report
 * pages' images — and the fixtures' scans. The text path never draws (its canvas is a stand-in), so
 * nothing here loads @napi-rs/canvas: callers bring their canvas.
 */
import type { Canvas, SKRSContext2D } from '@napi-rs/canvas';

export type PdfjsModule = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
export type PdfPage = Awaited<ReturnType<Awaited<ReturnType<PdfjsModule['getDocument']>['promise']>['getPage']>>;
export type PdfViewport = ReturnType<PdfPage['getViewport']>;

/** The resolution to draw a page at: `dpi`, lowered so the bitmap stays within `maxPixels`. */
export function dpiWithin(widthPt: number, heightPt: number, dpi: number, maxPixels: number): number {
  const pixelsAtOneDpi = (widthPt / 72) * (heightPt / 72);
  return Math.min(dpi, Math.floor(Math.sqrt(maxPixels / pixelsAtOneDpi)));
}

/** Draws the page on the native canvas, whatever transform the context holds. */
export async function drawPage(page: PdfPage, viewport: PdfViewport, canvas: Canvas, context: SKRSContext2D): Promise<void> {
  // pdfjs types its canvas as the DOM's; the native canvas is what its Node build draws on.
  type RenderParameters = Parameters<PdfPage['render']>[0];
  await page.render({
    canvas: canvas as unknown as RenderParameters['canvas'],
    canvasContext: context as unknown as RenderParameters['canvasContext'],
    viewport,
  }).promise;
}
