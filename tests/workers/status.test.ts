import { Queue } from 'bullmq';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HealthReport } from '../../workers/health.js';
import { killAll, queueEnv, runCli, startCli, type RunningCli } from './support/cli.js';
import { startOwnRedis, type OwnRedis } from './support/own-redis.js';
import { filesUnder } from './support/out-dir.js';
import { waitFor } from './support/wait.js';
import { reservePort } from './support/webhook-server.js';

/** Not a report: a PDF header and nothing readable, so the document fails as a document. */
const BAD_PDF = Buffer.from('%PDF-1.7\nthis is not a PDF body\n%%EOF\n');

let dir: string;
let redis: OwnRedis;
let env: Record<string, string>;
const clis: RunningCli[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rk-status-'));
  redis = await startOwnRedis();
  env = queueEnv({ REDIS_URL: redis.url, RAPPORTKOLL_HEARTBEAT_MS: '300', RAPPORTKOLL_ATTEMPTS: '1' });
});

afterAll(async () => {
  await killAll(clis);
  await redis.stop();
  await rm(dir, { recursive: true, force: true });
});

async function status(args: string[], extra: Record<string, string> = {}): Promise<{ code: number | string; report: HealthReport & Record<string, unknown> }> {
  const run = await runCli(['status', '--json', ...args], { ...env, ...extra });
  return { code: run.code, report: run.stdout ? (JSON.parse(run.stdout) as HealthReport & Record<string, unknown>) : (null as never) };
}

/** Polls status until it exits with `code`. */
function statusUntil(code: number, args: string[], extra: Record<string, string> = {}): Promise<HealthReport & Record<string, unknown>> {
  return waitFor(
    `status exit ${code}`,
    async () => {
      const run = await status(args, extra);
      return run.code === code ? run.report : undefined;
    },
    60_000,
  );
}

describe('rapportkoll status: a health check with its own exit status', () => {
  it('queue mode: degraded without a worker, ok with a live one and a bad document, degraded after a non-document failure and when the worker dies, 3 when Redis stops', async () => {
    const out = join(dir, 'queue-out');
    const noWorker = await status(['--out', out]);
    expect(noWorker.code).toBe(4);
    expect(noWorker.report).toMatchObject({ mode: 'queue', health: 'degraded', workers: [], waiting: 0 });
    expect(noWorker.report.problems).toEqual(['no live worker: start `rapportkoll worker`']);

    const worker = startCli(['worker', '--out', out], env);
    clis.push(worker);
    await worker.logged('worker-ready', 1, 90_000);
    const live = await statusUntil(0, ['--out', out]);
    expect(live.workers).toHaveLength(1);
    expect(live.workers[0]).toMatchObject({ role: 'worker', pid: worker.child.pid });

    // A bad document is a failed result: normal work, not degradation.
    await writeFile(join(dir, 'broken.pdf'), BAD_PDF);
    expect((await runCli(['enqueue', join(dir, 'broken.pdf'), '--out', out], env)).code).toBe(0);
    await waitFor('the failed result', async () => (await filesUnder(join(out, 'results'))).length === 1);
    const afterBadDocument = await status(['--out', out]);
    expect(afterBadDocument.code).toBe(0);
    expect(afterBadDocument.report.failedInWindow).toMatchObject({ windowMinutes: 60, documents: 1, other: [] });
    expect(afterBadDocument.report.lastAlert).toMatchObject({ type: 'failed', path: join(dir, 'broken.pdf') });

    // A job whose spooled copy never appears fails for a reason other than the document.
    const queue = new Queue(env.RAPPORTKOLL_QUEUE ?? '', { connection: { url: redis.url }, prefix: 'rapportkoll' });
    const sha256 = 'a'.repeat(64);
    await queue.add(
      'document',
      {
        sha256,
        spoolFile: `spool/${sha256}.pdf`,
        originalPath: '/inbox/never-there.pdf',
        bytes: 10,
        enqueuedAt: new Date().toISOString(),
        enqueuedBy: 'test:1',
      },
      { jobId: sha256, attempts: 1 },
    );
    await queue.close();
    const afterJobFailure = await statusUntil(4, ['--out', out]);
    expect(afterJobFailure.problems).toEqual(['1 job failed in the last 60 min for a reason other than the document']);
    expect(afterJobFailure.failedInWindow.other).toMatchObject([{ sha256, path: '/inbox/never-there.pdf' }]);
    expect(afterJobFailure.failedInWindow.other[0]?.reason).toContain('går inte att läsa');
    expect(afterJobFailure.failedInWindow.documents).toBe(1);

    worker.child.kill('SIGKILL');
    await worker.exited;
    await writeFile(join(dir, 'waiting.pdf'), Buffer.concat([BAD_PDF, Buffer.from('other bytes')]));
    expect((await runCli(['enqueue', join(dir, 'waiting.pdf'), '--out', out], env)).code).toBe(0);
    const dead = await waitFor('no live worker', async () => {
      const run = await status(['--out', out]);
      return run.report.workers.length === 0 ? run : undefined;
    });
    expect(dead.code).toBe(4);
    expect(dead.report.problems).toContain('no live worker: start `rapportkoll worker`');
    expect(dead.report.oldestWaiting).toMatchObject({ path: join(dir, 'waiting.pdf') });
    expect(dead.report.waiting).toBe(1);

    const text = await runCli(['status', '--out', out], env);
    expect(text.code).toBe(4);
    expect(text.stdout).toMatch(/^hälsa {11}nedsatt: ingen levande arbetare/m);
    expect(text.stdout).toMatch(/^äldst i kö {6}.*waiting\.pdf/m);

    await redis.stop();
    const down = await runCli(['status', '--out', out], env);
    expect(down.code).toBe(3);
    expect(down.stderr).toContain(`når inte Redis på ${redis.url}`);
    await redis.start();
  }, 300_000);

  it('--embedded: from the out folder alone, without Redis; ok while `watch --embedded` beats, its bad document is no degradation, degraded once it is killed', async () => {
    const out = join(dir, 'embedded-out');
    const inbox = join(dir, 'embedded-inbox');
    await mkdir(inbox);
    const noRedis = { REDIS_URL: `redis://127.0.0.1:${await reservePort()}` };
    expect((await status(['--embedded', '--out', out], noRedis)).code).toBe(4);

    const watcher = startCli(['watch', inbox, '--out', out, '--embedded'], { ...env, ...noRedis });
    clis.push(watcher);
    await watcher.logged('watching-inbox', 1, 90_000);
    await writeFile(join(inbox, 'broken.pdf'), BAD_PDF);
    await waitFor('the failed result', async () => (await filesUnder(join(out, 'results'))).length === 1);
    const live = await statusUntil(0, ['--embedded', '--out', out], noRedis);
    expect(live).toMatchObject({ mode: 'embedded', health: 'ok', problems: [], failedInWindow: { documents: 1, other: [] } });
    expect(live.workers).toMatchObject([{ role: 'embedded-watch', pid: watcher.child.pid }]);
    expect(live.lastAlert).toMatchObject({ type: 'failed' });

    watcher.child.kill('SIGKILL');
    await watcher.exited;
    const dead = await statusUntil(4, ['--embedded', '--out', out], noRedis);
    expect(dead.problems).toEqual(['no live `watch --embedded` on this out folder']);
  }, 300_000);
});
