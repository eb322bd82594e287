/**
 * Queue mode with the out folder on another file system than the inbox (a tmpfs), where every move
 * to processed/ or failed/ is a copy: 50 files dropped at once under a real fleet (real Redis, a
 * queue of its own) each end once where they belong, with one result, no duplicate alert and
 * nothing left behind in the spool or as temp files.
 */
import type { Queue } from 'bullmq';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sha256, variantOf } from '../bench/document-variants.js';
import { dropQueue, killAll, queueEnv, startCli, testQueue, type RunningCli } from '../workers/support/cli.js';
import { alertLines, filesUnder, resultLines } from '../workers/support/out-dir.js';
import { waitFor } from '../workers/support/wait.js';
import { otherFilesystem } from './support/other-filesystem.js';

const LONG = 300_000;
const other = otherFilesystem();
const env = queueEnv({ RAPPORTKOLL_CONCURRENCY: '2' });
const queue: Queue = testQueue(env);
const clis: RunningCli[] = [];
const made: string[] = [];

afterAll(async () => {
  await killAll(clis);
  await dropQueue(queue);
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

/** Every entry under a folder, hidden ones too, relative to it. */
async function everythingUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => !entry.isDirectory()).map((entry) => relative(directory, join(entry.parentPath, entry.name)));
}

describe.skipIf(!other.available)(`queue mode, out folder on another file system${other.available ? '' : ` — skipped: ${other.reason}`}`, () => {
  it('50 files dropped at once: each moved once, one result each, no duplicate alert, no leak', async () => {
    const inbox = await mkdtemp(join(tmpdir(), 'rk-xfs-queue-inbox-'));
    const out = other.makeDir('rk-xfs-queue-out-');
    made.push(inbox, out);
    const worker = startCli(['worker', '--out', out], env);
    const watcher = startCli(['watch', inbox, '--out', out], env);
    clis.push(worker, watcher);
    await Promise.all([worker.logged('worker-ready', 1, LONG), watcher.logged('watching-inbox', 1, LONG)]);

    const seed = await readFile('fixtures/docs/slutrapport-clean.docx');
    const files = new Map<string, Buffer>();
    for (let i = 1; i <= 40; i += 1) files.set(`Slutrapport ${i}.docx`, variantOf(seed, `xfs ${i}`));
    // Whole-looking but unreadable: failed results, moved to failed/ across the file systems too.
    for (let i = 1; i <= 10; i += 1) files.set(join('trasiga', `Trasig ${i}.pdf`), Buffer.from(`%PDF-1.4\ninte en pdf ${i}\n%%EOF\n`, 'latin1'));
    await mkdir(join(inbox, 'trasiga'));
    await Promise.all([...files].map(([name, bytes]) => writeFile(join(inbox, name), bytes)));

    await waitFor('the inbox emptied', async () => (await filesUnder(inbox)).length === 0, LONG);
    await waitFor(
      'every file moved',
      async () => (await filesUnder(join(out, 'processed'))).length + (await filesUnder(join(out, 'failed'))).length === 50,
      LONG,
    );

    expect((await filesUnder(join(out, 'processed'))).sort()).toEqual([...files.keys()].filter((name) => name.endsWith('.docx')).sort());
    expect((await filesUnder(join(out, 'failed'))).sort()).toEqual([...files.keys()].filter((name) => name.endsWith('.pdf')).sort());
    for (const [name, bytes] of files) {
      const where = name.endsWith('.docx') ? 'processed' : 'failed';
      expect(sha256(await readFile(join(out, where, name)))).toBe(sha256(bytes));
    }
    const results = await resultLines(out);
    expect(results.map((result) => result.source.sha256).sort()).toEqual([...files.values()].map(sha256).sort());
    expect(results.filter((result) => result.status === 'failed')).toHaveLength(10);
    const alerts = await alertLines(out);
    expect(alerts.filter((alert) => alert.type === 'duplicate')).toEqual([]);
    expect(new Set(alerts.map((alert) => alert.alertId)).size).toBe(alerts.length);
    expect(alerts.filter((alert) => alert.type === 'failed')).toHaveLength(10);
    // No leak: the spool is empty and no temp file of a copy or a move is left anywhere.
    expect(await everythingUnder(join(out, 'spool'))).toEqual([]);
    expect((await everythingUnder(out)).filter((path) => /(^|\/)\.[^/]*\.(moving|partial|tmp)$/.test(path))).toEqual([]);
    const counts = await queue.getJobCounts('completed', 'failed', 'waiting', 'active');
    expect(counts).toMatchObject({ completed: 40, failed: 10, waiting: 0, active: 0 });
  }, 600_000);
});
