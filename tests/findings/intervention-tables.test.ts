/**
 * An annual report that describes no intervention in an appendix but lists the year's insatser in
 * a table of their money ("Insats | Budget | Utfall", with an avvikelse or a share in per cent
 * beside, "Insats | Huvudman | Beviljat belopp",
 * "Insats | 2021 | 2020" under "Kostnader per insats (tkr)"). Read as .docx and as PDF by the real
 * pipeline, each row with money is an intervention, and the findings are exactly those listed: none
 * where each Summa is the sum of the rows it closes (its group's, or all of them), one where it is
 * not; none from a column of last year or next, a row of the kansli after the insatser's Summa, a
 * row whose utfall is blank, or a table with the förbund's income among its rows; nor is a total
 * the prose states of the insatser held to such a table.
 */
import { describe, expect, it } from 'vitest';
import { ANNUAL_REPORT_OPENING, inFormats, processReport, reportIn, reportFolder } from './support/report-files.js';

const BUDGET_AND_OUTCOME = (outcomeSumma: string, lotsenOutcome = '760 000', budgetSumma = '2 500 000'): string[][] => [
  ['Insats', 'Budget', 'Utfall'],
  ['Steget vidare', '1 200 000', '1 150 000'],
  ['Lotsen', '800 000', lotsenOutcome],
  ['Jobbverkstan', '500 000', '520 000'],
  ['Summa', budgetSumma, outcomeSumma],
];

/** The year's utfall alone, one cell of it no amount. */
const ONE_COLUMN = (lotsen: string, summa: string): string[][] => [
  ['Insats', 'Utfall 2021'],
  ['Steget vidare', '400 000'],
  ['Lotsen', lotsen],
  ['Jobbverkstan', '300 000'],
  ['Summa', summa],
];

const GRANTED = (total: string): string[][] => [
  ['Insats', 'Huvudman', 'Beviljat belopp'],
  ['Steget vidare', 'Norrby kommun', '1 200 000'],
  ['Lotsen', 'Arbetsförmedlingen', '800 000'],
  ['Jobbverkstan', 'Region Norr', '500 000'],
  ['Totalt', '', total],
];

/** This year's costs and last year's, in tkr as the caption says. */
const TWO_YEARS = (thisYear: string, lastYear: string): string[][] => [
  ['Insats', '2021', '2020'],
  ['Steget vidare', '1 150', '1 100'],
  ['Lotsen', '760', '700'],
  ['Summa insatser', thisYear, lastYear],
];

const GROUP_HEADINGS = (outcomeSumma: string): string[][] => [
  ['Insats', 'Budget', 'Utfall'],
  ['Individinriktade insatser', '', ''],
  ['Steget vidare', '1 200 000', '1 150 000'],
  ['Lotsen', '800 000', '760 000'],
  ['Strukturinriktade insatser', '', ''],
  ['Kompetensutveckling', '200 000', '150 000'],
  ['Summa', '2 200 000', outcomeSumma],
];

const VARAV = (outcomeSumma: string): string[][] => [
  ['Insats', 'Budget', 'Utfall'],
  ['Steget vidare', '1 200 000', '1 150 000'],
  ['varav Norrby', '600 000', '575 000'],
  ['Lotsen', '800 000', '760 000'],
  ['Summa', '2 000 000', outcomeSumma],
];

/** The same with each insats's avvikelse beside (Lotsen's as given), overruns negative. */
const WITH_DEVIATION = (lotsen: string): string[][] =>
  BUDGET_AND_OUTCOME('2 430 000').map((row, index) => [...row, index === 0 ? 'Avvikelse' : (['50 000', lotsen, '-20 000', '70 000'][index - 1] ?? '')]);

/** Last year's utfall beside this year's, and an avvikelse of this year's utfall against last year's. */
const LAST_YEAR_BESIDE: string[][] = [
  ['Insats', 'Budget 2021', 'Utfall 2021', 'Utfall 2020', 'Avvikelse'],
  ['Steget vidare', '1 200 000', '1 150 000', '1 100 000', '50 000'],
  ['Lotsen', '800 000', '760 000', '700 000', '60 000'],
  ['Summa', '2 000 000', '1 910 000', '1 800 000', '110 000'],
];

/** Each insats's share of the whole utfall, under a heading that may as well name the share spent. */
const SHARE_OF_WHOLE: string[][] = BUDGET_AND_OUTCOME('2 430 000').map((row, index) => [
  ...row,
  index === 0 ? 'Utfall i %' : (['47 %', '31 %', '21 %', '100 %'][index - 1] ?? ''),
]);

/** A prognosis for the year beside the utfall, and the avvikelse of the prognosis against the budget. */
const WITH_FORECAST: string[][] = [
  ['Insats', 'Budget', 'Utfall', 'Prognos', 'Avvikelse'],
  ['Steget vidare', '1 200 000', '1 150 000', '1 180 000', '20 000'],
  ['Lotsen', '800 000', '760 000', '800 000', '0'],
  ['Summa', '2 000 000', '1 910 000', '1 980 000', '20 000'],
];

/** The same with the share of each budget spent beside: a column in per cent, no utfall. */
const WITH_SHARE = (outcomeSumma: string, jobbverkstan = '104 %'): string[][] =>
  BUDGET_AND_OUTCOME(outcomeSumma).map((row, index) => [...row, index === 0 ? 'Förbrukat %' : (['96 %', '95 %', jobbverkstan, '97 %'][index - 1] ?? '')]);

/** A Summa per group, then a Totalt of them all; or the last group without a Summa of its own. */
const GROUP_TOTALS = (individ: string, total: string, lastGroupSumma = true): string[][] => [
  ['Insats', 'Budget', 'Utfall'],
  ['Individinriktade insatser', '', ''],
  ['Steget vidare', '1 200 000', '1 150 000'],
  ['Lotsen', '800 000', '760 000'],
  ['Summa individinriktade insatser', '2 000 000', individ],
  ['Strukturinriktade insatser', '', ''],
  ['Kompetensutveckling', '200 000', '150 000'],
  ...(lastGroupSumma ? [['Summa strukturinriktade insatser', '200 000', '150 000']] : []),
  ['Totalt', '2 200 000', total],
];

/** A bare "Summa" under each group: each closes its own, and the Totalt all. */
const BARE_SUMMAS = (second: string): string[][] => [
  ['Insats', 'Budget', 'Utfall'],
  ['Steget vidare', '1 200 000', '1 150 000'],
  ['Lotsen', '800 000', '760 000'],
  ['Summa', '2 000 000', '1 910 000'],
  ['Kompetensutveckling', '200 000', '150 000'],
  ['Metodstöd', '100 000', '90 000'],
  ['Summa', '300 000', second],
  ['Totalt', '2 300 000', '2 150 000'],
];

/** The insatser's Summa, the kansli, then a Totalt of both: the whole förbund's, not read. */
const KANSLI_AFTER: string[][] = [
  ['Insats', 'Budget', 'Utfall'],
  ['Steget vidare', '1 200 000', '1 150 000'],
  ['Lotsen', '800 000', '760 000'],
  ['Summa insatser', '2 000 000', '1 990 000'],
  ['Kansli', '600 000', '590 000'],
  ['Totalt', '2 600 000', '2 500 000'],
];

/** An utfall written as a dash (a zero), or left blank (not given: its Summa cannot be checked). */
const DASH_OR_BLANK = (cell: string, outcomeSumma: string): string[][] => [
  ['Insats', 'Budget', 'Utfall'],
  ['Steget vidare', '1 200 000', '1 150 000'],
  ['Lotsen', '800 000', cell],
  ['Summa', '2 000 000', outcomeSumma],
];

const NEXT_YEAR: string[][] = [
  ['Insats', 'Budget 2022'],
  ['Steget vidare', '1 200 000'],
  ['Lotsen', '800 000'],
  ['Summa', '2 100 000'],
];

/** The förbund's income and its insatser's costs under one "Summa kostnader": a budget follow-up of the whole förbund. */
const INCOME_AMONG_THEM = (header: string): string[][] => [
  [header, 'Budget', 'Utfall'],
  ['Medlemsavgifter', '3 000 000', '3 000 000'],
  ['Steget vidare', '1 200 000', '1 150 000'],
  ['Lotsen', '800 000', '760 000'],
  ['Summa kostnader', '2 000 000', '1 910 000'],
];

/** An insats that used nothing this year and one well over its budget: what appendix blocks are warned of, not a table's rows. */
const ZERO_AND_OVER: string[][] = [
  ['Insats', 'Beviljat belopp', 'Kostnad 2021'],
  ['Steget vidare', '1 200 000', '1 650 000'],
  ['Förstudie Lotsen', '200 000', '0'],
  ['Summa', '1 400 000', '1 650 000'],
];

/** The utfall since the insats began beside this year's budget: not the year's utfall, not read. */
const SINCE_START = (outcomeSumma: string): string[][] => [
  ['Insats', 'Budget 2021', 'Utfall totalt'],
  ['Steget vidare', '1 200 000', '3 150 000'],
  ['Lotsen', '800 000', '1 760 000'],
  ['Summa', '2 000 000', outcomeSumma],
];

const THREE = ['Steget vidare', 'Lotsen', 'Jobbverkstan'];
const TWO = ['Steget vidare', 'Lotsen'];
const GROUPED = ['Steget vidare', 'Lotsen', 'Kompetensutveckling'];
const FOUR = ['Steget vidare', 'Lotsen', 'Kompetensutveckling', 'Metodstöd'];

const CASES: [string, string | null, string[][], string[], string[]][] = [
  ['"Insats | Budget | Utfall" that adds up', null, BUDGET_AND_OUTCOME('2 430 000'), THREE, []],
  ['"Insats | Budget | Utfall", the Summa utfall off its rows', null, BUDGET_AND_OUTCOME('2 530 000'), THREE, ['aggregate-mismatch']],
  [
    '"Samverkansinsatser 2021 | Budget 2021 | Utfall 2021 | Avvikelse", the Summa utfall off',
    null,
    [
      ['Samverkansinsatser 2021', 'Budget 2021', 'Utfall 2021', 'Avvikelse'],
      ['Steget vidare', '1 200 000', '1 150 000', '50 000'],
      ['Lotsen', '800 000', '760 000', '40 000'],
      ['Summa', '2 000 000', '1 990 000', '10 000'],
    ],
    TWO,
    ['aggregate-mismatch'],
  ],
  // An insats's avvikelse was not read: one off its budget and utfall went unchecked.
  ['"Insats | Budget | Utfall | Avvikelse" that adds up', null, WITH_DEVIATION('40 000'), THREE, []],
  ['"Insats | Budget | Utfall | Avvikelse", one insats\'s avvikelse off', null, WITH_DEVIATION('60 000'), THREE, ['budget-deviation-mismatch']],
  // Beside last year's utfall the avvikelse may be the change since last year: not held to this year's budget.
  ['"Insats | Budget 2021 | Utfall 2021 | Utfall 2020 | Avvikelse": the avvikelse not checked', null, LAST_YEAR_BESIDE, TWO, []],
  // "Utfall i %" may be each insats's share of the whole utfall: a column most of whose rows are off is no share spent.
  ['"Utfall i %" summing to 100, each insats\'s share of the utfall: not checked', null, SHARE_OF_WHOLE, THREE, []],
  // Beside a prognosis the avvikelse may be the prognosis's against the budget: not held to the utfall.
  ['"Insats | Budget | Utfall | Prognos | Avvikelse": the avvikelse not checked', null, WITH_FORECAST, TWO, []],
  // "Förbrukat %" named a second utfall, so the table was not read and its Summa went unchecked.
  ['"Insats | Budget | Utfall | Förbrukat %" that adds up', null, WITH_SHARE('2 430 000'), THREE, []],
  ['"Insats | Budget | Utfall | Förbrukat %", the Summa utfall off its rows', null, WITH_SHARE('2 530 000'), THREE, ['aggregate-mismatch']],
  ['"Insats | Budget | Utfall | Förbrukat %", one insats\'s share off', null, WITH_SHARE('2 430 000', '84 %'), THREE, ['percentage-mismatch']],
  ['"Beviljat belopp" beside a column of huvudmän', null, GRANTED('2 500 000'), THREE, []],
  ['"Beviljat belopp", the Totalt off its rows', null, GRANTED('2 600 000'), THREE, ['aggregate-mismatch']],
  ["this year's and last year's costs in tkr, last year's Summa off", 'Kostnader per insats (tkr)', TWO_YEARS('1 910', '1 850'), TWO, []],
  ["this year's and last year's costs in tkr, this year's Summa off", 'Kostnader per insats (tkr)', TWO_YEARS('2 010', '1 800'), TWO, ['aggregate-mismatch']],
  ['rows of group headings without money', null, GROUP_HEADINGS('2 060 000'), ['Steget vidare', 'Lotsen', 'Kompetensutveckling'], []],
  ['rows of group headings, the Summa off', null, GROUP_HEADINGS('2 160 000'), ['Steget vidare', 'Lotsen', 'Kompetensutveckling'], ['aggregate-mismatch']],
  ['a "varav" row under an insats', null, VARAV('1 910 000'), TWO, []],
  ['a "varav" row under an insats, the Summa off', null, VARAV('1 960 000'), TWO, ['aggregate-mismatch']],
  ["the kansli after the insatser's Summa, then a Totalt: not read", null, KANSLI_AFTER, [], []],
  ['a Summa per group, then a Totalt', null, GROUP_TOTALS('1 910 000', '2 060 000'), GROUPED, []],
  ['a Summa per group, then a Totalt off the rows', null, GROUP_TOTALS('1 910 000', '2 160 000'), GROUPED, ['aggregate-mismatch']],
  ["a Summa per group, one group's off its rows", null, GROUP_TOTALS('1 960 000', '2 060 000'), GROUPED, ['aggregate-mismatch']],
  ['a bare "Summa" under each group, then a Totalt', null, BARE_SUMMAS('240 000'), FOUR, []],
  ['a bare "Summa" under each group, the second off its rows', null, BARE_SUMMAS('250 000'), FOUR, ['aggregate-mismatch']],
  ['the last group without a Summa of its own before the Totalt', null, GROUP_TOTALS('1 910 000', '2 060 000', false), GROUPED, []],
  ['the last group without a Summa of its own, the Totalt off the rows', null, GROUP_TOTALS('1 910 000', '2 160 000', false), GROUPED, ['aggregate-mismatch']],
  ['an utfall written as a dash, a zero', null, DASH_OR_BLANK('–', '1 150 000'), TWO, []],
  ['an utfall written as a dash, the Summa off the rows', null, DASH_OR_BLANK('–', '1 250 000'), TWO, ['aggregate-mismatch']],
  ['an utfall left blank: its Summa not checked', null, DASH_OR_BLANK('', '1 250 000'), TWO, []],
  // A cell that is no amount: the row is still the Summa's, whose sum is unknown — said so, not summed without it.
  [
    'an utfall that is no amount, in a table of one column: its Summa not checked, said so',
    null,
    ONE_COLUMN('se not 3', '1 000 000'),
    THREE,
    ['unread-figure'],
  ],
  [
    'an utfall that is no amount beside a budget: its Summa not checked, said so',
    null,
    BUDGET_AND_OUTCOME('2 430 000', 'ca 760 000'),
    THREE,
    ['unread-figure'],
  ],
  [
    'the budget off its Summa beside an utfall that is no amount',
    null,
    BUDGET_AND_OUTCOME('2 430 000', 'se not 3', '2 600 000'),
    THREE,
    ['aggregate-mismatch', 'unread-figure'],
  ],
  ["next year's budget: not the year's interventions", 'Insatser som beviljats för nästa år', NEXT_YEAR, [], []],
  ["a row of no cost this year and one over its grant: no warning on a table's rows", null, ZERO_AND_OVER, ['Steget vidare', 'Förstudie Lotsen'], []],
  ["the utfall since the start beside the budget of the year, its Summa off: not the year's, not read", null, SINCE_START('5 010 000'), TWO, []],
  [
    "the utfall since the start beside the budget of the year, the budget's Summa off",
    null,
    SINCE_START('4 910 000').map((row) => (row[0] === 'Summa' ? ['Summa', '2 100 000', '4 910 000'] : row)),
    TWO,
    ['aggregate-mismatch'],
  ],
  ['the förbund\'s income among the rows under "Insats": not read', null, INCOME_AMONG_THEM('Insats'), [], []],
  ['"Verksamhet | Budget | Utfall", a budget follow-up of the förbund: not read', 'Budgetuppföljning', INCOME_AMONG_THEM('Verksamhet'), [], []],
];

const folder = reportFolder('intervention-tables');

describe('the interventions of an annual report as a table of their money: its rows and the findings, exactly', () => {
  it.each(inFormats(CASES, ['docx', 'pdf'] as const))('%s (%s)', async (name, format, heading, rows, names, findings) => {
    const result = await processReport(folder(), name, format, await reportIn(format, ANNUAL_REPORT_OPENING, [{ heading, rows }]));
    expect(result).toMatchObject({ status: 'ok', kind: 'arsredovisning' });
    const record = result.record as { interventions: { name: string }[] };
    expect(record.interventions.map((intervention) => intervention.name)).toEqual(names);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });

  it.each(['docx', 'pdf'] as const)('holds no total in prose to a table of the individinriktade insatser, which need not be them all (%s)', async (format) => {
    const opening = [...ANNUAL_REPORT_OPENING, 'Förbundet har under året finansierat insatser för 2 900 000 kr.'];
    const rows = BUDGET_AND_OUTCOME('2 430 000');
    const result = await processReport(
      folder(),
      `prose total ${format}`,
      format,
      await reportIn(format, opening, [{ heading: 'Individinriktade insatser', rows }]),
    );
    expect(result).toMatchObject({ status: 'ok', kind: 'arsredovisning', findings: [] });
    const record = result.record as { interventions: { source?: string }[] };
    expect(record.interventions.map((intervention) => intervention.source)).toEqual(['table', 'table', 'table']);
  });

  it.each(
    inFormats(
      [
        ["the period's utfall beside the year's budget and prognosis", '1 250 000', []],
        ["the period's utfall beside the year's budget and prognosis, its Summa off", '1 350 000', ['aggregate-mismatch']],
      ] as [string, string, string[]][],
      ['docx', 'pdf'] as const,
    ),
  )('an interim report: %s (%s)', async (name, format, outcomeSumma, findings) => {
    const opening = ['Delårsrapport januari–augusti 2021', 'Samordningsförbundet Exempelbygden', 'Förvaltningsberättelse'];
    const rows = [
      ['Insats', 'Budget 2021', 'Utfall jan–aug 2021', 'Prognos 2021'],
      ['Steget vidare', '1 200 000', '750 000', '1 150 000'],
      ['Lotsen', '800 000', '500 000', '760 000'],
      ['Summa', '2 000 000', outcomeSumma, '1 910 000'],
    ];
    const result = await processReport(folder(), `interim ${name}`, format, await reportIn(format, opening, [{ heading: null, rows }]));
    expect(result).toMatchObject({ status: 'ok', kind: 'delarsrapport' });
    const record = result.record as { interventions: { name: string; outcome: { sek: number } | null }[] };
    expect(record.interventions.map((intervention) => [intervention.name, intervention.outcome?.sek])).toEqual([
      ['Steget vidare', 750_000],
      ['Lotsen', 500_000],
    ]);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });

  it.each([
    ['without its header repeated', false, '2 430 000', []],
    ['with its header repeated', true, '2 430 000', []],
    ['its Summa off the rows of both pages', true, '2 530 000', ['aggregate-mismatch']],
  ] as [string, boolean, string, string[]][])('a PDF table across a page break, %s', async (name, repeated, outcomeSumma, findings) => {
    const rows = BUDGET_AND_OUTCOME(outcomeSumma);
    const header = rows[0] ?? [];
    const tables = [
      { heading: null, rows: rows.slice(0, 3) },
      { heading: null, rows: [...(repeated ? [header] : []), ...rows.slice(3)], newPage: true },
    ];
    const result = await processReport(folder(), `across pages ${name}`, 'pdf', await reportIn('pdf', ANNUAL_REPORT_OPENING, tables));
    expect(result).toMatchObject({ status: 'ok', kind: 'arsredovisning' });
    expect((result.record as { interventions: { name: string }[] }).interventions.map((intervention) => intervention.name)).toEqual(THREE);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });

  it('names the column and the insatser summed, and quotes the Summa row', async () => {
    const rows = BUDGET_AND_OUTCOME('2 530 000');
    const result = await processReport(folder(), 'message', 'docx', await reportIn('docx', ANNUAL_REPORT_OPENING, [{ heading: null, rows }]));
    const [finding] = result.findings;
    expect(finding?.data).toMatchObject({ column: 'outcome', interventions: THREE, actual: 2_530_000, expected: 2_430_000 });
    expect(finding?.evidence.map((evidence) => evidence.text)).toContain('Summa | 2 500 000 | 2 530 000');
    expect(finding?.message.replace(/\s/gu, ' ')).toContain(
      'utfallen för insatserna den omfattar (Steget vidare, Lotsen, Jobbverkstan) summerar till 2 430 000 kr',
    );
  });
});
