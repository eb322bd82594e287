import { Queue, type Job } from 'bullmq';
import { setTimeout as sleep } from 'node:timers/promises';
import type { QueueConfig } from '../schemas/queue-config.js';
import { DOCUMENT_JOB_NAME, type DocumentJobData, type DocumentJobResult } from './document-job.js';
import { bullConnection } from './redis.js';

export type DocumentQueue = Queue<DocumentJobData, DocumentJobResult>;

const THIRTY_DAYS_S = 30 * 24 * 3600;

/** readOnly: only reads counts (status), so it leaves no trace in Redis. */
export function openDocumentQueue(config: QueueConfig, options: { readOnly?: boolean } = {}): DocumentQueue {
  return new Queue<DocumentJobData, DocumentJobResult>(config.queueName, {
    connection: bullConnection(config),
    prefix: config.prefix,
    skipMetasUpdate: options.readOnly ?? false,
  });
}

export type AddOutcome = { added: true } | { added: false; existing: Job<DocumentJobData, DocumentJobResult> };

/**
 * Adds the job under its sha256. BullMQ ignores an add whose id exists and still returns a job built
 * from *our* data, so the stored job is read back to learn whether ours was the first.
 */
export async function addDocumentJob(queue: DocumentQueue, config: QueueConfig, data: DocumentJobData): Promise<AddOutcome> {
  const before = await queue.getJob(data.sha256);
  if (before) return { added: false, existing: before };
  await queue.add(DOCUMENT_JOB_NAME, data, {
    jobId: data.sha256,
    attempts: config.attempts,
    backoff: { type: 'exponential', delay: config.backoffMs },
    // Completed jobs expire (results/<sha256>.json keeps deduping); failed ones stay for inspection.
    removeOnComplete: { age: THIRTY_DAYS_S },
    removeOnFail: false,
  });
  const stored = await queue.getJob(data.sha256);
  if (!stored) throw new Error(`job ${data.sha256} vanished right after it was added`);
  const ours = stored.data.enqueuedAt === data.enqueuedAt && stored.data.enqueuedBy === data.enqueuedBy;
  return ours ? { added: true } : { added: false, existing: stored };
}

export type FinishedStatus = 'ok' | 'failed' | 'gone';

/** Polls the job until it is completed or failed ("gone" when it no longer exists). */
export async function waitForJob(queue: DocumentQueue, sha256: string, pollMs: number, signal: AbortSignal): Promise<FinishedStatus> {
  for (;;) {
    const state = await queue.getJobState(sha256);
    if (state === 'completed') return 'ok';
    if (state === 'failed') return 'failed';
    if (state === 'unknown') return 'gone';
    await sleep(pollMs, undefined, { signal });
  }
}
