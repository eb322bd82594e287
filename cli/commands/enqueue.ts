import { Command } from 'commander';
import { openDocumentQueue } from '../../workers/document-queue.js';
import { enqueueFiles, listDocuments } from '../../workers/enqueue-files.js';
import { createLogger } from '../../workers/logger.js';
import { assertRedisReachable } from '../../workers/redis.js';
import { UsageError } from '../exit-codes.js';
import { CONFIG_OPTION_HELP, loadServiceConfig } from '../queue-commands.js';

interface EnqueueFlags {
  out?: string;
  config?: string;
}

export function enqueueCommand(): Command {
  return new Command('enqueue')
    .description('queue documents for the worker fleet without watching a folder; prints one line per file: queued|joined|duplicate, sha256, path')
    .argument('<paths...>', 'files and folders (walked recursively)')
    .option('--out <dir>', 'the shared folder the workers use; documents are copied to its spool/ (env RAPPORTKOLL_OUT; default ./rapportkoll-out)')
    .option('--config <file>', CONFIG_OPTION_HELP)
    .action(async (paths: string[], flags: EnqueueFlags) => {
      const { queue: config } = await loadServiceConfig(flags.config, { outDir: flags.out });
      const files = await listDocuments(paths).catch((error: unknown) => {
        throw new UsageError(error instanceof Error ? error.message : String(error));
      });
      await assertRedisReachable(config.redisUrl);
      const queue = openDocumentQueue(config);
      try {
        await enqueueFiles(files, queue, config, createLogger('rapportkoll-enqueue', config.logLevel), (file) => {
          const first = file.duplicateOf ? `\t(first: ${file.duplicateOf})` : '';
          process.stdout.write(`${file.outcome}\t${file.sha256}\t${file.path}${first}\n`);
        });
      } finally {
        await queue.close();
      }
    });
}
