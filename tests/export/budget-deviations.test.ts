/**
 * `extract --out` over final reports whose cost table has an avvikelse and a share column, and an
 * annual report whose insats table and driftredovisning have them: budget_rows.csv gives each cost
 * row's avvikelse (kronor with its sign, and as written) and its share spent in per cent,
 * interventions.csv the Summa row's and each insats's, statement_rows.csv each driftredovisning
 * row's share; a table without them leaves the columns empty. Read back through a real CSV
 * parser with each column's type from datapackage.json.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANNUAL_REPORT_OPENING, FINAL_REPORT_OPENING, reportDocx } from '../findings/support/report-files.js';
import { runCli } from '../cli/support/run-cli.js';
import { useScratchDir } from '../cli/support/temp-dir.js';
import { loadTable, type Row } from './support/out-folder.js';

const WITH_DEVIATION = [
  ['Kostnadsslag', 'Budget', 'Utfall', 'Avvikelse', 'Förbrukat i %'],
  ['Personal', '800 000', '820 000', '-20 000', '102,5'],
  ['Lokaler', '100 000', '80 000', '20 000', '80'],
  ['Summa', '900 000', '900 000', '0', '100'],
];
const PLAIN = [
  ['Kostnadsslag', 'Budget', 'Utfall'],
  ['Personal', '900 000', '880 000'],
  ['Summa', '900 000', '880 000'],
];

/** An annual report's insatser with their avvikelse and share spent. */
const INSATSER = [
  ['Insats', 'Budget', 'Utfall', 'Avvikelse', 'Förbrukat %'],
  ['Steget vidare', '1 200 000', '1 150 000', '50 000', '96 %'],
  ['Lotsen', '800 000', '820 000', '-20 000', '103 %'],
  ['Summa', '2 000 000', '1 970 000', '30 000', '99 %'],
];

/** An annual report's driftredovisning with the share of each row's budget spent. */
const OPERATING = [
  ['Driftredovisning (tkr)', 'Budget 2021', 'Utfall 2021', 'Förbrukat %'],
  ['Insatser', '-4 000', '-3 780', '94,5 %'],
  ['Kansli', '-1 000', '-1 000', '100 %'],
];

const scratch = useScratchDir();
let budgetRows: Row[];
let interventions: Row[];
let statementRows: Row[];

beforeAll(async () => {
  const withDeviation = join(scratch(), 'with-deviation.docx');
  const plain = join(scratch(), 'plain.docx');
  await writeFile(withDeviation, await reportDocx(FINAL_REPORT_OPENING, [{ heading: 'Ekonomisk redovisning', rows: WITH_DEVIATION }]));
  await writeFile(plain, await reportDocx(FINAL_REPORT_OPENING, [{ heading: 'Ekonomisk redovisning', rows: PLAIN }]));
  const annual = join(scratch(), 'annual.docx');
  await writeFile(
    annual,
    await reportDocx(ANNUAL_REPORT_OPENING, [
      { heading: 'Insatsernas ekonomi', rows: INSATSER },
      { heading: null, rows: OPERATING },
    ]),
  );
  const out = join(scratch(), 'out');
  const run = await runCli(['extract', withDeviation, plain, annual, '--out', out, '--quiet']);
  expect(run.code, run.stderr).toBe(0);
  budgetRows = await loadTable(out, 'budget_rows.csv');
  interventions = await loadTable(out, 'interventions.csv');
  statementRows = await loadTable(out, 'statement_rows.csv');
}, 120_000);

describe('extract --out: budget_rows.csv, the avvikelse and the share spent', () => {
  it("gives each row's avvikelse with its sign and as written, and its share in per cent; empty without the columns", () => {
    const pick = (row: Row) => [row['document_id'], row['category'], row['outcome_sek'], row['deviation_sek'], row['deviation_text'], row['spent_percent']];
    expect(budgetRows.map(pick)).toEqual([
      // A text cell that starts with a minus is set off with an apostrophe, so a spreadsheet does not run it as a formula.
      [1, 'Personal', 820_000, -20_000, "'-20 000", 102.5],
      [1, 'Lokaler', 80_000, 20_000, '20 000', 80],
      [2, 'Personal', 880_000, null, null, null],
    ]);
  });
});

describe('extract --out: interventions.csv, the avvikelse and the share spent', () => {
  it("gives a final report's Summa row's, and each insats's of an annual report's table; empty without the columns", () => {
    const pick = (row: Row) => [row['document_id'], row['name'], row['deviation_sek'], row['deviation_text'], row['spent_percent']];
    expect(interventions.map(pick)).toEqual([
      [1, 'Exempelsteget', 0, '0', 100],
      [2, 'Exempelsteget', null, null, null],
      [3, 'Steget vidare', 50_000, '50 000', 96],
      [3, 'Lotsen', -20_000, "'-20 000", 103],
    ]);
  });
});

describe('extract --out: statement_rows.csv, the driftredovisning’s share spent', () => {
  it('gives each row’s share in per cent as a row of its own, its kronor empty', () => {
    const pick = (row: Row) => [row['label'], row['column'], row['amount_sek'], row['amount_text'], row['percent']];
    expect(statementRows.filter((row) => row['statement'] === 'operating').map(pick)).toEqual([
      ['Insatser', 'budget', -4_000_000, "'-4 000", null],
      ['Insatser', 'outcome', -3_780_000, "'-3 780", null],
      ['Insatser', 'spentShare', null, '94,5 %', 94.5],
      ['Kansli', 'budget', -1_000_000, "'-1 000", null],
      ['Kansli', 'outcome', -1_000_000, "'-1 000", null],
      ['Kansli', 'spentShare', null, '100 %', 100],
    ]);
  });
});
