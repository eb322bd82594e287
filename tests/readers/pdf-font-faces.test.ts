import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCS_DIR } from '../../fixtures/build/paths.js';
import { loadPdfjs, openPdfDocument } from '../../extractors/readers/pdf/pdfjs.js';

/** Every object pdfjs handed the main thread for a page's operator list, by id. */
async function commonObjects(file: string, pageNumber: number): Promise<Map<string, unknown>> {
  const pdfjs = await loadPdfjs();
  const document = await openPdfDocument(pdfjs, new Uint8Array(readFileSync(join(DOCS_DIR, file))));
  try {
    const page = await document.getPage(pageNumber);
    await page.getOperatorList({ annotationMode: 0 });
    return new Map([...(page.commonObjs as unknown as Iterable<[string, unknown]>)]);
  } finally {
    await document.destroy();
  }
}

describe('opening a PDF with font faces answered by stand-ins', () => {
  it.each([
    ['a Word export with embedded subset fonts', 'slutrapport-trisam-gavle.pdf'],
    ['a pdfkit drawing', 'slutrapport-pdfkit.pdf'],
  ])('%s: the fonts arrive, no glyph outline is built', async (_name, file) => {
    const objects = await commonObjects(file, 1);
    const fonts = [...objects.values()].filter((value) => typeof value === 'object' && value !== null && 'loadedName' in value);
    expect(fonts.length).toBeGreaterThan(0);
    // A font whose face failed to load falls back to outlines ("<font>_path_<glyph>"), at a tenth of the page's time.
    expect([...objects.keys()].filter((id) => id.includes('_path_'))).toEqual([]);
    for (const font of fonts) expect((font as { disableFontFace?: boolean }).disableFontFace).toBe(false);
  });
});
