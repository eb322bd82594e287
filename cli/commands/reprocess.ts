import { Command } from 'commander';
import { resolve } from 'node:path';
import { createExtractionPool } from '../../pipeline/pool.js';
import { madeBy } from '../../pipeline/versions.js';
import { createLogger } from '../../workers/logger.js';
import { openOutput } from '../../workers/output.js';
import { reprocessOutFolder } from '../../workers/reprocess.js';
import { positiveInteger } from '../options.js';
import { assertDirectory, CONFIG_OPTION_HELP, loadServiceConfig } from '../queue-commands.js';

interface ReprocessFlags {
  out?: string;
  concurrency?: string;
  alertSeverity?: string;
  maxHeapMb?: number;
  dryRun?: boolean;
  config?: string;
}

export function reprocessCommand(): Command {
  return new Command('reprocess')
    .description(
      'after an upgrade: read again the documents kept in <out>/processed/ whose result another rapportkoll or rules version made, replace their results, ' +
        'and raise alerts only for findings that are new; run it with watch and the workers stopped',
    )
    .option('--out <dir>', 'the out folder of watch and the workers (env RAPPORTKOLL_OUT; default ./rapportkoll-out)')
    .option('--concurrency <n>', 'documents read at once (env RAPPORTKOLL_CONCURRENCY; default: cores)')
    .option('--alert-severity <level>', 'lowest finding severity that raises an alert: error, warning, info (env RAPPORTKOLL_ALERT_SEVERITY)')
    .option('--max-heap-mb <n>', 'heap of the thread reading one document (limits.maxHeapMb; env RAPPORTKOLL_MAX_HEAP_MB)', positiveInteger)
    .option('--dry-run', 'only list the documents that would be read again')
    .option('--config <file>', CONFIG_OPTION_HELP)
    .action(async (flags: ReprocessFlags) => {
      const { queue: config, pipeline } = await loadServiceConfig(
        flags.config,
        { outDir: flags.out, concurrency: flags.concurrency, alertSeverity: flags.alertSeverity },
        { maxHeapMb: flags.maxHeapMb },
      );
      const outDir = resolve(config.outDir);
      await assertDirectory(outDir, 'out folder');
      const logger = createLogger('rapportkoll-reprocess', config.logLevel);
      const output = await openOutput(outDir, config, logger, pipeline.lang);
      const pool = createExtractionPool({ concurrency: config.concurrency, config: pipeline });
      try {
        const dryRun = flags.dryRun === true;
        const outcome = await reprocessOutFolder({
          outDir,
          pool,
          store: output.store,
          alerter: output.alerter,
          alertSeverity: config.alertSeverity,
          logger,
          concurrency: config.concurrency,
          dryRun,
        });
        const { rapportkollVersion, rulesVersion } = madeBy();
        process.stdout.write(
          `${outcome.documents} documents in processed/: ${outcome.redone} ${dryRun ? 'would be made' : 'made'} again by rapportkoll ${rapportkollVersion} (rules ${rulesVersion}), ` +
            `${outcome.current} already current, ${outcome.skipped} skipped; ${outcome.alerts} alerts for new findings\n`,
        );
      } finally {
        await pool.close();
        await output.close();
      }
    });
}
