/**
 * `extract --out` over a folder of hostile inputs and good reports, as a researcher pointing it at
 * files from the web: every good document has its result, every bad one failed with a reason, the
 * run's peak memory stays far below what the bomb alone took before (2–7 GB), and --resume finishes.
 */
import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Limits } from '../../schemas/config.js';
import { CLI, ROOT, runCli } from '../cli/support/run-cli.js';
import { loadResults } from '../export/support/out-folder.js';
import { compressionBomb, pagesPdf, textContent } from './support/raw-pdf.js';

const MB = 1024 * 1024;
/** The run's memory ceiling, the configured limit (limits.maxMemoryMb, default 1 GB): the bomb alone took 2–7 GB before. */
const MEMORY_LIMIT = Limits.parse({}).maxMemoryMb * MB;
const PAGE = textContent(['Slutrapport för projektet Arbetslinjen', 'Projektet har pågått under tre år och nått sina mål.']);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rk-hostile-folder-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs the CLI and samples its peak RSS (VmHWM, worker threads included) from /proc. */
function runMeasured(args: string[]): Promise<{ code: number | null; stderr: string; peakRss: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let peakRss = 0;
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const sample = setInterval(() => {
      readFile(`/proc/${child.pid}/status`, 'utf8')
        .then((status) => {
          const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
          peakRss = Math.max(peakRss, kb * 1024);
        })
        .catch(() => undefined);
    }, 50);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sample);
      resolve({ code, stderr, peakRss });
    });
  });
}

describe('extract --out over hostile and good documents', () => {
  it('good ones have results, bad ones failed with a reason, memory stays low, --resume finishes', async () => {
    const inbox = join(dir, 'in');
    await mkdir(inbox);
    await writeFile(join(inbox, 'bomb.pdf'), pagesPdf([compressionBomb(4096)], { contentFilter: 'FlateDecode' }));
    await writeFile(join(inbox, 'negative-count.pdf'), pagesPdf([PAGE], { count: -5 }));
    await writeFile(join(inbox, 'long-line.pdf'), pagesPdf([Buffer.from(`BT /F1 10 Tf 50 800 Td ${'(ab) Tj '.repeat(200_000)}ET`, 'latin1')]));
    await writeFile(join(inbox, 'trasig\nrapportkoll: allt gick bra.pdf'), 'inte en pdf');
    await copyFile(join(ROOT, 'fixtures/docs/bad/zip-bomb.docx'), join(inbox, 'zip-bomb.docx'));
    await copyFile(join(ROOT, 'fixtures/docs/bad/truncated.pdf'), join(inbox, 'truncated.pdf'));
    await copyFile(join(ROOT, 'fixtures/docs/slutrapport-clean.docx'), join(inbox, 'slutrapport-clean.docx'));
    await copyFile(join(ROOT, 'fixtures/docs/arsredovisning-gavleborg-2021.pdf'), join(inbox, 'arsredovisning-gavleborg-2021.pdf'));
    const out = join(dir, 'out');
    const run = await runMeasured(['extract', inbox, '--out', out, '--concurrency', '2']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.peakRss).toBeGreaterThan(0);
    expect(run.peakRss).toBeLessThan(MEMORY_LIMIT);
    const byName = Object.fromEntries((await loadResults(out)).map((result) => [result.source.path.slice(inbox.length + 1), result]));
    expect(Object.fromEntries(Object.entries(byName).map(([name, result]) => [name, result.status === 'ok' ? 'ok' : result.error?.code]))).toEqual({
      'arsredovisning-gavleborg-2021.pdf': 'ok',
      'bomb.pdf': 'too-large',
      'long-line.pdf': 'ok',
      'negative-count.pdf': 'corrupt',
      'slutrapport-clean.docx': 'ok',
      'trasig\nrapportkoll: allt gick bra.pdf': 'corrupt',
      'truncated.pdf': 'corrupt',
      'zip-bomb.docx': 'too-large',
    });
    for (const result of Object.values(byName)) if (result.status === 'failed') expect(result.error.message.length).toBeGreaterThan(20);
    expect(run.stderr.split('\n').filter((line) => line.startsWith('rapportkoll: allt gick bra'))).toEqual([]);
    const resumed = await runCli(['extract', inbox, '--out', out, '--resume', '--concurrency', '2']);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(await loadResults(out)).toHaveLength(8);
  }, 300_000);
});
