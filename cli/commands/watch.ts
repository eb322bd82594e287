import { Command } from 'commander';
import type { Lang, OcrMode } from '../../schemas/config.js';
import { createLogger } from '../../workers/logger.js';
import { startEmbeddedWatch, startQueueWatch } from '../../workers/watch-service.js';
import { ocrOption, positiveInteger } from '../options.js';
import { HELP } from '../help-texts.js';
import { assertDirectory, configOptionHelp, langOption, loadServiceConfig, serveUntilSignal } from '../queue-commands.js';
import { TEXT } from '../texts.js';
import { say, uiLang } from '../ui-lang.js';

interface WatchFlags {
  out?: string;
  embedded?: boolean;
  concurrency?: string;
  poll?: boolean;
  alertSeverity?: string;
  maxHeapMb?: number;
  config?: string;
  lang?: Lang;
  ocr?: OcrMode;
}

export function watchCommand(): Command {
  const help = HELP.watch;
  return new Command('watch')
    .description(say(help.description))
    .argument('<inbox>', say(help.inbox))
    .option('--out <dir>', say(help.out))
    .option('--embedded', say(help.embedded))
    .option('--concurrency <n>', say(help.concurrency))
    .option('--poll', say(help.poll))
    .option('--alert-severity <level>', say(help.alertSeverity))
    .option('--max-heap-mb <n>', say(help.maxHeapMb), positiveInteger)
    .addOption(ocrOption())
    .option('--config <file>', configOptionHelp())
    .addOption(langOption())
    .action(async (inbox: string, flags: WatchFlags) => {
      const { queue: config, pipeline } = await loadServiceConfig(
        flags.config,
        { outDir: flags.out, concurrency: flags.concurrency, usePolling: flags.poll, alertSeverity: flags.alertSeverity },
        { maxHeapMb: flags.maxHeapMb, lang: flags.lang, ocrMode: flags.ocr },
      );
      await assertDirectory(inbox, TEXT.inbox);
      const logger = createLogger('rapportkoll-watch', config.logLevel, uiLang());
      const options = { inbox, config, pipeline, logger };
      const service = flags.embedded ? await startEmbeddedWatch(options) : await startQueueWatch(options);
      await serveUntilSignal(service, logger);
    });
}
