/**
 * What a reader notices reaches the result as `warnings`, each with its code and where it applies:
 * a real PDF with scanned pages put in (pdf-lib), the hostile .docx with external links, and a
 * .docx whose tables nest deeper than the reader follows — through the real readers.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../extractors/readers/docx/index.js';
import { scannedPagePng } from '../../fixtures/build/bad/png.js';
import { BAD_DIR, DOCS_DIR } from '../../fixtures/build/paths.js';
import { processFile } from '../../pipeline/process-file.js';
import { Limits, PipelineConfig } from '../../schemas/config.js';
import { DocumentResult } from '../../schemas/result.js';
import { useScratchDir } from '../cli/support/temp-dir.js';

// OCR off: these pages stay without text, as without OCR (tests/readers/ocr.test.ts reads them).
const config = PipelineConfig.parse({ ocr: { mode: 'off' } });
const inEnglish = PipelineConfig.parse({ ocr: { mode: 'off' }, lang: 'en' });
const scratch = useScratchDir();

/** The seed slutrapport with a scanned page (a picture, no text) after its page `after`, for each of `after`. */
async function withScannedPages(source: string, after: number[]): Promise<string> {
  const pdf = await PDFDocument.load(await readFile(source));
  // From the last insertion backwards, so the earlier page numbers still hold.
  for (const [index, page] of [...after].sort((a, b) => b - a).entries()) {
    const image = await pdf.embedPng(scannedPagePng(index + 1));
    const scanned = pdf.insertPage(page, [595.28, 841.89]);
    scanned.drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 });
  }
  const path = join(scratch(), `scanned-${after.join('-')}.pdf`);
  await writeFile(path, await pdf.save());
  return path;
}

describe('reader warnings in the result', () => {
  it('a PDF with scanned pages is read, and says which pages have no text layer', async () => {
    const seed = join(DOCS_DIR, 'slutrapport-trisam-gavle.pdf');
    const pages = (await PDFDocument.load(await readFile(seed))).getPageCount();
    const scanned = await withScannedPages(seed, [2, pages]);
    const result = DocumentResult.parse(await processFile(scanned, config));
    expect(result).toMatchObject({ status: 'ok', kind: 'slutrapport', source: { pages: pages + 2 } });
    expect(result.warnings).toEqual([
      {
        code: 'pages-without-text',
        type: 'warning',
        message: `Sidorna 3, ${pages + 2} saknar textlager (skannade?); deras innehåll saknas`,
        position: { pages: [3, pages + 2], path: null },
      },
    ]);
    // The same warning in English with --lang en: only the message differs.
    const english = DocumentResult.parse(await processFile(scanned, inEnglish));
    expect(english.warnings).toEqual([{ ...result.warnings[0], message: `Pages 3, ${pages + 2} have no text layer (scanned?); their content is missing` }]);
    expect(JSON.stringify(english.warnings[0] && Object.keys(english.warnings[0]))).toBe('["code","type","message","position"]');
  });

  it('one scanned page is named as one', async () => {
    const seed = join(DOCS_DIR, 'slutrapport-trisam-gavle.pdf');
    const pages = (await PDFDocument.load(await readFile(seed))).getPageCount();
    const result = DocumentResult.parse(await processFile(await withScannedPages(seed, [pages]), config));
    expect(result.warnings).toEqual([
      {
        code: 'pages-without-text',
        type: 'warning',
        message: `Sidan ${pages + 1} saknar textlager (skannad?); dess innehåll saknas`,
        position: { pages: [pages + 1], path: null },
      },
    ]);
  });

  it('a .docx with links outside it says they were ignored, about the whole file', async () => {
    const result = DocumentResult.parse(await processFile(join(BAD_DIR, 'external-resources.docx'), config));
    expect(result.status).toBe('ok');
    expect(result.warnings).toEqual([
      {
        code: 'external-references',
        type: 'info',
        message: 'Hänvisningar utanför dokumentet hoppades över och hämtades aldrig (2 länkar, 2 bilder)',
        position: null,
      },
    ]);
    const english = DocumentResult.parse(await processFile(join(BAD_DIR, 'external-resources.docx'), inEnglish));
    expect(english.warnings).toEqual([
      { code: 'external-references', type: 'info', message: 'External references were ignored and never fetched (2 hyperlinks, 2 images)', position: null },
    ]);
  });

  it('a .docx with tables nested too deep says where the first one left out stands', async () => {
    const zip = await JSZip.loadAsync(await readFile(join(DOCS_DIR, 'slutrapport-clean.docx')));
    const depth = 18;
    const cell = (inner: string): string => `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>nivå</w:t></w:r></w:p>${inner}</w:tc></w:tr></w:tbl>`;
    let nested = '<w:p><w:r><w:t>innerst</w:t></w:r></w:p>';
    for (let level = 0; level < depth; level += 1) nested = cell(nested);
    const document = await zip.file('word/document.xml')?.async('string');
    if (!document) throw new Error('no word/document.xml');
    zip.file('word/document.xml', document.replace(/<w:body>/, `<w:body><w:p><w:r><w:t>Före tabellen</w:t></w:r></w:p>${nested}`));
    const model = await readDocx(await zip.generateAsync({ type: 'uint8array' }), Limits.parse({}));
    const path = `${Array.from({ length: 16 }, () => 'tbl[1]/tr[1]/tc[1]/').join('')}tbl[1]`;
    expect(model.messages).toContainEqual({
      code: 'tables-too-deep',
      type: 'warning',
      wording: { sv: 'Tabeller inuti tabeller i mer än 16 nivåer lämnades utanför', en: 'Tables nested more than 16 deep were left out' },
      position: { pages: [], path },
    });
  });
});
