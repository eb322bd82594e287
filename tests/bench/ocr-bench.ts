/**
 * The OCR part of `npm run bench` (issue 17): pages per second and peak RSS of reading scans, the
 * scanned seed slutrapport (7 pages) alone on one worker thread, and two copies of it at once on
 * two; then the 10-page scanned annual report alone, timed against its target itself (the seed's
 * form pages, re-read word by word, are slower per page than a report's, so its rate would not
 * say). Each measurement in a fresh process (ocr-runner.ts). BENCH_OCR_ONLY=1 runs only this part.
 */
import { spawn } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../pipeline/package-root.js';
import { TSX } from './measurement.js';

const RUNNER = join(import.meta.dirname, 'ocr-runner.ts');
const SCANNED = join(packageRoot(), 'fixtures', 'docs', 'scanned');
const SCAN = join(SCANNED, 'slutrapport-trisam-gavle-scan.pdf');
const TEN_PAGE_SCAN = join(SCANNED, 'arsredovisning-gotland-2019-scan.pdf');
/** Issue 17: a 10-page scan within 60 s on this 2-core machine. */
const TEN_PAGES_TARGET_MS = 60_000;

interface OcrFigures {
  threads: number;
  documents: number;
  pages: number;
  ms: number;
  peakRssMb: number;
  failed: string[];
}

function run(threads: number, files: string[]): Promise<OcrFigures> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...TSX, RUNNER, String(threads), ...files], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as OcrFigures) : reject(new Error(`ocr runner exited ${String(code)}`)),
    );
  });
}

export async function runOcrBench(): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'rapportkoll-ocr-bench-'));
  try {
    const copies = [join(folder, 'scan-1.pdf'), join(folder, 'scan-2.pdf')];
    for (const copy of copies) await copyFile(SCAN, copy);
    console.log("\nOCR of scans (tesseract.js, swe+eng, 300 dpi), fresh process each, wall time including the OCR thread's start:");
    for (const [threads, files] of [
      [1, copies.slice(0, 1)],
      [2, copies],
    ] as const) {
      const figures = await run(threads, [...files]);
      console.log(
        `  ${String(threads)} worker thread${threads === 1 ? ' ' : 's'}, ${figures.documents} document(s), ${figures.pages} pages OCR'd: ${(figures.pages / (figures.ms / 1000)).toFixed(2)} pages/s, ${(figures.ms / 1000).toFixed(1)} s, peak RSS ${figures.peakRssMb.toFixed(0)} MB`,
      );
      if (figures.failed.length > 0) console.log(`  ! failed: ${figures.failed.join(', ')}`);
    }
    const ten = await run(1, [TEN_PAGE_SCAN]);
    console.log(
      `  the 10-page scanned annual report, 1 worker thread: ${ten.pages} pages OCR'd in ${(ten.ms / 1000).toFixed(1)} s, peak RSS ${ten.peakRssMb.toFixed(0)} MB (${ten.ms <= TEN_PAGES_TARGET_MS ? 'within' : 'OVER'} the ${TEN_PAGES_TARGET_MS / 1000} s target)`,
    );
    if (ten.failed.length > 0) console.log(`  ! failed: ${ten.failed.join(', ')}`);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
