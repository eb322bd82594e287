import { Command } from 'commander';
import { resolve } from 'node:path';
import { outboxDirectory } from '../../workers/out-folder.js';
import { queueCounts } from '../../workers/queue-status.js';
import { assertRedisReachable, displayRedisUrl } from '../../workers/redis.js';
import { CONFIG_OPTION_HELP, loadServiceConfig } from '../queue-commands.js';

interface StatusFlags {
  out?: string;
  json?: boolean;
  config?: string;
}

export function statusCommand(): Command {
  return new Command('status')
    .description("print the queue's counts: waiting, active, delayed (retry pending), completed, failed; and webhook alerts not yet delivered")
    .option('--out <dir>', 'the shared out folder, for the webhook outbox count (env RAPPORTKOLL_OUT)')
    .option('--json', 'one JSON object instead of a table')
    .option('--config <file>', CONFIG_OPTION_HELP)
    .action(async (flags: StatusFlags) => {
      const { queue: config } = await loadServiceConfig(flags.config, { outDir: flags.out });
      await assertRedisReachable(config.redisUrl);
      const counts = await queueCounts(config, outboxDirectory(resolve(config.outDir)));
      if (flags.json) {
        process.stdout.write(`${JSON.stringify({ queue: config.queueName, redis: displayRedisUrl(config.redisUrl), ...counts })}\n`);
        return;
      }
      process.stdout.write(`queue ${config.queueName} on ${displayRedisUrl(config.redisUrl)}\n`);
      for (const [name, count] of Object.entries(counts)) process.stdout.write(`${name.padEnd(16)}${count}\n`);
    });
}
