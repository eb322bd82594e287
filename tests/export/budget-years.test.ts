/**
 * `extract --out` over final reports whose cost table gives a column per year: budget_years.csv has
 * one row per cost row and year, with each year's figures as written, joined to budget_rows.csv on
 * (document_id, row_number); a report without such columns adds no row. Read back through a real
 * CSV parser with each column's type, and described in datapackage.json with its keys.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FINAL_REPORT_OPENING, reportDocx } from '../findings/support/report-files.js';
import { runCli } from '../cli/support/run-cli.js';
import { useScratchDir } from '../cli/support/temp-dir.js';
import { loadTable, type Row } from './support/out-folder.js';

const PER_YEAR = [
  ['Kostnadsslag', 'Budget 2021', 'Utfall 2021', 'Budget 2022', 'Utfall 2022', 'Budget totalt', 'Utfall totalt'],
  ['Personal', '450 000', '440 000', '450 000', '440 000', '900 000', '880 000'],
  ['Lokaler', '50 000', '45 000', '50 000', 'se bilaga', '100 000', '95 000'],
  ['Summa', '500 000', '485 000', '500 000', '490 000', '1 000 000', '975 000'],
];
const WHOLE_ONLY = [
  ['Kostnadsslag', 'Budget', 'Utfall'],
  ['Personal', '900 000', '880 000'],
  ['Summa', '900 000', '880 000'],
];

const scratch = useScratchDir();
let budgetYears: Row[];
let budgetRows: Row[];
let descriptor: { resources: { name: string; schema: { primaryKey?: string[]; foreignKeys?: unknown[] } }[] };

beforeAll(async () => {
  const perYear = join(scratch(), 'per-year.docx');
  const wholeOnly = join(scratch(), 'whole-only.docx');
  await writeFile(perYear, await reportDocx(FINAL_REPORT_OPENING, [{ heading: 'Ekonomisk redovisning', rows: PER_YEAR }]));
  await writeFile(wholeOnly, await reportDocx(FINAL_REPORT_OPENING, [{ heading: 'Ekonomisk redovisning', rows: WHOLE_ONLY }]));
  const out = join(scratch(), 'out');
  const run = await runCli(['extract', wholeOnly, perYear, '--out', out, '--quiet']);
  expect(run.code, run.stderr).toBe(0);
  budgetYears = await loadTable(out, 'budget_years.csv');
  budgetRows = await loadTable(out, 'budget_rows.csv');
  descriptor = JSON.parse(await readFile(join(out, 'datapackage.json'), 'utf8')) as typeof descriptor;
}, 120_000);

describe('extract --out: budget_years.csv', () => {
  it("gives each cost row's figures per year as written, an unread cell's text without kronor", () => {
    const pick = (row: Row) => [
      row['document_id'],
      row['row_number'],
      row['category'],
      row['year'],
      row['budget_sek'],
      row['outcome_sek'],
      row['outcome_text'],
    ];
    expect(budgetYears.map(pick)).toEqual([
      [2, 1, 'Personal', 2021, 450_000, 440_000, '440 000'],
      [2, 1, 'Personal', 2022, 450_000, 440_000, '440 000'],
      [2, 2, 'Lokaler', 2021, 50_000, 45_000, '45 000'],
      [2, 2, 'Lokaler', 2022, 50_000, null, 'se bilaga'],
    ]);
  });

  it('joins budget_rows.csv on document_id and row_number, where the whole period is', () => {
    for (const year of budgetYears) {
      const row = budgetRows.find((candidate) => candidate['document_id'] === year['document_id'] && candidate['row_number'] === year['row_number']);
      expect(row?.['category']).toBe(year['category']);
    }
    expect(budgetRows.filter((row) => row['document_id'] === 2).map((row) => row['outcome_sek'])).toEqual([880_000, 95_000]);
  });

  it('is described with its keys in datapackage.json', () => {
    const resource = descriptor.resources.find((candidate) => candidate.name === 'budget_years');
    expect(resource?.schema.primaryKey).toEqual(['document_id', 'row_number', 'year']);
    expect(resource?.schema.foreignKeys).toEqual([
      { fields: ['document_id'], reference: { resource: 'documents', fields: ['document_id'] } },
      { fields: ['document_id', 'row_number'], reference: { resource: 'budget_rows', fields: ['document_id', 'row_number'] } },
    ]);
  });
});
