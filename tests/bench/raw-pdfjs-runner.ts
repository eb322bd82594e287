/**
 * Bench runner: raw pdfjs-dist, getTextContent of every page and nothing else — the floor the
 * pipeline's PDF path is compared with. pdfjs is loaded and each document opened by the PDF
 * reader's own functions (extractors/readers/pdf/pdfjs.ts: the built-ins its import replaces put
 * back, no native canvas, the same getDocument options — nothing fetched, only errors logged), so
 * the comparison is of the same pdfjs doing the same reading, neither flattered nor burdened.
 * Usage: node --import tsx raw-pdfjs-runner.ts <iterations> <files...>
 */
import { readFile } from 'node:fs/promises';
import { compiledModule, parseRunnerArgs, peakRssMb, timeRuns, writeReport } from './measurement.js';

const args = parseRunnerArgs(process.argv.slice(2));

const { loadPdfjs, openPdfDocument } = (await import(
  compiledModule('extractors/readers/pdf/pdfjs.js')
)) as typeof import('../../extractors/readers/pdf/pdfjs.js');
const pdfjs = await loadPdfjs();
const loadMs = process.uptime() * 1000;

const documents = await timeRuns(args.files, args.iterations, async (path) => {
  const document = await openPdfDocument(pdfjs, new Uint8Array(await readFile(path)));
  try {
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      await page.getTextContent();
      page.cleanup();
    }
    return { pages: document.numPages };
  } finally {
    await document.destroy();
  }
});
writeReport({ documents, loadMs, uptimeMs: process.uptime() * 1000, peakRssMb: peakRssMb() });
