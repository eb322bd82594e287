/**
 * `extract --out` over final reports whose cost table has an avvikelse and a share column:
 * budget_rows.csv gives each row's avvikelse (kronor with its sign, and as written) and its share
 * spent in per cent; a table without them leaves the columns empty. Read back through a real CSV
 * parser with each column's type from datapackage.json.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FINAL_REPORT_OPENING, reportDocx } from '../findings/support/report-files.js';
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

const scratch = useScratchDir();
let budgetRows: Row[];

beforeAll(async () => {
  const withDeviation = join(scratch(), 'with-deviation.docx');
  const plain = join(scratch(), 'plain.docx');
  await writeFile(withDeviation, await reportDocx(FINAL_REPORT_OPENING, [{ heading: 'Ekonomisk redovisning', rows: WITH_DEVIATION }]));
  await writeFile(plain, await reportDocx(FINAL_REPORT_OPENING, [{ heading: 'Ekonomisk redovisning', rows: PLAIN }]));
  const out = join(scratch(), 'out');
  const run = await runCli(['extract', withDeviation, plain, '--out', out, '--quiet']);
  expect(run.code, run.stderr).toBe(0);
  budgetRows = await loadTable(out, 'budget_rows.csv');
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
