import { resolve } from 'node:path';
import { createExtractionPool } from '../pipeline/pool.js';
import type { PipelineConfig } from '../schemas/config.js';
import type { QueueConfig } from '../schemas/queue-config.js';
import { openDocumentQueue } from './document-queue.js';
import { EmbeddedSink } from './embedded-sink.js';
import { startFileHeartbeat } from './heartbeat.js';
import { watchInbox, type InboxWatcher } from './inbox-watcher.js';
import { type Logger, logOcrPage } from './logger.js';
import { openOutput, recordingAlerter } from './output.js';
import { QueueSink } from './queue-sink.js';
import { reconcileSpool } from './reconcile.js';
import { assertRedisReachable } from './redis.js';
import { warnUnlessNoEviction, watchRedisOutages } from './redis-outage.js';
import { ResultStore } from './result-store.js';
import { startRetention } from './retention.js';

export interface WatchService {
  ready: Promise<void>;
  /** Idempotent. */
  close(): Promise<void>;
}

export interface WatchServiceOptions {
  inbox: string;
  config: QueueConfig;
  pipeline: PipelineConfig;
  logger: Logger;
}

/** `watch`: the inbox feeds the BullMQ queue; `worker` processes elsewhere. Fails fast without Redis. */
export async function startQueueWatch({ inbox, config, pipeline, logger }: WatchServiceOptions): Promise<WatchService> {
  await assertRedisReachable(config.redisUrl);
  await warnUnlessNoEviction(config, logger);
  const outDir = resolve(config.outDir);
  const queue = openDocumentQueue(config);
  const outages = watchRedisOutages(config, logger);
  queue.on('error', (error) => {
    if (!outages.absorb(error)) logger.warn({ err: error }, 'queue-problem');
  });
  const store = new ResultStore(outDir);
  await reconcileSpool({ outDir, queue, config, store, logger }).catch((error: unknown) => logger.warn({ err: error }, 'spool-reconcile-failed'));
  const sink = new QueueSink({ queue, config, outDir, store, alerter: recordingAlerter(outDir, logger) });
  const watcher = watchInbox({ inbox, outDir, sink, timing: config, logger });
  const shutdown = async (): Promise<void> => {
    await queue.close();
    outages.close();
  };
  return service(
    watcher,
    shutdown,
    logger,
    { inbox: resolve(inbox), out: outDir, queue: config.queueName },
    startRetention(outDir, config.retentionDays, logger, pipeline.lang),
  );
}

/** `watch --embedded`: the same processing, results and alerts in this process, no Redis. */
export async function startEmbeddedWatch({ inbox, config, pipeline, logger }: WatchServiceOptions): Promise<WatchService> {
  const outDir = resolve(config.outDir);
  const output = await openOutput(outDir, config, logger, pipeline.lang);
  const pool = createExtractionPool({ concurrency: config.concurrency, config: pipeline, onOcrPage: logOcrPage(logger) });
  const sink = new EmbeddedSink(
    {
      outDir,
      pool,
      store: output.store,
      alerter: output.alerter,
      alertSeverity: config.alertSeverity,
      jobTimeoutMs: config.jobTimeoutMs,
      logger,
      pages: output.pages,
      lang: pipeline.lang,
    },
    config,
  );
  const watcher = watchInbox({ inbox, outDir, sink, timing: config, logger });
  const heartbeat = startFileHeartbeat(outDir, config);
  const shutdown = async (): Promise<void> => {
    await heartbeat.stop();
    await sink.close();
    await pool.close();
    await output.close();
  };
  return service(
    watcher,
    shutdown,
    logger,
    { inbox: resolve(inbox), out: outDir, embedded: true },
    startRetention(outDir, config.retentionDays, logger, pipeline.lang),
  );
}

function service(
  watcher: InboxWatcher,
  shutdown: () => Promise<void>,
  logger: Logger,
  details: Record<string, unknown>,
  retention: { stop(): void },
): WatchService {
  const ready = watcher.ready.then(() => logger.info(details, 'watching-inbox'));
  let closing: Promise<void> | null = null;
  return {
    ready,
    close() {
      closing ??= (async () => {
        retention.stop();
        await watcher.close();
        await shutdown();
      })();
      return closing;
    },
  };
}
