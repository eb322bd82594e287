import { Command } from 'commander';
import { resolve } from 'node:path';
import { openDocumentQueue } from '../../workers/document-queue.js';
import { createLogger } from '../../workers/logger.js';
import { reconcileSpool } from '../../workers/reconcile.js';
import { assertRedisReachable } from '../../workers/redis.js';
import { ResultStore } from '../../workers/result-store.js';
import { HELP } from '../help-texts.js';
import { assertDirectory, configOptionHelp, langOption, loadServiceConfig } from '../queue-commands.js';
import { fill, TEXT } from '../texts.js';
import { say, uiLang } from '../ui-lang.js';
import type { Lang } from '../../schemas/config.js';

interface ReconcileFlags {
  out?: string;
  config?: string;
  lang?: Lang;
}

export function reconcileCommand(): Command {
  const help = HELP.reconcile;
  return new Command('reconcile')
    .description(say(help.description))
    .option('--out <dir>', say(help.out))
    .option('--config <file>', configOptionHelp())
    .addOption(langOption())
    .action(async (flags: ReconcileFlags) => {
      const { queue: config } = await loadServiceConfig(flags.config, { outDir: flags.out }, { lang: flags.lang });
      const outDir = resolve(config.outDir);
      await assertDirectory(outDir, TEXT.outFolder);
      await assertRedisReachable(config.redisUrl);
      const queue = openDocumentQueue(config);
      try {
        const outcome = await reconcileSpool({
          outDir,
          queue,
          config,
          store: new ResultStore(outDir),
          logger: createLogger('rapportkoll-reconcile', config.logLevel, uiLang()),
        });
        process.stdout.write(`${fill(say(TEXT.reconciled), { ...outcome })}\n`);
      } finally {
        await queue.close();
      }
    });
}
