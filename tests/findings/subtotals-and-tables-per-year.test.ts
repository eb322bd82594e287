/**
 * A final report's cost table whose rows close in subtotals ("Summa personal"), and a final report
 * whose costs come as a table per year, one under the other, each with its Summa: every subtotal
 * and every table's Summa is held to its own rows, a wrong subtotal is its own finding (the total
 * under it, adding up with it, is not blamed), and a last Summa that adds up with all the rows (a
 * total of both years) is right. Read by the real pipeline as .docx and as PDF (pdfkit,
 * borderless), each file gives exactly the findings listed.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentResult } from '../../schemas/result.js';
import { FINAL_REPORT_OPENING, inFormats, processReport, reportFolder, reportIn, type TitledTable } from './support/report-files.js';

const HEADER = ['Kostnadsslag', 'Budget', 'Utfall'];

/** Wages in a group of their own, closed by "Summa personal" (its utfall as given; 700 000 adds up). */
const grouped = (personal: string, total: string): string[][] => [
  HEADER,
  ['Lön projektledare', '450 000', '440 000'],
  ['Lön coach', '250 000', '260 000'],
  ['Summa personal', '700 000', personal],
  ['Lokaler', '120 000', '118 000'],
  ['Aktiviteter', '80 000', '62 000'],
  ['Summa', '900 000', total],
];

/** A year's table under its title; its Summa's utfall as given. */
const yearTable = (year: number, personal: string, summa: string): TitledTable => ({
  heading: `Kostnader ${year}`,
  rows: [HEADER, ['Personal', '300 000', personal], ['Material', '40 000', '35 000'], ['Summa', '340 000', summa]],
});

/** Each finding as "ruleId subtotal expected actual", "Summa" for the table's last total. */
function found(result: DocumentResult): string[] {
  return result.findings.map((finding) => {
    const data = finding.data as { subtotal?: string; expected: number; actual: number };
    return [finding.ruleId, data.subtotal ?? 'Summa', data.expected, data.actual].join(' ');
  });
}

const SUBTOTALS: [string, string[][], string[]][] = [
  ['subtotal and total adding up', grouped('700 000', '880 000'), []],
  // The total adds up with the subtotal as written: the subtotal is the wrong figure.
  ['a wrong subtotal, the total adding up with it', grouped('710 000', '890 000'), ['outcome-total-mismatch Summa personal 700000 710000']],
  ['a wrong subtotal, the total adding up with the rows', grouped('710 000', '880 000'), ['outcome-total-mismatch Summa personal 700000 710000']],
  ['a right subtotal, a wrong total', grouped('700 000', '895 000'), ['outcome-total-mismatch Summa 880000 895000']],
  [
    'a subtotal’s budget off',
    grouped('700 000', '880 000').map((row) => (row[0] === 'Summa personal' ? [row[0], '750 000', '700 000'] : row)),
    ['budget-total-mismatch Summa personal 700000 750000'],
  ],
];

/** A year's table with its wages in a subtotal over the rest; its Summa's utfall as given (335 000 adds up). */
const yearWithSubtotal = (year: number, summa: string): TitledTable => ({
  heading: `Kostnader ${year}`,
  rows: [
    HEADER,
    ['Lön handledare', '200 000', '195 000'],
    ['Lön samordnare', '100 000', '105 000'],
    ['Summa personal', '300 000', '300 000'],
    ['Material', '40 000', '35 000'],
    ['Summa', '340 000', summa],
  ],
});

const PER_YEAR: [string, TitledTable[], string[]][] = [
  ['two years’ tables adding up', [yearTable(2021, '290 000', '325 000'), yearTable(2022, '310 000', '345 000')], []],
  [
    'the second year’s Summa off',
    [yearTable(2021, '290 000', '325 000'), yearTable(2022, '310 000', '355 000')],
    ['outcome-total-mismatch Summa 345000 355000'],
  ],
  [
    'the first year’s Summa off',
    [yearTable(2021, '290 000', '335 000'), yearTable(2022, '310 000', '345 000')],
    ['outcome-total-mismatch Summa 325000 335000'],
  ],
  [
    'two years and a total of both',
    [
      yearTable(2021, '290 000', '325 000'),
      { ...yearTable(2022, '310 000', '345 000'), rows: [...yearTable(2022, '310 000', '345 000').rows, ['Totalt båda åren', '680 000', '670 000']] },
    ],
    [],
  ],
  [
    'two years and a wrong total of both',
    [
      yearTable(2021, '290 000', '325 000'),
      { ...yearTable(2022, '310 000', '345 000'), rows: [...yearTable(2022, '310 000', '345 000').rows, ['Totalt båda åren', '680 000', '690 000']] },
    ],
    ['outcome-total-mismatch Summa 670000 690000'],
  ],
];

/** Tables per year whose Summa closes a subtotal and a row after it: all the rows over it, not only those since the subtotal. */
const PER_YEAR_IN_GROUPS: [string, TitledTable[], string[]][] = [
  ['two years’ tables with subtotals, adding up', [yearWithSubtotal(2021, '335 000'), yearWithSubtotal(2022, '335 000')], []],
  ['…the first year’s Summa off', [yearWithSubtotal(2021, '345 000'), yearWithSubtotal(2022, '335 000')], ['outcome-total-mismatch Summa 335000 345000']],
];

describe('a final report’s subtotals', () => {
  const folder = reportFolder('cost-subtotals');

  it.each(inFormats(SUBTOTALS, ['docx', 'pdf'] as const))('%s (%s)', async (name, format, rows, findings) => {
    const result = await processReport(folder(), name, format, await reportIn(format, [...FINAL_REPORT_OPENING], [{ heading: 'Ekonomisk redovisning', rows }]));
    expect(result).toMatchObject({ status: 'ok', kind: 'slutrapport' });
    expect(found(result)).toEqual(findings);
  });

  // "Summa kostnader" closes the wages' subtotal and the rows after it; the deduction and the net total follow.
  it.each(['docx', 'pdf'] as const)('a Summa of the costs over a deduction, the wages in a subtotal (%s)', async (format) => {
    const rows = [
      ...grouped('700 000', '880 000').slice(0, -1),
      ['Summa kostnader', '900 000', '880 000'],
      ['Avgår medfinansiering', '-300 000', '-300 000'],
      ['Summa netto', '600 000', '580 000'],
    ];
    const result = await processReport(
      folder(),
      'deduction',
      format,
      await reportIn(format, [...FINAL_REPORT_OPENING], [{ heading: 'Ekonomisk redovisning', rows }]),
    );
    expect(found(result)).toEqual([]);
  });

  it('keeps each subtotal with the rows it closes', async () => {
    const result = await processReport(
      folder(),
      'record',
      'docx',
      await reportIn('docx', [...FINAL_REPORT_OPENING], [{ heading: 'Ekonomisk redovisning', rows: grouped('700 000', '880 000') }]),
    );
    const record = result.record as {
      budget: { rows: unknown[]; subtotals?: { label: string; firstRow: number; rowCount: number; outcome: { sek: number } }[] };
    };
    expect(record.budget.rows).toHaveLength(4);
    expect(record.budget.subtotals).toEqual([
      expect.objectContaining({ label: 'Summa personal', firstRow: 0, rowCount: 2, outcome: expect.objectContaining({ sek: 700_000 }) }),
    ]);
  });
});

describe('a final report’s costs in a table per year', () => {
  const folder = reportFolder('cost-tables-per-year');

  it.each(inFormats(PER_YEAR, ['docx', 'pdf'] as const))('%s (%s)', async (name, format, tables, findings) => {
    const result = await processReport(folder(), name, format, await reportIn(format, [...FINAL_REPORT_OPENING], tables));
    expect(result).toMatchObject({ status: 'ok', kind: 'slutrapport' });
    // The second table's Summa is its own table's total, a total of both the whole's; its title is no cost row.
    const budget = (result.record as { budget: { rows: { category: string }[]; total: { firstRow?: number } } }).budget;
    expect(budget.rows.map((row) => row.category)).toEqual(['Personal', 'Material', 'Personal', 'Material']);
    expect(budget.total.firstRow).toBe(name.includes('total of both') ? undefined : 2);
    expect(found(result)).toEqual(findings);
  });

  it.each(inFormats(PER_YEAR_IN_GROUPS, ['docx', 'pdf'] as const))('%s (%s)', async (name, format, tables, findings) => {
    const result = await processReport(folder(), `groups-${name}`, format, await reportIn(format, [...FINAL_REPORT_OPENING], tables));
    expect(found(result)).toEqual(findings);
  });

  // A table's header repeated over its rest on the next page is the same table: its Summa is all the rows'.
  it.each([
    ['adding up', '880 000', []],
    ['off', '890 000', ['outcome-total-mismatch Summa 880000 890000']],
  ] as const)('a header repeated on the next page, the total %s (pdf)', async (name, total, findings) => {
    const [header, ...rows] = grouped('700 000', total);
    const tables: TitledTable[] = [
      { heading: 'Ekonomisk redovisning', rows: [header ?? [], ...rows.slice(0, 3)] },
      { heading: null, newPage: true, rows: [header ?? [], ...rows.slice(3)] },
    ];
    const result = await processReport(folder(), `repeated-${name}`, 'pdf', await reportIn('pdf', [...FINAL_REPORT_OPENING], tables));
    expect((result.record as { budget: { total: { firstRow?: number } } }).budget.total.firstRow).toBeUndefined();
    expect(found(result)).toEqual(findings);
  });
});
