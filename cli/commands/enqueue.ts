import { Command } from 'commander';
import { openDocumentQueue } from '../../workers/document-queue.js';
import { enqueueFiles, listDocuments } from '../../workers/enqueue-files.js';
import { createLogger } from '../../workers/logger.js';
import { assertRedisReachable } from '../../workers/redis.js';
import { UsageError } from '../exit-codes.js';
import { HELP } from '../help-texts.js';
import { fill, TEXT } from '../texts.js';
import { configOptionHelp, langOption, loadServiceConfig } from '../queue-commands.js';
import { say, uiLang } from '../ui-lang.js';
import type { Lang } from '../../schemas/config.js';

interface EnqueueFlags {
  out?: string;
  config?: string;
  lang?: Lang;
}

export function enqueueCommand(): Command {
  const help = HELP.enqueue;
  return new Command('enqueue')
    .description(say(help.description))
    .argument('<paths...>', say(help.paths))
    .option('--out <dir>', say(help.out))
    .option('--config <file>', configOptionHelp())
    .addOption(langOption())
    .action(async (paths: string[], flags: EnqueueFlags) => {
      const { queue: config } = await loadServiceConfig(flags.config, { outDir: flags.out }, { lang: flags.lang });
      const files = await listDocuments(paths).catch((error: unknown) => {
        const missing = (error as NodeJS.ErrnoException).code === 'ENOENT' ? (error as NodeJS.ErrnoException).path : undefined;
        throw new UsageError(missing ? fill(say(TEXT.noSuchPath), { path: missing }) : error instanceof Error ? error.message : String(error));
      });
      await assertRedisReachable(config.redisUrl);
      const queue = openDocumentQueue(config);
      try {
        await enqueueFiles(files, queue, config, createLogger('rapportkoll-enqueue', config.logLevel, uiLang()), (file) => {
          const first = file.duplicateOf ? `\t(first: ${file.duplicateOf})` : '';
          process.stdout.write(`${file.outcome}\t${file.sha256}\t${file.path}${first}\n`);
        });
      } finally {
        await queue.close();
      }
    });
}
