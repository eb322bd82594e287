import { UnrecoverableError, Worker, type Job } from 'bullmq';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fitToMemory } from '../pipeline/memory-budget.js';
import { createExtractionPool, type ExtractionPool } from '../pipeline/pool.js';
import type { PipelineConfig } from '../schemas/config.js';
import type { Lang } from '../schemas/config.js';
import type { QueueConfig } from '../schemas/queue-config.js';
import { jobFailedAlert } from './alerts.js';
import { DocumentJobData, enqueuerIdentity, type DocumentJobResult } from './document-job.js';
import { startRedisHeartbeat } from './heartbeat.js';
import { type Logger, logOcrPage } from './logger.js';
import { processSpooledDocument, whereFiled, type ProcessingContext } from './process-document.js';
import { bullConnection } from './redis.js';
import { warnUnlessNoEviction, watchRedisOutages } from './redis-outage.js';
import { openOutput } from './output.js';
import { ResultStore } from './result-store.js';

export interface QueueWorker {
  /** Lets in-flight jobs finish (or, on a second call with force, hands them back), then stops. Idempotent. */
  close(): Promise<void>;
  /** For the "worker ready" line, which the caller logs once it can be stopped cleanly (its signal handlers are in place). */
  readyDetails: Record<string, unknown>;
}

export interface QueueWorkerOptions {
  config: QueueConfig;
  pipeline: PipelineConfig;
  logger: Logger;
  /** An already running pool to use (and close) instead of creating one. */
  pool?: ExtractionPool;
}

/**
 * A BullMQ worker whose jobs run on the extraction pool's threads, so parsing never blocks the
 * event loop that renews job locks; a poisonous document hits the pool's time and memory limits
 * and becomes a failed result. If this process is killed, its jobs' locks expire and another
 * worker's stalled-job check puts them back in the queue.
 */
export async function startQueueWorker({ config, pipeline, logger, ...given }: QueueWorkerOptions): Promise<QueueWorker> {
  const outDir = resolve(config.outDir);
  const output = await openOutput(outDir, config, logger, pipeline.lang);
  // As many jobs at once as the pool has threads under the memory limit: a job waiting for a thread
  // would spend its job timeout waiting.
  const { threads, heapMb } = fitToMemory(pipeline.limits, config.concurrency);
  const pool = given.pool ?? createExtractionPool({ concurrency: threads, config: pipeline, onOcrPage: logOcrPage(logger) });
  const context: ProcessingContext = {
    outDir,
    pool,
    store: output.store,
    alerter: output.alerter,
    alertSeverity: config.alertSeverity,
    jobTimeoutMs: config.jobTimeoutMs,
    lang: pipeline.lang,
    logger,
    pages: output.pages,
  };

  const worker = new Worker<DocumentJobData, DocumentJobResult>(config.queueName, (job) => runJob(context, job), {
    connection: bullConnection(config),
    prefix: config.prefix,
    name: enqueuerIdentity(),
    concurrency: threads,
    lockDuration: config.lockDurationMs,
    stalledInterval: config.stalledIntervalMs,
    maxStalledCount: config.maxStalledCount,
  });
  const outages = watchRedisOutages(config, logger);
  worker.on('error', (error) => {
    if (!outages.absorb(error)) logger.warn({ err: error }, 'queue-problem');
  });
  worker.on('failed', (job, error) => {
    if (!job) return;
    if (job.finishedOn === undefined) {
      logger.warn({ sha256: job.id, attempt: job.attemptsMade, err: error.message }, 'job-retry');
      return;
    }
    gaveUp(job, error.message).catch((raiseError: unknown) => {
      logger.error({ err: raiseError }, 'job-alert-failed');
    });
  });
  /**
   * A job the queue gave up on without a result: its file stayed unreadable through every retry,
   * or it kept killing the worker processing it (BullMQ fails it once it stalled more than
   * maxStalledCount times). It gets a failed alert, once, and its spooled copy is removed (dropped
   * again, the document is spooled anew). A bad document's job has its failed result and alert already.
   */
  const gaveUp = async (job: Job<DocumentJobData, DocumentJobResult>, reason: string): Promise<void> => {
    const sha256 = String(job.id);
    if (await output.store.read(sha256)) return;
    const data = DocumentJobData.safeParse(job.data);
    const path = data.success ? data.data.originalPath : sha256;
    const filed = data.success ? await whereFiled(context, data.data, 'failed') : undefined;
    await output.alerter.raiseOnce(jobFailedAlert(path, sha256, describeGivingUp(reason, config, pipeline.lang), new Date(), filed));
    if (data.success) await rm(join(outDir, data.data.spoolFile), { force: true });
    logger.warn({ sha256, path, reason }, 'job-given-up');
  };
  await worker.waitUntilReady();
  const heartbeat = startRedisHeartbeat(config);
  await warnUnlessNoEviction(config, logger);

  let closing: Promise<void> | null = null;
  return {
    readyDetails: { queue: config.queueName, concurrency: threads, heapMb, maxMemoryMb: pipeline.limits.maxMemoryMb, out: outDir },
    close() {
      closing ??= (async () => {
        await heartbeat.stop();
        await worker.close();
        outages.close();
        await pool.close();
        await output.close();
      })();
      return closing;
    },
  };
}

async function runJob(context: ProcessingContext, job: Job<DocumentJobData, DocumentJobResult>): Promise<DocumentJobResult> {
  const data = DocumentJobData.safeParse(job.data);
  if (!data.success) throw new UnrecoverableError(`not a rapportkoll document job: ${data.error.issues[0]?.message ?? 'invalid data'}`);
  const outcome = await processSpooledDocument(context, data.data);
  if (outcome.status === 'failed') throw new UnrecoverableError(outcome.reason ?? 'document failed');
  return { status: 'ok', result: ResultStore.relativePath(data.data.sha256) };
}

/** BullMQ's words for a job that kept killing its worker, in words an IT person can act on. */
function describeGivingUp(reason: string, config: QueueConfig, lang: Lang): string {
  const times = config.maxStalledCount + 1;
  if (/stalled more than allowable limit/.test(reason))
    return lang === 'sv'
      ? `arbetaren som behandlade dokumentet stannade (stoppad, kanske av kärnan för minnets skull) ${times} gånger; dokumentet gavs upp — kontrollera arbetarens minnesgräns, eller lämna dokumentet utanför`
      : `the worker processing it stopped (killed, perhaps by the kernel for memory) ${times} times; the document was given up — check the worker's memory limit, or leave the document out`;
  return lang === 'sv' ? `jobbet gavs upp utan resultat efter upprepade försök: ${reason}` : reason;
}
