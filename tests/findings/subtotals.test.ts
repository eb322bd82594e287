/**
 * Subtotals written "Delsumma" — in a final report's cost table, an annual report's table of insatser
 * and its driftredovisning — close their group of rows as a "Summa …" row does, so the table's total
 * is not held to its rows and subtotals added together; and a whole total written "Totalsumma" or
 * "Sammanlagt" is the table's total, checked as a "Summa" is. Read by the real pipeline as .docx and as PDF
 * (pdfkit, borderless), each file gives exactly the findings listed.
 */
import { describe, expect, it } from 'vitest';
import { ANNUAL_REPORT_OPENING, FINAL_REPORT_OPENING, inFormats, processReport, reportFolder, reportIn } from './support/report-files.js';

/** Two groups of rows, each closed by a Delsumma; the first's utfall as given (790 000 adds up). */
const grouped = (header: string[], first: string[], second: string[], total: string): string[][] => [
  header,
  [first[0] ?? '', '500 000', '480 000'],
  [first[1] ?? '', '300 000', '310 000'],
  [`Delsumma ${first[2] ?? ''}`, '800 000', total],
  [second[0] ?? '', '150 000', '140 000'],
  [second[1] ?? '', '50 000', '45 000'],
  [`Delsumma ${second[2] ?? ''}`, '200 000', '185 000'],
];

const COST_TABLE = (delsumma: string): string[][] => [
  ...grouped(['Kostnadsslag', 'Budget', 'Utfall'], ['Lön projektledare', 'Lön coacher', 'personal'], ['Lokaler', 'Resor', 'övrigt'], delsumma),
  ['Summa', '1 000 000', '975 000'],
];
const INSATSER = (delsumma: string): string[][] => [
  ...grouped(['Insats', 'Budget', 'Utfall'], ['Steget', 'Vägen', 'pågående insatser'], ['Lotsen', 'Navet', 'avslutade insatser'], delsumma),
  ['Totalt', '1 000 000', '975 000'],
];
const DRIFT = (delsumma: string): string[][] => [
  ...grouped(['Verksamhet', 'Budget 2021', 'Utfall 2021'], ['Steget', 'Vägen', 'insatser'], ['Kansli', 'Styrelse', 'administration'], delsumma),
  ['Summa kostnader', '1 000 000', '975 000'],
];

const CASES: [string, 'slutrapport' | 'arsredovisning', string, (delsumma: string) => string[][], string][] = [
  ['a final report’s cost table', 'slutrapport', 'Ekonomisk redovisning', COST_TABLE, 'outcome-total-mismatch'],
  ['an annual report’s table of insatser', 'arsredovisning', 'Insatser under året', INSATSER, 'aggregate-mismatch'],
  ['a driftredovisning', 'arsredovisning', 'Driftredovisning', DRIFT, 'statement-sum-mismatch'],
];

describe('subtotals written Delsumma', () => {
  const folder = reportFolder('subtotals');
  const read = async (name: string, format: 'docx' | 'pdf', kind: string, heading: string, rows: string[][]) => {
    const opening = kind === 'slutrapport' ? FINAL_REPORT_OPENING : ANNUAL_REPORT_OPENING;
    return processReport(folder(), name, format, await reportIn(format, [...opening], [{ heading, rows }]));
  };

  it.each(inFormats(CASES, ['docx', 'pdf'] as const))('%s adding up: no finding (%s)', async (name, format, kind, heading, table) => {
    const result = await read(name, format, kind, heading, table('790 000'));
    expect(result).toMatchObject({ status: 'ok', kind });
    expect(result.findings.map((finding) => finding.ruleId)).toEqual([]);
  });

  // The final report's Summa is held to its cost rows, not to its subtotals; the annual report's subtotal to its own rows.
  it.each(inFormats(CASES, ['docx', 'pdf'] as const))('%s with its total off (%s)', async (name, format, kind, heading, table, rule) => {
    const rows = table('790 000').map((row) => (/^(?:Summa|Totalt)/u.test(row[0] ?? '') ? [row[0] ?? '', '1 000 000', '985 000'] : row));
    const result = await read(`${name}-off`, format, kind, heading, rows);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual([rule]);
    expect(Math.abs((result.findings[0]?.data as { difference: number }).difference)).toBe(10_000);
  });
});

const WHOLE_TOTALS: [string, 'slutrapport' | 'arsredovisning', string, string[], string, string][] = [
  ['a cost table’s Totalsumma', 'slutrapport', 'Ekonomisk redovisning', ['Kostnadsslag', 'Personal', 'Lokaler'], 'Totalsumma', 'outcome-total-mismatch'],
  ['a cost table’s Sammanlagt', 'slutrapport', 'Ekonomisk redovisning', ['Kostnadsslag', 'Personal', 'Lokaler'], 'Sammanlagt', 'outcome-total-mismatch'],
  ['a table of insatser’s Totalsumma', 'arsredovisning', 'Insatser under året', ['Insats', 'Steget', 'Vägen'], 'Totalsumma', 'aggregate-mismatch'],
];

describe('a whole total written Totalsumma or Sammanlagt', () => {
  const folder = reportFolder('whole-totals');
  const rows = ([first, a, b]: string[], total: string, utfall: string): string[][] => [
    [first ?? '', 'Budget', 'Utfall'],
    [a ?? '', '800 000', '790 000'],
    [b ?? '', '200 000', '210 000'],
    [total, '1 000 000', utfall],
  ];

  it.each(inFormats(WHOLE_TOTALS, ['docx', 'pdf'] as const))('%s (%s)', async (name, format, kind, heading, labels, total, rule) => {
    const opening = kind === 'slutrapport' ? FINAL_REPORT_OPENING : ANNUAL_REPORT_OPENING;
    const right = await processReport(folder(), name, format, await reportIn(format, [...opening], [{ heading, rows: rows(labels, total, '1 000 000') }]));
    expect(right.findings.map((finding) => finding.ruleId)).toEqual([]);
    const off = await processReport(
      folder(),
      `${name}-off`,
      format,
      await reportIn(format, [...opening], [{ heading, rows: rows(labels, total, '1 010 000') }]),
    );
    expect(off.findings.map((finding) => finding.ruleId)).toEqual([rule]);
  });
});
