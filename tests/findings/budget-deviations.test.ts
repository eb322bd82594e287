/**
 * A final report's cost table with a column beside budget and utfall: the difference ("Avvikelse",
 * "Differens", "Kvar", "Budget minus utfall") and the utfall's share of the budget ("Förbrukat %",
 * "Utfall i %"). Each is kept on its row and held to the row's budget and utfall, either way round
 * for a difference; a share of something else ("Andel", "Avvikelse i %") and an avvikelse beside
 * columns per year are not checked. Read as .docx and as PDF (also with narrow columns whose plain
 * headings wrap), each case gives exactly the findings listed, named by the row they concern. An
 * avvikelse may be signed by brackets or a dash and a space ("(20 000)", "– 20 000": below zero) or a
 * plus ("+20 000").
 */
import { describe, expect, it } from 'vitest';
import type { DocumentResult } from '../../schemas/result.js';
import { FINAL_REPORT_OPENING, inFormats, processReport, reportIn, reportFolder, type TitledTable } from './support/report-files.js';

const OPENING = [...FINAL_REPORT_OPENING, 'Beviljade medel: 1 000 000 kr.'];
const HEADING = 'Ekonomisk redovisning';

/** The three rows and the Summa, with `changed` cells put in: [row, column] → text. */
function table(header: string[], rows: string[][], changed: Record<string, string> = {}): string[][] {
  return [header, ...rows.map((row) => row.map((cell, column) => changed[`${row[0] ?? ''} ${column}`] ?? cell))];
}

/** Budget, utfall and the avvikelse as what is left (an overrun negative). */
const DEVIATION = (changed?: Record<string, string>) =>
  table(
    ['Kostnadsslag', 'Budget', 'Utfall', 'Avvikelse'],
    [
      ['Personal', '800 000', '820 000', '-20 000'],
      ['Lokaler', '100 000', '80 000', '20 000'],
      ['Övrigt', '100 000', '60 000', '40 000'],
      ['Summa', '1 000 000', '960 000', '40 000'],
    ],
    changed,
  );

/** "Förbrukat" is the utfall here; "Kvar", what is left. */
const LEFT = (changed?: Record<string, string>) =>
  table(
    ['Kostnadsslag', 'Budget', 'Förbrukat', 'Kvar'],
    [
      ['Personal', '800 000', '755 000', '45 000'],
      ['Lokaler', '100 000', '98 000', '2 000'],
      ['Övrigt', '100 000', '80 000', '20 000'],
      ['Summa', '1 000 000', '933 000', '67 000'],
    ],
    changed,
  );

/** The difference as the overrun, and the share spent, whose heading names the utfall too. */
const DIFFERENCE_AND_SHARE = (changed?: Record<string, string>) =>
  table(
    ['Post', 'Budget', 'Utfall', 'Differens (kr)', 'Förbrukat (%)'],
    [
      ['Personal', '800 000', '820 000', '20 000', '103'],
      ['Lokaler', '100 000', '80 000', '-20 000', '80'],
      ['Övrigt', '100 000', '60 000', '-40 000', '60'],
      ['Totalt', '1 000 000', '960 000', '-40 000', '96'],
    ],
    changed,
  );

const SHARE = (changed?: Record<string, string>) =>
  table(
    ['Kostnadsslag', 'Budget', 'Utfall', 'Utfall i %'],
    [
      ['Personal', '800 000', '755 000', '94 %'],
      ['Lokaler', '100 000', '98 000', '98 %'],
      ['Övrigt', '100 000', '80 000', '80 %'],
      ['Summa', '1 000 000', '933 000', '93 %'],
    ],
    changed,
  );

/** In tkr with a decimal: each avvikelse within the rounding of three figures. */
const IN_TKR = (changed?: Record<string, string>) =>
  table(
    ['Kostnader (tkr)', 'Utfall', 'Budget', 'Budget minus utfall'],
    [
      ['Personal', '820,2', '800,5', '-19,7'],
      ['Lokaler', '80', '100', '20'],
      ['Övrigt', '60,4', '100', '39,6'],
      ['Summa', '960,6', '1 000,5', '39,9'],
    ],
    changed,
  );

/** Shares of other things, not the utfall's of the budget: the row's of the whole budget, the avvikelse's. */
const OTHER_SHARES = table(
  ['Kostnadsslag', 'Budget', 'Andel', 'Utfall', 'Avvikelse i %'],
  [
    ['Personal', '800 000', '80 %', '820 000', '2,5 %'],
    ['Lokaler', '100 000', '10 %', '80 000', '-20 %'],
    ['Övrigt', '100 000', '10 %', '60 000', '-40 %'],
    ['Summa', '1 000 000', '100 %', '960 000', '-4 %'],
  ],
);

/** Budget and utfall per year, then an avvikelse that is the last year's, not the whole period's. */
const YEARS_THEN_DEVIATION = table(
  ['Kostnadsslag', 'Budget 2021', 'Utfall 2021', 'Budget 2022', 'Utfall 2022', 'Avvikelse'],
  [
    ['Personal', '400 000', '420 000', '400 000', '400 000', '0'],
    ['Lokaler', '50 000', '40 000', '50 000', '40 000', '10 000'],
    ['Övrigt', '50 000', '30 000', '50 000', '30 000', '20 000'],
    ['Summa', '500 000', '490 000', '500 000', '470 000', '30 000'],
  ],
);

const NARROW = { label: 90, figure: 52, plainHeader: true };

/** [case, table rows, what the findings concern: "ruleId row"]. */
const CASES: [string, string[][], string[]][] = [
  ['an avvikelse column, adding up', DEVIATION(), []],
  ["a row's avvikelse off its budget and utfall", DEVIATION({ 'Övrigt 3': '30 000' }), ['budget-deviation-mismatch Övrigt']],
  ["the Summa row's avvikelse off", DEVIATION({ 'Summa 3': '4 000' }), ['budget-deviation-mismatch Summa']],
  ['"Förbrukat" and "Kvar", adding up', LEFT(), []],
  ['"Kvar" off', LEFT({ 'Lokaler 3': '12 000' }), ['budget-deviation-mismatch Lokaler']],
  ['"Kvar" 0 where the utfall ran over', LEFT({ 'Personal 2': '820 000', 'Personal 3': '0', 'Summa 2': '998 000', 'Summa 3': '2 000' }), []],
  ['a difference and a share in per cent, adding up', DIFFERENCE_AND_SHARE(), []],
  ["a share off its row's utfall and budget", DIFFERENCE_AND_SHARE({ 'Totalt 4': '69' }), ['percentage-mismatch Summa']],
  // "Förbrukat (%)" named the utfall too, so the table had two and was not read: its Summa went unchecked.
  [
    'a table with "Förbrukat (%)": its Summa utfall off its rows',
    DIFFERENCE_AND_SHARE({ 'Totalt 2': '990 000' }),
    // The Summa's avvikelse and share fit its rows' sums: the Summa utfall is the one figure wrong, and one finding says so.
    ['outcome-total-mismatch'],
  ],
  [
    'the Summa utfall off its rows, and its avvikelse off both',
    DEVIATION({ 'Summa 2': '990 000', 'Summa 3': '4 000' }),
    ['outcome-total-mismatch', 'budget-deviation-mismatch Summa'],
  ],
  ['"Utfall i %", adding up', SHARE(), []],
  ['"Utfall i %" off', SHARE({ 'Lokaler 3': '89 %' }), ['percentage-mismatch Lokaler']],
  ['in tkr with decimals, each within its rounding', IN_TKR(), []],
  ['in tkr, an avvikelse off by more than its rounding', IN_TKR({ 'Lokaler 3': '25' }), ['budget-deviation-mismatch Lokaler']],
  ["shares of the whole budget and of the avvikelse: not the utfall's", OTHER_SHARES, []],
  ["an avvikelse beside columns per year: the last year's", YEARS_THEN_DEVIATION, []],
  // "(20 000)", "+20 000" and "– 20 000" were no amounts to the reader, so those rows went unchecked.
  ['an overrun in brackets, an underspend with a plus, adding up', DEVIATION({ 'Personal 3': '(20 000)', 'Lokaler 3': '+20 000' }), []],
  ['an avvikelse in brackets off', DEVIATION({ 'Personal 3': '(30 000)' }), ['budget-deviation-mismatch Personal']],
  ['an avvikelse with a plus off', DEVIATION({ 'Lokaler 3': '+25 000' }), ['budget-deviation-mismatch Lokaler']],
  // "Utfall i %" may be each row's share of the whole utfall; a column most of whose rows are off is no share spent.
  [
    '"Utfall i %" summing to 100, each row\'s share of the utfall: not checked',
    SHARE({ 'Personal 3': '81 %', 'Lokaler 3': '11 %', 'Övrigt 3': '9 %', 'Summa 3': '100 %' }),
    [],
  ],
  ['an overrun after a dash and a space, adding up', DEVIATION({ 'Personal 3': '– 20 000' }), []],
  ['an overrun after a dash and a space, off', DEVIATION({ 'Personal 3': '– 30 000' }), ['budget-deviation-mismatch Personal']],
];

/** The same in a PDF's narrow columns, whose plain headings wrap ("Budget minus" over "utfall") and whose amounts wrap at a space. */
const NARROW_CASES: [string, string[][], string[]][] = [
  ['narrow, an avvikelse column, adding up', DEVIATION(), []],
  ["narrow, a row's avvikelse off", DEVIATION({ 'Övrigt 3': '30 000' }), ['budget-deviation-mismatch Övrigt']],
  ['narrow, a difference and a share, adding up', DIFFERENCE_AND_SHARE(), []],
  ['narrow, a share off', DIFFERENCE_AND_SHARE({ 'Totalt 4': '69' }), ['percentage-mismatch Summa']],
  ['narrow, in tkr, adding up', IN_TKR(), []],
  ["narrow, an avvikelse beside columns per year: the last year's", YEARS_THEN_DEVIATION, []],
];

function concerns(result: DocumentResult): string[] {
  return result.findings.map((finding) => {
    const data = finding.data as { subject?: string; category?: string; costRow?: string };
    const about = data.costRow ?? (data.subject === 'budget-total' ? 'Summa' : data.category);
    return about === undefined ? finding.ruleId : `${finding.ruleId} ${about}`;
  });
}

type BudgetOf = { budget: { rows: { category: string; budget: unknown; outcome: unknown }[] } };

const folder = reportFolder('budget-deviations');

describe("a cost table's avvikelse and share columns: kept, and held to each row's budget and utfall", () => {
  it.each([
    ...inFormats(
      CASES.map(([name, rows, findings]): [string, TitledTable, string[]] => [name, { heading: HEADING, rows }, findings]),
      ['docx', 'pdf'] as const,
    ),
    ...inFormats(
      NARROW_CASES.map(([name, rows, findings]): [string, TitledTable, string[]] => [name, { heading: HEADING, rows, narrow: NARROW }, findings]),
      ['pdf'] as const,
    ),
  ])('%s (%s)', async (name, format, costs, findings) => {
    const result = await processReport(folder(), name, format, await reportIn(format, OPENING, [costs]));
    expect(result).toMatchObject({ status: 'ok', kind: 'slutrapport' });
    const { budget } = result.record as BudgetOf;
    expect(budget.rows.map((row) => row.category)).toEqual(['Personal', 'Lokaler', 'Övrigt']);
    expect(concerns(result)).toEqual(findings);
  });

  it('keeps the avvikelse and the share as written, on each row and the Summa', async () => {
    const result = await processReport(folder(), 'kept', 'docx', await reportIn('docx', OPENING, [{ heading: HEADING, rows: DIFFERENCE_AND_SHARE() }]));
    const { budget } = result.record as {
      budget: {
        rows: { deviation?: { sek: number } | null; spentShare?: { percent: number; text: string } | null }[];
        total: { deviation?: { sek: number } | null; spentShare?: unknown };
      };
    };
    expect(budget.rows.map((row) => [row.deviation?.sek, row.spentShare])).toEqual([
      [20_000, { percent: 103, text: '103' }],
      [-20_000, { percent: 80, text: '80' }],
      [-40_000, { percent: 60, text: '60' }],
    ]);
    expect(budget.total).toMatchObject({ deviation: { sek: -40_000 }, spentShare: { percent: 96, text: '96' } });
  });

  it('says the row and its figures, in Swedish', async () => {
    const result = await processReport(
      folder(),
      'message',
      'docx',
      await reportIn('docx', OPENING, [{ heading: HEADING, rows: DEVIATION({ 'Övrigt 3': '30 000' }) }]),
    );
    expect(result.findings[0]?.message.replace(/\u00a0/gu, ' ')).toBe(
      'Kostnadstabellen, Övrigt: budget 100 000 kr och utfall 60 000 kr skiljer sig med 40 000 kr men avvikelsen anges till 30 000 kr (skillnad 10 000 kr; beloppen är exakta kronor, så ingen avrundningstolerans)',
    );
  });
});
