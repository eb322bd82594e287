import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { killAll, queueEnv, startCli, type RunningCli } from './support/cli.js';
import { startOwnRedis, type OwnRedis } from './support/own-redis.js';
import { resultLines } from './support/out-dir.js';
import { waitFor } from './support/wait.js';

const SEED_DOCX = 'fixtures/docs/slutrapport-trisam-gavle.docx';
const DOWN = 'redis-down';
const BACK = 'redis-back';

let dir: string;
let redis: OwnRedis;
const clis: RunningCli[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rk-outage-'));
  redis = await startOwnRedis();
});

afterAll(async () => {
  await killAll(clis);
  await redis.stop();
  await rm(dir, { recursive: true, force: true });
});

/** Every stderr line as pino JSON (a stack trace printed raw would not parse), from the given offset. */
function logLines(stderr: string, from = 0): Array<{ level: number; msg: string; event?: string } & Record<string, unknown>> {
  return stderr
    .slice(from)
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { level: number; msg: string });
}

describe('quiet under faults', () => {
  it('a Redis outage is one warning when it starts and one when it ends, in the worker and the watcher; work goes on after it', async () => {
    const out = join(dir, 'out');
    const inbox = join(dir, 'inbox');
    await mkdir(inbox);
    const env = queueEnv({ REDIS_URL: redis.url });
    const worker = startCli(['worker', '--out', out], env);
    const watcher = startCli(['watch', inbox, '--out', out], env);
    clis.push(worker, watcher);
    await worker.logged('worker-ready', 1, 90_000);
    await watcher.logged('watching-inbox', 1, 90_000);
    const before = [worker.stderr().length, watcher.stderr().length] as const;

    await redis.stop();
    await worker.logged(DOWN, 1, 60_000);
    await watcher.logged(DOWN, 1, 60_000);
    // Long enough for a reconnect attempt every quarter to two seconds, and BullMQ's own retries.
    await sleep(8_000);
    await redis.start();
    await worker.logged(BACK, 1, 60_000);
    await watcher.logged(BACK, 1, 60_000);

    await copyFile(SEED_DOCX, join(inbox, 'Slutrapport.docx'));
    await waitFor('the result after the outage', async () => (await resultLines(out)).length === 1, 90_000);

    for (const [cli, from] of [
      [worker, before[0]],
      [watcher, before[1]],
    ] as const) {
      const warnings = logLines(cli.stderr(), from).filter((line) => line.level >= 40 && line.event !== 'alert');
      expect(warnings.map((line) => line.event)).toEqual([DOWN, BACK]);
      expect(warnings[0]?.msg).toBe('Redis nås inte: väntar på att den kommer tillbaka (dokumenten i inkorgen och kön väntar också)');
      expect(warnings[1]).toMatchObject({ redis: redis.url });
      expect(JSON.stringify(warnings)).not.toContain('    at ');
      expect(cli.stderr()).not.toContain('maxmemory');
    }
  }, 300_000);

  it('warns once at start when Redis may evict keys (maxmemory-policy not noeviction)', async () => {
    const evicting = await startOwnRedis({ maxmemoryPolicy: 'allkeys-lru' });
    try {
      const worker = startCli(['worker', '--out', join(dir, 'evicting-out')], queueEnv({ REDIS_URL: evicting.url }));
      clis.push(worker);
      await worker.logged('worker-ready', 1, 90_000);
      // BullMQ prints its own raw "IMPORTANT! Eviction policy…" line too; ours is the log line that says what to do.
      const json = worker
        .stderr()
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .join('\n');
      const warnings = logLines(json).filter((line) => line.level >= 40);
      expect(warnings).toMatchObject([{ maxmemoryPolicy: 'allkeys-lru', redis: evicting.url }]);
      expect(warnings[0]).toMatchObject({ event: 'redis-may-evict' });
      expect(warnings[0]?.msg).toMatch(/^Redis kan kasta nycklar \(maxmemory-policy är inte noeviction\)/);
      worker.child.kill('SIGTERM');
      expect(await worker.exited).toBe(0);
    } finally {
      await evicting.stop();
    }
  }, 180_000);
});
