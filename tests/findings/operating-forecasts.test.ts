/**
 * A driftredovisning with more than one budget or utfall: a prognosis for the year beside the
 * period's utfall, the year's budget beside the period's, last year's utfall beside this year's. An
 * avvikelse there may be the prognosis's against the budget, the period's utfall against the
 * period's budget, or the change since last year; it is held to the utfall and budget of one period
 * only where the header says which. Read as .docx and as PDF
 * (borderless pdfkit tables) by the real pipeline: the findings are exactly those listed. The
 * period's and the year's columns side by side, in narrow PDF columns whose headings wrap under a
 * balance sheet the PDF reader joins them to, keep their headings whole.
 */
import { describe, expect, it } from 'vitest';
import { Flow } from '../../fixtures/build/pdf/flow.js';
import { PdfkitCanvas } from '../../fixtures/build/pdf/pdfkit-canvas.js';
import { inFormats, processReport, reportDocx, reportIn, reportFolder } from './support/report-files.js';

const OPENING = [
  'Delårsrapport januari–augusti 2022',
  'Samordningsförbundet Exempelbygden',
  'Förvaltningsberättelse',
  'Förbundet har under perioden finansierat sju insatser.',
];

type Rows = string[][];

const LABELS = ['Medlemsavgifter', 'Summa intäkter', 'Insatser', 'Administration', 'Summa kostnader', 'Periodens resultat'];

/** The labels beside each row's figures, under the header. */
function operating(header: string[], figures: string[][]): Rows {
  return [header, ...LABELS.map((label, index) => [label, ...(figures[index] ?? [])])];
}

/** Utfall jan–aug, the year's budget and prognosis, and an avvikelse of the prognosis against the budget. */
const FORECAST_DEVIATION = (heading: string): Rows =>
  operating(
    ['Driftredovisning (tkr)', 'Utfall jan–aug 2022', 'Budget 2022', 'Prognos 2022', heading],
    [
      ['2 667', '4 000', '4 000', '0'],
      ['2 667', '4 000', '4 000', '0'],
      ['-1 800', '-3 000', '-2 800', '200'],
      ['-600', '-1 000', '-950', '50'],
      ['-2 400', '-4 000', '-3 750', '250'],
      ['267', '0', '250', '250'],
    ],
  );

/** The year's budget, the period's utfall and budget, and the period's avvikelse (Insatser's as given). */
const PERIOD_DEVIATION = (insatser: string): Rows =>
  operating(
    ['Driftredovisning (tkr)', 'Budget helår', 'Utfall 220831', 'Budget 220831', 'Avvikelse'],
    [
      ['4 000', '2 667', '2 667', '0'],
      ['4 000', '2 667', '2 667', '0'],
      ['-3 000', '-1 800', '-2 000', insatser],
      ['-1 000', '-600', '-667', '67'],
      ['-4 000', '-2 400', '-2 667', '267'],
      ['0', '267', '0', '267'],
    ],
  );

/** Last year's utfall beside this year's: before it, or after it without a year. */
const LAST_YEAR_FIRST: Rows = operating(
  ['Driftredovisning (tkr)', 'Utfall 2021', 'Utfall 2022', 'Budget 2022', 'Avvikelse'],
  [
    ['2 600', '2 667', '2 667', '0'],
    ['2 600', '2 667', '2 667', '0'],
    ['-2 100', '-1 800', '-2 000', '200'],
    ['-650', '-600', '-667', '67'],
    ['-2 750', '-2 400', '-2 667', '267'],
    ['-150', '267', '0', '267'],
  ],
);
const LAST_YEAR_AFTER: Rows = LAST_YEAR_FIRST.map(([label = '', last = '', ...rest], index) =>
  index === 0 ? [label, 'Utfall', 'Budget', 'Avvikelse', 'Utfall 2021'] : [label, ...rest, last],
);

/** Last year's utfall first, named so but without its year. */
const LAST_YEAR_NAMED = (heading: string): Rows =>
  LAST_YEAR_AFTER.map(([label = '', outcome = '', budget = '', deviation = '', lastYear = ''], index) =>
    index === 0 ? [label, heading, 'Budget', 'Utfall', 'Avvikelse'] : [label, lastYear, budget, outcome, deviation],
  );

/**
 * The year's budget and utfall, last year's utfall, then an avvikelse: the change since last year
 * (`heading` "Avvikelse"; the budget was last year's utfall in half the rows, so half the changes are
 * also the budget's avvikelse), or one named as the budget's, its Insatser row as given.
 */
const AFTER_LAST_YEAR = (heading: string, insatser: string): Rows =>
  operating(
    ['Driftredovisning (tkr)', 'Budget 2022', 'Utfall 2022', 'Utfall 2021', heading],
    [
      ['4 000', '4 000', '4 000', '0'],
      ['4 000', '4 000', '4 000', '0'],
      ['-3 000', '-2 800', '-2 900', insatser],
      ['-1 000', '-950', '-1 000', '50'],
      ['-4 000', '-3 750', '-3 900', heading === 'Avvikelse' ? '150' : '250'],
      ['0', '250', '100', heading === 'Avvikelse' ? '150' : '250'],
    ],
  );

const CASES: [string, Rows, { budget: string | null; deviation: string | null }, string[]][] = [
  ['an avvikelse after last year’s utfall: the change since last year', AFTER_LAST_YEAR('Avvikelse', '100'), { budget: '-3 000', deviation: null }, []],
  ['an avvikelse against the budget after last year’s utfall', AFTER_LAST_YEAR('Avvikelse mot budget', '200'), { budget: '-3 000', deviation: '200' }, []],
  ['…one row off', AFTER_LAST_YEAR('Avvikelse mot budget', '300'), { budget: '-3 000', deviation: '300' }, ['operating-deviation-mismatch']],
  ['last year’s utfall first, "Utfall fg år"', LAST_YEAR_NAMED('Utfall fg år'), { budget: '-2 000', deviation: '200' }, []],
  ['last year’s utfall first, "Utfall föregående år"', LAST_YEAR_NAMED('Utfall föregående år'), { budget: '-2 000', deviation: '200' }, []],
  ['last year’s utfall before this year’s', LAST_YEAR_FIRST, { budget: '-2 000', deviation: '200' }, []],
  ['last year’s utfall after this year’s, which has no year', LAST_YEAR_AFTER, { budget: '-2 000', deviation: '200' }, []],
  ['an avvikelse beside a prognosis', FORECAST_DEVIATION('Avvikelse'), { budget: '-3 000', deviation: null }, []],
  ['an avvikelse that names the prognosis', FORECAST_DEVIATION('Avvikelse prognos mot budget'), { budget: '-3 000', deviation: null }, []],
  ['the period’s avvikelse beside the year’s budget', PERIOD_DEVIATION('200'), { budget: '-2 000', deviation: '200' }, []],
  ['…one row off', PERIOD_DEVIATION('300'), { budget: '-2 000', deviation: '300' }, ['operating-deviation-mismatch']],
];

const folder = reportFolder('operating-forecasts');

describe('a driftredovisning with a prognosis or two budgets: the findings, exactly', () => {
  it.each(inFormats(CASES, ['docx', 'pdf'] as const))('%s (%s)', async (name, format, rows, insatser, findings) => {
    const tables = [{ heading: null, rows }];
    const result = await processReport(folder(), name, format, await reportIn(format, OPENING, tables));
    expect(result).toMatchObject({ status: 'ok', kind: 'delarsrapport' });
    const operatingRows = (
      result.record as { statements: { operating: { rows: { label: string; budget: { text: string } | null; deviation: { text: string } | null }[] } | null } }
    ).statements.operating?.rows;
    const row = operatingRows?.find((candidate) => candidate.label === 'Insatser');
    expect({ budget: row?.budget?.text ?? null, deviation: row?.deviation?.text ?? null }).toEqual(insatser);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });
});

const BALANCE: Rows = [
  ['Balansräkning (tkr)', '2022-08-31', '2021-12-31'],
  ['Kassa och bank', '2 497', '2 430'],
  ['Summa tillgångar', '2 497', '2 430'],
  ['Eget kapital', '2 097', '1 830'],
  ['Kortfristiga skulder', '400', '600'],
  ['Summa eget kapital och skulder', '2 497', '2 430'],
];

const PERIOD_AND_YEAR: Rows = [
  ['Driftredovisning (tkr)', 'Budget jan–aug', 'Utfall jan–aug', 'Avvikelse', 'Budget helår', 'Prognos helår', 'Avvikelse helår'],
  ['Medlemsavgifter', '4 000', '4 000', '0', '6 000', '6 000', '0'],
  ['Insatser', '-3 400', '-3 150', '250', '-5 100', '-4 900', '200'],
  ['Administration', '-600', '-583', '17', '-900', '-850', '50'],
  ['Periodens resultat', '0', '267', '267', '0', '250', '250'],
];

/** Both tables right under each other, in columns too narrow for "Budget jan–aug" on one line. */
async function narrowPdf(): Promise<Uint8Array> {
  const canvas = new PdfkitCanvas('Dokument');
  const flow = new Flow(canvas);
  for (const line of OPENING) flow.paragraph(line, { size: 10 }, { spaceAfter: 8 });
  for (const rows of [BALANCE, PERIOD_AND_YEAR]) {
    const columns = [{ x: 0, width: 100 }, ...Array.from({ length: 6 }, (_, index) => ({ x: 109 + index * 60, width: 51, align: 'right' as const }))];
    flow.table(rows, columns, { size: 9 }, { boldFirstRow: true });
  }
  return canvas.finish();
}

describe('the period’s and the year’s columns side by side, under a balance sheet', () => {
  it.each(['docx', 'pdf'] as const)('keeps the headings whole and gives no finding (%s)', async (format) => {
    const tables = [
      { heading: null, rows: BALANCE },
      { heading: null, rows: PERIOD_AND_YEAR },
    ];
    const result = await processReport(folder(), 'period and year', format, format === 'docx' ? await reportDocx(OPENING, tables) : await narrowPdf());
    const insatser = (
      result.record as { statements: { operating: { rows: { label: string; budget: { text: string } | null; outcome: { text: string } | null }[] } | null } }
    ).statements.operating?.rows.find((row) => row.label === 'Insatser');
    expect({ budget: insatser?.budget?.text, outcome: insatser?.outcome?.text }).toEqual({ budget: '-3 400', outcome: '-3 150' });
    expect(result.findings.map((finding) => finding.ruleId)).toEqual([]);
  });
});

/** Costs first, written without a minus: the insatser's summa, the kansli under it, their summa, then the income and the result. */
const COSTS_FIRST = (result: string): Rows => [
  ['Driftredovisning (tkr)', 'Budget 2022', 'Utfall 2022', 'Avvikelse'],
  ['Steget vidare', '1 600', '1 550', '50'],
  ['Ung framtid', '1 200', '1 180', '20'],
  ['Hälsa och arbete', '900', '910', '-10'],
  ['Summa insatser', '3 700', '3 640', '60'],
  ['Kansli', '900', '847', '53'],
  ['Summa kostnader', '4 600', '4 487', '113'],
  ['Medlemsavgifter', '4 600', '4 600', '0'],
  ['Årets resultat', '0', result, '113'],
];

describe('a driftredovisning with its costs first and a row under the insatser’s summa', () => {
  it.each(
    inFormats(
      [
        ['that adds up', '113', []],
        // Its avvikelse, 113, is what the rows make the result: the result's utfall is the one wrong figure.
        ['its result off', '213', ['statement-sum-mismatch']],
      ] as [string, string, string[]][],
      ['docx', 'pdf'] as const,
    ),
  )('%s (%s)', async (name, format, result, findings) => {
    const opening = [
      'Årsredovisning 2022',
      'Samordningsförbundet Exempelbygden',
      'Förvaltningsberättelse',
      'Förbundet har under året finansierat tre insatser.',
    ];
    const tables = [{ heading: null, rows: COSTS_FIRST(result) }];
    const processed = await processReport(folder(), `costs first ${name}`, format, await reportIn(format, opening, tables));
    expect(processed).toMatchObject({ status: 'ok', kind: 'arsredovisning' });
    expect(processed.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });
});
