import { setTimeout as sleep } from 'node:timers/promises';
import { backoff } from '../pipeline/support/backoff.js';
import type { QueueConfig } from '../schemas/queue-config.js';
import { duplicateAlert, jobFailedAlert } from './alerts.js';
import { earlierCopyFiledAs } from './filed-name.js';
import { enqueuerIdentity, type DocumentJobData } from './document-job.js';
import type { DocumentSink, SinkOutcome } from './document-sink.js';
import { processSpooledDocument, whereFiled, type ProcessingContext } from './process-document.js';
import { commitSpool, discardSpool, type SpoolCopy } from './spool.js';

interface Running {
  path: string;
  done: Promise<'ok' | 'failed'>;
}

/**
 * `watch --embedded`: the same processing as a queue worker, in this process, without Redis.
 * Dedupe uses the committed results and the documents in flight; a throw (a transient fault: bad
 * documents are results, not throws) is retried with the same exponential backoff as the queue's. In-flight documents finish on close.
 */
export class EmbeddedSink implements DocumentSink {
  private readonly running = new Map<string, Running>();

  constructor(
    private readonly context: ProcessingContext,
    private readonly config: QueueConfig,
  ) {}

  async submit(path: string, copy: SpoolCopy, _signal?: AbortSignal, inboxPath?: string): Promise<SinkOutcome> {
    const { store } = this.context;
    const committed = await store.read(copy.sha256);
    if (committed) {
      await discardSpool(copy);
      await this.raiseDuplicate(path, inboxPath, copy.sha256, committed.source.path, committed.status);
      return { status: committed.status, duplicateOf: committed.source.path };
    }
    const inFlight = this.running.get(copy.sha256);
    if (inFlight) {
      await discardSpool(copy);
      const duplicateOf = inFlight.path === path ? null : inFlight.path;
      // Raised once the first copy is done: only then is it known where it is filed.
      const status = await inFlight.done;
      if (duplicateOf) await this.raiseDuplicate(path, inboxPath, copy.sha256, duplicateOf, status);
      return { status, duplicateOf };
    }
    // Registered before the next await: a second copy of these bytes arriving meanwhile must find
    // it running, or both are processed (two results, two alerts with one alertId).
    const done = this.commitAndProcess(path, copy, inboxPath);
    this.running.set(copy.sha256, { path, done });
    try {
      return { status: await done, duplicateOf: null };
    } finally {
      this.running.delete(copy.sha256);
    }
  }

  private async raiseDuplicate(path: string, inboxPath: string | undefined, sha256: string, duplicateOf: string, status: 'ok' | 'failed'): Promise<void> {
    const filed = await earlierCopyFiledAs(this.context.outDir, status, { path, inboxPath }, duplicateOf, sha256);
    await this.context.alerter.raise(duplicateAlert(path, sha256, duplicateOf, filed));
  }

  private async commitAndProcess(path: string, copy: SpoolCopy, inboxPath: string | undefined): Promise<'ok' | 'failed'> {
    const job: DocumentJobData = {
      sha256: copy.sha256,
      spoolFile: await commitSpool(copy, this.context.outDir),
      originalPath: path,
      ...(inboxPath === undefined ? {} : { inboxPath }),
      bytes: copy.bytes,
      enqueuedAt: new Date().toISOString(),
      enqueuedBy: enqueuerIdentity(),
    };
    return this.processWithRetries(job);
  }

  private async processWithRetries(job: DocumentJobData): Promise<'ok' | 'failed'> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return (await processSpooledDocument(this.context, job)).status;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (attempt >= this.config.attempts) {
          const filed = await whereFiled(this.context, job, 'failed');
          await this.context.alerter.raise(jobFailedAlert(job.originalPath, job.sha256, message, new Date(), filed));
          return 'failed';
        }
        const delay = backoff(this.config.backoffMs, Number.POSITIVE_INFINITY, attempt);
        this.context.logger.warn({ sha256: job.sha256, attempt, retryInMs: delay, err: message }, 'attempt-failed');
        await sleep(delay);
      }
    }
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.running.values()].map((running) => running.done));
  }
}
