/**
 * File names come from whoever wrote to the folder. A newline in one forged a line of the stderr
 * summary; a name that is not UTF-8 could not be opened by `extract` and was never taken from the
 * inbox, silently. Control characters are escaped in every message for people (logs are JSON),
 * and a name that is not UTF-8 fails or is set aside with a reason that says so.
 */
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printable } from '../../pipeline/support/printable.js';
import { ROOT, parseResults, runCli } from '../cli/support/run-cli.js';
import { waitFor } from '../workers/support/wait.js';
import { startWatch } from './support/embedded-watch.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rk-names-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const FORGED = 'rapportkoll: 3 documents: 3 ok, 0 failed';
/** "ok\xff\xfe.pdf" as raw bytes: not UTF-8. */
const NOT_UTF8 = Buffer.concat([Buffer.from('rapport-'), Buffer.from([0xff, 0xfe]), Buffer.from('.pdf')]);

describe('printable', () => {
  it('escapes control characters, line separators and bidi overrides, and leaves Swedish text alone', () => {
    expect(printable(`x\n${FORGED}`)).toBe(`x\\n${FORGED}`);
    expect(printable('a\r\tb\u0000\u001b[2Jc\u007f')).toBe('a\\r\\tb\\u{0000}\\u{001b}[2Jc\\u{007f}');
    expect(printable('rapport\u202Efdp.exe')).toBe('rapport\\u{202e}fdp.exe');
    expect(printable('line\u2028break')).toBe('line\\u{2028}break');
    expect(printable('Årsredovisning Gävleborg – förbund.pdf')).toBe('Årsredovisning Gävleborg – förbund.pdf');
  });
});

describe('names in extract', () => {
  it('a newline in a failing file name cannot forge a line of stderr; a name that is not UTF-8 fails saying so', async () => {
    const folder = join(dir, 'extract');
    await mkdir(folder);
    await writeFile(join(folder, `trasig\n${FORGED}.pdf`), 'inte en pdf');
    await writeFile(Buffer.concat([Buffer.from(`${folder}/`), NOT_UTF8]), '%PDF-1.7 inte heller\n%%EOF\n');
    await copyFile(join(ROOT, 'fixtures/docs/slutrapport-clean.docx'), join(folder, 'slutrapport.docx'));
    const run = await runCli(['extract', folder, '--concurrency', '1']);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stderr.split('\n').filter(Boolean);
    expect(lines.filter((line) => line.startsWith(FORGED))).toEqual([]);
    expect(lines.some((line) => line.includes(`trasig\\n${FORGED}.pdf: corrupt`))).toBe(true);
    const results = parseResults(run.stdout);
    expect(results.map((result) => result.status)).toEqual(['failed', 'ok', 'failed']);
    const misnamed = results.find((result) => result.source.path.includes('\uFFFD'));
    expect(misnamed?.error?.message).toMatch(/namn är inte giltig UTF-8/);
  }, 120_000);
});

describe('names in the watched inbox', () => {
  it('a file whose name is not UTF-8 is set aside by its raw bytes, with a reason and a log line', async () => {
    const inbox = join(dir, 'inkorg');
    const out = join(dir, 'ut');
    await mkdir(inbox);
    await writeFile(Buffer.concat([Buffer.from(`${inbox}/`), NOT_UTF8]), '%PDF-1.7\n%%EOF\n');
    const watch = await startWatch(inbox, out);
    try {
      await waitFor('the inbox emptied', async () => (await readdir(inbox)).length === 0, 30_000);
    } finally {
      await watch.service.close();
    }
    expect(await readdir(join(out, 'failed'))).toEqual(['rapport-\uFFFD\uFFFD.pdf']);
    const line = watch.lines.find((entry) => String(entry.event).endsWith('set-aside'));
    expect(line?.reason).toMatch(/namn är inte giltig UTF-8/);
  }, 60_000);
});
