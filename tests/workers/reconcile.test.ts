/**
 * Defect 10: what was processed is known from the out folder's results, not from Redis. The queue
 * is emptied and replaced under a real fleet (real Redis, a queue name per run): nothing known is
 * read again, nothing is lost, and a fresh out folder beside a queue that saw the files before
 * gets its own results.
 */
import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256, variantOf } from '../bench/document-variants.js';
import { dropQueue, killAll, queueEnv, runCli, startCli, testQueue, type RunningCli } from './support/cli.js';
import { alertLines, filesUnder, resultLines } from './support/out-dir.js';
import { waitFor } from './support/wait.js';

const SEED_DOCX = 'fixtures/docs/slutrapport-trisam-gavle.docx';
const LONG = 120_000;

const firstEnv = queueEnv();
const secondEnv = queueEnv();
const queues: Queue[] = [testQueue(firstEnv), testQueue(secondEnv)];
const clis: RunningCli[] = [];
let dir: string;
let inbox: string;
let out: string;
const doc: Record<'a' | 'b' | 'c' | 'd', Buffer> = { a: Buffer.alloc(0), b: Buffer.alloc(0), c: Buffer.alloc(0), d: Buffer.alloc(0) };

async function startFleet(env: Record<string, string>, inboxDir: string, outDir: string): Promise<RunningCli[]> {
  const fleet = [startCli(['worker', '--out', outDir], env), startCli(['watch', inboxDir, '--out', outDir], env)];
  clis.push(...fleet);
  await Promise.all([fleet[0]?.logged('worker-ready', 1, LONG), fleet[1]?.logged('watching-inbox', 1, LONG)]);
  return fleet;
}

async function stopFleet(fleet: RunningCli[]): Promise<void> {
  for (const cli of fleet) cli.child.kill('SIGTERM');
  await Promise.all(fleet.map((cli) => cli.exited));
}

const linesOf = async (outDir: string, sha: string): Promise<number> => (await resultLines(outDir)).filter((result) => result.source.sha256 === sha).length;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rk-reconcile-'));
  inbox = join(dir, 'inkorg');
  out = join(dir, 'ut');
  await mkdir(inbox);
  const seed = await readFile(SEED_DOCX);
  for (const name of Object.keys(doc) as Array<keyof typeof doc>) doc[name] = variantOf(seed, `reconcile ${name}`);
});

afterAll(async () => {
  await killAll(clis);
  for (const queue of queues) await dropQueue(queue);
  await rm(dir, { recursive: true, force: true });
});

describe('the out folder, not Redis, says what was done', () => {
  it('Redis emptied and a new queue name: the known is not read again, a spooled copy whose job was lost is queued again, new files are taken', async () => {
    const first = await startFleet(firstEnv, inbox, out);
    await writeFile(join(inbox, 'A.docx'), doc.a);
    await writeFile(join(inbox, 'B.docx'), doc.b);
    await waitFor('A and B processed', async () => (await filesUnder(join(out, 'processed'))).length === 2, LONG);
    await stopFleet(first);
    // Redis loses the queue; the out folder keeps its results. Left in the spool: a copy whose
    // job went with Redis (C), and a copy of a document that has its result (A).
    await queues[0]?.obliterate({ force: true });
    const spool = join(out, 'spool');
    const longAgo = new Date(Date.now() - 10 * 60_000);
    for (const bytes of [doc.c, doc.a]) {
      await writeFile(join(spool, `${sha256(bytes)}.docx`), bytes);
      await utimes(join(spool, `${sha256(bytes)}.docx`), longAgo, longAgo);
    }

    const reconciled = await runCli(['reconcile', '--out', out], secondEnv);
    expect(reconciled.code, reconciled.stderr).toBe(0);
    expect(reconciled.stdout).toBe('spool: 1 borttagna (klara), 1 köade igen, 0 fortfarande i kö, 0 tillfälliga kopior borttagna\n');

    const second = await startFleet(secondEnv, inbox, out);
    await waitFor('C processed from the spool', async () => (await linesOf(out, sha256(doc.c))) === 1, LONG);
    // A again under another name: known from its result, a duplicate, not read again. D is new.
    await writeFile(join(inbox, 'A kopia.docx'), doc.a);
    await writeFile(join(inbox, 'D.docx'), doc.d);
    await waitFor('the inbox emptied', async () => (await filesUnder(inbox)).length === 0 && (await filesUnder(join(out, 'processed'))).length === 4, LONG);
    await waitFor('the spool emptied', async () => (await filesUnder(spool)).length === 0, LONG);

    for (const bytes of Object.values(doc)) expect(await linesOf(out, sha256(bytes))).toBe(1);
    expect((await resultLines(out)).find((result) => result.source.sha256 === sha256(doc.c))?.source.path).toBe(join(spool, `${sha256(doc.c)}.docx`));
    const duplicates = (await alertLines(out)).filter((alert) => alert.type === 'duplicate');
    expect(duplicates.map((alert) => [alert.document.path, alert.duplicateOf])).toEqual([[join(inbox, 'A kopia.docx'), join(inbox, 'A.docx')]]);
    expect((await queues[1]?.getJobCounts('completed'))?.completed).toBe(2);
    await stopFleet(second);
  }, 600_000);

  it('a fresh out folder beside a queue that completed the same bytes before: they are read again into it, not filed without a result', async () => {
    const freshInbox = join(dir, 'inkorg-2');
    const freshOut = join(dir, 'ut-2');
    await mkdir(freshInbox);
    const fleet = await startFleet(secondEnv, freshInbox, freshOut);
    await writeFile(join(freshInbox, 'D.docx'), doc.d);
    await waitFor('D in the fresh processed/', async () => (await filesUnder(join(freshOut, 'processed'))).includes('D.docx'), LONG);
    const results = await resultLines(freshOut);
    expect(results.map((result) => [result.source.sha256, result.source.path])).toEqual([[sha256(doc.d), join(freshInbox, 'D.docx')]]);
    expect(await filesUnder(join(freshOut, 'results'))).toEqual([`${sha256(doc.d)}.json`]);
    expect((await alertLines(freshOut)).filter((alert) => alert.type === 'duplicate')).toEqual([]);
    await stopFleet(fleet);
  }, 600_000);
});
