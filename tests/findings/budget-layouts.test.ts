/**
 * A final report on no template whose cost table is laid out as projects lay theirs out: a column
 * of the difference or what is left beside budget and utfall, a share in per cent, a first column
 * named as the project names it ("Post", "År"), income and costs in one table, a row under the
 * Summa that is none of its costs, a column of a part of each row ("Varav medfinansiering") or of remarks, an utfall per year beside the whole period's, columns worded
 * "Beviljat | Förbrukat" or "Faktiskt utfall", headed with a unit, a basis or a period ("Budget, kr",
 * "Budget enligt ansökan", "Utfall 2019–2021"), the whole period's named before or after ("Total
 * budget", "Utfall totalt", "Budget hela projektet") beside a column per year, headings that wrap in the PDF. Read
 * as .docx and as PDF by the real pipeline, each gives its cost rows and exactly the findings
 * listed: none where the costs add up, one per column whose Summa is off its rows.
 */
import { describe, expect, it } from 'vitest';
import { buildDocx, p, table, text, type CellSpec } from '../../fixtures/build/docx/index.js';
import { FINAL_REPORT_OPENING, inFormats, processReport, reportDocx, reportIn, reportFolder } from './support/report-files.js';

const ASIDE = (header: string, outcomeSumma: string): string[][] => [
  ['Kostnadsslag', 'Budget', 'Utfall', header],
  ['Personal', '1 200 000', '1 150 000', '50 000'],
  ['Lokaler', '200 000', '210 000', '−10 000'],
  ['Övrigt', '100 000', '40 000', '60 000'],
  ['Summa', '1 500 000', outcomeSumma, '100 000'],
];

/** The budget applied for beside the budget as revised during the insats: the revised one is the record's. */
const REVISED = (outcomeSumma: string): string[][] => [
  ['Kostnadsslag', 'Budget enligt ansökan', 'Reviderad budget', 'Utfall'],
  ['Personal', '800 000', '750 000', '745 000'],
  ['Lokaler', '100 000', '150 000', '148 000'],
  ['Övrigt', '100 000', '100 000', '90 000'],
  ['Summa', '1 000 000', '1 000 000', outcomeSumma],
];

/** A prognosis beside budget and utfall, and an avvikelse that is the prognosis's against the budget. */
const FORECAST = (outcomeSumma: string): string[][] => [
  ['Kostnadsslag', 'Budget', 'Utfall', 'Prognos', 'Avvikelse'],
  ['Personal', '800 000', '600 000', '790 000', '10 000'],
  ['Lokaler', '100 000', '70 000', '95 000', '5 000'],
  ['Övrigt', '100 000', '40 000', '100 000', '0'],
  ['Summa', '1 000 000', outcomeSumma, '985 000', '15 000'],
];

const SHARE: string[][] = [
  ['Kostnadsslag', 'Budget', 'Utfall', 'Utfall i %'],
  ['Personal', '1 200 000', '1 150 000', '96 %'],
  ['Lokaler', '200 000', '210 000', '105 %'],
  ['Summa', '1 400 000', '1 360 000', '97 %'],
];

const PER_YEAR = (budgetSumma: string): string[][] => [
  ['År', 'Budget', 'Utfall'],
  ['2019', '500 000', '470 000'],
  ['2020', '500 000', '470 000'],
  ['2021', '500 000', '420 000'],
  ['Totalt', budgetSumma, '1 360 000'],
];

const INCOME_AND_COSTS = (costSumma: string): string[][] => [
  ['Post', 'Budget', 'Utfall', 'Avvikelse'],
  ['Intäkter', '', '', ''],
  ['Bidrag från samordningsförbundet', '1 500 000', '1 400 000', '−100 000'],
  ['Summa intäkter', '1 500 000', '1 400 000', '−100 000'],
  ['Kostnader', '', '', ''],
  ['Personal', '1 200 000', '1 150 000', '50 000'],
  ['Lokaler', '300 000', '250 000', '50 000'],
  ['Summa kostnader', '1 500 000', costSumma, '100 000'],
  ['Resultat', '0', '0', '0'],
];

const INCOME_THEN_COSTS: string[][] = [
  ['Kostnadsslag', 'Budget', 'Utfall'],
  ['Bidrag från samordningsförbundet', '1 500 000', '1 400 000'],
  ['Summa intäkter', '1 500 000', '1 400 000'],
  ['Personal', '1 200 000', '1 150 000'],
  ['Lokaler', '300 000', '250 000'],
  ['Summa kostnader', '1 500 000', '1 400 000'],
];

const GRANTED_UNDER_SUMMA: string[][] = [
  ['Kostnadsslag', 'Budget', 'Utfall'],
  ['Personal', '1 200 000', '1 150 000'],
  ['Lokaler', '300 000', '250 000'],
  ['Summa', '1 500 000', '1 400 000'],
  ['Beviljade medel', '1 500 000', '1 500 000'],
];

const UTFALL_PER_YEAR = (outcomeSumma: string): string[][] => [
  ['Kostnadsslag', 'Utfall 2019', 'Utfall 2020', 'Totalt utfall', 'Budget'],
  ['Personal', '400 000', '450 000', '850 000', '900 000'],
  ['Lokaler', '50 000', '50 000', '100 000', '100 000'],
  ['Summa', '450 000', '500 000', outcomeSumma, '1 000 000'],
];

const WORDED = (budget: string, outcome: string, outcomeSumma: string): string[][] => [
  ['Kostnadsslag', budget, outcome],
  ['Personal', '900 000', '850 000'],
  ['Lokaler', '100 000', '100 000'],
  ['Summa', '1 000 000', outcomeSumma],
];

/** A cost broken down by dashed items under its row, or every cost dashed with no row over them. */
const DASHED_BREAKDOWN = (outcomeSumma: string): string[][] => [
  ['Kostnadsslag', 'Budget', 'Utfall'],
  ['Personal', '900 000', '880 000'],
  ['- Lönekostnader', '700 000', '690 000'],
  ['- Sociala avgifter', '200 000', '190 000'],
  ['Lokaler', '100 000', '110 000'],
  ['Summa', '1 000 000', outcomeSumma],
];
const DASHED_LIST = (outcomeSumma: string): string[][] => [
  ['Kostnadsslag', 'Budget', 'Utfall'],
  ['- Personal', '900 000', '880 000'],
  ['- Lokaler', '100 000', '110 000'],
  ['Summa', '1 000 000', outcomeSumma],
];

/** An utfall per year beside the whole period's utfall and budget, each headed with "totalt". */
const YEARS_AND_TOTALS = (outcomeSumma: string): string[][] => [
  ['Kostnad', 'Utfall 2020', 'Utfall 2021', 'Utfall totalt', 'Budget totalt'],
  ['Personal', '400 000', '480 000', '880 000', '900 000'],
  ['Lokaler', '45 000', '50 000', '95 000', '100 000'],
  ['Summa', '445 000', '530 000', outcomeSumma, '1 000 000'],
];

/** A budget and an utfall for each year, then for the whole period. */
const EACH_YEAR_THEN_TOTALS = (outcomeSumma: string): string[][] => [
  ['Kostnadsslag', 'Budget 2021', 'Utfall 2021', 'Budget 2022', 'Utfall 2022', 'Budget totalt', 'Utfall totalt'],
  ['Personal', '450 000', '440 000', '450 000', '440 000', '900 000', '880 000'],
  ['Lokaler', '50 000', '45 000', '50 000', '50 000', '100 000', '95 000'],
  ['Summa', '500 000', '485 000', '500 000', '490 000', '1 000 000', outcomeSumma],
];

/** A budget per year and the whole period's utfall. */
const BUDGET_PER_YEAR = (outcomeSumma: string): string[][] => [
  ['Kostnadsslag', 'Budget 2020', 'Budget 2021', 'Utfall'],
  ['Personal', '450 000', '450 000', '850 000'],
  ['Lokaler', '50 000', '50 000', '100 000'],
  ['Summa', '500 000', '500 000', outcomeSumma],
];

const COSTS = ['Personal', 'Lokaler', 'Övrigt'];
const YEARS = ['2019', '2020', '2021'];
const INCOME_AND_COSTS_ROWS = ['Personal', 'Lokaler'];

const CASES: [string, string[][], string[], string[]][] = [
  ['an Avvikelse column', ASIDE('Avvikelse', '1 400 000'), COSTS, []],
  ['a Kvar column', ASIDE('Kvar', '1 400 000'), COSTS, []],
  ['a Kvar column, the Summa utfall off its rows', ASIDE('Kvar', '1 300 000'), COSTS, ['outcome-total-mismatch']],
  ['a share in per cent', SHARE, ['Personal', 'Lokaler'], []],
  ['a row per year', PER_YEAR('1 500 000'), YEARS, []],
  ['a row per year, the Totalt budget off its rows', PER_YEAR('1 600 000'), YEARS, ['budget-total-mismatch']],
  ['income and costs in one table', INCOME_AND_COSTS('1 400 000'), INCOME_AND_COSTS_ROWS, []],
  ['income and costs in one table, the costs off their Summa', INCOME_AND_COSTS('1 450 000'), INCOME_AND_COSTS_ROWS, ['outcome-total-mismatch']],
  ['income, then costs, under Kostnadsslag', INCOME_THEN_COSTS, ['Personal', 'Lokaler'], []],
  ['the granted money on a row under the Summa', GRANTED_UNDER_SUMMA, ['Personal', 'Lokaler'], []],
  ['"Beviljat | Förbrukat"', WORDED('Beviljat', 'Förbrukat', '950 000'), ['Personal', 'Lokaler'], []],
  ['"Beviljat | Förbrukat", the Summa off its rows', WORDED('Beviljat', 'Förbrukat', '1 050 000'), ['Personal', 'Lokaler'], ['outcome-total-mismatch']],
  ['"Budget | Faktiskt utfall", the Summa off its rows', WORDED('Budget', 'Faktiskt utfall', '1 050 000'), ['Personal', 'Lokaler'], ['outcome-total-mismatch']],
  ["an utfall per year beside the whole period's", UTFALL_PER_YEAR('950 000'), ['Personal', 'Lokaler'], []],
  ["an utfall per year beside the whole period's, its Summa off its rows", UTFALL_PER_YEAR('980 000'), ['Personal', 'Lokaler'], ['outcome-total-mismatch']],
  // Headings with a unit, a basis or a period of their own, and asides of more than one word.
  ['"Avvikelse mot budget"', ASIDE('Avvikelse mot budget', '1 400 000'), COSTS, []],
  ['"Budget minus utfall", the Summa utfall off its rows', ASIDE('Budget minus utfall', '1 300 000'), COSTS, ['outcome-total-mismatch']],
  // A column of a part of each row, or of remarks, kept the table from being read: its Summa went unchecked.
  ['"Varav medfinansiering", the Summa utfall off its rows', ASIDE('Varav medfinansiering', '1 300 000'), COSTS, ['outcome-total-mismatch']],
  ['"Anmärkning", adding up', ASIDE('Anmärkning', '1 400 000'), COSTS, []],
  ['"Budget, kr | Utfall, kr"', WORDED('Budget, kr', 'Utfall, kr', '950 000'), ['Personal', 'Lokaler'], []],
  ['"Budget, kr | Utfall, kr", the Summa off its rows', WORDED('Budget, kr', 'Utfall, kr', '1 050 000'), ['Personal', 'Lokaler'], ['outcome-total-mismatch']],
  ['"Budget enligt ansökan | Utfall"', WORDED('Budget enligt ansökan', 'Utfall', '950 000'), ['Personal', 'Lokaler'], []],
  [
    '"Budget 2019–2021 | Utfall 2019–2021", the Summa off its rows',
    WORDED('Budget 2019–2021', 'Utfall 2019–2021', '1 050 000'),
    ['Personal', 'Lokaler'],
    ['outcome-total-mismatch'],
  ],
  [
    '"Budget för hela projekttiden | Utfall hela perioden", the Summa off its rows',
    WORDED('Budget för hela projekttiden', 'Utfall hela perioden', '1 050 000'),
    ['Personal', 'Lokaler'],
    ['outcome-total-mismatch'],
  ],
  ['a table of one year, "Budget 2021 | Utfall 2021"', WORDED('Budget 2021', 'Utfall 2021', '950 000'), ['Personal', 'Lokaler'], []],
  [
    '"Beviljade medel | Förbrukade medel", the Summa off its rows',
    WORDED('Beviljade medel', 'Förbrukade medel', '1 050 000'),
    ['Personal', 'Lokaler'],
    ['outcome-total-mismatch'],
  ],
  [
    'a heading that wraps in the PDF, "Beviljad budget (kr) | Faktiskt utfall (kr)"',
    WORDED('Beviljad budget (kr)', 'Faktiskt utfall (kr)', '950 000'),
    ['Personal', 'Lokaler'],
    [],
  ],
  // A budget per year beside the one utfall: each year's budget is kept, the utfall's Summa is held to its rows.
  ['budget per year beside one utfall, the Summa utfall off its rows', BUDGET_PER_YEAR('1 050 000'), ['Personal', 'Lokaler'], ['outcome-total-mismatch']],
  ['budget per year beside one utfall', BUDGET_PER_YEAR('950 000'), ['Personal', 'Lokaler'], []],
  // The whole period's columns named so, before or after ("Total budget", "Utfall totalt", "hela projektet").
  ['"Utfall 2020 | Utfall 2021 | Utfall totalt | Budget totalt"', YEARS_AND_TOTALS('975 000'), ['Personal', 'Lokaler'], []],
  [
    '"Utfall 2020 | Utfall 2021 | Utfall totalt | Budget totalt", the Summa utfall off its rows',
    YEARS_AND_TOTALS('985 000'),
    ['Personal', 'Lokaler'],
    ['outcome-total-mismatch'],
  ],
  ['a budget and an utfall per year, then "Budget totalt | Utfall totalt"', EACH_YEAR_THEN_TOTALS('975 000'), ['Personal', 'Lokaler'], []],
  [
    'a budget and an utfall per year, then "Budget totalt | Utfall totalt", the Summa utfall off its rows',
    EACH_YEAR_THEN_TOTALS('985 000'),
    ['Personal', 'Lokaler'],
    ['outcome-total-mismatch'],
  ],
  ['"Total budget | Totalt utfall"', WORDED('Total budget', 'Totalt utfall', '950 000'), ['Personal', 'Lokaler'], []],
  [
    '"Total budget | Totalt utfall", the Summa off its rows',
    WORDED('Total budget', 'Totalt utfall', '1 050 000'),
    ['Personal', 'Lokaler'],
    ['outcome-total-mismatch'],
  ],
  [
    '"Summa budget | Summa utfall", the Summa off its rows',
    WORDED('Summa budget', 'Summa utfall', '1 050 000'),
    ['Personal', 'Lokaler'],
    ['outcome-total-mismatch'],
  ],
  [
    '"Budget hela projektet | Utfall hela projektet", the Summa off its rows',
    WORDED('Budget hela projektet', 'Utfall hela projektet', '1 050 000'),
    ['Personal', 'Lokaler'],
    ['outcome-total-mismatch'],
  ],
  [
    '"Budget | Utfall per 2022-12-31", the Summa off its rows',
    WORDED('Budget', 'Utfall per 2022-12-31', '1 050 000'),
    ['Personal', 'Lokaler'],
    ['outcome-total-mismatch'],
  ],
  [
    '"Budgeterat belopp | Utfall", the Summa off its rows',
    WORDED('Budgeterat belopp', 'Utfall', '1 050 000'),
    ['Personal', 'Lokaler'],
    ['outcome-total-mismatch'],
  ],
  ['"Budgeterade kostnader | Faktiska kostnader"', WORDED('Budgeterade kostnader', 'Faktiska kostnader', '950 000'), ['Personal', 'Lokaler'], []],
  [
    '"Budgeterade kostnader | Faktiska kostnader", the Summa off its rows',
    WORDED('Budgeterade kostnader', 'Faktiska kostnader', '1 050 000'),
    ['Personal', 'Lokaler'],
    ['outcome-total-mismatch'],
  ],
  // Dashed items: a breakdown of the row above them is in its amount already; a list of every cost is summed.
  ['a cost broken down by dashed items', DASHED_BREAKDOWN('990 000'), ['Personal', '- Lönekostnader', '- Sociala avgifter', 'Lokaler'], []],
  [
    'a cost broken down by dashed items, the Summa off its rows',
    DASHED_BREAKDOWN('1 000 000'),
    ['Personal', '- Lönekostnader', '- Sociala avgifter', 'Lokaler'],
    ['outcome-total-mismatch'],
  ],
  ['a revised budget beside the one applied for', REVISED('983 000'), COSTS, []],
  ['a revised budget beside the one applied for, the Summa utfall off its rows', REVISED('993 000'), COSTS, ['outcome-total-mismatch']],
  ["a prognosis, and the prognosis's avvikelse", FORECAST('710 000'), COSTS, []],
  ["a prognosis, and the prognosis's avvikelse, the Summa utfall off its rows", FORECAST('720 000'), COSTS, ['outcome-total-mismatch']],
  ['every cost dashed', DASHED_LIST('990 000'), ['- Personal', '- Lokaler'], []],
  ['every cost dashed, the Summa off its rows', DASHED_LIST('980 000'), ['- Personal', '- Lokaler'], ['outcome-total-mismatch']],
];

/** Where the unit of a table's amounts is written: [case, the line over the table, the header's first cell]. */
const UNIT_CASES: [string, string, string][] = [
  ['the heading over the table', 'Ekonomisk redovisning (tkr)', 'Kostnadsslag'],
  ['a line over the table', 'Ekonomisk redovisning. Belopp i tkr', 'Kostnadsslag'],
  ["the header's first cell", 'Ekonomisk redovisning', 'Kostnadsslag (tkr)'],
];

const folder = reportFolder('budget-layouts');

describe('cost tables in the layouts of projects on no template: their rows and the findings, exactly', () => {
  it.each(inFormats(CASES, ['docx', 'pdf'] as const))('%s (%s)', async (name, format, rows, categories, findings) => {
    const tables = [{ heading: 'Ekonomisk redovisning', rows }];
    const result = await processReport(folder(), name, format, await reportIn(format, FINAL_REPORT_OPENING, tables));
    expect(result).toMatchObject({ status: 'ok', kind: 'slutrapport' });
    const record = result.record as { budget: { rows: { category: string }[] } };
    expect(record.budget.rows.map((row) => row.category)).toEqual(categories);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });

  it.each(['docx', 'pdf'] as const)('keeps the revised budget, not the one applied for (%s)', async (format) => {
    const result = await processReport(
      folder(),
      'revised kept',
      format,
      await reportIn(format, FINAL_REPORT_OPENING, [{ heading: 'Ekonomisk redovisning', rows: REVISED('983 000') }]),
    );
    const record = result.record as { budget: { rows: { budget: { sek: number } | null }[] } };
    expect(record.budget.rows.map((row) => row.budget?.sek)).toEqual([750_000, 150_000, 100_000]);
  });

  it.each(inFormats(UNIT_CASES, ['docx', 'pdf'] as const))('reads the amounts in the unit %s gives them (%s)', async (name, format, heading, first) => {
    const rows = [
      [first, 'Budget', 'Utfall'],
      ['Personal', '900', '850'],
      ['Lokaler', '100', '100'],
      ['Summa', '1 000', '950'],
    ];
    const tables = [{ heading, rows }];
    const result = await processReport(folder(), `unit ${name}`, format, await reportIn(format, FINAL_REPORT_OPENING, tables));
    expect(result).toMatchObject({ status: 'ok', kind: 'slutrapport', findings: [] });
    const budget = (result.record as { budget: { total: { budget: { sek: number; unit: string }; outcome: { sek: number; unit: string } } } }).budget;
    expect(budget.total).toMatchObject({ budget: { sek: 1_000_000, unit: 'tkr' }, outcome: { sek: 950_000, unit: 'tkr' } });
  });

  it("reads a table of an utfall per year where no column is the whole period's: each year's utfall, no utfall of the whole", async () => {
    const rows = [
      ['Kostnadsslag', 'Utfall 2019', 'Utfall 2020', 'Budget'],
      ['Personal', '400 000', '750 000', '1 200 000'],
      ['Summa', '400 000', '750 000', '1 200 000'],
    ];
    const result = await processReport(
      folder(),
      'utfall per year',
      'docx',
      await reportDocx(FINAL_REPORT_OPENING, [{ heading: 'Ekonomisk redovisning', rows }]),
    );
    expect(result).toMatchObject({ status: 'ok', kind: 'slutrapport', findings: [] });
    expect((result.record as { budget: { rows: unknown[] } }).budget.rows).toMatchObject([
      {
        category: 'Personal',
        budget: { sek: 1_200_000 },
        outcome: null,
        years: [
          { year: 2019, budget: null, outcome: { sek: 400_000 } },
          { year: 2020, budget: null, outcome: { sek: 750_000 } },
        ],
      },
    ]);
  });

  /** "Budget" and "Utfall" each merged over a column per year, perhaps with the whole period's beside them. */
  function twoLevelDocx(years: string[], rows: [string, ...string[]][]): Promise<Uint8Array> {
    const header: CellSpec[] = [text('Kostnadsslag'), { content: text('Budget'), span: years.length }, { content: text('Utfall'), span: years.length }];
    const cells = (row: string[]): CellSpec[] => row.map((cell) => text(cell));
    const body = [
      ...FINAL_REPORT_OPENING.map((line) => p(text(line))),
      p(text('Ekonomisk redovisning')),
      table([header, cells(['', ...years, ...years]), ...rows.map(cells)]),
    ];
    return buildDocx({ title: 'Dokument', author: 'Förbundet', body }).then((bytes) => new Uint8Array(bytes));
  }

  it.each([
    ['the whole period beside each year, that adds up', '990 000', 990_000, []],
    ['the whole period beside each year, its Summa utfall off its rows', '980 000', 980_000, ['outcome-total-mismatch']],
  ] as const)('reads a two-level header by its whole period: %s', async (name, summa, outcome, findings) => {
    const bytes = await twoLevelDocx(
      ['2020', '2021', 'Totalt'],
      [
        ['Personal', '450 000', '450 000', '900 000', '440 000', '440 000', '880 000'],
        ['Lokaler', '50 000', '50 000', '100 000', '55 000', '55 000', '110 000'],
        ['Summa', '500 000', '500 000', '1 000 000', '495 000', '495 000', summa],
      ],
    );
    const result = await processReport(folder(), `two-level ${name}`, 'docx', bytes);
    expect(result).toMatchObject({ status: 'ok', kind: 'slutrapport' });
    const budget = (result.record as { budget: { total: { budget: { sek: number } | null; outcome: { sek: number } | null } } }).budget;
    expect(budget.total).toMatchObject({ budget: { sek: 1_000_000 }, outcome: { sek: outcome } });
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });

  it.each([
    ['adding up', '440 000', []],
    ["a year's Summa utfall off its rows", '450 000', ['outcome-total-mismatch']],
  ] as const)('reads a two-level header of years alone year by year: %s', async (name, summa2021, findings) => {
    const bytes = await twoLevelDocx(
      ['2020', '2021'],
      [
        ['Personal', '450 000', '450 000', '440 000', '440 000'],
        ['Summa', '450 000', '450 000', '440 000', summa2021],
      ],
    );
    const result = await processReport(folder(), `two-level years alone ${name}`, 'docx', bytes);
    expect(result).toMatchObject({ status: 'ok', kind: 'slutrapport' });
    expect(result.findings.map((finding) => [finding.ruleId, (finding.data as { year?: number }).year])).toEqual(findings.map((id) => [id, 2021]));
    expect((result.record as { budget: { rows: unknown[] } }).budget.rows).toMatchObject([
      {
        category: 'Personal',
        budget: null,
        outcome: null,
        years: [
          { year: 2020, budget: { sek: 450_000 }, outcome: { sek: 440_000 } },
          { year: 2021, budget: { sek: 450_000 }, outcome: { sek: 440_000 } },
        ],
      },
    ]);
  });
});
