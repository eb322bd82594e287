import type { ReadFailure } from '../extractors/readers/failure.js';
import type { PipelineConfig } from '../schemas/config.js';
import type { DocumentResult } from '../schemas/result.js';
import { createDocumentFile } from './document-file.js';
import { formatOfHead, readFileFacts } from './file-facts.js';
import { pipelineFailure } from './failures.js';
import { failedResult } from './result.js';

/** What a worker thread's death means for the document it was reading. */
export function failureOfWorker(error: unknown, timedOut: boolean, config: PipelineConfig): ReadFailure {
  if (timedOut) return pipelineFailure.timeout(config.limits.timeoutMs);
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') return pipelineFailure.outOfMemory(config.limits.maxHeapMb);
  const reason = error instanceof Error ? error.message : String(error);
  return pipelineFailure.unexpected({ sv: `tråden som läste det stannade: ${reason}`, en: `the worker thread reading it stopped: ${reason}` });
}

/**
 * The failed result of a document whose thread was stopped or died: it never reported back, so
 * the file's identity is taken here, streamed, without parsing anything.
 */
export async function resultOfDeadWorker(path: string, failure: ReadFailure, config: PipelineConfig): Promise<DocumentResult> {
  const file = createDocumentFile(path, config);
  try {
    const facts = await readFileFacts(path);
    file.sha256 = facts.sha256;
    file.size = facts.bytes;
    file.format = formatOfHead(facts.head);
  } catch {
    // The file went away meanwhile; the failure still stands.
  }
  return failedResult(file, failure);
}
