/**
 * Issue 14, defects 7 and 8 as guarantees of `watch --embedded`: one document, one result, one
 * alert, whatever the timing of the writes that bring it — a slow copy with a pause longer than the
 * stability window, an editor's save that truncates and writes again, a rename into the inbox, the
 * same bytes dropped twice at once — and a file overwritten after it was taken is two documents:
 * processed/ never holds bytes without their result. (The queue mode's side: tests/workers/queue-mode.test.ts.)
 */
import { mkdir, mkdtemp, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256 as sha, variantOf } from '../bench/document-variants.js';
import { alertLines, filesUnder, resultLines } from '../workers/support/out-dir.js';
import { expectFiledAsNamesTheFile } from '../workers/support/filed-as.js';
import { waitFor } from '../workers/support/wait.js';
import { startWatch, type RunningWatch } from './support/embedded-watch.js';

const DOCX = 'fixtures/docs/slutrapport-trisam-gavle.docx';
const BIG_PDF = 'fixtures/docs/arsredovisning-gavleborg-2021.pdf';

let dir: string;
let inbox: string;
let out: string;
let watch: RunningWatch | null = null;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rk-one-result-'));
  inbox = join(dir, 'inkorg');
  out = join(dir, 'ut');
  await mkdir(inbox);
  watch = await startWatch(inbox, out);
});
afterEach(async () => {
  await watch?.service.close();
  await rm(dir, { recursive: true, force: true });
});

/** Each processed file's bytes have their result, and each document has one result and at most one alert id. */
async function expectOneResultEach(expected: Buffer[]): Promise<void> {
  const results = await resultLines(out);
  const shas = results.map((result) => result.source.sha256);
  for (const bytes of expected)
    expect(
      shas.filter((value) => value === sha(bytes)),
      `one result for ${sha(bytes).slice(0, 12)}`,
    ).toHaveLength(1);
  for (const name of await filesUnder(join(out, 'processed'))) {
    expect(shas, `processed/${name} has its result`).toContain(sha(await readFile(join(out, 'processed', name))));
  }
  const ids = (await alertLines(out)).map((alert) => alert.alertId);
  expect(new Set(ids).size).toBe(ids.length);
}

describe('one document, one result, one alert, whatever the timing', () => {
  it('slow copy with a long pause, an editor save (truncate, write again), a rename in, the same bytes twice at once', async () => {
    const seed = await readFile(DOCX);
    const [slow, saved, renamed, twice] = ['slow', 'saved', 'renamed', 'twice'].map((label) => variantOf(seed, label)) as [Buffer, Buffer, Buffer, Buffer];

    const writing = (async () => {
      const handle = await open(join(inbox, 'långsam.docx'), 'w');
      const chunk = Math.ceil(slow.length / 5);
      for (let at = 0, n = 0; at < slow.length; at += chunk, n += 1) {
        await handle.write(slow.subarray(at, at + chunk));
        await sleep(n === 2 ? 1_500 : 60);
      }
      await handle.close();
    })();
    await writeFile(join(inbox, 'sparad.docx'), saved.subarray(0, 2_000));
    await sleep(80);
    await writeFile(join(inbox, 'sparad.docx'), saved);
    await writeFile(join(dir, 'utanför.docx'), renamed);
    await rename(join(dir, 'utanför.docx'), join(inbox, 'flyttad.docx'));
    await Promise.all([writeFile(join(inbox, 'två gånger.docx'), twice), writeFile(join(inbox, 'två gånger kopia.docx'), twice)]);
    await writing;

    await waitFor('the inbox emptied', async () => (await filesUnder(inbox)).length === 0, 60_000);
    await expectOneResultEach([slow, saved, renamed, twice]);
    expect(await filesUnder(join(out, 'failed'))).toEqual([]);
    const duplicates = (await alertLines(out)).filter((alert) => alert.type === 'duplicate');
    expect(duplicates).toHaveLength(1);
  }, 120_000);

  it("an alert's filedAs names the file in processed/ once the watcher is done, also when a different document's file had that name", async () => {
    await expectFiledAsNamesTheFile({ inbox, out }, DOCX);
  }, 120_000);

  it('a file overwritten after it was taken: the new bytes get their result, the old ones keep theirs if they were read whole, processed/ holds no bytes without one', async () => {
    const first = await readFile(BIG_PDF);
    const second = variantOf(await readFile(DOCX), 'overwritten');
    await writeFile(join(inbox, 'Årsredovisning.pdf'), first);
    await waitFor(
      'the report taken into the spool',
      async () => (await filesUnder(join(out, 'spool'))).length > 0 || (await resultLines(out)).length > 0,
      60_000,
    );
    await writeFile(join(inbox, 'Årsredovisning.pdf'), second);

    await waitFor(
      'the new bytes done and the inbox empty',
      async () => (await resultLines(out)).some((result) => result.source.sha256 === sha(second)) && (await filesUnder(inbox)).length === 0,
      60_000,
    );
    await expectOneResultEach([second]);
    // The old bytes have one result when they were copied whole before the overwrite, none when the
    // overwrite came during the copy (they no longer exist anywhere); never a mix of the two.
    const shas = (await resultLines(out)).map((result) => result.source.sha256);
    expect(shas.filter((value) => value === sha(first)).length).toBeLessThanOrEqual(1);
    expect(shas.filter((value) => value !== sha(first) && value !== sha(second))).toEqual([]);
  }, 120_000);
});
