import { Command } from 'commander';
import type { Lang, OcrMode } from '../../schemas/config.js';
import { createLogger } from '../../workers/logger.js';
import { startQueueWorker } from '../../workers/queue-worker.js';
import { assertRedisReachable } from '../../workers/redis.js';
import { ocrOption, positiveInteger } from '../options.js';
import { HELP } from '../help-texts.js';
import { configOptionHelp, langOption, loadServiceConfig, serveUntilSignal } from '../queue-commands.js';
import { say, uiLang } from '../ui-lang.js';

interface WorkerFlags {
  out?: string;
  concurrency?: string;
  alertSeverity?: string;
  maxHeapMb?: number;
  config?: string;
  lang?: Lang;
  ocr?: OcrMode;
}

export function workerCommand(): Command {
  const help = HELP.worker;
  return new Command('worker')
    .description(say(help.description))
    .option('--out <dir>', say(help.out))
    .option('--concurrency <n>', say(help.concurrency))
    .option('--alert-severity <level>', say(help.alertSeverity))
    .option('--max-heap-mb <n>', say(help.maxHeapMb), positiveInteger)
    .addOption(ocrOption())
    .option('--config <file>', configOptionHelp())
    .addOption(langOption())
    .action(async (flags: WorkerFlags) => {
      const { queue: config, pipeline } = await loadServiceConfig(
        flags.config,
        { outDir: flags.out, concurrency: flags.concurrency, alertSeverity: flags.alertSeverity },
        { maxHeapMb: flags.maxHeapMb, lang: flags.lang, ocrMode: flags.ocr },
      );
      await assertRedisReachable(config.redisUrl);
      const logger = createLogger('rapportkoll-worker', config.logLevel, uiLang());
      const worker = await startQueueWorker({ config, pipeline, logger });
      const serving = serveUntilSignal(worker, logger);
      // Only now: a script (or test) that waits for this line and sends SIGTERM gets a clean stop.
      logger.info(worker.readyDetails, 'worker-ready');
      await serving;
    });
}
