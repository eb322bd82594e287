import { ReadFailure } from '../extractors/readers/failure.js';
import type { PipelineConfig } from '../schemas/config.js';
import type { DocumentResult } from '../schemas/result.js';
import { createDocumentFile, type DocumentFile, type DocumentHooks, type Stage } from './document-file.js';
import { readFileFacts } from './file-facts.js';
import { pipelineFailure } from './failures.js';
import { reportInternalError } from './internal-error.js';
import { failedResult, okResult } from './result.js';
import { checkRules } from './stages/check.js';
import { classifyKind } from './stages/classify.js';
import { extractRecord } from './stages/extract.js';
import { hashBytes } from './stages/hash.js';
import { detectDocumentLanguage } from './stages/language.js';
import { loadBytes } from './stages/load.js';
import { weighOcrConfidence } from './stages/ocr-confidence.js';
import { readDocument } from './stages/read.js';
import { sniffFormat } from './stages/sniff.js';
import { findStructure } from './stages/structure.js';
import { validateRecord } from './stages/validate.js';

/** The stages in order; each reads and adds to the one DocumentFile. */
export const STAGES: readonly Stage[] = [
  loadBytes,
  hashBytes,
  sniffFormat,
  readDocument,
  findStructure,
  classifyKind,
  extractRecord,
  validateRecord,
  detectDocumentLanguage,
  checkRules,
  weighOcrConfidence,
];

/**
 * Processes one document in this thread and always returns a result: a document that cannot be
 * read, and any exception on the way, become `status: "failed"` with an error code and advice.
 * Time and memory limits are enforced around it by the pool (pipeline/pool.ts).
 */
export async function processFile(path: string, config: PipelineConfig, hooks: DocumentHooks = {}): Promise<DocumentResult> {
  const file = createDocumentFile(path, config, hooks);
  try {
    for (const stage of STAGES) await stage(file);
    return okResult(file);
  } catch (error) {
    const failure = error instanceof ReadFailure ? error : unexpectedFailure(file, error);
    await fillIdentity(file);
    return failedResult(file, failure);
  }
}

function unexpectedFailure(file: DocumentFile, error: unknown): ReadFailure {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  reportInternalError(file.path, error instanceof Error && error.stack ? error.stack : reason, file.config.lang);
  return pipelineFailure.unexpected(reason.length > 300 ? `${reason.slice(0, 300)}…` : reason);
}

/** A failure before the bytes were hashed still owes the result its sha256 and size, if the file can be read at all. */
async function fillIdentity(file: DocumentFile): Promise<void> {
  if (file.sha256 !== null) return;
  try {
    const facts = await readFileFacts(file.path);
    file.sha256 = facts.sha256;
    file.size = facts.bytes;
  } catch {
    // Unreadable: the result says so; its identity stays that of zero bytes.
  }
}
