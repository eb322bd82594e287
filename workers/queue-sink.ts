import type { Job } from 'bullmq';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { QueueConfig } from '../schemas/queue-config.js';
import { duplicateAlert, type Alerter } from './alerts.js';
import { enqueuerIdentity, type DocumentJobData, type DocumentJobResult } from './document-job.js';
import { addDocumentJob, waitForJob, type DocumentQueue } from './document-queue.js';
import type { DocumentSink, SinkOutcome } from './document-sink.js';
import type { CommittedResult, ResultStore } from './result-store.js';
import { commitSpool, discardSpool, type SpoolCopy } from './spool.js';

export interface QueueSinkOptions {
  queue: DocumentQueue;
  config: QueueConfig;
  outDir: string;
  store: ResultStore;
  alerter: Alerter;
}

/**
 * Queue mode: one job per sha256, processed by whichever worker takes it. Bytes seen before are not
 * queued again: they are recorded as a duplicate in alerts.jsonl and follow the first copy's fate.
 * Seeing the *same path* again while its job is still unfinished is not a duplicate but this watcher
 * (restarted) picking its own file up again.
 */
/** queued: a new job; joined: the job this path already had (a restarted watcher); duplicate: bytes seen under another name or finished before. */
export interface EnqueueOutcome {
  outcome: 'queued' | 'joined' | 'duplicate';
  duplicateOf: string | null;
  /** Set when the bytes already have a committed result (nothing left to wait for). */
  committed: 'ok' | 'failed' | null;
}

export class QueueSink implements DocumentSink {
  constructor(private readonly options: QueueSinkOptions) {}

  async submit(path: string, copy: SpoolCopy, signal: AbortSignal, inboxPath?: string): Promise<SinkOutcome> {
    const { queue, config, store } = this.options;
    const queued = await this.enqueue(path, copy, inboxPath);
    if (queued.committed) return { status: queued.committed, duplicateOf: queued.duplicateOf };
    const status = await waitForJob(queue, copy.sha256, config.stateCheckMs, signal);
    if (status !== 'gone') return { status, duplicateOf: queued.duplicateOf };
    const result = await store.read(copy.sha256);
    if (!result) throw new Error(`job ${copy.sha256} left the queue without a result`);
    return { status: result.status, duplicateOf: queued.duplicateOf };
  }

  /** Queues the spooled copy unless its bytes are known; records a duplicate in alerts.jsonl. */
  async enqueue(path: string, copy: SpoolCopy, inboxPath?: string): Promise<EnqueueOutcome> {
    const { queue, config, outDir, store, alerter } = this.options;
    // The out folder's results say what was done, not Redis: a queue that was emptied or replaced
    // neither loses these bytes' result nor makes them run again.
    const committed = await store.read(copy.sha256);
    if (committed) return this.alreadyDone(path, copy, committed);
    let first: string | null;
    let existing = await queue.getJob(copy.sha256);
    if (existing && (await existing.getState()) === 'completed') {
      // Completed, yet this out folder has no result: the job was done for another out folder (or
      // one since emptied). The work is not done here, so the old job gives way to a new one.
      const meanwhile = await store.read(copy.sha256);
      if (meanwhile) return this.alreadyDone(path, copy, meanwhile);
      await existing.remove();
      existing = undefined;
    }
    if (existing) {
      first = await this.joinExisting(existing, path, copy);
    } else {
      const spoolFile = await commitSpool(copy, outDir);
      const data: DocumentJobData = {
        sha256: copy.sha256,
        spoolFile,
        originalPath: path,
        ...(inboxPath === undefined ? {} : { inboxPath }),
        bytes: copy.bytes,
        enqueuedAt: new Date().toISOString(),
        enqueuedBy: enqueuerIdentity(),
      };
      const added = await addDocumentJob(queue, config, data);
      if (added.added) return { outcome: 'queued', duplicateOf: null, committed: null };
      if (added.existing.data.spoolFile !== spoolFile) await rm(join(outDir, spoolFile), { force: true });
      first = added.existing.data.originalPath === path ? null : added.existing.data.originalPath;
    }
    if (!first) return { outcome: 'joined', duplicateOf: null, committed: null };
    await alerter.raise(duplicateAlert(path, copy.sha256, first));
    return { outcome: 'duplicate', duplicateOf: first, committed: null };
  }

  /** The bytes have a result here: dropped again, under this name or another, they are a duplicate. */
  private async alreadyDone(path: string, copy: SpoolCopy, committed: CommittedResult): Promise<EnqueueOutcome> {
    await discardSpool(copy);
    await this.options.alerter.raise(duplicateAlert(path, copy.sha256, committed.source.path));
    return { outcome: 'duplicate', duplicateOf: committed.source.path, committed: committed.status };
  }

  /** Returns the first path when this is a duplicate, else null. */
  private async joinExisting(existing: Job<DocumentJobData, DocumentJobResult>, path: string, copy: SpoolCopy): Promise<string | null> {
    const first = existing.data.originalPath;
    const state = await existing.getState();
    if (state === 'failed') {
      // Failed without a committed result: the queue gave up on a transient fault, not on the
      // document. Dropping it again is the way to say "try again".
      await commitSpool(copy, this.options.outDir, existing.data.spoolFile);
      await existing.retry('failed');
      return first === path ? null : first;
    }
    await discardSpool(copy);
    return state === 'completed' || first !== path ? first : null;
  }

  async close(): Promise<void> {
    // The queue belongs to the caller.
  }
}
