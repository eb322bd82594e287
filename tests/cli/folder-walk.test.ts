import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, fixturePath } from './support/fixtures.js';
import { parseResults, runCli } from './support/run-cli.js';
import { useScratchDir } from './support/temp-dir.js';

const scratch = useScratchDir();
let folder: string;

beforeAll(async () => {
  folder = join(scratch(), 'arkiv');
  await mkdir(join(folder, '2021'), { recursive: true });
  await copyFile(fixturePath(FIXTURES.slutrapportDocx), join(folder, '2021', 'Slutrapport.docx'));
  // Kept beside the reports, plainly not reports: skipped and counted.
  await writeFile(join(folder, 'anteckningar.txt'), 'Ring Gävle om slutrapporten.\n');
  await writeFile(join(folder, 'metadata.json'), '{"år": 2021}\n');
  await writeFile(join(folder, 'README.md'), '# Arkiv\n');
  await writeFile(join(folder, '2021', 'utfall.csv'), 'år;belopp\n2021;100\n');
  await writeFile(join(folder, '2021', 'Budget.XLSX'), 'PK\u0003\u0004 not really a workbook');
  await writeFile(join(folder, '.DS_Store'), 'mac');
  await writeFile(join(folder, '2021', '~$Slutrapport.docx'), 'lock');
  // Look like reports in another format: taken, and failed with unsupported-format.
  await copyFile(fixturePath('fixtures/docs/bad/legacy.doc'), join(folder, '2021', 'Gammal rapport.doc'));
  await copyFile(fixturePath('fixtures/docs/bad/document.odt'), join(folder, '2021', 'Rapport.odt'));
  await copyFile(fixturePath('fixtures/docs/bad/image.png'), join(folder, '2021', 'Skannad.png'));
});

describe('extract on a folder', () => {
  it('skips and counts files that are plainly not reports; a report in another format keeps its unsupported-format result', async () => {
    const run = await runCli(['extract', folder]);
    expect(run.code).toBe(0);
    const results = parseResults(run.stdout);
    expect(results.map((result) => [result.source.path.slice(folder.length + 1), result.status, result.error?.code ?? null])).toEqual([
      ['2021/Gammal rapport.doc', 'failed', 'unsupported-format'],
      ['2021/Rapport.odt', 'failed', 'unsupported-format'],
      ['2021/Skannad.png', 'failed', 'unsupported-format'],
      ['2021/Slutrapport.docx', 'ok', null],
    ]);
    expect(run.stderr).toContain(
      'rapportkoll: hoppade över 7 filer i mapparna som inte är rapporter eller inte vanliga filer (1 .csv, 1 .json, 1 .md, 1 .txt, 1 .xlsx, 2 dolda filer, låsfiler eller temporära filer)\n',
    );
  }, 120_000);

  it('a file named explicitly is always taken, and nothing is said about skipping', async () => {
    const run = await runCli(['extract', join(folder, 'anteckningar.txt')]);
    expect(run.code).toBe(0);
    expect(parseResults(run.stdout).map((result) => result.error?.code)).toEqual(['unsupported-format']);
    expect(run.stderr).not.toContain('hoppade över');
  }, 120_000);
});
