/**
 * A document that kills the worker processing it (here: the test SIGKILLs every real worker
 * process while it is on that document, as the kernel's OOM killer would) ends `failed` after the
 * allowed stalls, with a failed alert and its spooled copy removed. Real Redis, a queue of its own.
 */
import type { Queue } from 'bullmq';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../bench/document-variants.js';
import { dropQueue, killAll, queueEnv, runCli, startCli, testQueue, type RunningCli } from './support/cli.js';
import { alertLines, filesUnder } from './support/out-dir.js';
import { waitFor } from './support/wait.js';

const LONG = 120_000;
// One stall allowed: the job is given up when it stalls a second time.
const env = queueEnv({ RAPPORTKOLL_MAX_STALLED_COUNT: '1' });
const queue: Queue = testQueue(env);
const clis: RunningCli[] = [];
let dir: string;
let out: string;

/** A long, plain report: reading it takes long enough to be killed in the middle of it. */
async function longReport(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let page = 1; page <= 300; page += 1) {
    const sheet = pdf.addPage([595, 842]);
    for (let line = 0; line < 45; line += 1) {
      sheet.drawText(`Sida ${page}, rad ${line}: verksamheten fortsatte enligt plan med deltagare och samverkan.`, {
        x: 50,
        y: 800 - line * 17,
        size: 10,
        font,
      });
    }
  }
  return Buffer.from(await pdf.save());
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rk-killer-'));
  out = join(dir, 'out');
});

afterAll(async () => {
  await killAll(clis);
  await dropQueue(queue);
  await rm(dir, { recursive: true, force: true });
});

describe('a document that keeps killing its worker', () => {
  it('ends failed with a failed alert after the allowed stalls, its spooled copy removed', async () => {
    const bytes = await longReport();
    const sha = sha256(bytes);
    const path = join(dir, 'lång rapport.pdf');
    await writeFile(path, bytes);
    const enqueued = await runCli(['enqueue', path, '--out', out], env);
    expect(enqueued.code, enqueued.stderr).toBe(0);

    // Every worker that takes the document is killed while on it: twice, for one stall allowed.
    for (let kill = 1; kill <= 2; kill += 1) {
      const worker = startCli(['worker', '--out', out], env);
      clis.push(worker);
      await worker.logged('document-started', 1, LONG);
      expect(worker.stderr()).toContain(sha);
      worker.child.kill('SIGKILL');
      await worker.exited;
    }
    // The next worker finds the job stalled once too often and gives it up without reading it.
    const last = startCli(['worker', '--out', out], env);
    clis.push(last);
    await waitFor('the job failed', async () => (await queue.getJobState(sha)) === 'failed', LONG);
    await waitFor('the failed alert', async () => (await alertLines(out)).some((alert) => alert.type === 'failed'), LONG);

    const alerts = await alertLines(out);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      alertId: `${sha}:failed`,
      type: 'failed',
      severity: 'error',
      document: { path, sha256: sha },
      error: { code: 'job-failed' },
      result: null,
    });
    expect(alerts[0]?.error?.message).toContain('stannade (stoppad, kanske av kärnan för minnets skull) 2 gånger');
    await waitFor('the spool emptied', async () => (await filesUnder(join(out, 'spool'))).length === 0, LONG);
    expect(await filesUnder(join(out, 'results'))).toEqual([]);
    expect(last.stderr()).not.toContain('"event":"document-started"');
    // status names it as a job that failed for a reason other than the document.
    const status = await runCli(['status', '--out', out, '--json'], env);
    expect(status.code).toBe(4);
    expect(JSON.parse(status.stdout)).toMatchObject({ failedInWindow: { documents: 0, other: [{ sha256: sha }] } });
  }, 600_000);
});
