import { Command } from 'commander';
import { resolve } from 'node:path';
import { createExtractionPool } from '../../pipeline/pool.js';
import { madeBy } from '../../pipeline/versions.js';
import { createLogger } from '../../workers/logger.js';
import { openOutput } from '../../workers/output.js';
import { reprocessOutFolder } from '../../workers/reprocess.js';
import { positiveInteger } from '../options.js';
import { HELP } from '../help-texts.js';
import { assertDirectory, configOptionHelp, langOption, loadServiceConfig } from '../queue-commands.js';
import { fill, TEXT } from '../texts.js';
import { say, uiLang } from '../ui-lang.js';
import type { Lang } from '../../schemas/config.js';

interface ReprocessFlags {
  out?: string;
  concurrency?: string;
  alertSeverity?: string;
  maxHeapMb?: number;
  dryRun?: boolean;
  config?: string;
  lang?: Lang;
}

export function reprocessCommand(): Command {
  const help = HELP.reprocess;
  return new Command('reprocess')
    .description(say(help.description))
    .option('--out <dir>', say(help.out))
    .option('--concurrency <n>', say(help.concurrency))
    .option('--alert-severity <level>', say(help.alertSeverity))
    .option('--max-heap-mb <n>', say(help.maxHeapMb), positiveInteger)
    .option('--dry-run', say(help.dryRun))
    .option('--config <file>', configOptionHelp())
    .addOption(langOption())
    .action(async (flags: ReprocessFlags) => {
      const { queue: config, pipeline } = await loadServiceConfig(
        flags.config,
        { outDir: flags.out, concurrency: flags.concurrency, alertSeverity: flags.alertSeverity },
        { maxHeapMb: flags.maxHeapMb, lang: flags.lang },
      );
      const outDir = resolve(config.outDir);
      await assertDirectory(outDir, TEXT.outFolder);
      const logger = createLogger('rapportkoll-reprocess', config.logLevel, uiLang());
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
          pages: output.pages,
        });
        const { rapportkollVersion, rulesVersion } = madeBy();
        const made = say(dryRun ? TEXT.wouldBeMade : TEXT.made);
        process.stdout.write(`${fill(say(TEXT.reprocessed), { ...outcome, made, version: rapportkollVersion, rules: rulesVersion })}\n`);
      } finally {
        await pool.close();
        await output.close();
      }
    });
}
