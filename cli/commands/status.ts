import { Command } from 'commander';
import { resolve } from 'node:path';
import { embeddedHealth, queueHealth, type HealthReport } from '../../workers/health.js';
import { assertRedisReachable, displayRedisUrl } from '../../workers/redis.js';
import { EXIT_DEGRADED, EXIT_OK } from '../exit-codes.js';
import { positiveInteger } from '../options.js';
import { CONFIG_OPTION_HELP, loadServiceConfig } from '../queue-commands.js';

interface StatusFlags {
  out?: string;
  json?: boolean;
  embedded?: boolean;
  windowMinutes: number;
  config?: string;
}

export function statusCommand(): Command {
  return new Command('status')
    .description(
      'health check for people and monitoring scripts: live workers, queue counts and the oldest waiting job, jobs failed in a window, the last alert, ' +
        'webhook alerts not yet delivered; exit 0 healthy, 4 degraded (no live worker, or jobs failed for a reason other than the document), 3 Redis unreachable, 2 usage',
    )
    .option('--out <dir>', 'the shared out folder (env RAPPORTKOLL_OUT; default ./rapportkoll-out)')
    .option('--embedded', 'check a `watch --embedded` from its out folder alone, without Redis')
    .option('--window-minutes <n>', 'failed jobs are counted over this many minutes back', positiveInteger, 60)
    .option('--json', 'one JSON object instead of a table')
    .option('--config <file>', CONFIG_OPTION_HELP)
    .action(async (flags: StatusFlags) => {
      const { queue: config } = await loadServiceConfig(flags.config, { outDir: flags.out });
      const options = { config, outDir: resolve(config.outDir), windowMinutes: flags.windowMinutes };
      if (!flags.embedded) await assertRedisReachable(config.redisUrl);
      const health = flags.embedded ? await embeddedHealth(options) : await queueHealth(options);
      const where: Record<string, string> = flags.embedded
        ? { out: options.outDir }
        : { queue: config.queueName, redis: displayRedisUrl(config.redisUrl), out: options.outDir };
      process.stdout.write(flags.json ? `${JSON.stringify({ ...where, ...health, ...(health.counts ?? {}) })}\n` : describe(where, health));
      process.exitCode = health.health === 'ok' ? EXIT_OK : EXIT_DEGRADED;
    });
}

function describe(where: Record<string, string>, health: HealthReport): string {
  const lines: string[] = [];
  const row = (name: string, value: string | number): number => lines.push(`${name.padEnd(16)}${value}`);
  lines.push(health.mode === 'queue' ? `queue ${where.queue} on ${where.redis}, out ${where.out}` : `watch --embedded, out ${where.out}`);
  row('health', health.health === 'ok' ? 'ok' : `degraded: ${health.problems.join('; ')}`);
  row(
    'workers',
    health.workers.length === 0 ? 'none alive' : health.workers.map((beat) => `${beat.host}:${beat.pid} (beat ${beat.lastBeatSecondsAgo} s ago)`).join(', '),
  );
  if (health.counts) for (const [name, count] of Object.entries(health.counts)) row(name, count);
  if (health.mode === 'queue')
    row(
      'oldest waiting',
      health.oldestWaiting ? `${health.oldestWaiting.path ?? health.oldestWaiting.sha256}, ${health.oldestWaiting.waitingSeconds} s` : 'none',
    );
  const failed = health.failedInWindow;
  row(`failed ${failed.windowMinutes} min`, `${failed.documents} documents, ${failed.other.length} other`);
  for (const job of failed.other) lines.push(`  ${job.failedAt} ${JSON.stringify(job.path ?? job.sha256)}: ${JSON.stringify(job.reason)}`);
  row(
    'last alert',
    health.lastAlert ? `${health.lastAlert.createdAt} ${health.lastAlert.type} ${health.lastAlert.severity} ${JSON.stringify(health.lastAlert.path)}` : 'none',
  );
  row('webhookPending', health.webhookPending);
  return `${lines.join('\n')}\n`;
}
