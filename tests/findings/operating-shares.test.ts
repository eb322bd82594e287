/**
 * A driftredovisning with a column of shares beside budget and utfall ("Avvikelse i %", "Förbrukat i
 * procent") and a result row whose avvikelse is left blank. Read as .docx and as PDF (borderless
 * pdfkit tables) by the real pipeline: a share is no avvikelse in kronor and a blank avvikelse states
 * none, so the findings are exactly those listed — none where the avvikelse in kronor matches, one
 * per row where it does not; a share of the budget spent ("Förbrukat i procent") is held to the
 * row's utfall over its budget, a cost's as its minus-signed figures give it.
 */
import { describe, expect, it } from 'vitest';
import { ANNUAL_REPORT_OPENING, inFormats, processReport, reportIn, reportFolder } from './support/report-files.js';

/** Budget and utfall, then the columns after them: `rest` holds each row's figures there, in order. */
function operating(headings: string[], rest: string[][]): string[][] {
  const rows: [string, string, string][] = [
    ['Medlemsavgifter', '4 000', '4 000'],
    ['Summa intäkter', '4 000', '4 000'],
    ['Insatser', '-3 000', '-2 700'],
    ['Administration', '-1 000', '-950'],
    ['Summa kostnader', '-4 000', '-3 650'],
    ['Årets resultat', '0', '350'],
  ];
  return [['Driftredovisning (tkr)', 'Budget', 'Utfall', ...headings], ...rows.map((row, index) => [...row, ...(rest[index] ?? [])])];
}

const SHARE_ONLY = operating(['Avvikelse i %'], [['0'], ['0'], ['10'], ['5'], ['9'], ['']]);
const USED_SHARE = (insatser = '90'): string[][] => operating(['Förbrukat i procent'], [['100'], ['100'], [insatser], ['95'], ['91'], ['']]);
const BOTH = (insatser: string): string[][] =>
  operating(
    ['Avvikelse', 'Avvikelse %'],
    [
      ['0', '0'],
      ['0', '0'],
      [insatser, '10'],
      ['50', '5'],
      ['350', '9'],
      ['', ''],
    ],
  );

const CASES: [string, string[][], string[]][] = [
  ['an avvikelse in per cent only', SHARE_ONLY, []],
  ['a share used in per cent', USED_SHARE(), []],
  // The share of the budget spent was read past: a wrong one went unchecked.
  ['a share used in per cent, one row off', USED_SHARE('80'), ['percentage-mismatch']],
  ['an avvikelse in tkr and one in per cent, that match', BOTH('300'), []],
  ['an avvikelse in tkr and one in per cent, one row off', BOTH('200'), ['operating-deviation-mismatch']],
];

const folder = reportFolder('operating-shares');

describe('a driftredovisning with a column of shares: the findings, exactly', () => {
  it.each(inFormats(CASES, ['docx', 'pdf'] as const))('%s (%s)', async (name, format, rows, findings) => {
    const tables = [{ heading: null, rows }];
    const result = await processReport(folder(), name, format, await reportIn(format, ANNUAL_REPORT_OPENING, tables));
    expect(result).toMatchObject({ status: 'ok', kind: 'arsredovisning' });
    expect(result.record).toMatchObject({ statements: { operating: { title: 'Driftredovisning (tkr)' } } });
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });
});
