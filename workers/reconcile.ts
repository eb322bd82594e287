import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { QueueConfig } from '../schemas/queue-config.js';
import { enqueuerIdentity, type DocumentJobData } from './document-job.js';
import { addDocumentJob, type DocumentQueue } from './document-queue.js';
import type { Logger } from './logger.js';
import type { ResultStore } from './result-store.js';
import { spoolDirectory } from './spool.js';

/**
 * A spooled copy younger than this may belong to a watcher or `enqueue` that is adding its job
 * right now; a temp copy older than an hour belongs to a process that was killed while copying.
 */
export const SETTLED_MS = 60_000;
const TEMP_LEFT_BEHIND_MS = 3600_000;
const SPOOL_NAME = /^([0-9a-f]{64})(\.[a-z0-9]{1,10})?$/;

export interface ReconcileOutcome {
  /** Copies whose document has a result in the out folder: removed. */
  removed: number;
  /** Copies with neither a result nor a job (Redis emptied, another queue name): queued again. */
  requeued: number;
  /** Copies whose job is still in the queue: left to it. */
  queued: number;
  /** Temp copies left by a process killed while copying: removed. */
  temp: number;
}

/**
 * Repairs the spool against the out folder's results, which say what was done whatever Redis
 * says: a copy whose document has a result is removed, a copy that has neither a result nor a job
 * (the queue was emptied, or another queue name is in use) gets its job again, so nothing is lost
 * and nothing known is read twice. Run by `watch` at start and by `rapportkoll reconcile`.
 */
export async function reconcileSpool(
  { outDir, queue, config, store, logger }: { outDir: string; queue: DocumentQueue; config: QueueConfig; store: ResultStore; logger: Logger },
  now = Date.now(),
): Promise<ReconcileOutcome> {
  const outcome: ReconcileOutcome = { removed: 0, requeued: 0, queued: 0, temp: 0 };
  const directory = spoolDirectory(outDir);
  const names = await readdir(directory).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  });
  for (const name of names.sort()) {
    const path = join(directory, name);
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) continue;
    const age = now - info.mtimeMs;
    if (name.startsWith('.')) {
      if (name.endsWith('.partial') && age > TEMP_LEFT_BEHIND_MS) {
        await rm(path, { force: true });
        outcome.temp++;
      }
      continue;
    }
    const sha256 = SPOOL_NAME.exec(name)?.[1];
    if (sha256 === undefined) continue;
    if (await store.read(sha256)) {
      await rm(path, { force: true });
      outcome.removed++;
      continue;
    }
    const job = await queue.getJob(sha256);
    const state = job ? await job.getState() : null;
    if (job && state !== 'completed') {
      outcome.queued++;
      continue;
    }
    if (age < SETTLED_MS) continue;
    // Completed for another out folder, or gone with Redis: the work is not done here.
    if (job) await job.remove();
    const data: DocumentJobData = {
      sha256,
      spoolFile: `spool/${name}`,
      // Where it was found went with the job; the copy's own path says where it is.
      originalPath: path,
      bytes: info.size,
      enqueuedAt: new Date(now).toISOString(),
      enqueuedBy: enqueuerIdentity(),
    };
    await addDocumentJob(queue, config, data);
    outcome.requeued++;
    logger.warn({ sha256, spoolFile: data.spoolFile }, 'spool-requeued');
  }
  if (outcome.removed + outcome.requeued + outcome.temp > 0) logger.info({ ...outcome }, 'spool-reconciled');
  return outcome;
}
