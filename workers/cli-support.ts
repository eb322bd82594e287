import { stat } from 'node:fs/promises';
import { loadPipelineConfig } from '../pipeline/cli/load-config.js';
import { EXIT_USAGE, UsageError } from '../pipeline/cli/usage-error.js';
import type { PipelineConfig } from '../schemas/config.js';
import { ConfigError } from './config.js';
import type { Logger } from './logger.js';
import { EXIT_REDIS_UNREACHABLE, RedisUnavailableError } from './redis.js';

/** Exit statuses of the queue commands (docs/operations.md, "Commands and exit statuses"). */
export const EXIT_FAILURE = 1;
export { EXIT_REDIS_UNREACHABLE, EXIT_USAGE, UsageError };

/** Runs a command body; expected failures become one line on stderr and an exit status, never a stack trace. */
export async function runCommand(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const status =
      error instanceof ConfigError || error instanceof UsageError ? EXIT_USAGE : error instanceof RedisUnavailableError ? EXIT_REDIS_UNREACHABLE : EXIT_FAILURE;
    process.stderr.write(`rapportkoll: ${message}\n`);
    process.exitCode = status;
  }
}

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
