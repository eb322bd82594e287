import { Command, Option } from 'commander';
import type { Lang } from '../../schemas/config.js';
import { createLogger } from '../../workers/logger.js';
import { startEmbeddedWatch, startQueueWatch } from '../../workers/watch-service.js';
import { positiveInteger } from '../options.js';
import { assertDirectory, CONFIG_OPTION_HELP, LANG_OPTION_HELP, loadServiceConfig, serveUntilSignal } from '../queue-commands.js';

interface WatchFlags {
  out?: string;
  embedded?: boolean;
  concurrency?: string;
  poll?: boolean;
  alertSeverity?: string;
  maxHeapMb?: number;
  config?: string;
  lang?: Lang;
}

export function watchCommand(): Command {
  return new Command('watch')
    .description(
      'watch an inbox folder: every report dropped there is processed (by `rapportkoll worker` processes, or in this process with --embedded), its result stored and its alerts raised',
    )
    .argument('<inbox>', 'folder to watch, recursively')
    .option('--out <dir>', 'results, alerts, processed/ and failed/ (env RAPPORTKOLL_OUT; default ./rapportkoll-out)')
    .option('--embedded', 'process in this process without Redis (a single PC)')
    .option('--concurrency <n>', 'documents parsed at once with --embedded (env RAPPORTKOLL_CONCURRENCY; default: cores)')
    .option('--poll', 'poll the inbox instead of file system events; use on network shares (env RAPPORTKOLL_USE_POLLING)')
    .option('--alert-severity <level>', 'lowest finding severity that raises an alert: error, warning, info (env RAPPORTKOLL_ALERT_SEVERITY)')
    .option('--max-heap-mb <n>', 'with --embedded: heap of the thread reading one document (limits.maxHeapMb; env RAPPORTKOLL_MAX_HEAP_MB)', positiveInteger)
    .option('--config <file>', CONFIG_OPTION_HELP)
    .addOption(new Option('--lang <lang>', LANG_OPTION_HELP).choices(['sv', 'en']))
    .action(async (inbox: string, flags: WatchFlags) => {
      const { queue: config, pipeline } = await loadServiceConfig(
        flags.config,
        { outDir: flags.out, concurrency: flags.concurrency, usePolling: flags.poll, alertSeverity: flags.alertSeverity },
        { maxHeapMb: flags.maxHeapMb, lang: flags.lang },
      );
      await assertDirectory(inbox, 'inbox');
      const logger = createLogger('rapportkoll-watch', config.logLevel);
      const options = { inbox, config, pipeline, logger };
      const service = flags.embedded ? await startEmbeddedWatch(options) : await startQueueWatch(options);
      await serveUntilSignal(service, logger);
    });
}
