import type { Severity } from '../../schemas/common.js';
import type { DocumentError, DocumentResult } from '../../schemas/result.js';
import extractInWorker, { type ExtractionTask } from '../extraction-worker.js';
import { redactResult } from '../redact/redact-result.js';
import { type ResultFolders, writeResultFile } from './result-file.js';

/** What the thread reading a document does with its result in an `extract --out` run. */
export interface StoreInstruction extends ResultFolders {
  redact: boolean;
  /** The sha256 the main thread read: the result is stored only if the thread read the same bytes. */
  sha256: string | null;
}

export type StoreTask = ExtractionTask & { store: StoreInstruction };

/** What the run needs to know of a stored result (the rest is in the file). */
export interface StoredSummary {
  stored: true;
  sha256: string;
  status: 'ok' | 'failed';
  error: DocumentError | null;
  findings: { ruleId: string; severity: Severity }[];
}

/** Not stored: the file could not be read at all, or changed under the reader; the run keeps the result itself. */
export interface UnstoredResult {
  stored: false;
  result: DocumentResult;
}

export type StoreOutcome = StoredSummary | UnstoredResult;

/**
 * piscina's entry point for `extract --out` (pool.processAndStore): reads the document like
 * extraction-worker.ts, redacts it when asked and writes results/<sha256>.json itself (atomically),
 * so that only a summary crosses to the main thread — which then neither holds nor re-serialises
 * whole records, and stays small and free for the next document.
 */
export default async function extractAndStore(task: StoreTask): Promise<StoreOutcome> {
  const processed = await extractInWorker(task);
  const result = task.store.redact ? redactResult(processed) : processed;
  const { sha256 } = result.source;
  if (task.store.sha256 === null || sha256 !== task.store.sha256) return { stored: false, result };
  await writeResultFile(task.store, result);
  return { stored: true, sha256, status: result.status, error: result.error, findings: result.findings.map(({ ruleId, severity }) => ({ ruleId, severity })) };
}
