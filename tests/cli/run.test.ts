import { spawn } from 'node:child_process';
import { copyFile, mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DocumentResult } from '../../schemas/result.js';
import { writeSlowDocx } from '../pipeline/support/slow-docx.js';
import { FIXTURES, fixturePath } from './support/fixtures.js';
import { CLI, extract, parseResults, ROOT, runCli } from './support/run-cli.js';
import { useScratchDir } from './support/temp-dir.js';

let dir: string;
let slow: string;

const scratch = useScratchDir();

beforeAll(async () => {
  dir = scratch();
  slow = join(dir, 'slow.docx');
  await writeSlowDocx(slow);
});

describe('rapportkoll extract: one result per input, in input order, streamed', () => {
  it('walks folders recursively, sorted by path, skipping lock and dot files; explicit files keep their place', async () => {
    const tree = join(dir, 'tree');
    const copies: [string, string][] = [
      [FIXTURES.slutrapportDocx, 'tree/b/2-rapport.docx'],
      [FIXTURES.slutrapportPdf, 'tree/a-rapport.pdf'],
      ['fixtures/docs/bad/image.png', 'tree/b/1-skannad.png'],
      ['fixtures/docs/bad/empty.pdf', 'tree/c/d/tom.pdf'],
      [FIXTURES.slutrapportDocx, 'tree/.dold.docx'],
      [FIXTURES.slutrapportDocx, 'tree/b/~$2-rapport.docx'],
    ];
    for (const [from, to] of copies) {
      await mkdir(join(dir, to, '..'), { recursive: true });
      await copyFile(fixturePath(from), join(dir, to));
    }
    // Links are never followed: a linked file is skipped and counted, a linked folder (here a cycle back to the top) too.
    await symlink(fixturePath('fixtures/docs/bad/empty.docx'), join(tree, 'c/länkad.docx'));
    await symlink(tree, join(tree, 'c/d/loop'));
    const explicit = fixturePath('fixtures/docs/bad/legacy.doc');
    const { results, run } = await extract([explicit, tree, explicit, '--concurrency', '2']);
    expect(run.stderr).toContain('(2 dolda filer, låsfiler eller temporära filer, 2 symboliska länkar, följs inte)');
    expect(results.map((result) => result.source.path)).toEqual([
      explicit,
      join(tree, 'a-rapport.pdf'),
      join(tree, 'b/1-skannad.png'),
      join(tree, 'b/2-rapport.docx'),
      join(tree, 'c/d/tom.pdf'),
      explicit,
    ]);
  });

  it('paths in the results are as given: relative stays relative', async () => {
    const { results } = await extract(['fixtures/docs/bad/image.png', './fixtures/docs/bad/empty.pdf']);
    expect(results.map((result) => result.source.path)).toEqual(['fixtures/docs/bad/image.png', './fixtures/docs/bad/empty.pdf']);
  });

  it('a slow document first: later documents are not held up, yet lines come out in input order as soon as they can', async () => {
    // Files any thread turns down within milliseconds, however loaded the machine.
    const quick = ['fixtures/docs/bad/image.png', 'fixtures/docs/bad/empty.pdf', 'fixtures/docs/bad/legacy.doc', 'fixtures/docs/bad/truncated.docx'];
    const child = spawn(process.execPath, [CLI, 'extract', quick[0] ?? '', slow, ...quick, '--concurrency', '2', '--timeout-ms', '3000'], { cwd: ROOT });
    const started = Date.now();
    let stdout = '';
    let firstLineAt = 0;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      firstLineAt ||= Date.now() - started;
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const endedAt = Date.now() - started;
    expect(code).toBe(0);
    const results = parseResults(stdout);
    expect(results.map((result) => result.source.path)).toEqual([quick[0], slow, ...quick]);
    expect(results[1]?.error?.code).toBe('timeout');
    expect(results.filter((result) => result.error?.code === 'timeout')).toHaveLength(1);
    // The first document's line was out long before the slow one let the rest follow.
    expect(endedAt - firstLineAt).toBeGreaterThan(1500);
  }, 60_000);

  it('--format json writes the same results as one JSON array', async () => {
    const paths = ['fixtures/docs/bad/image.png', 'fixtures/docs/bad/empty.pdf'];
    const jsonl = await extract(paths);
    const json = await runCli(['extract', ...paths, '--format', 'json']);
    expect(json.code).toBe(0);
    const array = DocumentResult.array().parse(JSON.parse(json.stdout));
    expect(array).toEqual(jsonl.results);
  });

  it('Swedish by default; --lang en gives the same results with their messages in English, and nothing else changed', async () => {
    const paths = ['fixtures/docs/bad/image.png', FIXTURES.slutrapportDocx];
    const swedish = await extract(paths);
    const english = await extract([...paths, '--lang', 'en']);
    const withoutWords = (result: DocumentResult) => ({
      ...result,
      findings: result.findings.map(({ message: _message, ...finding }) => finding),
      error: result.error && { code: result.error.code },
    });
    expect(english.results.map(withoutWords)).toEqual(swedish.results.map(withoutWords));
    const [failedSv, reportSv] = swedish.results;
    const [failedEn, reportEn] = english.results;
    expect(failedSv?.error?.message).toMatch(/^Filen är en bild \(PNG\), inte en PDF eller ett Word-dokument/);
    expect(failedEn?.error?.message).toMatch(/^The file is an image \(PNG\), not a PDF or Word document/);
    expect(reportSv?.findings.length).toBeGreaterThan(0);
    expect(reportSv?.findings.find((finding) => finding.ruleId === 'outcome-total-mismatch')?.message).toMatch(/^Utfallsraderna summerar till /);
    expect(reportEn?.findings.find((finding) => finding.ruleId === 'outcome-total-mismatch')?.message).toMatch(/^Utfall rows add up to /);
    expect(swedish.run.stderr).toMatch(/2 dokument: 1 ok, 1 misslyckades \(unsupported-format 1\); \d+ avvikelser \((fel|varning)/);
    expect(english.run.stderr).toMatch(/2 documents: 1 ok, 1 failed \(unsupported-format 1\); \d+ findings \((error|warning)/);
  }, 120_000);

  it('an empty folder gives no results and exit 0', async () => {
    await mkdir(join(dir, 'empty-folder'));
    await writeFile(join(dir, 'empty-folder', '.DS_Store'), 'x');
    const { results } = await extract([join(dir, 'empty-folder')]);
    expect(results).toEqual([]);
  });

  it('stdout carries only results; the summary goes to stderr', async () => {
    const { run } = await extract(['fixtures/docs/bad/image.png', FIXTURES.slutrapportDocx]);
    for (const line of run.stdout.trim().split('\n')) DocumentResult.parse(JSON.parse(line));
    expect(run.stderr).toMatch(/2 dokument: \d ok, \d misslyckades/);
  });
});
