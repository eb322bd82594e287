import { Command } from 'commander';
import { resolve } from 'node:path';
import { openDocumentQueue } from '../../workers/document-queue.js';
import { createLogger } from '../../workers/logger.js';
import { reconcileSpool } from '../../workers/reconcile.js';
import { assertRedisReachable } from '../../workers/redis.js';
import { ResultStore } from '../../workers/result-store.js';
import { assertDirectory, CONFIG_OPTION_HELP, loadServiceConfig } from '../queue-commands.js';

interface ReconcileFlags {
  out?: string;
  config?: string;
}

export function reconcileCommand(): Command {
  return new Command('reconcile')
    .description(
      "repair the out folder's spool against its results after Redis was emptied or the queue renamed (watch does it at start): " +
        'copies whose document has a result are removed, copies with neither a result nor a job are queued again',
    )
    .option('--out <dir>', 'the shared out folder (env RAPPORTKOLL_OUT; default ./rapportkoll-out)')
    .option('--config <file>', CONFIG_OPTION_HELP)
    .action(async (flags: ReconcileFlags) => {
      const { queue: config } = await loadServiceConfig(flags.config, { outDir: flags.out });
      const outDir = resolve(config.outDir);
      await assertDirectory(outDir, 'out folder');
      await assertRedisReachable(config.redisUrl);
      const queue = openDocumentQueue(config);
      try {
        const outcome = await reconcileSpool({
          outDir,
          queue,
          config,
          store: new ResultStore(outDir),
          logger: createLogger('rapportkoll-reconcile', config.logLevel),
        });
        process.stdout.write(
          `spool: ${outcome.removed} removed (done), ${outcome.requeued} queued again, ${outcome.queued} still queued, ${outcome.temp} temp copies removed\n`,
        );
      } finally {
        await queue.close();
      }
    });
}
