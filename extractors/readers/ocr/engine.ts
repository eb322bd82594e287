/**
 * The main side of OCR: runs thread.ts in a worker thread of its own (heap-limited; tesseract.js
 * starts its own thread inside it, whose WASM memory is held to ocr.maxRssMb instead) and collects
 * its pages. Every page has its own time limit (ocr.pageTimeoutMs); a page over it, a process over
 * the memory limit or a thread that dies stops the OCR and fails the document — never a hang.
 */
import { Worker } from 'node:worker_threads';
import type { OcrSettings } from '../../../schemas/config.js';
import { compiledThreadFile } from '../../compiled-thread.js';
import { ocrFailure } from './failures.js';
import type { OcrJob, OcrPage, OcrThreadMessage } from './types.js';

export interface OcrRun {
  engine: 'tesseract.js';
  engineVersion: string;
  languages: string[];
  pages: OcrPage[];
}

/** Told before each page is read (1-based position among the OCR'd pages) — progress, and the pool's clock. */
export type OcrProgress = (page: number, position: number, total: number) => void;

/** Time for the thread to load pdfjs, the canvas and the trained data, before the first page's own limit starts. */
const STARTUP_MS = 60_000;

function threadFile(): string {
  return compiledThreadFile(import.meta.url);
}

/** The trained data the thread loads (thread.ts), as the result names them. */
const LANGUAGES = ['swe', 'eng'];

export function recognisePages(bytes: Uint8Array, pages: number[], settings: OcrSettings, progress: OcrProgress): Promise<OcrRun> {
  const job: OcrJob = { bytes: new Uint8Array(bytes), pages, dpi: settings.dpi, maxPagePixels: settings.maxPagePixels, rereadBelow: settings.minConfidence };
  return new Promise<OcrRun>((resolve, reject) => {
    const thread = new Worker(threadFile(), {
      workerData: job,
      resourceLimits: { maxOldGenerationSizeMb: settings.maxHeapMb },
      execArgv: [],
      stdout: true,
      stderr: true,
    });
    // tesseract.js and pdfjs talk on the console; what matters reaches the result as a failure.
    thread.stdout.resume();
    thread.stderr.resume();
    const read: OcrPage[] = [];
    let engineVersion = '';
    let current: number | null = null;
    let settled = false;
    let timer: NodeJS.Timeout | null = null;
    const finish = (failure: Error | null): void => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      void thread.terminate();
      if (failure) reject(failure);
      else resolve({ engine: 'tesseract.js', engineVersion, languages: LANGUAGES, pages: read });
    };
    const startClock = (ms: number, onExpiry: () => Error): void => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => finish(onExpiry()), ms);
    };
    startClock(STARTUP_MS + settings.pageTimeoutMs, () => ocrFailure.pageTimeout(pages[0] ?? 1, settings.pageTimeoutMs));
    thread.on('message', (message: OcrThreadMessage) => {
      if (message.type === 'ready') engineVersion = message.engineVersion;
      else if (message.type === 'page-started') {
        current = message.page;
        const page = message.page;
        startClock(settings.pageTimeoutMs, () => ocrFailure.pageTimeout(page, settings.pageTimeoutMs));
        progress(page, read.length + 1, pages.length);
      } else if (message.type === 'page') {
        read.push(message.result);
        if (process.memoryUsage.rss() > settings.maxRssMb * 1024 * 1024) finish(ocrFailure.outOfMemory(message.result.page, settings.maxRssMb));
        else if (read.length === pages.length) finish(null);
      } else {
        finish(ocrFailure.failed(message.page, message.message));
      }
    });
    thread.on('error', (error: Error & { code?: string }) => {
      finish(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? ocrFailure.outOfMemory(current, settings.maxHeapMb) : ocrFailure.failed(current, error.message));
    });
    thread.on('exit', (code) => {
      if (!settled) finish(ocrFailure.failed(current, `the OCR thread stopped with code ${code}`));
    });
  });
}
