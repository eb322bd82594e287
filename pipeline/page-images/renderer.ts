/**
 * The main side of page images: one thread (thread.ts) kept for many documents, asked one document
 * at a time. A document that takes longer than its time limit, or a thread that dies or runs out of
 * memory, gives no images (the report page then shows the quotes alone) and the next document gets a
 * fresh thread — never a hang, never a crash of the process writing the pages.
 */
import { Worker } from 'node:worker_threads';
import { compiledThreadFile } from '../../extractors/compiled-thread.js';
import type { PageImage, PageImageJob, PageImageMessage } from './types.js';

export type { PageImage } from './types.js';

export interface PageRendererOptions {
  /** About 100 dpi: a page a person reads on a screen. */
  dpi: number;
  maxPagePixels: number;
  /** Per document, pages included (the thread's start-up is counted apart). */
  timeoutMs: number;
  maxHeapMb: number;
}

export const PAGE_RENDERER_DEFAULTS: PageRendererOptions = { dpi: 100, maxPagePixels: 4_000_000, timeoutMs: 30_000, maxHeapMb: 512 };

/** Time for a new thread to load pdfjs and the canvas before the first document's own limit starts. */
const STARTUP_MS = 30_000;

function threadFile(): string {
  return compiledThreadFile(import.meta.url);
}

interface Running {
  thread: Worker;
  ready: Promise<void>;
}

export interface RenderRequest {
  bytes: Uint8Array;
  pages: number[];
  redact: boolean;
  knownValues: string[];
}

export class PageRenderer {
  private running: Running | null = null;
  /** One document at a time: each waits for the one before. */
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(private readonly options: PageRendererOptions = PAGE_RENDERER_DEFAULTS) {}

  /** The pages' images, in the order asked; [] when the document could not be drawn in time. */
  render(request: RenderRequest): Promise<PageImage[]> {
    const next = this.queue.then(() => this.renderNow(request));
    this.queue = next.catch(() => undefined);
    return next;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.queue;
    await this.stop();
  }

  private start(): Running {
    const thread = new Worker(threadFile(), { resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb }, execArgv: [], stdout: true, stderr: true });
    // pdfjs talks on the console about broken fonts and the like; a failure reaches us as a message.
    thread.stdout.resume();
    thread.stderr.resume();
    thread.unref();
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the page-image thread did not start in time')), STARTUP_MS);
      thread.once('message', () => {
        clearTimeout(timer);
        resolve();
      });
      thread.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
    return { thread, ready };
  }

  private async stop(): Promise<void> {
    const running = this.running;
    this.running = null;
    if (running) await running.thread.terminate();
  }

  private async renderNow(request: RenderRequest): Promise<PageImage[]> {
    if (this.closed || request.pages.length === 0) return [];
    this.running ??= this.start();
    const { thread, ready } = this.running;
    try {
      await ready;
    } catch {
      await this.stop();
      return [];
    }
    const job: PageImageJob = { ...request, bytes: new Uint8Array(request.bytes), dpi: this.options.dpi, maxPagePixels: this.options.maxPagePixels };
    // null: the thread overran or died; [] alone: pdfjs could not draw this document (the thread is fine).
    const images = await new Promise<PageImage[] | null>((resolve) => {
      const drawn: PageImage[] = [];
      const finish = (result: PageImage[] | null): void => {
        clearTimeout(timer);
        thread.off('message', onMessage);
        thread.off('error', onFailure);
        thread.off('exit', onFailure);
        resolve(result);
      };
      const onMessage = (message: PageImageMessage): void => {
        if (message.type === 'page') drawn.push(message.image);
        else if (message.type === 'done') finish(drawn);
        else if (message.type === 'failed') finish([]);
      };
      const onFailure = (): void => finish(null);
      const timer = setTimeout(() => finish(null), this.options.timeoutMs);
      thread.on('message', onMessage);
      thread.on('error', onFailure);
      thread.on('exit', onFailure);
      thread.postMessage(job, [job.bytes.buffer as ArrayBuffer]);
    });
    if (images === null) {
      // A thread that failed, died or overran may be in any state: the next document gets a new one.
      await this.stop();
      return [];
    }
    return images;
  }
}
