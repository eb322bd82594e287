/**
 * A final report on no template whose budget table holds a "varav" row, part of the row above it.
 * Read as .docx and as PDF by the real pipeline, it gives exactly the findings listed: none where
 * the rows without it add up to the Summa, one per column where the Summa is off them.
 */
import { describe, expect, it } from 'vitest';
import { inFormats, processReport, reportIn, reportFolder } from './support/report-files.js';

const OPENING = ['Slutrapport', 'Projekt Exempelsteget', 'Samordningsförbundet Exempelbygden', 'Projektet har pågått 2019-01-01 – 2020-12-31.'];

const ROWS = (outcomeSumma: string): string[][] => [
  ['Kostnadsslag', 'Budget', 'Utfall'],
  ['Personal', '1 200 000', '1 170 000'],
  ['varav lön', '900 000', '880 000'],
  ['Lokaler', '150 000', '149 500'],
  ['Resor', '50 000', '45 000'],
  ['Summa', '1 400 000', outcomeSumma],
];

const CASES: [string, string, string[]][] = [
  ['the rows without their varav add up', '1 364 500', []],
  ['the Summa utfall is off the rows', '1 264 500', ['outcome-total-mismatch']],
];

const folder = reportFolder('budget-varav');

describe('a budget table with a varav row: the findings it gives, exactly', () => {
  it.each(inFormats(CASES, ['docx', 'pdf'] as const))('%s (%s)', async (name, format, summa, findings) => {
    const tables = [{ heading: 'Ekonomisk redovisning', rows: ROWS(summa) }];
    const result = await processReport(folder(), name, format, await reportIn(format, OPENING, tables));
    expect(result).toMatchObject({ status: 'ok', kind: 'slutrapport' });
    const record = result.record as { budget: { rows: { category: string }[] } };
    expect(record.budget.rows.map((row) => row.category)).toEqual(['Personal', 'varav lön', 'Lokaler', 'Resor']);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });
});
