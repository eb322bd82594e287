import type { Lang } from '../schemas/config.js';

/**
 * A bug surfaced while processing a document (invalid output, an exception no reader anticipated).
 * It goes to stderr, which carries diagnostics only (stdout carries results), also from worker threads.
 */
export function reportInternalError(path: string, detail: string, lang: Lang = 'sv'): void {
  // The detail (a schema's complaint, a stack) is for whoever fixes it, as the code says it.
  process.stderr.write(`rapportkoll: ${lang === 'sv' ? `internt fel i ${path} (tekniskt)` : `internal error on ${path}`}: ${detail}\n`);
}
