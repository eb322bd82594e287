import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { PipelineConfig } from '../schemas/config.js';
import type { DocumentResult } from '../schemas/result.js';
import type { ExtractionTask, OcrPageMessage } from './extraction-worker.js';
import type { StoreInstruction, StoreOutcome, StoreTask } from './output/store-in-thread.js';
import { fitToMemory } from './memory-budget.js';
import { packageRoot } from './package-root.js';
import { failureOfWorker, resultOfDeadWorker } from './pool-failure.js';
import { Slots } from './support/slots.js';

export interface ExtractionPool {
  /** Processes one file off the main thread; always resolves (bad documents are failed results). */
  process(path: string): Promise<DocumentResult>;
  /**
   * The same, but the thread also stores the result (output/store-in-thread.ts) and only a summary
   * comes back; the result itself when it was not stored (a thread that died, bytes that changed).
   */
  processAndStore(path: string, store: StoreInstruction): Promise<StoreOutcome>;
  /** Finishes in-flight work, then stops the threads. Safe to call twice. */
  close(): Promise<void>;
  /** Stops the threads at once, dropping the documents they are reading (a run being interrupted). */
  terminate(): Promise<void>;
}

export interface ExtractionPoolOptions {
  /** Worker threads; default: number of cores. */
  concurrency?: number;
  config: PipelineConfig;
  /** Told before OCR of a document starts (position 0) and before each OCR'd page: progress for people. */
  onOcrPage?: (path: string, page: number, position: number, total: number) => void;
}

/**
 * The young generation of each thread's heap (V8's default is up to 48 MB). Reading a document
 * allocates a lot that dies young; a small nursery collects it sooner, which keeps every thread's
 * resident memory about 30 MB lower at a few per cent more CPU — what keeps a run on all cores
 * under 300 MB (npm run bench).
 */
const YOUNG_GENERATION_MB = 4;
/** How long a thread may take to start (load the readers) before its document counts as timed out anyway. */
const STARTUP_GRACE_MS = 30_000;
/** Time for the OCR thread to load its canvas and trained data, given once per OCR'd document. */
const OCR_STARTUP_MS = 60_000;

/** The compiled worker; tests running the TypeScript sources use it too (`npm test` builds first). */
export function workerFile(): string {
  return compiled('extraction-worker.js');
}

function compiled(...parts: string[]): string {
  const file = join(packageRoot(), 'dist', 'pipeline', ...parts);
  if (!existsSync(file)) throw new Error(`${file} is missing; run \`npm run build\` first`);
  return file;
}

/**
 * Worker threads that each parse one document at a time, with a heap limit per thread and a
 * wall-clock limit per document. A document over either limit costs only its own thread, which
 * is replaced: it fails with timeout or too-large while the others carry on. Documents start in
 * the order `process` is called.
 */
export function createExtractionPool(options: ExtractionPoolOptions): ExtractionPool {
  // Worst case under limits.maxMemoryMb: fewer threads or smaller heaps than asked for, never more.
  const { threads, heapMb } = fitToMemory(options.config.limits, options.concurrency ?? availableParallelism());
  const config: PipelineConfig = { ...options.config, limits: { ...options.config.limits, maxHeapMb: heapMb } };
  const piscina = new Piscina<ExtractionTask | StoreTask, DocumentResult | StoreOutcome>({
    filename: workerFile(),
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: config.limits.maxHeapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    // The parent's flags (tsx loaders under tests, --inspect) have no business in the threads.
    execArgv: [],
  });
  // A thread that dies between tasks is replaced by piscina; it must not take the process down.
  piscina.on('error', (error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    const line =
      config.lang === 'sv' ? `en läsande tråd slutade fungera mellan två dokument: ${reason}` : `a worker thread failed between documents: ${reason}`;
    process.stderr.write(`rapportkoll: ${line}\n`);
  });
  // Only as many tasks are handed to piscina as there are threads, so none waits in its queue
  // with its timeout already running.
  const slots = new Slots(threads);
  const inFlight = new Set<Promise<unknown>>();
  let closing: Promise<void> | null = null;
  let storeWorker: string | null = null;

  const runInThread = async (path: string, store: StoreInstruction | null): Promise<DocumentResult | StoreOutcome> => {
    const controller = new AbortController();
    let timedOut = false;
    const stop = (): void => {
      timedOut = true;
      controller.abort();
    };
    // The document's clock starts when its thread picks it up; the backstop covers a thread that never does.
    const timers = [setTimeout(stop, config.limits.timeoutMs + STARTUP_GRACE_MS)];
    const { port1: started, port2: startedInWorker } = new MessageChannel();
    // The document's clock: limits.timeoutMs from the start, and ocr.pageTimeoutMs more for each OCR'd page.
    let deadline = 0;
    const resetClock = (): void => {
      timers.forEach(clearTimeout);
      timers.splice(0, timers.length, setTimeout(stop, Math.max(0, deadline - Date.now())));
    };
    started.on('message', (message: 'started' | OcrPageMessage) => {
      if (message === 'started') deadline = Date.now() + config.limits.timeoutMs;
      else {
        deadline += message.position === 0 ? OCR_STARTUP_MS : config.ocr.pageTimeoutMs;
        options.onOcrPage?.(path, message.ocrPage, message.position, message.total);
      }
      resetClock();
    });
    try {
      const task: ExtractionTask = { path, config, started: startedInWorker };
      const run = { signal: controller.signal, transferList: [startedInWorker] };
      if (!store) return await piscina.run(task, run);
      storeWorker ??= compiled('output', 'store-in-thread.js');
      return await piscina.run({ ...task, store }, { ...run, filename: storeWorker });
    } catch (error) {
      const result = await resultOfDeadWorker(path, failureOfWorker(error, timedOut, config), config);
      return store ? { stored: false, result } : result;
    } finally {
      timers.forEach(clearTimeout);
      started.close();
    }
  };

  const schedule = <T>(work: () => Promise<T>): Promise<T> => {
    if (closing) return Promise.reject(new Error('the extraction pool is closed'));
    const task = slots.run(work);
    inFlight.add(task);
    const forget = (): void => void inFlight.delete(task);
    task.then(forget, forget);
    return task;
  };

  return {
    process(path) {
      return schedule(async () => asResult(await runInThread(path, null)));
    },
    processAndStore(path, store) {
      return schedule(async () => asOutcome(await runInThread(path, store)));
    },
    close() {
      closing ??= Promise.allSettled([...inFlight]).then(() => piscina.close());
      return closing;
    },
    async terminate() {
      closing ??= Promise.resolve();
      await piscina.destroy();
    },
  };
}

/** What extraction-worker.js answers: a result, never a store outcome (those have `stored`). */
function asResult(answer: DocumentResult | StoreOutcome): DocumentResult {
  if ('stored' in answer) throw new Error('the extraction worker answered with a store outcome (a bug)');
  return answer;
}

function asOutcome(answer: DocumentResult | StoreOutcome): StoreOutcome {
  if (!('stored' in answer)) throw new Error('the store worker answered with a bare result (a bug)');
  return answer;
}
