import type { MessagePort } from 'node:worker_threads';
import type { PipelineConfig } from '../schemas/config.js';
import type { DocumentResult } from '../schemas/result.js';
import { processFile } from './process-file.js';

/** One task for a worker thread of the extraction pool (pipeline/pool.ts). */
export interface ExtractionTask {
  path: string;
  config: PipelineConfig;
  /**
   * Told when the thread starts on the document, so thread start-up does not count against its
   * timeout, then before each OCR'd page (OcrPageMessage), which adds that page's time to the clock.
   */
  started: MessagePort;
}

/** Before OCR starts (position 0) and before each OCR'd page. */
export interface OcrPageMessage {
  ocrPage: number;
  position: number;
  total: number;
}

/** piscina's entry point: the thread reads the file itself, so only a path crosses threads. */
export default async function extractInWorker(task: ExtractionTask): Promise<DocumentResult> {
  task.started.postMessage('started');
  try {
    return await processFile(task.path, task.config, {
      ocrPage: (page, position, total) => task.started.postMessage({ ocrPage: page, position, total } satisfies OcrPageMessage),
    });
  } finally {
    task.started.close();
  }
}
