/**
 * An annual report that gives its participants per insats as a table headed "Insats | Kvinnor | Män
 * | Totalt", with a Summa row. Read as .docx and as PDF by the real pipeline, it gives exactly the
 * findings listed: none where every row adds up (people of no stated gender in a column of their
 * own, a table of two years whose totals come first), one where a row's women and men miss its
 * total — the Summa row's, or an insats's the text does not name.
 */
import { describe, expect, it } from 'vitest';
import { inFormats, processReport, reportIn, reportFolder } from './support/report-files.js';

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

const UNNAMED_INSATS = (total: string): string[][] => [
  ['Insats', 'Kvinnor', 'Män', 'Totalt'],
  ['Steget', '22', '18', '40'],
  ['Jobbcentrum', '20', '15', total],
];

const NO_STATED_GENDER = (heading: string, other: string): string[][] => [
  ['Insats', 'Kvinnor', 'Män', heading, 'Totalt'],
  ['Steget', '22', '18', other, '43'],
  ['Lotsen', '13', '10', '0', '23'],
  ['Summa', '35', '28', other, '66'],
];

const TWO_YEARS: string[][] = [
  ['Insats', 'Totalt 2019', 'Totalt 2020', 'Kvinnor 2020', 'Män 2020'],
  ['Steget', '31', '40', '22', '18'],
  ['Lotsen', '12', '23', '13', '10'],
];

const CASES: [string, string[][], string[]][] = [
  ['every row adds up', ROWS('63'), []],
  ["the Summa row's women and men miss its total", ROWS('66'), ['gender-sum-mismatch']],
  ['a row of an insats the text does not name adds up', UNNAMED_INSATS('35'), []],
  ['a row of an insats the text does not name misses its total', UNNAMED_INSATS('38'), ['gender-sum-mismatch']],
  ['people of no stated gender in a column "Ej angivet"', NO_STATED_GENDER('Ej angivet', '3'), []],
  ['people of no stated gender in a column "Annat/vill ej uppge"', NO_STATED_GENDER('Annat/vill ej uppge', '3'), []],
  ['a column "Ej angivet" that does not make up the rest', NO_STATED_GENDER('Ej angivet', '1'), ['gender-sum-mismatch', 'gender-sum-mismatch']],
  ["two years' totals before the year's women and men", TWO_YEARS, []],
];

const folder = reportFolder('participants-table');

describe('participants per insats as a table with a Totalt column: the findings it gives, exactly', () => {
  it.each(inFormats(CASES, ['docx', 'pdf'] as const))('%s (%s)', async (name, format, rows, findings) => {
    const tables = [{ heading: 'Deltagare per insats', rows }];
    const result = await processReport(folder(), name, format, await reportIn(format, OPENING, tables));
    expect(result).toMatchObject({ status: 'ok', kind: 'arsredovisning' });
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });
});
