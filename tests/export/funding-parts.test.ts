/**
 * `extract --out` over final reports whose cost table splits each row by funder: funding_parts.csv
 * has every figure of the table, one a row — each funder's part, then the row's total, the Summa row
 * last — as written, a cell that is no amount by its text; a report without such a table adds no
 * row. Read back through a real CSV parser with each column's type, and described in
 * datapackage.json with its key.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FINAL_REPORT_OPENING, reportDocx } from '../findings/support/report-files.js';
import { runCli } from '../cli/support/run-cli.js';
import { useScratchDir } from '../cli/support/temp-dir.js';
import { loadTable, type Row } from './support/out-folder.js';

const SPLIT = [
  ['Kostnadsslag', 'Förbundet', 'Kommunen', 'Totalt'],
  ['Personal', '400 000', 'se bilaga', '500 000'],
  ['Summa', '400 000', '100 000', '500 000'],
];
const PLAIN = [
  ['Kostnadsslag', 'Budget', 'Utfall'],
  ['Personal', '900 000', '880 000'],
  ['Summa', '900 000', '880 000'],
];

const scratch = useScratchDir();
let parts: Row[];
let descriptor: { resources: { name: string; schema: { primaryKey?: string[] } }[] };

beforeAll(async () => {
  const split = join(scratch(), 'split.docx');
  const plain = join(scratch(), 'plain.docx');
  await writeFile(split, await reportDocx(FINAL_REPORT_OPENING, [{ heading: 'Kostnader (tkr)', rows: SPLIT }]));
  await writeFile(plain, await reportDocx(FINAL_REPORT_OPENING, [{ heading: 'Ekonomisk redovisning', rows: PLAIN }]));
  const out = join(scratch(), 'out');
  const run = await runCli(['extract', plain, split, '--out', out, '--quiet']);
  expect(run.code, run.stderr).toBe(0);
  parts = await loadTable(out, 'funding_parts.csv');
  descriptor = JSON.parse(await readFile(join(out, 'datapackage.json'), 'utf8')) as typeof descriptor;
}, 120_000);

describe('extract --out: funding_parts.csv', () => {
  it("gives each funder's part and each row's total as written, in kronor, a cell that is no amount by its text", () => {
    const pick = (row: Row) => [
      row['document_id'],
      row['table_number'],
      row['table_heading'],
      row['row_number'],
      row['row_label'],
      row['is_summa'],
      row['column'],
      row['is_total'],
      row['amount_sek'],
      row['unit'],
      row['text'],
    ];
    expect(parts.map(pick)).toEqual([
      [2, 1, 'Kostnader (tkr)', 1, 'Personal', false, 'Förbundet', false, 400_000_000, 'tkr', '400 000'],
      [2, 1, 'Kostnader (tkr)', 1, 'Personal', false, 'Kommunen', false, null, null, 'se bilaga'],
      [2, 1, 'Kostnader (tkr)', 1, 'Personal', false, 'Totalt', true, 500_000_000, 'tkr', '500 000'],
      [2, 1, 'Kostnader (tkr)', 2, 'Summa', true, 'Förbundet', false, 400_000_000, 'tkr', '400 000'],
      [2, 1, 'Kostnader (tkr)', 2, 'Summa', true, 'Kommunen', false, 100_000_000, 'tkr', '100 000'],
      [2, 1, 'Kostnader (tkr)', 2, 'Summa', true, 'Totalt', true, 500_000_000, 'tkr', '500 000'],
    ]);
  });

  it('is described with its key in datapackage.json', () => {
    const resource = descriptor.resources.find((candidate) => candidate.name === 'funding_parts');
    expect(resource?.schema.primaryKey).toEqual(['document_id', 'table_number', 'row_number', 'column']);
  });
});
