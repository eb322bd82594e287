import { stat } from 'node:fs/promises';
import type { PipelineConfig, Wording } from '../schemas/config.js';
import type { QueueConfig } from '../schemas/queue-config.js';
import { loadQueueConfig, type QueueConfigFlags } from '../workers/config.js';
import type { Logger } from '../workers/logger.js';
import { EXIT_FAILURE, UsageError } from './exit-codes.js';
import { type ConfigOverrides, loadConfig } from './load-config.js';
import { fill, TEXT } from './texts.js';
import { say } from './ui-lang.js';

export { configOptionHelp, langOption } from './load-config.js';

export interface Service {
  close(): Promise<void>;
}

/**
 * Keeps a long-running command alive until SIGINT or SIGTERM, then closes it gracefully (in-flight
 * documents finish) and exits. A second signal exits at once; queued work is not lost, since
 * unfinished jobs go back to the queue when their lock expires.
 */
export function serveUntilSignal(service: Service, logger: Logger): Promise<void> {
  return new Promise<void>(() => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals): void => {
      if (stopping) {
        logger.warn({ signal }, 'second-signal');
        process.exit(130);
      }
      stopping = true;
      logger.info({ signal }, 'shutting-down');
      service.close().then(
        () => process.exit(process.exitCode ?? 0),
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown-failed');
          process.exit(EXIT_FAILURE);
        },
      );
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export async function assertDirectory(path: string, what: Wording): Promise<void> {
  try {
    if ((await stat(path)).isDirectory()) return;
  } catch {
    // Reported below.
  }
  throw new UsageError(fill(say(TEXT.notAFolder), { what: say(what), path }));
}

export interface ServiceConfig {
  queue: QueueConfig;
  /** The pipeline configuration, read exactly as `extract` reads it. */
  pipeline: PipelineConfig;
}

/**
 * Everything a queue-mode command runs with, from one place: flags over environment over the
 * configuration file (--config, $RAPPORTKOLL_CONFIG or ./rapportkoll.config.json) over defaults.
 */
export async function loadServiceConfig(file: string | undefined, flags: QueueConfigFlags, limits: ConfigOverrides = {}): Promise<ServiceConfig> {
  const loaded = await loadConfig(file, limits);
  return { queue: loadQueueConfig(flags, process.env, loaded.queueFile, loaded.pipeline.lang), pipeline: loaded.pipeline };
}
