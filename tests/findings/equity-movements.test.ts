/**
 * An annual report whose eget kapital moved by more than the year's result — 500 tkr repaid to the
 * members — with the balance sheet showing only the balances. Where the text tells of the
 * repayment, in a sentence that gives its amount or in a table of the changes in eget kapital, the
 * change is explained; where it does not, or gives another amount (next year's), it is not. Read as
 * .docx and as PDF by the real pipeline: the findings, exactly.
 */
import { describe, expect, it } from 'vitest';
import { inFormats, processReport, reportDocx, reportFolder, reportPdf, type TitledTable } from './support/report-files.js';

const opening = (narrative: string): string[] => [
  'Årsredovisning 2022',
  'Samordningsförbundet Exempelbygden',
  'Förvaltningsberättelse',
  `Förbundet har under året finansierat sex insatser. ${narrative}`,
];

const INCOME: TitledTable = {
  heading: 'Resultaträkning (tkr)',
  rows: [
    ['', '2022', '2021'],
    ['Verksamhetens intäkter', '6 012', '5 800'],
    ['Verksamhetens kostnader', '-5 797', '-5 950'],
    ['Årets resultat', '215', '-150'],
  ],
};

const CHANGES: TitledTable = {
  heading: 'Förändring av eget kapital (tkr)',
  rows: [
    ['', '2022', '2021'],
    ['Ingående eget kapital', '1 615', '1 765'],
    ['Återbetalning till medlemmar', '-500', '0'],
    ['Årets resultat', '215', '-150'],
    ['Utgående eget kapital', '1 330', '1 615'],
  ],
};

const BALANCE: TitledTable = {
  heading: 'Balansräkning (tkr)',
  rows: [
    ['', '2022-12-31', '2021-12-31'],
    ['Kassa och bank', '1 930', '2 170'],
    ['Summa tillgångar', '1 930', '2 170'],
    ['Eget kapital', '1 330', '1 615'],
    ['Kortfristiga skulder', '600', '555'],
    ['Summa eget kapital och skulder', '1 930', '2 170'],
  ],
};

const REPAID = 'Styrelsen beslutade att återbetala 500 tkr av det egna kapitalet till medlemmarna.';
const NEXT_YEAR = 'Styrelsen föreslår att 300 tkr av det egna kapitalet återbetalas till medlemmarna under 2023.';

const CASES: [string, string, TitledTable[], string[]][] = [
  ['a sentence that gives the repayment', REPAID, [INCOME, BALANCE], []],
  ['a table of the changes in eget kapital', '', [INCOME, CHANGES, BALANCE], []],
  ['no word of the repayment', '', [INCOME, BALANCE], ['equity-movement-mismatch']],
  ['a sentence of next year’s repayment', NEXT_YEAR, [INCOME, BALANCE], ['equity-movement-mismatch']],
];

const folder = reportFolder('equity-movements');

describe('eget kapital moved by more than the result: the findings, exactly', () => {
  it.each(inFormats(CASES, ['docx', 'pdf'] as const))('%s (%s)', async (name, format, narrative, tables, findings) => {
    const lines = opening(narrative);
    const result = await processReport(folder(), name, format, format === 'docx' ? await reportDocx(lines, tables) : await reportPdf(lines, tables));
    expect(result).toMatchObject({ status: 'ok', kind: 'arsredovisning' });
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });
});
