/**
 * A final report's cost table with a column per year: beside the whole period's ("Budget 2021 |
 * Utfall 2021 | Budget 2022 | Utfall 2022 | Budget totalt | Utfall totalt") or instead of it. Each
 * year's figures are kept (`years`), each year's Summa is held to its rows, and a row's whole period
 * to its years where the table has a column for every year of the period. Read as .docx and as PDF
 * (also with narrow columns whose plain headings wrap), each case gives exactly the findings listed,
 * named by the year or the row they concern. And a report whose cost table is not read — prose, or a
 * table of another shape — is not told that its utfall is blank.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentResult } from '../../schemas/result.js';
import { FINAL_REPORT_OPENING, inFormats, processReport, reportIn, reportFolder, type TitledTable } from './support/report-files.js';

const OPENING = (period: string, ...more: string[]): string[] => [...FINAL_REPORT_OPENING.slice(0, 3), `Projektet har pågått ${period}.`, ...more];
const TWO_YEARS = OPENING('2021-01-01 – 2022-12-31');

interface EachYear {
  summaOutcome2021?: string;
  summaBudget2022?: string;
  personalOutcome?: string;
  summaOutcome?: string;
}

/** A budget and an utfall per year, then the whole period's. */
const EACH_YEAR = (changed: EachYear = {}): string[][] => [
  ['Kostnadsslag', 'Budget 2021', 'Utfall 2021', 'Budget 2022', 'Utfall 2022', 'Budget totalt', 'Utfall totalt'],
  ['Personal', '450 000', '440 000', '450 000', '440 000', '900 000', changed.personalOutcome ?? '880 000'],
  ['Lokaler', '50 000', '45 000', '50 000', '50 000', '100 000', '95 000'],
  ['Summa', '500 000', changed.summaOutcome2021 ?? '485 000', changed.summaBudget2022 ?? '500 000', '490 000', '1 000 000', changed.summaOutcome ?? '975 000'],
];

/** A budget and an utfall per year, no column for the whole period. */
const YEARS_ONLY = (summaOutcome2021 = '485 000'): string[][] => [
  ['Kostnadsslag', 'Budget 2021', 'Utfall 2021', 'Budget 2022', 'Utfall 2022'],
  ['Personal', '450 000', '440 000', '450 000', '440 000'],
  ['Lokaler', '50 000', '45 000', '50 000', '50 000'],
  ['Summa', '500 000', summaOutcome2021, '500 000', '490 000'],
];

/** An utfall per year beside the one budget of the whole period. */
const OUTCOME_YEARS_ONE_BUDGET = (summaOutcome2022 = '490 000'): string[][] => [
  ['Kostnadsslag', 'Utfall 2021', 'Utfall 2022', 'Budget'],
  ['Personal', '440 000', '440 000', '900 000'],
  ['Lokaler', '45 000', '50 000', '100 000'],
  ['Summa', '485 000', summaOutcome2022, '1 000 000'],
];

const NARROW = { label: 90, figure: 52, plainHeader: true };
const ROW_OFF = { personalOutcome: '980 000', summaOutcome: '1 075 000' };

/** [case, opening, table, what the findings concern: "ruleId", "ruleId year" or "ruleId row"]. */
const CASES: [string, string[], TitledTable, string[]][] = [
  ['each year, then the whole period, adding up', TWO_YEARS, { heading: 'Ekonomisk redovisning', rows: EACH_YEAR() }, []],
  [
    "a year's Summa utfall off its rows",
    TWO_YEARS,
    { heading: 'Ekonomisk redovisning', rows: EACH_YEAR({ summaOutcome2021: '495 000' }) },
    ['outcome-total-mismatch 2021'],
  ],
  [
    "a year's Summa budget off its rows",
    TWO_YEARS,
    { heading: 'Ekonomisk redovisning', rows: EACH_YEAR({ summaBudget2022: '550 000' }) },
    ['budget-total-mismatch 2022'],
  ],
  ["a row's whole-period utfall off its years", TWO_YEARS, { heading: 'Ekonomisk redovisning', rows: EACH_YEAR(ROW_OFF) }, ['outcome-total-mismatch Personal']],
  // The period runs over three years, the table gives two: the whole period's is not their sum.
  [
    "a row's whole period beside two of its three years",
    OPENING('2020-01-01 – 2022-12-31'),
    { heading: 'Ekonomisk redovisning', rows: EACH_YEAR(ROW_OFF) },
    [],
  ],
  ['each year alone, adding up', TWO_YEARS, { heading: 'Ekonomisk redovisning', rows: YEARS_ONLY() }, []],
  [
    "each year alone, a year's Summa utfall off its rows",
    TWO_YEARS,
    { heading: 'Ekonomisk redovisning', rows: YEARS_ONLY('500 000') },
    ['outcome-total-mismatch 2021'],
  ],
  [
    'each year alone beside a granted amount',
    OPENING('2021-01-01 – 2022-12-31', 'Beviljade medel: 1 000 000 kr'),
    { heading: 'Ekonomisk redovisning', rows: YEARS_ONLY() },
    [],
  ],
  ['an utfall per year beside one budget', TWO_YEARS, { heading: 'Ekonomisk redovisning', rows: OUTCOME_YEARS_ONE_BUDGET() }, []],
  [
    "an utfall per year beside one budget, a year's Summa off its rows",
    TWO_YEARS,
    { heading: 'Ekonomisk redovisning', rows: OUTCOME_YEARS_ONE_BUDGET('480 000') },
    ['outcome-total-mismatch 2022'],
  ],
];

/** The same tables in a PDF's narrow columns, whose plain headings wrap ("Budget" over "2021") and whose amounts wrap at a space. */
const NARROW_CASES: [string, string[], TitledTable, string[]][] = [
  ['narrow, each year then the whole period, adding up', TWO_YEARS, { heading: 'Ekonomisk redovisning', rows: EACH_YEAR(), narrow: NARROW }, []],
  [
    "narrow, a row's whole-period utfall off its years",
    TWO_YEARS,
    { heading: 'Ekonomisk redovisning', rows: EACH_YEAR(ROW_OFF), narrow: NARROW },
    ['outcome-total-mismatch Personal'],
  ],
  [
    "narrow, each year alone, a year's Summa utfall off its rows",
    TWO_YEARS,
    { heading: 'Ekonomisk redovisning', rows: YEARS_ONLY('500 000'), narrow: NARROW },
    ['outcome-total-mismatch 2021'],
  ],
];

function concerns(result: DocumentResult): string[] {
  return result.findings.map((finding) => {
    const data = finding.data as { year?: number; row?: string };
    const about = data.year ?? data.row;
    return about === undefined ? finding.ruleId : `${finding.ruleId} ${about}`;
  });
}

interface YearFigures {
  year: number;
  budget: { sek: number } | null;
  outcome: { sek: number } | null;
}
type BudgetOf = { budget: { rows: { category: string; years?: YearFigures[] }[]; total: { years?: YearFigures[] } } };

const folder = reportFolder('budget-years');

describe("a cost table's columns per year: kept, and each held to its Summa and its row's whole period", () => {
  it.each([...inFormats(CASES, ['docx', 'pdf'] as const), ...inFormats(NARROW_CASES, ['pdf'] as const)])(
    '%s (%s)',
    async (name, format, opening, costs, findings) => {
      const result = await processReport(folder(), name, format, await reportIn(format, opening, [costs]));
      expect(result).toMatchObject({ status: 'ok', kind: 'slutrapport' });
      const { budget } = result.record as BudgetOf;
      expect(budget.rows.map((row) => row.category)).toEqual(['Personal', 'Lokaler']);
      expect(budget.total.years?.map((year) => year.year)).toEqual([2021, 2022]);
      expect(concerns(result)).toEqual(findings);
    },
  );

  it("keeps each year's budget and utfall as written, and the Summa's", async () => {
    const result = await processReport(
      folder(),
      'years kept',
      'docx',
      await reportIn('docx', TWO_YEARS, [{ heading: 'Ekonomisk redovisning', rows: YEARS_ONLY() }]),
    );
    const { budget } = result.record as BudgetOf & { budget: { rows: { budget: unknown; outcome: unknown }[] } };
    const figures = (years: YearFigures[] | undefined): [number, number | null, number | null][] =>
      (years ?? []).map((year) => [year.year, year.budget?.sek ?? null, year.outcome?.sek ?? null]);
    expect(figures(budget.rows[0]?.years)).toEqual([
      [2021, 450_000, 440_000],
      [2022, 450_000, 440_000],
    ]);
    expect(figures(budget.total.years)).toEqual([
      [2021, 500_000, 485_000],
      [2022, 500_000, 490_000],
    ]);
    // The whole period's figures the table does not give stay null, not the years' sum.
    expect(budget.rows[0]).toMatchObject({ budget: null, outcome: null });
  });

  it("says a year's cell that is no amount leaves that year's sums unchecked: that one finding, no sum finding", async () => {
    const rows = EACH_YEAR({ summaOutcome2021: '495 000' }).map((row) => (row[0] === 'Lokaler' ? ['Lokaler', '50 000', 'se bilaga', ...row.slice(3)] : row));
    const result = await processReport(folder(), 'unread year', 'docx', await reportIn('docx', TWO_YEARS, [{ heading: 'Ekonomisk redovisning', rows }]));
    expect(result.findings.map((finding) => [finding.ruleId, finding.data])).toEqual([
      ['unread-figure', { table: 'budget', row: 'Lokaler', column: 'outcome', year: 2021, text: 'se bilaga' }],
    ]);
    expect(result.findings[0]?.message).toBe('Kostnadstabellen, ”Lokaler”: utfall 2021 ”se bilaga” är inget belopp, så kolumnens summor kontrollerades inte');
  });

  it('names the year or the row in the message, in Swedish', async () => {
    const year = await processReport(
      folder(),
      'message year',
      'docx',
      await reportIn('docx', TWO_YEARS, [{ heading: 'Ekonomisk redovisning', rows: YEARS_ONLY('500 000') }]),
    );
    expect(year.findings[0]?.message.replace(/\u00a0/gu, ' ')).toBe(
      'Utfallsraderna för 2021 summerar till 485 000 kr men Summa-raden anger 500 000 kr (skillnad 15 000 kr; beloppen är exakta kronor, så ingen avrundningstolerans)',
    );
    const row = await processReport(
      folder(),
      'message row',
      'docx',
      await reportIn('docx', TWO_YEARS, [{ heading: 'Ekonomisk redovisning', rows: EACH_YEAR(ROW_OFF) }]),
    );
    expect(row.findings[0]?.message.replace(/\u00a0/gu, ' ')).toBe(
      'Personal: utfallet för 2021–2022 summerar till 880 000 kr men kolumnen för hela perioden anger 980 000 kr (skillnad 100 000 kr; beloppen är exakta kronor, så ingen avrundningstolerans)',
    );
    expect(row.findings[0]?.data).toMatchObject({ row: 'Personal', years: [2021, 2022], actual: 980_000, expected: 880_000 });
  });
});

/** Reports whose cost table the record does not read: in prose, or a table naming neither budget nor utfall. */
const UNREAD_COSTS: [string, TitledTable[], string[]][] = [
  ['the money in prose', [], ['Ekonomi', 'Projektet har förbrukat 933 000 kr av de beviljade medlen. Resterande medel återbetalas till förbundet.']],
  [
    'a table of the funders',
    [
      {
        heading: 'Ekonomisk redovisning',
        rows: [
          ['Kostnadsslag', 'Förbundets medel', 'Medfinansiering', 'Totalt'],
          ['Personal', '380 000', '100 000', '480 000'],
          ['Lokaler', '50 000', '0', '50 000'],
          ['Summa', '430 000', '100 000', '530 000'],
        ],
      },
    ],
    [],
  ],
];

describe('a final report whose cost table is not read is not told its utfall is blank', () => {
  it.each(inFormats(UNREAD_COSTS, ['docx', 'pdf'] as const))('%s (%s)', async (name, format, tables, prose) => {
    const opening = OPENING('2021-01-01 – 2022-12-31', 'Beviljade medel: 1 000 000 kr', ...prose);
    const result = await processReport(folder(), `unread ${name}`, format, await reportIn(format, opening, tables));
    expect(result).toMatchObject({ status: 'ok', kind: 'slutrapport' });
    expect(result.record).toMatchObject({ intervention: { granted: { sek: 1_000_000 } }, budget: { rows: [] } });
    expect(result.findings).toEqual([]);
  });
});
