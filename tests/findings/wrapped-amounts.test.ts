/**
 * A PDF table without borders whose cells are too narrow for their amounts: "1 000 000" set as
 * "1 000" over "000", "900 000 kr" as "900 000" over "kr", a statement's label and its amounts
 * wrapping together ("Verksamhetens" / "nettokostnader" beside "−150" / "000"). Each amount is one
 * cell's, not a row of its own and a thousandth of itself, so a table that adds up gives no finding
 * and a planted error gives exactly its one. Rows of three-digit amounts (tkr) stay rows.
 */
import { describe, expect, it } from 'vitest';
import { ANNUAL_REPORT_OPENING, FINAL_REPORT_OPENING, processReport, reportPdf, reportFolder, type TitledTable } from './support/report-files.js';

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

type Labelled = { budget?: { rows: { category: string }[] }; statements?: { income: { rows: { label: string }[] } | null } };

const folder = reportFolder('wrapped-amounts');

describe("amounts wrapped in a PDF table's narrow cells: one amount each, exactly the findings listed", () => {
  it.each(CASES)('%s', async (name, opening, table, labels, findings) => {
    const result = await processReport(folder(), name, 'pdf', await reportPdf(opening, [table]));
    expect(result.status).toBe('ok');
    const record = result.record as Labelled;
    const read = record.budget ? record.budget.rows.map((row) => row.category) : (record.statements?.income?.rows.map((row) => row.label) ?? []);
    expect(read).toEqual(labels);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });
});
