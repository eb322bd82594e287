/**
 * The unit of an annual report's statements, where the table does not say it: the heading over the
 * table ("Resultaträkning (tkr)") also when the table's header names the statement again
 * ("Resultaträkning | Not | 2022 | 2021"), and the report's sentence for every amount in the words
 * förbund use ("Samtliga belopp redovisas i tusentals kronor", "Beloppen i räkenskaperna är angivna i
 * tkr", "Siffrorna i tabellerna är i tusen kronor"). Where nothing states it, the statement is read
 * in kronor, and a text whose figure is a thousand times the statement's is not told it differs.
 * Read by the real pipeline as .docx and as PDF (pdfkit, borderless), each file gives exactly the
 * findings listed.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentResult } from '../../schemas/result.js';
import { inFormats, processReport, reportFolder, reportIn, type TitledTable } from './support/report-files.js';

const folder = reportFolder('statement-units');

const opening = (...prose: string[]): string[] => ['Årsredovisning 2022', 'Samordningsförbundet Exempelbygden', 'Förvaltningsberättelse', ...prose];
const RESULT_SENTENCE = (result: string) => `Förbundet redovisar ett överskott på ${result} för 2022, vilket är över budget.`;

/** A resultaträkning under its heading; the table's first header cell as given. */
const incomeStatement = (heading: string, firstCell: string): TitledTable => ({
  heading,
  rows: [
    [firstCell, 'Not', '2022', '2021'],
    ['Verksamhetens intäkter', '1', '12 000', '11 500'],
    ['Verksamhetens kostnader', '2', '-10 790', '-10 700'],
    ['Verksamhetens nettokostnader', '', '1 210', '800'],
    ['Årets resultat', '', '1 210', '800'],
  ],
});

function resultOf(result: DocumentResult): number | null {
  if (result.status !== 'ok' || result.kind !== 'arsredovisning') throw new Error(`not an annual report: ${result.status}`);
  return result.record.statements.income?.rows.find((row) => row.label === 'Årets resultat')?.current?.sek ?? null;
}

const CASES: [string, string[], TitledTable, number, string[]][] = [
  [
    'the heading gives tkr, the header names the statement again',
    opening(RESULT_SENTENCE('1,2 miljoner kronor')),
    incomeStatement('Resultaträkning (tkr)', 'Resultaträkning'),
    1_210_000,
    [],
  ],
  [
    'likewise, the text off',
    opening(RESULT_SENTENCE('1,5 miljoner kronor')),
    incomeStatement('Resultaträkning (tkr)', 'Resultaträkning'),
    1_210_000,
    ['narrative-statement-mismatch'],
  ],
  [
    '"Samtliga belopp redovisas i tusentals kronor"',
    opening('Samtliga belopp redovisas i tusentals kronor.', RESULT_SENTENCE('1,2 mkr')),
    incomeStatement('Resultaträkning', ''),
    1_210_000,
    [],
  ],
  [
    '"Beloppen i räkenskaperna är angivna i tkr"',
    opening('Beloppen i räkenskaperna är angivna i tkr.', RESULT_SENTENCE('1,2 mkr')),
    incomeStatement('Resultaträkning', ''),
    1_210_000,
    [],
  ],
  [
    '"Siffrorna i tabellerna är i tusen kronor"',
    opening('Siffrorna i tabellerna är i tusen kronor.', RESULT_SENTENCE('1 210 tkr')),
    incomeStatement('Resultaträkning', ''),
    1_210_000,
    [],
  ],
  ['no unit stated: kronor, the text a thousand times it', opening(RESULT_SENTENCE('1,2 mkr')), incomeStatement('Resultaträkning', ''), 1_210, []],
  [
    'no unit stated, the text off whichever unit',
    opening(RESULT_SENTENCE('1,5 mkr')),
    incomeStatement('Resultaträkning', ''),
    1_210,
    ['narrative-statement-mismatch'],
  ],
];

describe("an annual report's statements in the unit the report gives them", () => {
  it.each(inFormats(CASES, ['docx', 'pdf'] as const))('%s (%s)', async (name, format, lines, table, result, findings) => {
    const report = await processReport(folder(), `units ${name}`, format, await reportIn(format, lines, [table]));
    expect(report).toMatchObject({ status: 'ok', kind: 'arsredovisning' });
    expect(resultOf(report)).toBe(result);
    expect(report.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });
});
