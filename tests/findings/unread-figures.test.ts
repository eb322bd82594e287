/**
 * Figure cells that hold more than an amount. A footnote's mark after the figure ("950 000 *",
 * "950 000¹", "950 000 (prel.)"), a minus set after it ("2 000-") or a unit in the cell ("4 000 tkr")
 * leave the figure readable, and its column is checked. Text that is no amount ("ca 950 000", "se
 * bilaga", "se not 4") is kept as written in `unreadFigures`, and no sum over its column is checked:
 * the Summa would be held to rows without that figure, a false alarm on a table that may add up;
 * `unread-figure` (info) says so, one finding a cell.
 * Read as .docx and as PDF (borderless pdfkit tables) by the real pipeline; the findings, exactly.
 */
import { describe, expect, it } from 'vitest';
import { BUDGET_ROW_COLUMNS, budgetRowsOf } from '../../pipeline/export/budget-rows-table.js';
import { STATEMENT_ROW_COLUMNS, statementRowsOf } from '../../pipeline/export/statement-rows-table.js';
import {
  ANNUAL_REPORT_OPENING,
  FINAL_REPORT_OPENING,
  inFormats,
  processReport,
  reportDocx,
  reportIn,
  reportFolder,
  type TitledTable,
} from './support/report-files.js';

/** Personal's utfall as written, and the Summa utfall: the rows add up to 1 180 000 when Personal's is 950 000. */
function costs(personalOutcome: string, outcomeSumma: string): string[][] {
  return [
    ['Kostnadsslag', 'Budget', 'Utfall'],
    ['Personal', '1 000 000', personalOutcome],
    ['Lokaler', '250 000', '230 000'],
    ['Summa', '1 250 000', outcomeSumma],
  ];
}

type Unread = { outcome?: string } | undefined;
const COST_CASES: [string, string[][], number | null, Unread, string[]][] = [
  ['a star after the figure, that adds up', costs('950 000 *', '1 180 000'), 950_000, undefined, []],
  ['a star after the figure, the Summa off its rows', costs('950 000 *', '1 190 000'), 950_000, undefined, ['outcome-total-mismatch']],
  ['a raised footnote number after the figure, that adds up', costs('950 000¹', '1 180 000'), 950_000, undefined, []],
  ['a remark in brackets after the figure, the Summa off its rows', costs('950 000 (prel.)', '1 190 000'), 950_000, undefined, ['outcome-total-mismatch']],
  // Not amounts: the Summa is not held to the other rows alone, whatever it says.
  ['"ca" before the figure', costs('ca 950 000', '1 180 000'), null, { outcome: 'ca 950 000' }, ['unread-figure']],
  ['"ca" before the figure, a Summa no reading confirms', costs('ca 950 000', '1 190 000'), null, { outcome: 'ca 950 000' }, ['unread-figure']],
  ['"se bilaga" for the figure', costs('se bilaga', '1 180 000'), null, { outcome: 'se bilaga' }, ['unread-figure']],
];

/** Every utfall "se bilaga", no Summa: the utfall is given elsewhere, not left blank. */
const ELSEWHERE: string[][] = [
  ['Kostnadsslag', 'Budget', 'Utfall'],
  ['Personal', '1 000 000', 'se bilaga'],
  ['Lokaler', '250 000', 'se bilaga'],
  ['Summa', '1 250 000', ''],
];

/** `unit` is written after every figure, or in the heading when it is ''. */
function income(personal: string, otherCosts: string, costsSumma: string, unit = ''): TitledTable[] {
  const figure = (written: string): string => (unit === '' ? written : `${written} ${unit}`);
  const row = (label: string, current: string, previous: string): string[] => [label, current, figure(previous)];
  return [
    {
      heading: unit === '' ? 'Resultaträkning (tkr)' : 'Resultaträkning',
      rows: [
        ['', '2021', '2020'],
        row('Intäkter från medlemmar', figure('4 000'), '3 800'),
        row('Summa intäkter', figure('4 000'), '3 800'),
        row('Personalkostnader', personal, '-1 900'),
        row('Övriga kostnader', otherCosts, '-1 850'),
        row('Summa kostnader', costsSumma, '-3 750'),
        row('Årets resultat', figure('-100'), '50'),
      ],
    },
  ];
}

/** A balance sheet with its memo row of contingent liabilities, "Inga": a word for none, no figure left out. */
function balance(assetsSumma: string): TitledTable[] {
  return [
    {
      heading: 'Balansräkning (tkr)',
      rows: [
        ['', '2021-12-31', '2020-12-31'],
        ['Kortfristiga fordringar', '500', '400'],
        ['Kassa och bank', '3 000', '3 500'],
        ['Summa tillgångar', assetsSumma, '3 900'],
        ['Eget kapital', '2 800', '3 212'],
        ['Kortfristiga skulder', '700', '688'],
        ['Summa eget kapital och skulder', '3 500', '3 900'],
        ['Ansvarsförbindelser', 'Inga', 'Inga'],
      ],
    },
  ];
}

const STATEMENT_CASES: [string, TitledTable[], number | null, string[]][] = [
  ['a minus after the figures, that add up', income('2 000-', '2 100-', '4 100-'), -2_000_000, []],
  ['a minus after the figures, the costs off their Summa', income('2 000-', '2 100-', '4 200-'), -2_000_000, ['statement-sum-mismatch']],
  ['a unit in every cell, the costs off their Summa', income('-2 000 tkr', '-2 100 tkr', '-4 200 tkr', 'tkr'), -2_000_000, ['statement-sum-mismatch']],
  ['"ca" before a figure, a Summa no reading confirms', income('ca -2 000', '-2 100', '-4 200'), null, ['unread-figure']],
];

const BALANCE_CASES: [string, TitledTable[], string[]][] = [
  ['"Inga" for contingent liabilities, a sheet that balances', balance('3 500'), []],
  ['"Inga" for contingent liabilities, the assets off their Summa', balance('3 600'), ['balance-sheet-mismatch', 'statement-sum-mismatch']],
];

const folder = reportFolder('unread-figures');

describe('figure cells with more than an amount: what is read, what is kept as written, and the findings, exactly', () => {
  it.each(inFormats(COST_CASES, ['docx', 'pdf'] as const))('a cost table with %s (%s)', async (name, format, rows, outcome, unread, findings) => {
    const tables = [{ heading: 'Ekonomisk redovisning', rows }];
    const bytes = await reportIn(format, FINAL_REPORT_OPENING, tables);
    const result = await processReport(folder(), `costs ${name}`, format, bytes);
    expect(result).toMatchObject({ status: 'ok', kind: 'slutrapport' });
    const [personal] = (result.record as { budget: { rows: { outcome: { sek: number } | null; unreadFigures?: unknown }[] } }).budget.rows;
    expect(personal?.outcome?.sek ?? null).toBe(outcome);
    expect(personal?.unreadFigures).toEqual(unread);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });

  it("gives a researcher's budget_rows.csv the text of a cell that is no amount, its kronor empty", async () => {
    const tables = [{ heading: 'Ekonomisk redovisning', rows: costs('ca 950 000', '1 180 000') }];
    const result = await processReport(folder(), 'costs in budget_rows', 'docx', await reportDocx(FINAL_REPORT_OPENING, tables));
    const [personal] = budgetRowsOf(result, 1);
    const value = (name: string): unknown => {
      const column = BUDGET_ROW_COLUMNS.find((candidate) => candidate.name === name);
      return personal && column ? column.value(personal) : undefined;
    };
    expect([value('outcome_sek'), value('outcome_text'), value('budget_sek'), value('budget_text')]).toEqual([null, 'ca 950 000', 1_000_000, '1 000 000']);
  });

  it("gives a researcher's statement_rows.csv the text of a cell that is no amount, its kronor and unit empty", async () => {
    const tables = income('ca -2 000', '-2 100', '-4 200');
    const result = await processReport(folder(), 'statement in statement_rows', 'docx', await reportDocx(ANNUAL_REPORT_OPENING, tables));
    const personal = statementRowsOf(result, 1).filter((row) => row.label === 'Personalkostnader');
    const values = personal.map((row) =>
      ['column', 'amount_sek', 'unit', 'amount_text'].map((name) => STATEMENT_ROW_COLUMNS.find((column) => column.name === name)?.value(row)),
    );
    expect(values).toEqual([
      ['current', null, null, 'ca -2 000'],
      ['previous', -1_900_000, 'tkr', '-1 900'],
    ]);
  });

  it.each(['docx', 'pdf'] as const)('every utfall given elsewhere is not an utfall left blank (%s)', async (format) => {
    const tables = [{ heading: 'Ekonomisk redovisning', rows: ELSEWHERE }];
    const bytes = await reportIn(format, FINAL_REPORT_OPENING, tables);
    const result = await processReport(folder(), 'utfall elsewhere', format, bytes);
    expect(result).toMatchObject({ status: 'ok', kind: 'slutrapport' });
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(['unread-figure', 'unread-figure']);
  });

  it.each(inFormats(BALANCE_CASES, ['docx', 'pdf'] as const))('a balance sheet with %s (%s)', async (name, format, tables, findings) => {
    const bytes = await reportIn(format, ANNUAL_REPORT_OPENING, tables);
    const result = await processReport(folder(), `balance ${name}`, format, bytes);
    expect(result).toMatchObject({ status: 'ok', kind: 'arsredovisning' });
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });

  it.each(inFormats(STATEMENT_CASES, ['docx', 'pdf'] as const))('an income statement with %s (%s)', async (name, format, tables, personal, findings) => {
    const bytes = await reportIn(format, ANNUAL_REPORT_OPENING, tables);
    const result = await processReport(folder(), `statement ${name}`, format, bytes);
    expect(result).toMatchObject({ status: 'ok', kind: 'arsredovisning' });
    const rows = (result.record as { statements: { income: { rows: { label: string; current: { sek: number } | null }[] } } }).statements.income.rows;
    expect(rows.find((row) => row.label === 'Personalkostnader')?.current?.sek ?? null).toBe(personal);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });
});
