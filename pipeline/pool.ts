import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { PipelineConfig } from '../schemas/config.js';
import type { DocumentResult } from '../schemas/result.js';
import type { ExtractionTask } from './extraction-worker.js';
import { packageRoot } from './package-root.js';
import { failureOfWorker, resultOfDeadWorker } from './pool-failure.js';
import { Slots } from './slots.js';

export interface ExtractionPool {
  /** Processes one file off the main thread; always resolves (bad documents are failed results). */
  process(path: string): Promise<DocumentResult>;
  /** Finishes in-flight work, then stops the threads. Safe to call twice. */
  close(): Promise<void>;
}

export interface ExtractionPoolOptions {
  /** Worker threads; default: number of cores. */
  concurrency?: number;
  config: PipelineConfig;
}

/** How long a thread may take to start (load the readers) before its document counts as timed out anyway. */
const STARTUP_GRACE_MS = 30_000;

/** The compiled worker; tests running the TypeScript sources use it too (`npm test` builds first). */
export function workerFile(): string {
  const file = join(packageRoot(), 'dist', 'pipeline', 'extraction-worker.js');
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
  const { config } = options;
  const threads = Math.max(1, options.concurrency ?? availableParallelism());
  const piscina = new Piscina<ExtractionTask, DocumentResult>({
    filename: workerFile(),
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: config.limits.maxHeapMb },
    // The parent's flags (tsx loaders under tests, --inspect) have no business in the threads.
    execArgv: [],
  });
  // A thread that dies between tasks is replaced by piscina; it must not take the process down.
  piscina.on('error', (error: unknown) => {
    process.stderr.write(`rapportkoll: a worker thread failed between documents: ${error instanceof Error ? error.message : String(error)}\n`);
  });
  // Only as many tasks are handed to piscina as there are threads, so none waits in its queue
  // with its timeout already running.
  const slots = new Slots(threads);
  const inFlight = new Set<Promise<DocumentResult>>();
  let closing: Promise<void> | null = null;

  const runInThread = async (path: string): Promise<DocumentResult> => {
    const controller = new AbortController();
    let timedOut = false;
    const stop = (): void => {
      timedOut = true;
      controller.abort();
    };
    // The document's clock starts when its thread picks it up; the backstop covers a thread that never does.
    const timers = [setTimeout(stop, config.limits.timeoutMs + STARTUP_GRACE_MS)];
    const { port1: started, port2: startedInWorker } = new MessageChannel();
    started.once('message', () => timers.push(setTimeout(stop, config.limits.timeoutMs)));
    try {
      const task: ExtractionTask = { path, config, started: startedInWorker };
      return await piscina.run(task, { signal: controller.signal, transferList: [startedInWorker] });
    } catch (error) {
      return resultOfDeadWorker(path, failureOfWorker(error, timedOut, config), config);
    } finally {
      timers.forEach(clearTimeout);
      started.close();
    }
  };

  return {
    process(path) {
      if (closing) return Promise.reject(new Error('the extraction pool is closed'));
      const task = slots.run(() => runInThread(path));
      inFlight.add(task);
      const forget = (): void => void inFlight.delete(task);
      task.then(forget, forget);
      return task;
    },
    close() {
      closing ??= Promise.allSettled([...inFlight]).then(() => piscina.close());
      return closing;
    },
  };
}
