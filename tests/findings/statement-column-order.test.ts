/**
 * A balance sheet whose year columns are headed by a row with no label ("| 2021-12-31 | 2020-12-31",
 * which a PDF reader sets as a line above the table), whose years run left to right ("2020-12-31 |
 * 2021-12-31"), and which a page break cuts ("(forts.)" over a table without a header). Read as .docx
 * and as PDF (borderless pdfkit tables) by the real pipeline, the year's column is the latest year's
 * wherever it stands, and the findings are exactly those listed: none on a sheet that balances. An
 * interim report's income statement keeps its period's column and last year's same period, beside
 * last year's whole year, a forecast or a budget, also where a PDF wraps the headings.
 */
import { describe, expect, it } from 'vitest';
import { ANNUAL_REPORT_OPENING, inFormats, processReport, reportDocx, reportFolder, reportPdf, type TitledTable } from './support/report-files.js';

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
    const bytes = format === 'pdf' ? await reportPdf(ANNUAL_REPORT_OPENING, tables) : await reportDocx(ANNUAL_REPORT_OPENING, tables);
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

const INTERIM_OPENING = [
  'Delårsrapport januari–augusti 2021',
  'Samordningsförbundet Exempelbygden',
  'Förvaltningsberättelse',
  'Periodens resultat är 100 tkr.',
];

/** An interim report's income statement: the period's utfall beside last year's whole year and period, or beside a forecast and a budget. */
const INTERIM_CASES: [string, string[][], { current: string; previous: string | null; result: [string, string | null] }][] = [
  [
    "last year's whole year first, then the period this year and last",
    [
      ['Resultaträkning (tkr)', 'Helår 2020', 'Jan–aug 2021', 'Jan–aug 2020'],
      ['Medlemsavgifter', '10 000', '6 800', '6 667'],
      ['Summa intäkter', '10 000', '6 800', '6 667'],
      ['Kostnader för insatser', '−7 500', '−5 000', '−4 800'],
      ['Administration', '−2 400', '−1 700', '−1 500'],
      ['Summa kostnader', '−9 900', '−6 700', '−6 300'],
      ['Periodens resultat', '200', '100', '367'],
    ],
    { current: 'Jan–aug 2021', previous: 'Jan–aug 2020', result: ['100', '367'] },
  ],
  [
    'the utfall beside a forecast and a budget, its heading wrapped',
    [
      ['Resultaträkning (tkr)', 'Utfall jan–aug 2021', 'Prognos helår 2021', 'Budget 2021'],
      ['Medlemsavgifter', '6 800', '10 200', '10 200'],
      ['Summa intäkter', '6 800', '10 200', '10 200'],
      ['Kostnader för insatser', '−5 000', '−7 800', '−8 000'],
      ['Administration', '−1 700', '−2 400', '−2 200'],
      ['Summa kostnader', '−6 700', '−10 200', '−10 200'],
      ['Periodens resultat', '100', '0', '0'],
    ],
    { current: 'Utfall jan–aug 2021', previous: null, result: ['100', null] },
  ],
];

describe("an interim report's income statement: the period's column and last year's same period, whole headings in a PDF too", () => {
  it.each(inFormats(INTERIM_CASES, ['docx', 'pdf'] as const))('%s (%s)', async (name, format, rows, expected) => {
    const tables = [{ heading: null, rows }];
    const bytes = format === 'pdf' ? await reportPdf(INTERIM_OPENING, tables) : await reportDocx(INTERIM_OPENING, tables);
    const result = await processReport(folder(), `interim ${name}`, format, bytes);
    expect(result).toMatchObject({ status: 'ok', kind: 'delarsrapport' });
    const income = (
      result.record as {
        statements: {
          income: {
            currentColumn: string | null;
            previousColumn: string | null;
            rows: { label: string; current: { text: string } | null; previous: { text: string } | null }[];
          } | null;
        };
      }
    ).statements.income;
    expect({ current: income?.currentColumn, previous: income?.previousColumn }).toEqual({ current: expected.current, previous: expected.previous });
    const periodResult = income?.rows.find((row) => row.label === 'Periodens resultat');
    expect([periodResult?.current?.text ?? null, periodResult?.previous?.text ?? null]).toEqual(expected.result);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual([]);
  });
});

describe('a driftredovisning headed "Utfall | Budget | Avvikelse", cut by a page break: each row its budget and its utfall', () => {
  it.each(['docx', 'pdf'] as const)('%s', async (format) => {
    const tables = [
      {
        heading: null,
        rows: [
          ['Driftredovisning (tkr)', 'Utfall 2021', 'Budget 2021', 'Avvikelse'],
          ['Medlemsavgifter', '10 200', '10 200', '0'],
          ['Summa intäkter', '10 200', '10 200', '0'],
        ],
      },
      {
        heading: '(forts.)',
        rows: [
          ['Insatser', '−7 800', '−8 000', '200'],
          ['Administration', '−2 400', '−2 200', '−200'],
          ['Summa kostnader', '−10 200', '−10 200', '0'],
          ['Årets resultat', '0', '0', '0'],
        ],
      },
    ];
    const bytes = format === 'pdf' ? await reportPdf(ANNUAL_REPORT_OPENING, tables) : await reportDocx(ANNUAL_REPORT_OPENING, tables);
    const result = await processReport(folder(), 'operating cut', format, bytes);
    expect(result).toMatchObject({ status: 'ok', kind: 'arsredovisning', findings: [] });
    const rows = (
      result.record as { statements: { operating: { rows: { label: string; budget: { text: string } | null; outcome: { text: string } | null }[] } | null } }
    ).statements.operating?.rows;
    const insatser = rows?.find((row) => row.label === 'Insatser');
    expect({ budget: insatser?.budget?.text, outcome: insatser?.outcome?.text }).toEqual({ budget: '−8 000', outcome: '−7 800' });
  });
});
