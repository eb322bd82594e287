import type { Job } from 'bullmq';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { QueueConfig } from '../schemas/queue-config.js';
import { duplicateAlert, type Alerter } from './alerts.js';
import { enqueuerIdentity, type DocumentJobData, type DocumentJobResult } from './document-job.js';
import { addDocumentJob, waitForJob, type DocumentQueue } from './document-queue.js';
import type { DocumentSink, SinkOutcome } from './document-sink.js';
import type { CommittedResult, ResultStore } from './result-store.js';
import { earlierCopyFiledAs } from './filed-name.js';
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
  /** The admission of each sha256 this process is queuing now, for the next copy of the same bytes to wait for. */
  private readonly admitting = new Map<string, Promise<unknown>>();

  constructor(private readonly options: QueueSinkOptions) {}

  async submit(path: string, copy: SpoolCopy, signal: AbortSignal, inboxPath?: string): Promise<SinkOutcome> {
    const queued = await this.admit(path, copy, inboxPath);
    const status = queued.committed ?? (await this.finished(copy.sha256, signal));
    // Raised once the first copy is done: only then is it known where it is filed.
    if (queued.duplicateOf) await this.raiseDuplicate(path, inboxPath, copy.sha256, queued.duplicateOf, status);
    return { status, duplicateOf: queued.duplicateOf };
  }

  /** `enqueue`'s files, which are not moved and not waited for: a duplicate is recorded at once. */
  async enqueue(path: string, copy: SpoolCopy): Promise<EnqueueOutcome> {
    const queued = await this.admit(path, copy, undefined);
    if (queued.duplicateOf) await this.options.alerter.raise(duplicateAlert(path, copy.sha256, queued.duplicateOf));
    return queued;
  }

  private async finished(sha256: string, signal: AbortSignal): Promise<'ok' | 'failed'> {
    const status = await waitForJob(this.options.queue, sha256, this.options.config.stateCheckMs, signal);
    if (status !== 'gone') return status;
    const result = await this.options.store.read(sha256);
    if (!result) throw new Error(`job ${sha256} left the queue without a result`);
    return result.status;
  }

  private async raiseDuplicate(path: string, inboxPath: string | undefined, sha256: string, duplicateOf: string, status: 'ok' | 'failed'): Promise<void> {
    const filed = await earlierCopyFiledAs(this.options.outDir, status, { path, inboxPath }, duplicateOf, sha256);
    await this.options.alerter.raise(duplicateAlert(path, sha256, duplicateOf, filed));
  }

  /**
   * Copies of the same bytes taken at once by this process are admitted one after the other: run
   * side by side, both could add "their" job in the same millisecond (addDocumentJob tells adds apart
   * by process and time), both count as queued, and neither would be recorded as the duplicate.
   */
  private async admit(path: string, copy: SpoolCopy, inboxPath: string | undefined): Promise<EnqueueOutcome> {
    const before = this.admitting.get(copy.sha256) ?? Promise.resolve();
    const admission = before.then(() => this.admitOne(path, copy, inboxPath));
    const settled = admission.catch(() => undefined);
    this.admitting.set(copy.sha256, settled);
    try {
      return await admission;
    } finally {
      if (this.admitting.get(copy.sha256) === settled) this.admitting.delete(copy.sha256);
    }
  }

  /** Queues the spooled copy unless its bytes are known; the caller records a duplicate. */
  private async admitOne(path: string, copy: SpoolCopy, inboxPath: string | undefined): Promise<EnqueueOutcome> {
    const { queue, config, outDir, store } = this.options;
    // The out folder's results say what was done, not Redis: a queue that was emptied or replaced
    // neither loses these bytes' result nor makes them run again.
    const committed = await store.read(copy.sha256);
    if (committed) return this.alreadyDone(copy, committed);
    let first: string | null;
    let existing = await queue.getJob(copy.sha256);
    if (existing && (await existing.getState()) === 'completed') {
      // Completed, yet this out folder has no result: the job was done for another out folder (or
      // one since emptied). The work is not done here, so the old job gives way to a new one.
      const meanwhile = await store.read(copy.sha256);
      if (meanwhile) return this.alreadyDone(copy, meanwhile);
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
    return { outcome: 'duplicate', duplicateOf: first, committed: null };
  }

  /** The bytes have a result here: dropped again, under this name or another, they are a duplicate. */
  private async alreadyDone(copy: SpoolCopy, committed: CommittedResult): Promise<EnqueueOutcome> {
    await discardSpool(copy);
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
