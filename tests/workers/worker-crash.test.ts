import type { Queue } from 'bullmq';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropQueue, killAll, queueEnv, runCli, startCli, testQueue, type RunningCli } from './support/cli.js';
import { filesUnder, resultLines } from './support/out-dir.js';
import { sha256, variantOf } from '../bench/document-variants.js';
import { waitFor } from './support/wait.js';

const SEEDS = ['fixtures/docs/slutrapport-trisam-gavle.docx', 'fixtures/docs/slutrapport-trisam-gavle.pdf'];

const env = queueEnv();
const queue: Queue = testQueue(env);
let dir: string;
let out: string;
const clis: RunningCli[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rk-crash-'));
  out = join(dir, 'out');
});

afterAll(async () => {
  await killAll(clis);
  await dropQueue(queue);
  await rm(dir, { recursive: true, force: true });
});

async function writeVariants(folder: string, labels: string[]): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const shas: string[] = [];
  for (const label of labels) {
    for (const seed of SEEDS) {
      const bytes = variantOf(await readFile(seed), label);
      await writeFile(join(folder, `${label}-${seed.split('/').pop()}`), bytes);
      shas.push(sha256(bytes));
    }
  }
  return shas;
}

function worker(): RunningCli {
  const cli = startCli(['worker', '--out', out], env);
  clis.push(cli);
  return cli;
}

describe('worker fleet faults', () => {
  let survivor: RunningCli;

  it('completes the job of a worker killed with SIGKILL mid-job on another worker, losing nothing', async () => {
    const shas = await writeVariants(join(dir, 'batch-1'), ['a', 'b']);
    const doomed = worker();
    await doomed.logged('worker-ready');
    const enqueued = await runCli(['enqueue', join(dir, 'batch-1'), '--out', out], env);
    expect(enqueued.code).toBe(0);
    expect(enqueued.stdout.split('\n').filter((line) => line.startsWith('queued\t'))).toHaveLength(4);

    await doomed.logged('document-started');
    doomed.child.kill('SIGKILL');
    await doomed.exited;
    expect((await queue.getJobCounts('active')).active).toBe(1);

    survivor = worker();
    // Finished either way: a document the pipeline cannot read is a failed job with a failed result.
    await waitFor(
      'all four jobs finished',
      async () => {
        const counts = await queue.getJobCounts('completed', 'failed');
        return (counts.completed ?? 0) + (counts.failed ?? 0) === 4;
      },
      45_000,
    );
    const results = await resultLines(out);
    // Every failed job is a document with a failed result, none a job lost to the crash.
    const failedDocuments = results.filter((result) => result.status === 'failed').map((result) => result.source.sha256);
    expect((await queue.getFailed()).map((job) => job.id).sort()).toEqual(failedDocuments.sort());
    expect(results.map((result) => result.source.sha256).sort()).toEqual([...shas].sort());
    expect((await filesUnder(join(out, 'results'))).sort()).toEqual(shas.map((sha) => `${sha}.json`).sort());
    expect(await filesUnder(join(out, 'spool'))).toEqual([]);
  }, 90_000);

  it('lets the document in progress finish on SIGTERM and exits 0', async () => {
    await writeVariants(join(dir, 'batch-2'), ['c']);
    const enqueued = await runCli(['enqueue', join(dir, 'batch-2'), '--out', out], env);
    expect(enqueued.code).toBe(0);
    await survivor.logged('document-started', 5);
    survivor.child.kill('SIGTERM');
    expect(await survivor.exited).toBe(0);
    // The document in progress finished (its result is committed); the other one waits for the next worker.
    const counts = await queue.getJobCounts('completed', 'failed', 'waiting', 'active');
    expect({ finished: (counts.completed ?? 0) + (counts.failed ?? 0), waiting: counts.waiting, active: counts.active }).toEqual({
      finished: 5,
      waiting: 1,
      active: 0,
    });
    expect(await resultLines(out)).toHaveLength(5);
    expect(survivor.stderr()).toContain('"event":"shutting-down"');
  }, 60_000);

  it('once it says it is ready, a SIGTERM stops it cleanly (its signal handlers are in place by then)', async () => {
    const fresh = worker();
    await fresh.logged('worker-ready', 1, 60_000);
    fresh.child.kill('SIGTERM');
    expect(await fresh.exited).toBe(0);
    expect(fresh.stderr()).toContain('"event":"shutting-down"');
  }, 120_000);
});
