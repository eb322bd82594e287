import type { PipelineConfig } from '../schemas/config.js';
import type { DocumentResult } from '../schemas/result.js';

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

export function createExtractionPool(options: ExtractionPoolOptions): ExtractionPool {
  void options;
  throw new Error('createExtractionPool is not implemented yet');
}
