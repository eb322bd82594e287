/**
 * Amounts set as older reports and spreadsheets set them: thousands grouped with points
 * ("1.250.000", "250.000", "1.250" in tkr) or commas ("1,250,000"), the currency first ("kr 1 250
 * 000", "SEK 1 250 000"). Read as .docx and as PDF (borderless pdfkit tables) by the real pipeline,
 * a final report's cost table and an annual report's income statement give their amounts, and
 * exactly the findings listed: none where the figures add up, one per column whose Summa is off.
 * An avvikelse with a plus ("+267") is an amount too.
 */
import { describe, expect, it } from 'vitest';
import { ANNUAL_REPORT_OPENING, FINAL_REPORT_OPENING, inFormats, processReport, reportIn, reportFolder, type TitledTable } from './support/report-files.js';

/** A cost table in one notation: `amount` writes a whole number of kronor (or of tkr) as the table does. */
function costs(amount: (sek: number) => string, outcomeSumma: number, unit = ''): string[][] {
  return [
    [`Kostnadsslag${unit}`, 'Budget', 'Utfall'],
    ['Personal', amount(1_000_000), amount(950_000)],
    ['Lokaler', amount(250_000), amount(230_000)],
    ['Summa', amount(1_250_000), amount(outcomeSumma)],
  ];
}

const points = (n: number): string => n.toLocaleString('de-DE');
const commas = (n: number): string => n.toLocaleString('en-US');
const spaced = (n: number): string => n.toLocaleString('sv-SE').replace(/\u00a0/gu, ' ');
const krFirst = (n: number): string => `kr ${spaced(n)}`;
const sekFirst = (n: number): string => `SEK ${spaced(n)}`;
/** Thousands of kronor with a point: "1.000" tkr is a million kronor, "250" tkr a quarter of one. */
const tkrPoints = (n: number): string => points(n / 1000);

const COST_CASES: [string, string[][], number, string[]][] = [
  ['points, that add up', costs(points, 1_180_000), 1_180_000, []],
  ['points, the Summa utfall off its rows', costs(points, 1_190_000), 1_190_000, ['outcome-total-mismatch']],
  ['commas, that add up', costs(commas, 1_180_000), 1_180_000, []],
  ['commas, the Summa utfall off its rows', costs(commas, 1_190_000), 1_190_000, ['outcome-total-mismatch']],
  ['"kr" first, that add up', costs(krFirst, 1_180_000), 1_180_000, []],
  ['"SEK" first, the Summa utfall off its rows', costs(sekFirst, 1_190_000), 1_190_000, ['outcome-total-mismatch']],
  ['points in tkr, that add up', costs(tkrPoints, 1_180_000, ' (tkr)'), 1_180_000, []],
  ['points in tkr, the Summa utfall off its rows', costs(tkrPoints, 1_190_000, ' (tkr)'), 1_190_000, ['outcome-total-mismatch']],
];

function incomeStatement(costsSumma: string): TitledTable[] {
  return [
    {
      heading: 'Resultaträkning (kr)',
      rows: [
        ['', '2021', '2020'],
        ['Intäkter från medlemmar', '4.000.000', '3.800.000'],
        ['Övriga intäkter', '250.000', '100.000'],
        ['Summa intäkter', '4.250.000', '3.900.000'],
        ['Personalkostnader', '-2.000.000', '-1.900.000'],
        ['Övriga kostnader', '-2.100.000', '-1.950.000'],
        ['Summa kostnader', costsSumma, '-3.850.000'],
        ['Årets resultat', '150.000', '50.000'],
      ],
    },
  ];
}

const STATEMENT_CASES: [string, string, string[]][] = [
  ['that adds up', '-4.100.000', []],
  ['its costs off their Summa', '-4.200.000', ['statement-sum-mismatch']],
];

const folder = reportFolder('amount-notations');

describe('amounts in the notations of older reports and spreadsheets: the amounts read and the findings, exactly', () => {
  it.each(inFormats(COST_CASES, ['docx', 'pdf'] as const))('a cost table in %s (%s)', async (name, format, rows, outcome, findings) => {
    const tables = [{ heading: 'Ekonomisk redovisning', rows }];
    const bytes = await reportIn(format, FINAL_REPORT_OPENING, tables);
    const result = await processReport(folder(), `costs ${name}`, format, bytes);
    expect(result).toMatchObject({ status: 'ok', kind: 'slutrapport' });
    const budget = (result.record as { budget: { rows: { budget: { sek: number } | null }[]; total: { budget: { sek: number }; outcome: { sek: number } } } })
      .budget;
    expect(budget.rows.map((row) => row.budget?.sek)).toEqual([1_000_000, 250_000]);
    expect(budget.total).toMatchObject({ budget: { sek: 1_250_000 }, outcome: { sek: outcome } });
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });

  it.each(inFormats(STATEMENT_CASES, ['docx', 'pdf'] as const))('an income statement with points, %s (%s)', async (name, format, costsSumma, findings) => {
    const tables = incomeStatement(costsSumma);
    const bytes = await reportIn(format, ANNUAL_REPORT_OPENING, tables);
    const result = await processReport(folder(), `statement ${name}`, format, bytes);
    expect(result).toMatchObject({ status: 'ok', kind: 'arsredovisning' });
    const income = (result.record as { statements: { income: { rows: { label: string; current: { sek: number } | null }[] } } }).statements.income;
    expect(income.rows.find((row) => row.label === 'Intäkter från medlemmar')?.current?.sek).toBe(4_000_000);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });
});

/** A driftredovisning whose avvikelse says its sign with a plus where the result beat the budget ("+267"). */
const OPERATING_WITH_PLUS = (insatser: string): TitledTable[] => [
  {
    heading: null,
    rows: [
      ['Driftredovisning (tkr)', 'Budget', 'Utfall', 'Avvikelse'],
      ['Medlemsavgifter', '2 667', '2 667', '0'],
      ['Insatser', '-2 000', '-1 800', insatser],
      ['Administration', '-667', '-600', '+67'],
      ['Summa kostnader', '-2 667', '-2 400', '+267'],
      ['Årets resultat', '0', '267', '+267'],
    ],
  },
];

describe('an avvikelse with a plus: an amount, not an unread figure', () => {
  // Each "+267" was "no amount", an unread-figure finding apiece, and the row's avvikelse went unchecked.
  it.each(
    inFormats(
      [
        ['that adds up', '+200', []],
        ['one avvikelse off', '+300', ['operating-deviation-mismatch']],
      ] as [string, string, string[]][],
      ['docx', 'pdf'] as const,
    ),
  )('a driftredovisning %s (%s)', async (name, format, insatser, findings) => {
    const bytes = await reportIn(format, ANNUAL_REPORT_OPENING, OPERATING_WITH_PLUS(insatser));
    const result = await processReport(folder(), `plus ${name}`, format, bytes);
    expect(result).toMatchObject({ status: 'ok', kind: 'arsredovisning' });
    const rows = (result.record as { statements: { operating: { rows: { label: string; deviation: { sek: number; text: string } | null }[] } } }).statements
      .operating.rows;
    expect(rows.find((row) => row.label === 'Årets resultat')?.deviation).toMatchObject({ sek: 267_000, text: '+267' });
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });
});
