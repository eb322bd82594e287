/**
 * A table's header again inside it — over the rest of a table on a new page, or over a second part —
 * is no row of figures: an annual report's table of insatser in two parts, a resultaträkning and a
 * balansräkning (with a column of notes) whose header repeats over their rest, a driftredovisning
 * whose Summa is off while its avvikelse fits the rows (the Summa's finding, not the avvikelse's).
 * Read by the real pipeline as .docx and as PDF (pdfkit, borderless), each file gives exactly the
 * findings listed.
 */
import { describe, expect, it } from 'vitest';
import { ANNUAL_REPORT_OPENING, inFormats, processReport, reportFolder, reportIn, type TitledTable } from './support/report-files.js';

const INCOME_HEADER = ['Resultaträkning (kr)', 'Not', '2021', '2020'];
const incomeRows = (costs: string): [string[][], string[][]] => [
  [
    INCOME_HEADER,
    ['Medlemsavgifter', '1', '4 000 000', '4 000 000'],
    ['Övriga intäkter', '', '50 000', '20 000'],
    ['Summa intäkter', '', '4 050 000', '4 020 000'],
  ],
  [
    INCOME_HEADER,
    ['Insatser', '2', '-2 500 000', '-2 700 000'],
    ['Kansli', '', '-1 200 000', '-1 100 000'],
    ['Summa kostnader', '', costs, '-3 800 000'],
    ['Årets resultat', '', '350 000', '220 000'],
  ],
];
const BALANCE_HEADER = ['Balansräkning (kr)', 'Not', '2021-12-31', '2020-12-31'];
const balanceRows = (assets: string): [string[][], string[][]] => [
  [
    BALANCE_HEADER,
    ['Kortfristiga fordringar', '3', '234 500', '120 200'],
    ['Kassa och bank', '', '1 799 600', '1 679 800'],
    ['Summa tillgångar', '', assets, '1 800 000'],
  ],
  [
    BALANCE_HEADER,
    ['Eget kapital', '4', '1 534 100', '1 300 000'],
    ['Kortfristiga skulder', '', '500 000', '500 000'],
    ['Summa eget kapital och skulder', '', '2 034 100', '1 800 000'],
  ],
];

/** A statement as one table with its header again over its second part, or as two tables, the second on a new page. */
const asOne = ([first, second]: [string[][], string[][]], heading: string): TitledTable[] => [{ heading, rows: [...first, ...second] }];
const asTwo = ([first, second]: [string[][], string[][]], heading: string): TitledTable[] => [
  { heading, rows: first },
  { heading: null, newPage: true, rows: second },
];

const STATEMENTS: [string, TitledTable[], string[]][] = [
  ['a resultaträkning in one table, adding up', asOne(incomeRows('-3 700 000'), 'Resultaträkning'), []],
  ['a resultaträkning in one table, its Summa kostnader off', asOne(incomeRows('-3 710 000'), 'Resultaträkning'), ['statement-sum-mismatch']],
  ['a resultaträkning over two pages, its Summa kostnader off', asTwo(incomeRows('-3 710 000'), 'Resultaträkning'), ['statement-sum-mismatch']],
  ['a balansräkning over two pages, adding up', asTwo(balanceRows('2 034 100'), 'Balansräkning'), []],
  [
    'a balansräkning over two pages, its Summa tillgångar off',
    asTwo(balanceRows('2 044 100'), 'Balansräkning'),
    ['balance-sheet-mismatch', 'statement-sum-mismatch'],
  ],
];

const DRIFT_HEADER = ['Verksamhet', 'Budget 2021', 'Utfall 2021', 'Avvikelse'];
const drift = (summa: string[]): TitledTable[] => [
  {
    heading: 'Driftredovisning',
    rows: [
      DRIFT_HEADER,
      ['Medlemsavgifter', '4 000 000', '4 000 000', '0'],
      ['Steget', '-500 000', '-480 000', '20 000'],
      ['Vägen', '-300 000', '-310 000', '-10 000'],
      ['Kansli', '-1 200 000', '-1 150 000', '50 000'],
      ['Summa kostnader', ...summa],
      ['Årets resultat', '2 000 000', '2 060 000', '60 000'],
    ],
  },
];
const DRIFT: [string, TitledTable[], string[]][] = [
  // −1 940 000 is the rows' utfall, and 60 000 its avvikelse from −2 000 000: the Summa's utfall is the one wrong figure.
  ['its Summa’s utfall off, the avvikelse fitting the rows', drift(['-2 000 000', '-1 950 000', '60 000']), ['statement-sum-mismatch']],
  ['its Summa’s avvikelse off', drift(['-2 000 000', '-1 940 000', '50 000']), ['operating-deviation-mismatch']],
];

describe('a statement’s header again over its rest', () => {
  const folder = reportFolder('statement-headers');

  it.each(
    inFormats(
      [...STATEMENTS, ...DRIFT.map(([name, tables, findings]): [string, TitledTable[], string[]] => [`a driftredovisning, ${name}`, tables, findings])],
      ['docx', 'pdf'] as const,
    ),
  )('%s (%s)', async (name, format, tables, findings) => {
    const result = await processReport(folder(), name, format, await reportIn(format, [...ANNUAL_REPORT_OPENING], tables));
    expect(result).toMatchObject({ status: 'ok', kind: 'arsredovisning' });
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });
});

describe('an annual report’s table of insatser in two parts, each under its header', () => {
  const folder = reportFolder('insatser-in-parts');
  const part = (first: string[], second: string[], summa: string): string[][] => [['Insats', 'Budget', 'Utfall'], first, second, ['Summa', '', summa]];
  const parts = (closedSumma: string): [string[][], string[][]] => [
    part(['Steget', '500 000', '480 000'], ['Vägen', '300 000', '310 000'], '790 000'),
    part(['Lotsen', '150 000', '140 000'], ['Navet', '50 000', '45 000'], closedSumma),
  ];
  const CASES: [string, string, string[]][] = [
    ['adding up', '185 000', []],
    ['the second part’s Summa off', '195 000', ['aggregate-mismatch']],
  ];

  it.each(inFormats(CASES, ['docx', 'pdf'] as const))('one table, the header repeated over its second part: %s (%s)', async (name, format, summa, findings) => {
    const [first, second] = parts(summa);
    const rows = [...first, ...second, ['Totalt', '', '975 000']];
    const result = await processReport(folder(), name, format, await reportIn(format, [...ANNUAL_REPORT_OPENING], [{ heading: 'Insatser under året', rows }]));
    expect(result).toMatchObject({ status: 'ok', kind: 'arsredovisning' });
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });

  // A .docx gives two Word tables, a PDF without borders one: both are read whole, with a total of both under them.
  it.each(inFormats(CASES, ['docx', 'pdf'] as const))(
    'two tables, each under its title, and a total of both: %s (%s)',
    async (name, format, summa, findings) => {
      const [first, second] = parts(summa);
      const tables = [
        { heading: 'Pågående insatser', rows: first },
        { heading: 'Avslutade insatser', rows: [...second, ['Totalt', '', '975 000']] },
      ];
      const result = await processReport(folder(), `titled-${name}`, format, await reportIn(format, [...ANNUAL_REPORT_OPENING], tables));
      expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
      const interventions = (result.record as { interventions: { name: string }[] }).interventions.map((intervention) => intervention.name);
      expect(interventions).toEqual(['Steget', 'Vägen', 'Lotsen', 'Navet']);
    },
  );
});
