/**
 * A PDF table without borders whose cells are too narrow for their amounts: "1 000 000" set as
 * "1 000" over "000", "900 000 kr" as "900 000" over "kr", a statement's label and its amounts
 * wrapping together ("Verksamhetens" / "nettokostnader" beside "−150" / "000"). Each amount is one
 * cell's, not a row of its own and a thousandth of itself, so a table that adds up gives no finding
 * and a planted error gives exactly its one. Rows of three-digit amounts (tkr) stay rows. And a
 * plain header whose headings wrap ("Antal" / "kvinnor"): one header, so the table is read. A cost
 * category too long for its cell, wrapping over lines, is the whole category, not its first line
 * and a note.
 */
import { describe, expect, it } from 'vitest';
import { ANNUAL_REPORT_OPENING, FINAL_REPORT_OPENING, processReport, reportIn, reportPdf, reportFolder, type TitledTable } from './support/report-files.js';

const COSTS = (unit: string, summaOutcome: string): string[][] => [
  ['Kostnadsslag', 'Budget', 'Utfall'],
  ['Personal', `900 000${unit}`, `880 000${unit}`],
  ['Lokaler', `100 000${unit}`, `95 000${unit}`],
  ['Summa', `1 000 000${unit}`, `${summaOutcome}${unit}`],
];

const INCOME = (result: string): string[][] => [
  ['Belopp i kr', 'Not', '2021', '2020'],
  ['Verksamhetens intäkter', '1', '4 500 000', '4 400 000'],
  ['Verksamhetens kostnader', '2', '−4 650 000', '−4 300 000'],
  ['Verksamhetens nettokostnader', '', '−150 000', '100 000'],
  ['Finansiella intäkter', '', '1 250', '2 000'],
  ['Årets resultat', '', result, '102 000'],
];

/** An insats table whose budget wraps beside an utfall of words that wraps too ("se not" / "3"). */
const INSATSER = (summaBudget: string): string[][] => [
  ['Insats', 'Budget 2021', 'Utfall 2021'],
  ['Steget', '400 000', '400 000'],
  ['Vägen', '300 000', 'se not 3'],
  ['Bron', '300 000', '300 000'],
  ['Summa', summaBudget, '1 000 000'],
];

/** Amounts in tkr: rows of three digits, each its own row. */
const THOUSANDS = (summaOutcome: string): string[][] => [
  ['Kostnadsslag (tkr)', 'Budget', 'Utfall'],
  ['Personal', '900', '880'],
  ['Resor', '500', '400'],
  ['Lokaler', '100', '95'],
  ['Summa', '1 500', summaOutcome],
];

const NARROW = { label: 150, figure: 46, plainHeader: true };
const NARROW_LABEL = { label: 110, figure: 44, plainHeader: true };

/** [case, opening, table, the rows' labels, the findings]. */
const CASES: [string, string[], TitledTable, string[], string[]][] = [
  [
    'amounts wrapped, adding up',
    FINAL_REPORT_OPENING,
    { heading: 'Ekonomisk redovisning', rows: COSTS('', '975 000'), narrow: NARROW },
    ['Personal', 'Lokaler'],
    [],
  ],
  [
    'amounts wrapped, the Summa utfall off its rows',
    FINAL_REPORT_OPENING,
    { heading: 'Ekonomisk redovisning', rows: COSTS('', '985 000'), narrow: NARROW },
    ['Personal', 'Lokaler'],
    ['outcome-total-mismatch'],
  ],
  [
    'amounts and their "kr" wrapped, adding up',
    FINAL_REPORT_OPENING,
    { heading: 'Ekonomisk redovisning', rows: COSTS(' kr', '975 000'), narrow: NARROW },
    ['Personal', 'Lokaler'],
    [],
  ],
  [
    'a statement whose label and amounts wrap together, adding up',
    ANNUAL_REPORT_OPENING,
    { heading: 'Resultaträkning', rows: INCOME('−148 750'), narrow: NARROW_LABEL },
    ['Verksamhetens intäkter', 'Verksamhetens kostnader', 'Verksamhetens nettokostnader', 'Finansiella intäkter', 'Årets resultat'],
    [],
  ],
  [
    'a statement whose label and amounts wrap together, the result off its rows',
    ANNUAL_REPORT_OPENING,
    { heading: 'Resultaträkning', rows: INCOME('−138 750'), narrow: NARROW_LABEL },
    ['Verksamhetens intäkter', 'Verksamhetens kostnader', 'Verksamhetens nettokostnader', 'Finansiella intäkter', 'Årets resultat'],
    ['statement-sum-mismatch'],
  ],
  [
    'an amount wrapped beside words wrapped in the next cell: the words no amount, said so',
    ANNUAL_REPORT_OPENING,
    { heading: 'Kostnader per insats', rows: INSATSER('1 000 000'), narrow: { label: 100, figure: 44, plainHeader: false } },
    ['Steget', 'Vägen', 'Bron'],
    ['unread-figure'],
  ],
  [
    'an amount wrapped beside words wrapped in the next cell, the Summa budget off its rows',
    ANNUAL_REPORT_OPENING,
    { heading: 'Kostnader per insats', rows: INSATSER('1 100 000'), narrow: { label: 100, figure: 44, plainHeader: false } },
    ['Steget', 'Vägen', 'Bron'],
    ['aggregate-mismatch', 'unread-figure'],
  ],
  [
    'rows of three-digit amounts',
    FINAL_REPORT_OPENING,
    { heading: 'Ekonomisk redovisning', rows: THOUSANDS('1 375'), narrow: NARROW },
    ['Personal', 'Resor', 'Lokaler'],
    [],
  ],
  [
    'rows of three-digit amounts, the Summa utfall off its rows',
    FINAL_REPORT_OPENING,
    { heading: 'Ekonomisk redovisning', rows: THOUSANDS('1 385'), narrow: NARROW },
    ['Personal', 'Resor', 'Lokaler'],
    ['outcome-total-mismatch'],
  ],
];

type Labelled = {
  budget?: { rows: { category: string }[] };
  statements?: { income: { rows: { label: string }[] } | null };
  interventions?: { name: string }[];
};

const folder = reportFolder('wrapped-amounts');

/** Rows set apart (pdfkit's gap, wrapped lines closer), and set evenly (no gap, as a Word table without paragraph spacing). */
const APART = 'rows set apart';
const EVEN = 'rows set evenly';
function inSpacings<V extends unknown[]>(cases: readonly [string, ...V][]): [string, string, ...V][] {
  return cases.flatMap(([name, ...values]) => [APART, EVEN].map((spacing): [string, string, ...V] => [name, spacing, ...values]));
}

describe("amounts wrapped in a PDF table's narrow cells: one amount each, exactly the findings listed", () => {
  it.each(inSpacings(CASES))('%s (%s)', async (name, spacing, opening, table, labels, findings) => {
    const spaced = table.narrow ? { ...table, narrow: { ...table.narrow, evenRows: spacing === EVEN } } : table;
    const result = await processReport(folder(), `${name} ${spacing}`, 'pdf', await reportPdf(opening, [spaced]));
    expect(result.status).toBe('ok');
    const record = result.record as Labelled;
    const incomeRows = record.statements?.income?.rows ?? [];
    const read = record.budget
      ? record.budget.rows.map((row) => row.category)
      : incomeRows.length > 0
        ? incomeRows.map((row) => row.label)
        : (record.interventions ?? []).map((intervention) => intervention.name);
    expect(read).toEqual(labels);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });
});

/** Participants per year and in all, by gender, under headings that wrap in narrow columns. */
const BY_GENDER = (total2022: string, total: string): string[][] => [
  ['År', 'Antal kvinnor', 'Antal män', 'Totalt antal deltagare'],
  ['2021', '23', '17', '40'],
  ['2022', '31', '29', total2022],
  ['Totalt', '54', '46', total],
];

describe('a plain header whose headings wrap in narrow columns: one header, the table read', () => {
  it.each(
    inSpacings([
      ['adding up', '60', '100', 54, []],
      // The split is the record's only where it makes the total up.
      ["a year's and the whole period's totals off their women and men", '61', '101', null, ['gender-sum-mismatch', 'gender-sum-mismatch']],
    ] as [string, string, string, number | null, string[]][]),
  )("a final report's participants by gender: %s (%s)", async (name, spacing, total2022, total, women, findings) => {
    const narrow = { label: 90, figure: 40, plainHeader: true, evenRows: spacing === EVEN };
    const table = { heading: 'Deltagare', rows: BY_GENDER(total2022, total), narrow };
    const result = await processReport(folder(), `gender ${name} ${spacing}`, 'pdf', await reportPdf(FINAL_REPORT_OPENING, [table]));
    expect(result).toMatchObject({ status: 'ok', kind: 'slutrapport' });
    expect((result.record as { participants: unknown }).participants).toMatchObject({ total: Number(total), women });
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });

  /** A cost table headed "Budgeterat belopp | Faktiskt utfall | Avvikelse mot budget", its headings wrapping. */
  const WORDED = (summaOutcome: string): string[][] => [
    ['Kostnadsslag', 'Budgeterat belopp', 'Faktiskt utfall', 'Avvikelse mot budget'],
    ['Personal', '900 000', '880 000', '20 000'],
    ['Lokaler', '100 000', '95 000', '5 000'],
    ['Summa', '1 000 000', summaOutcome, '25 000'],
  ];

  it.each(
    inSpacings([
      ['adding up', '975 000', []],
      ['the Summa utfall off its rows', '985 000', ['outcome-total-mismatch']],
    ] as [string, string, string[]][]),
  )("a final report's cost table: %s (%s)", async (name, spacing, summa, findings) => {
    const narrow = { label: 110, figure: 48, plainHeader: true, evenRows: spacing === EVEN };
    const table = { heading: 'Ekonomisk redovisning', rows: WORDED(summa), narrow };
    const result = await processReport(folder(), `worded ${name} ${spacing}`, 'pdf', await reportPdf(FINAL_REPORT_OPENING, [table]));
    expect(result).toMatchObject({ status: 'ok', kind: 'slutrapport' });
    expect((result.record as { budget: { rows: { category: string }[] } }).budget.rows.map((row) => row.category)).toEqual(['Personal', 'Lokaler']);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });
});

describe("a final report's cost category too long for its cell", () => {
  /** Its category wraps over three lines in the PDF; the .docx gives it as typed. */
  const LONG = [
    ['Kostnadsslag', 'Budget', 'Utfall'],
    ['Personalkostnader inklusive sociala avgifter och pensionskostnader för projektledare och coacher', '700 000', '690 000'],
    ['Lokalkostnader', '50 000', '50 000'],
    ['Summa', '750 000', '740 000'],
  ];

  it.each(['docx', 'pdf'] as const)('is the whole category, no note (%s)', async (format) => {
    const table = { heading: 'Ekonomisk redovisning', rows: LONG };
    const result = await processReport(folder(), 'long category', format, await reportIn(format, FINAL_REPORT_OPENING, [table]));
    expect(result).toMatchObject({ status: 'ok', kind: 'slutrapport', findings: [] });
    const rows = (result.record as { budget: { rows: { category: string; note: string | null }[] } }).budget.rows;
    expect(rows.map(({ category, note }) => [category, note])).toEqual([
      ['Personalkostnader inklusive sociala avgifter och pensionskostnader för projektledare och coacher', null],
      ['Lokalkostnader', null],
    ]);
  });
});
