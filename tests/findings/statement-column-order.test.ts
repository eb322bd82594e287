/**
 * A balance sheet whose year columns are headed by a row with no label ("| 2021-12-31 | 2020-12-31",
 * which a PDF reader sets as a line above the table), whose years run left to right ("2020-12-31 |
 * 2021-12-31"), and which a page break cuts ("(forts.)" over a table without a header). Read as .docx
 * and as PDF (borderless pdfkit tables) by the real pipeline, the year's column is the latest year's
 * wherever it stands, and the findings are exactly those listed: none on a sheet that balances.
 */
import { describe, expect, it } from 'vitest';
import { inFormats, processReport, reportDocx, reportFolder, reportPdf, type TitledTable } from './support/report-files.js';

const OPENING = ['Årsredovisning 2021', 'Samordningsförbundet Exempelbygden', 'Förvaltningsberättelse', 'Förbundet har under året finansierat sju insatser.'];

/** This year's and last year's figures of each row, under the two groups' headings; `equityAndLiabilities` is this year's closing total. */
function sheet(equityAndLiabilities: string): [string, string, string][] {
  return [
    ['Tillgångar', '', ''],
    ['Kortfristiga fordringar', '500', '400'],
    ['Kassa och bank', '3 000', '3 500'],
    ['Summa tillgångar', '3 500', '3 900'],
    ['Eget kapital och skulder', '', ''],
    ['Eget kapital', '2 800', '3 212'],
    ['Kortfristiga skulder', equityAndLiabilities === '3 500' ? '700' : '600', '688'],
    ['Summa eget kapital och skulder', equityAndLiabilities, '3 900'],
  ];
}

type Layout =
  'headed by a row without label' | 'headed by a row without label, years left to right' | 'years left to right' | 'years left to right, cut by a page break';

function balanceSheet(layout: Layout, equityAndLiabilities: string): TitledTable[] {
  const rows = sheet(equityAndLiabilities);
  if (layout === 'headed by a row without label') {
    return [{ heading: 'Balansräkning (tkr)', rows: [['', '2021-12-31', '2020-12-31'], ...rows] }];
  }
  const ascending = rows.map(([label, current, previous]) => [label, previous, current]);
  if (layout === 'headed by a row without label, years left to right') {
    return [{ heading: 'Balansräkning (tkr)', rows: [['', '2020-12-31', '2021-12-31'], ...ascending] }];
  }
  const header = ['Balansräkning (tkr)', '2020-12-31', '2021-12-31'];
  if (layout === 'years left to right') return [{ heading: null, rows: [header, ...ascending] }];
  return [
    { heading: null, rows: [header, ...ascending.slice(0, 4)] },
    { heading: '(forts.)', rows: ascending.slice(4) },
  ];
}

const LAYOUTS: Layout[] = [
  'headed by a row without label',
  'headed by a row without label, years left to right',
  'years left to right',
  'years left to right, cut by a page break',
];

const CASES: [string, Layout, string, string[]][] = LAYOUTS.flatMap((layout): [string, Layout, string, string[]][] => [
  [`${layout}, balances`, layout, '3 500', []],
  [`${layout}, off by 100 tkr this year`, layout, '3 400', ['balance-sheet-mismatch']],
]);

const folder = reportFolder('statement-column-order');

describe('a balance sheet whatever the order and place of its year headings: this year is the latest year, and the findings, exactly', () => {
  it.each(inFormats(CASES, ['docx', 'pdf'] as const))('%s (%s)', async (name, format, layout, total, findings) => {
    const tables = balanceSheet(layout, total);
    const bytes = format === 'pdf' ? await reportPdf(OPENING, tables) : await reportDocx(OPENING, tables);
    const result = await processReport(folder(), name, format, bytes);
    expect(result).toMatchObject({ status: 'ok', kind: 'arsredovisning' });
    const balance = (
      result.record as { statements: { balance: { currentColumn: string | null; rows: { label: string; current: { text: string } | null }[] } | null } }
    ).statements.balance;
    expect(balance?.currentColumn).toBe('2021-12-31');
    // This year's figures, not last year's, whichever side they stand on.
    expect(balance?.rows.find((row) => row.label === 'Kassa och bank')?.current?.text).toBe('3 000');
    expect(balance?.rows.find((row) => row.label === 'Summa eget kapital och skulder')?.current?.text).toBe(total);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
    for (const finding of result.findings) expect(finding.data).toMatchObject({ column: 'current', columnHeading: '2021-12-31' });
  });
});
