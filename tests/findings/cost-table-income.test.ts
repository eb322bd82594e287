/**
 * A final report's cost table that also gives the money the project received — a row of it over the
 * costs ("Intäkter från förbundet"), a part headed "Intäkter" or "Finansiering" over one headed
 * "Kostnader" — and a deduction under the costs' Summa ("Avgår medfinansiering", a negative budget).
 * Read by the real pipeline as .docx and as PDF (pdfkit, borderless), the money received is none of
 * the costs its Summa adds up, and a deduction as budgeted is no overrun; each file gives exactly the
 * findings listed.
 */
import { describe, expect, it } from 'vitest';
import { FINAL_REPORT_OPENING, inFormats, processReport, reportFolder, reportIn } from './support/report-files.js';

const HEADER = ['Post', 'Budget', 'Utfall'];

/** Personal and Lokaler under a Summa kostnader whose utfall is as given (970 000 adds up), then the result. */
const COSTS = (summaUtfall: string): string[][] => [
  ['Personal', '800 000', '790 000'],
  ['Lokaler', '200 000', '180 000'],
  ['Summa kostnader', '1 000 000', summaUtfall],
  ['Resultat', '0', '30 000'],
];

const CASES: [string, string[][], string[], string[]][] = [
  ['a row of income over the costs', [HEADER, ['Intäkter från förbundet', '1 000 000', '1 000 000'], ...COSTS('970 000')], ['Personal', 'Lokaler'], []],
  [
    '…and the Summa utfall off',
    [HEADER, ['Intäkter från förbundet', '1 000 000', '1 000 000'], ...COSTS('990 000')],
    ['Personal', 'Lokaler'],
    ['outcome-total-mismatch'],
  ],
  [
    'a part headed Intäkter over one headed Kostnader',
    [HEADER, ['Intäkter', '', ''], ['Bidrag från samordningsförbundet', '1 000 000', '1 000 000'], ['Kostnader', '', ''], ...COSTS('970 000')],
    ['Personal', 'Lokaler'],
    [],
  ],
  [
    '…and the Summa utfall off',
    [HEADER, ['Intäkter', '', ''], ['Bidrag från samordningsförbundet', '1 000 000', '1 000 000'], ['Kostnader', '', ''], ...COSTS('990 000')],
    ['Personal', 'Lokaler'],
    ['outcome-total-mismatch'],
  ],
  [
    'a part headed Finansiering, its rows the funders',
    [
      HEADER,
      ['Finansiering', '', ''],
      ['Samordningsförbundet', '700 000', '700 000'],
      ['Kommunen', '300 000', '300 000'],
      ['Kostnader', '', ''],
      ...COSTS('970 000'),
    ],
    ['Personal', 'Lokaler'],
    [],
  ],
  [
    'a grant paid to participants is a cost',
    [
      HEADER,
      ['Personal', '700 000', '690 000'],
      ['Bidrag till deltagare', '100 000', '100 000'],
      ['Lokaler', '200 000', '180 000'],
      ['Summa kostnader', '1 000 000', '980 000'],
    ],
    ['Personal', 'Bidrag till deltagare', 'Lokaler'],
    ['outcome-total-mismatch'],
  ],
  [
    'a deduction under the costs’ Summa, as budgeted',
    [
      HEADER,
      ['Personal', '800 000', '790 000'],
      ['Lokaler', '200 000', '210 000'],
      ['Summa kostnader', '1 000 000', '1 000 000'],
      ['Avgår medfinansiering', '-300 000', '-300 000'],
      ['Summa från förbundet', '700 000', '700 000'],
    ],
    ['Personal', 'Lokaler', 'Avgår medfinansiering'],
    [],
  ],
];

describe('a cost table with the money received', () => {
  const folder = reportFolder('cost-income');

  it.each(inFormats(CASES, ['docx', 'pdf'] as const))('%s (%s)', async (name, format, rows, categories, findings) => {
    const bytes = await reportIn(format, [...FINAL_REPORT_OPENING], [{ heading: 'Ekonomisk redovisning', rows }]);
    const result = await processReport(folder(), name, format, bytes);
    expect(result).toMatchObject({ status: 'ok', kind: 'slutrapport' });
    const budget = (result.record as { budget: { rows: { category: string }[] } }).budget;
    expect(budget.rows.map((row) => row.category)).toEqual(categories);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });

  it.each(['docx', 'pdf'] as const)('adds up the costs alone, and says so (%s)', async (format) => {
    const rows = [HEADER, ['Intäkter från förbundet', '1 000 000', '1 000 000'], ...COSTS('990 000')];
    const result = await processReport(
      folder(),
      'figures',
      format,
      await reportIn(format, [...FINAL_REPORT_OPENING], [{ heading: 'Ekonomisk redovisning', rows }]),
    );
    expect(result.findings[0]?.data).toMatchObject({ actual: 990_000, expected: 970_000, difference: 20_000 });
  });
});
