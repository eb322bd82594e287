/**
 * `extract --out` over final reports whose cost table closes groups of rows in subtotals, or gives
 * the utfall alone: budget_rows.csv names each row's subtotal as written (empty where none closes
 * it), and a table of the utfall alone has its utfall with the budget empty, not 0. Read back
 * through a real CSV parser with each column's type.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FINAL_REPORT_OPENING, reportDocx } from '../findings/support/report-files.js';
import { runCli } from '../cli/support/run-cli.js';
import { useScratchDir } from '../cli/support/temp-dir.js';
import { loadTable, type Row } from './support/out-folder.js';

const GROUPED = [
  ['Kostnadsslag', 'Budget', 'Utfall'],
  ['Lön projektledare', '450 000', '440 000'],
  ['Lön coach', '250 000', '260 000'],
  ['Summa personal', '700 000', '700 000'],
  ['Lokaler', '120 000', '118 000'],
  ['Summa övrigt', '120 000', '118 000'],
  ['Resor', '10 000', '9 000'],
  ['Summa', '830 000', '827 000'],
];
const OUTCOME_ONLY = [
  ['Kostnadsslag', 'Utfall'],
  ['Personal', '640 000'],
  ['Lokaler', '85 000'],
  ['Summa', '725 000'],
];

const scratch = useScratchDir();
let budgetRows: Row[];

beforeAll(async () => {
  const grouped = join(scratch(), 'grouped.docx');
  const outcomeOnly = join(scratch(), 'outcome-only.docx');
  await writeFile(grouped, await reportDocx(FINAL_REPORT_OPENING, [{ heading: 'Ekonomisk redovisning', rows: GROUPED }]));
  await writeFile(outcomeOnly, await reportDocx(FINAL_REPORT_OPENING, [{ heading: 'Ekonomisk redovisning', rows: OUTCOME_ONLY }]));
  const out = join(scratch(), 'out');
  const run = await runCli(['extract', grouped, outcomeOnly, '--out', out, '--quiet']);
  expect(run.code, run.stderr).toBe(0);
  budgetRows = await loadTable(out, 'budget_rows.csv');
}, 120_000);

describe('extract --out: budget_rows.csv', () => {
  it("names each row's subtotal as written, empty for a row no subtotal closes", () => {
    expect(budgetRows.filter((row) => row['document_id'] === 1).map((row) => [row['category'], row['subtotal'], row['outcome_sek']])).toEqual([
      ['Lön projektledare', 'Summa personal', 440_000],
      ['Lön coach', 'Summa personal', 260_000],
      ['Lokaler', 'Summa övrigt', 118_000],
      ['Resor', null, 9_000],
    ]);
  });

  it('gives a table of the utfall alone its utfall, the budget empty', () => {
    expect(
      budgetRows.filter((row) => row['document_id'] === 2).map((row) => [row['category'], row['budget_sek'], row['budget_text'], row['outcome_sek']]),
    ).toEqual([
      ['Personal', null, null, 640_000],
      ['Lokaler', null, null, 85_000],
    ]);
  });
});
