import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { spoolDirectory } from './spool.js';

/** <out>/alerts.jsonl: every alert raised, one JSON line each. */
export function alertsFile(outDir: string): string {
  return join(outDir, 'alerts.jsonl');
}

/** <out>/webhook-outbox: webhook alerts not yet delivered (webhook-outbox.ts). */
export function outboxDirectory(outDir: string): string {
  return join(outDir, 'webhook-outbox');
}

/**
 * Whether queue mode (watch, worker, enqueue) has written to this folder: its spool/ or
 * alerts.jsonl is there. `extract --out` must not take such a folder over.
 */
export function isQueueOutFolder(outDir: string): boolean {
  return existsSync(spoolDirectory(outDir)) || existsSync(alertsFile(outDir));
}
