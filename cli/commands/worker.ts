import { Command, Option } from 'commander';
import type { Lang } from '../../schemas/config.js';
import { createLogger } from '../../workers/logger.js';
import { startQueueWorker } from '../../workers/queue-worker.js';
import { assertRedisReachable } from '../../workers/redis.js';
import { positiveInteger } from '../options.js';
import { CONFIG_OPTION_HELP, LANG_OPTION_HELP, loadServiceConfig, serveUntilSignal } from '../queue-commands.js';

interface WorkerFlags {
  out?: string;
  concurrency?: string;
  alertSeverity?: string;
  maxHeapMb?: number;
  config?: string;
  lang?: Lang;
}

export function workerCommand(): Command {
  return new Command('worker')
    .description('process queued documents (from `watch` or `enqueue`) until stopped with Ctrl-C / SIGTERM; run one per machine')
    .option('--out <dir>', 'results and alerts; the same shared folder on every machine (env RAPPORTKOLL_OUT; default ./rapportkoll-out)')
    .option('--concurrency <n>', 'documents parsed at once (env RAPPORTKOLL_CONCURRENCY; default: cores)')
    .option('--alert-severity <level>', 'lowest finding severity that raises an alert: error, warning, info (env RAPPORTKOLL_ALERT_SEVERITY)')
    .option('--max-heap-mb <n>', 'heap of the thread reading one document (limits.maxHeapMb; env RAPPORTKOLL_MAX_HEAP_MB)', positiveInteger)
    .option('--config <file>', CONFIG_OPTION_HELP)
    .addOption(new Option('--lang <lang>', LANG_OPTION_HELP).choices(['sv', 'en']))
    .action(async (flags: WorkerFlags) => {
      const { queue: config, pipeline } = await loadServiceConfig(
        flags.config,
        { outDir: flags.out, concurrency: flags.concurrency, alertSeverity: flags.alertSeverity },
        { maxHeapMb: flags.maxHeapMb, lang: flags.lang },
      );
      await assertRedisReachable(config.redisUrl);
      const logger = createLogger('rapportkoll-worker', config.logLevel);
      const worker = await startQueueWorker({ config, pipeline, logger });
      const serving = serveUntilSignal(worker, logger);
      // Only now: a script (or test) that waits for this line and sends SIGTERM gets a clean stop.
      logger.info(worker.readyDetails, 'worker ready');
      await serving;
    });
}
