/**
 * An annual report that gives its participants per insats as a table headed "Insats | Kvinnor | Män
 * | Totalt", with a Summa row. Read as .docx and as PDF by the real pipeline, it gives exactly the
 * findings listed: none where every row adds up, one where the Summa row's women and men miss its
 * total.
 */
import { describe, expect, it } from 'vitest';
import { inFormats, processReport, reportDocx, reportFolder, reportPdf } from './support/report-files.js';

const OPENING = [
  'Årsredovisning 2020',
  'Samordningsförbundet Exempelbygden',
  'Förvaltningsberättelse',
  'Förbundet har under året finansierat två insatser, Steget och Lotsen, för personer som behöver samordnat stöd för att närma sig arbetsmarknaden.',
];

const ROWS = (summaTotal: string): string[][] => [
  ['Insats', 'Kvinnor', 'Män', 'Totalt'],
  ['Steget', '22', '18', '40'],
  ['Lotsen', '13', '10', '23'],
  ['Summa', '35', '28', summaTotal],
];

const CASES: [string, string, string[]][] = [
  ['every row adds up', '63', []],
  ["the Summa row's women and men miss its total", '66', ['gender-sum-mismatch']],
];

const folder = reportFolder('participants-table');

describe('participants per insats as a table with a Totalt column: the findings it gives, exactly', () => {
  it.each(inFormats(CASES, ['docx', 'pdf'] as const))('%s (%s)', async (name, format, total, findings) => {
    const tables = [{ heading: 'Deltagare per insats', rows: ROWS(total) }];
    const result = await processReport(folder(), name, format, format === 'docx' ? await reportDocx(OPENING, tables) : await reportPdf(OPENING, tables));
    expect(result).toMatchObject({ status: 'ok', kind: 'arsredovisning' });
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });
});
