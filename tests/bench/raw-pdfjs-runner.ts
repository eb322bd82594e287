/**
 * Bench runner: raw pdfjs-dist, getTextContent of every page and nothing else — the floor the
 * pipeline's PDF path is compared with. Usage: node --import tsx raw-pdfjs-runner.ts <iterations> <files...>
 */
import { readFile } from 'node:fs/promises';
import { compiledModule, parseRunnerArgs, peakRssMb, timeRuns, writeReport } from './measurement.js';

const args = parseRunnerArgs(process.argv.slice(2));

// pdfjs's legacy build swaps these for slow polyfills process-wide and loads a native canvas; the
// PDF reader puts the built-ins back and keeps the canvas out, so do the same here or the
// comparison would flatter the pipeline.
const originals = { push: Array.prototype.push, stringify: JSON.stringify, parse: JSON.parse };
const { withoutNativeCanvas } = (await import(
  compiledModule('extractors/readers/pdf/canvas-stand-in.js')
)) as typeof import('../../extractors/readers/pdf/canvas-stand-in.js');
const pdfjs = await withoutNativeCanvas(() => import('pdfjs-dist/legacy/build/pdf.mjs'));
Array.prototype.push = originals.push;
JSON.stringify = originals.stringify;
JSON.parse = originals.parse;
const loadMs = process.uptime() * 1000;

const documents = await timeRuns(args.files, args.iterations, async (path) => {
  const data = new Uint8Array(await readFile(path));
  const document = await pdfjs.getDocument({ data, isEvalSupported: false, useSystemFonts: false }).promise;
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
