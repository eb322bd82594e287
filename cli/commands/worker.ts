import { Command } from 'commander';
import { loadQueueConfig } from '../../workers/config.js';
import { createLogger } from '../../workers/logger.js';
import { startQueueWorker } from '../../workers/queue-worker.js';
import { assertRedisReachable } from '../../workers/redis.js';
import { queuePipelineConfig, serveUntilSignal } from '../queue-commands.js';

interface WorkerFlags {
  out?: string;
  concurrency?: string;
  alertSeverity?: string;
  config?: string;
}

export function workerCommand(): Command {
  return new Command('worker')
    .description('process queued documents (from `watch` or `enqueue`) until stopped with Ctrl-C / SIGTERM; run one per machine')
    .option('--out <dir>', 'results and alerts; the same shared folder on every machine (env RAPPORTKOLL_OUT; default ./rapportkoll-out)')
    .option('--concurrency <n>', 'documents parsed at once (env RAPPORTKOLL_CONCURRENCY; default: cores)')
    .option('--alert-severity <level>', 'lowest finding severity that raises an alert: error, warning, info (env RAPPORTKOLL_ALERT_SEVERITY)')
    .option('--config <file>', 'pipeline configuration file, as for extract (default: ./rapportkoll.config.json when it exists)')
    .action(async (flags: WorkerFlags) => {
      const config = loadQueueConfig({ outDir: flags.out, concurrency: flags.concurrency, alertSeverity: flags.alertSeverity });
      await assertRedisReachable(config.redisUrl);
      const logger = createLogger('rapportkoll-worker', config.logLevel);
      const worker = await startQueueWorker({ config, pipeline: await queuePipelineConfig(flags.config), logger });
      await serveUntilSignal(worker, logger);
    });
}
