/**
 * `extract --out` interrupted for real — SIGKILL and SIGINT mid-run — leaves only valid files, and
 * `--resume` then writes exactly what an uninterrupted run writes: nothing twice, nothing missing.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { DocumentResult, SCHEMA_VERSION } from '../../schemas/result.js';
import { CLI, ROOT, runCli } from '../cli/support/run-cli.js';
import { useScratchDir } from '../cli/support/temp-dir.js';
import { allFiles, loadResults, outputBytes } from './support/out-folder.js';

const INPUTS = [
  'fixtures/docs/slutrapport-trisam-gavle.docx',
  'fixtures/docs/bad/image.png',
  'fixtures/docs/slutrapport-clean.docx',
  'fixtures/docs/slutrapport-english.docx',
  'fixtures/docs/cross-document/arsredovisning-norrsken-2021.docx',
  'fixtures/docs/slutrapport-pagebreak.docx',
  'fixtures/docs/slutrapport-planted.docx',
  'fixtures/docs/cross-document/slutrapport-norrsken-arbetslinjen.docx',
  'fixtures/docs/slutrapport-typed-cells.docx',
  'fixtures/docs/slutrapport-trisam-gavle.pdf',
  'fixtures/docs/cross-document/arsredovisning-norrsken-2022.docx',
  'fixtures/docs/slutrapport-clean.pdf',
  'fixtures/docs/cross-document/slutrapport-norrsken-nya-steg.docx',
  'fixtures/docs/slutrapport-english.pdf',
  // The same bytes twice under one path: a result per input, the document read once.
  'fixtures/docs/slutrapport-clean.docx',
];

const scratch = useScratchDir();
let uninterrupted: Record<string, string>;

beforeAll(async () => {
  const run = await runCli(['extract', ...INPUTS, '--out', join(scratch(), 'uninterrupted'), '--concurrency', '2']);
  expect(run.code, run.stderr).toBe(0);
  uninterrupted = await outputBytes(join(scratch(), 'uninterrupted'));
}, 120_000);

/** Starts `extract --out` and interrupts it with `signal` once `after` results are stored. */
async function interrupted(
  out: string,
  signal: NodeJS.Signals,
  after: number,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; storedAtSignal: number }> {
  const child = spawn(process.execPath, [CLI, 'extract', ...INPUTS, '--out', out, '--concurrency', '2'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('exit', (code, exitSignal) => resolve([code, exitSignal])));
  let stored = 0;
  while (stored < after && child.exitCode === null) {
    await sleep(10);
    stored = (await readdir(join(out, 'results')).catch(() => [])).filter((name) => name.endsWith('.json')).length;
  }
  child.kill(signal);
  const [code, exitSignal] = await exited;
  return { code, signal: exitSignal, stderr, storedAtSignal: stored };
}

/** Every file an interrupted run leaves outside its temp folder is whole and valid. */
async function expectAllValid(out: string): Promise<void> {
  for (const file of await allFiles(out)) {
    if (file.startsWith('.tmp/')) continue;
    const text = await readFile(join(out, file), 'utf8');
    if (file.startsWith('results/')) {
      const result = DocumentResult.parse(JSON.parse(text));
      expect(file).toBe(`results/${result.source.sha256}.json`);
    } else if (file === 'run.json') {
      expect(JSON.parse(text)).toMatchObject({ schemaVersion: SCHEMA_VERSION, redact: false });
    } else {
      throw new Error(`an interrupted first run wrote ${file}`);
    }
  }
}

describe('extract --out, interrupted and resumed', () => {
  it('killed with SIGKILL mid-run: every file valid; --resume reads only the rest and writes the same bytes', async () => {
    const out = join(scratch(), 'killed');
    const killed = await interrupted(out, 'SIGKILL', 3);
    expect(killed.signal, killed.stderr).toBe('SIGKILL');
    const storedFiles = await readdir(join(out, 'results'));
    const stored = storedFiles.length;
    // Really mid-run: some results stored, not all, and none of the final files.
    expect(stored).toBeGreaterThanOrEqual(3);
    expect(stored).toBeLessThan(new Set(INPUTS).size);
    expect(existsSync(join(out, 'results.jsonl'))).toBe(false);
    await expectAllValid(out);

    const resumed = await runCli(['extract', ...INPUTS, '--out', out, '--concurrency', '2', '--resume']);
    expect(resumed.code, resumed.stderr).toBe(0);
    const shas = await Promise.all(
      INPUTS.map(async (path) =>
        createHash('sha256')
          .update(await readFile(join(ROOT, path)))
          .digest('hex'),
      ),
    );
    const reused = shas.filter((sha) => storedFiles.includes(`${sha}.json`)).length;
    expect(resumed.stderr).toContain(`${reused} resultat återanvända från en tidigare körning (--resume)`);
    expect(await outputBytes(out)).toEqual(uninterrupted);
    expect((await loadResults(out)).map((result) => result.source.path)).toEqual(INPUTS);
    expect(await allFiles(out)).not.toContainEqual(expect.stringMatching(/^\.tmp\//));
  }, 120_000);

  it('Ctrl-C (SIGINT): stops at once with status 130 and says how to go on; --resume completes it', async () => {
    const out = join(scratch(), 'ctrl-c');
    const stopped = await interrupted(out, 'SIGINT', 2);
    expect(stopped.code, `signal ${String(stopped.signal)}; stderr: ${stopped.stderr}`).toBe(130);
    expect(stopped.stderr).toContain('SIGINT: avbryter; resultaten hittills sparas — kör samma kommando med --resume för att fortsätta');
    expect(stopped.stderr).not.toContain('körningen stoppades');
    await expectAllValid(out);
    const resumed = await runCli(['extract', ...INPUTS, '--out', out, '--resume', '--quiet']);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(await outputBytes(out)).toEqual(uninterrupted);
  }, 120_000);

  it('--resume over a complete run reads no document again and rewrites the same files', async () => {
    const out = join(scratch(), 'uninterrupted');
    const again = await runCli(['extract', ...INPUTS, '--out', out, '--resume']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain(`${INPUTS.length} resultat återanvända från en tidigare körning (--resume)`);
    expect(again.stderr).not.toMatch(/image\.png: unsupported-format/);
    expect(await outputBytes(out)).toEqual(uninterrupted);
  }, 60_000);

  it('--resume refuses results made with other options; without --resume the folder starts afresh', async () => {
    const out = join(scratch(), 'uninterrupted');
    const refused = await runCli(['extract', ...INPUTS, '--out', out, '--resume', '--redact']);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim()).toBe(
      `rapportkoll: kan inte --resume i ${out}: de gjordes utan --redact; använd samma val, eller kör utan --resume för att börja om`,
    );

    const fresh = await runCli(['extract', INPUTS[0] ?? '', '--out', out, '--quiet']);
    expect(fresh.code, fresh.stderr).toBe(0);
    expect(await readdir(join(out, 'results'))).toHaveLength(1);
    expect((await loadResults(out)).map((result) => result.source.path)).toEqual([INPUTS[0]]);
  }, 60_000);

  it('--resume refuses a folder whose messages are in another language: one run, one language', async () => {
    const out = join(scratch(), 'language');
    const english = await runCli(['extract', INPUTS[0] ?? '', '--out', out, '--quiet', '--lang', 'en']);
    expect(english.code, english.stderr).toBe(0);
    const refused = await runCli(['extract', INPUTS[0] ?? '', '--out', out, '--resume', '--quiet']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('deras meddelanden är på ett annat språk (--lang en)');
    const again = await runCli(['extract', INPUTS[0] ?? '', '--out', out, '--resume', '--quiet', '--lang', 'en']);
    expect(again.code, again.stderr).toBe(0);
  }, 60_000);

  it('--resume makes again the results another rapportkoll or rules version made, and reuses the rest', async () => {
    const out = join(scratch(), 'versions');
    const inputs = INPUTS.slice(0, 4);
    const first = await runCli(['extract', ...inputs, '--out', out, '--quiet']);
    expect(first.code, first.stderr).toBe(0);
    const current = await outputBytes(out);
    const shas = await Promise.all(
      inputs.map(async (path) =>
        createHash('sha256')
          .update(await readFile(join(ROOT, path)))
          .digest('hex'),
      ),
    );
    // An upgrade since: one result made by an older rapportkoll, one by older rules, one at an older schema version.
    const olderBy: Array<Record<string, unknown>> = [{ rapportkollVersion: '0.0.1' }, { rulesVersion: 1 }, { schemaVersion: 1 }];
    for (const [index, older] of olderBy.entries()) {
      const file = join(out, 'results', `${shas[index] ?? ''}.json`);
      await writeFile(file, JSON.stringify({ ...(JSON.parse(await readFile(file, 'utf8')) as object), ...older }, null, 2));
    }
    const runJson = join(out, 'run.json');
    await writeFile(runJson, JSON.stringify({ ...(JSON.parse(await readFile(runJson, 'utf8')) as object), schemaVersion: 1, rapportkoll: '0.0.1' }));

    const resumed = await runCli(['extract', ...inputs, '--out', out, '--resume']);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stderr).toContain('2 resultat från en annan version av rapportkoll eller reglerna gjordes om (--resume)');
    expect(resumed.stderr).toContain('1 resultat återanvända från en tidigare körning (--resume)');
    expect(await outputBytes(out)).toEqual(current);
  }, 120_000);

  it('--resume and --csv-delimiter need --out; --format is for stdout only', async () => {
    for (const [args, says] of [
      [['--resume'], '--resume kräver --out <mapp>'],
      [['--csv-delimiter', ';'], '--csv-delimiter kräver --out <mapp>'],
      [['--out', join(scratch(), 'x'), '--format', 'json'], '--format gäller stdout; med --out hamnar resultaten i results.jsonl'],
    ] as const) {
      const run = await runCli(['extract', INPUTS[1] ?? '', ...args]);
      expect(run.code).toBe(2);
      expect(run.stderr.trim()).toBe(`rapportkoll: ${says}`);
    }
    const bad = await runCli(['extract', INPUTS[1] ?? '', '--out', join(scratch(), 'x'), '--csv-delimiter', '|']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('väntade "," eller ";" eller "tab".');
  }, 60_000);
});
