import { stat } from 'node:fs/promises';
import type { PipelineConfig } from '../schemas/config.js';
import type { Logger } from '../workers/logger.js';
import { EXIT_FAILURE, UsageError } from './exit-codes.js';
import { loadPipelineConfig } from './load-config.js';

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
        logger.warn({ signal }, 'second signal: exiting now');
        process.exit(130);
      }
      stopping = true;
      logger.info({ signal }, 'shutting down; letting documents in progress finish');
      service.close().then(
        () => process.exit(process.exitCode ?? 0),
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(EXIT_FAILURE);
        },
      );
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export async function assertDirectory(path: string, what: string): Promise<void> {
  try {
    if ((await stat(path)).isDirectory()) return;
  } catch {
    // Reported below.
  }
  throw new UsageError(`${what} ${path} is not a folder`);
}

/** The pipeline configuration queue mode runs with: read exactly as `extract` reads it (--config or ./rapportkoll.config.json). */
export function queuePipelineConfig(file: string | undefined): Promise<PipelineConfig> {
  return loadPipelineConfig(file, {});
}
