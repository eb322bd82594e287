import type { MessagePort } from 'node:worker_threads';
import type { PipelineConfig } from '../schemas/config.js';
import type { DocumentResult } from '../schemas/result.js';
import { processFile } from './process-file.js';

/** One task for a worker thread of the extraction pool (pipeline/pool.ts). */
export interface ExtractionTask {
  path: string;
  config: PipelineConfig;
  /** Told when the thread starts on the document, so thread start-up does not count against its timeout. */
  started: MessagePort;
}

/** piscina's entry point: the thread reads the file itself, so only a path crosses threads. */
export default function extractInWorker(task: ExtractionTask): Promise<DocumentResult> {
  task.started.postMessage('started');
  task.started.close();
  return processFile(task.path, task.config);
}
