import { Command } from 'commander';
import { resolve } from 'node:path';
import { embeddedHealth, queueHealth, type HealthReport } from '../../workers/health.js';
import { assertRedisReachable, displayRedisUrl } from '../../workers/redis.js';
import { stockholmTime } from '../../workers/pretty-log.js';
import { EXIT_DEGRADED, EXIT_OK } from '../exit-codes.js';
import { positiveInteger } from '../options.js';
import { HELP } from '../help-texts.js';
import { configOptionHelp, langOption, loadServiceConfig } from '../queue-commands.js';
import { fill, TEXT } from '../texts.js';
import { say } from '../ui-lang.js';
import type { Lang } from '../../schemas/config.js';

interface StatusFlags {
  out?: string;
  json?: boolean;
  embedded?: boolean;
  windowMinutes: number;
  config?: string;
  lang?: Lang;
}

export function statusCommand(): Command {
  const help = HELP.status;
  return new Command('status')
    .description(say(help.description))
    .option('--out <dir>', say(help.out))
    .option('--embedded', say(help.embedded))
    .option('--window-minutes <n>', say(help.windowMinutes), positiveInteger, 60)
    .option('--json', say(help.json))
    .option('--config <file>', configOptionHelp())
    .addOption(langOption())
    .action(async (flags: StatusFlags) => {
      const { queue: config } = await loadServiceConfig(flags.config, { outDir: flags.out }, { lang: flags.lang });
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

/** The table for people, in the command line's language; its problems worded again from the report's data (the JSON keeps its own). */
function describe(where: Record<string, string>, health: HealthReport): string {
  const lines: string[] = [];
  // A column of 16; a longer name ("misslyckade 60 min") still keeps a space before its value.
  const row = (name: string, value: string | number): number => lines.push(`${name.padEnd(15)} ${value}`);
  lines.push(health.mode === 'queue' ? fill(say(TEXT.statusQueue), where) : fill(say(TEXT.statusEmbedded), where));
  row(say(TEXT.health), health.health === 'ok' ? say(TEXT.healthy) : fill(say(TEXT.degraded), { problems: problemsOf(health).join('; ') }));
  row(
    say(TEXT.workers),
    health.workers.length === 0
      ? say(TEXT.noneAlive)
      : health.workers.map((beat) => fill(say(TEXT.beat), { host: beat.host, pid: beat.pid, seconds: beat.lastBeatSecondsAgo })).join(', '),
  );
  if (health.counts) for (const [name, count] of Object.entries(health.counts)) row(name, count);
  if (health.mode === 'queue') {
    const oldest = health.oldestWaiting;
    row(say(TEXT.oldestWaiting), oldest ? fill(say(TEXT.waitingFor), { what: oldest.path ?? oldest.sha256, seconds: oldest.waitingSeconds }) : say(TEXT.none));
  }
  const failed = health.failedInWindow;
  row(
    fill(say(TEXT.failedWindow), { minutes: failed.windowMinutes }),
    fill(say(TEXT.failedCounts), { documents: failed.documents, other: failed.other.length }),
  );
  for (const job of failed.other) lines.push(`  ${localTime(job.failedAt)} ${JSON.stringify(job.path ?? job.sha256)}: ${JSON.stringify(job.reason)}`);
  const last = health.lastAlert;
  row(say(TEXT.lastAlert), last ? `${localTime(last.createdAt)} ${last.type} ${last.severity} ${JSON.stringify(last.path)}` : say(TEXT.none));
  row(say(TEXT.webhookPending), health.webhookPending);
  return `${lines.join('\n')}\n`;
}

/** An ISO time as a wall clock in Stockholm, as people read it; as written when it is no time. */
function localTime(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : stockholmTime(ms);
}

function problemsOf(health: HealthReport): string[] {
  const problems: string[] = [];
  if (health.workers.length === 0) problems.push(say(health.mode === 'queue' ? TEXT.noWorker : TEXT.noEmbedded));
  const other = health.failedInWindow.other.length;
  if (other > 0) problems.push(fill(say(TEXT.jobsFailed), { count: other, minutes: health.failedInWindow.windowMinutes }));
  return problems;
}
