/**
 * A bug surfaced while processing a document (invalid output, an exception no reader anticipated).
 * It goes to stderr, which carries diagnostics only (stdout carries results), also from worker threads.
 */
export function reportInternalError(path: string, detail: string): void {
  process.stderr.write(`rapportkoll: internal error on ${path}: ${detail}\n`);
}
