/**
 * An annual report whose eget kapital moved by more than the year's result — 500 tkr repaid to the
 * members — with the balance sheet showing only the balances. Where the text tells of the
 * repayment, in a sentence that gives its amount or in a table of the changes in eget kapital, the
 * change is explained; where it does not, or gives another amount (next year's), it is not. Read as
 * .docx and as PDF by the real pipeline: the findings, exactly.
 */
import { describe, expect, it } from 'vitest';
import { inFormats, processReport, reportIn, reportFolder, type TitledTable } from './support/report-files.js';

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
    const result = await processReport(folder(), name, format, await reportIn(format, lines, tables));
    expect(result).toMatchObject({ status: 'ok', kind: 'arsredovisning' });
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });
});

/** An interim report whose income statement ends in "Årets resultat" (267 tkr for January to August). */
const INTERIM_OPENING = [
  'Delårsrapport januari–augusti 2022',
  'Samordningsförbundet Exempelbygden',
  'Förvaltningsberättelse',
  'Förbundet har under perioden finansierat sex insatser.',
];

const INTERIM_INCOME: TitledTable = {
  heading: 'Resultaträkning (tkr)',
  rows: [
    ['', 'Jan–aug 2022', 'Jan–aug 2021'],
    ['Verksamhetens intäkter', '4 000', '3 867'],
    ['Verksamhetens kostnader', '-3 733', '-3 900'],
    ['Årets resultat', '267', '-33'],
  ],
};

const interimBalance = (previousDay: string, previousEquity: string, previousDebts: string): TitledTable => ({
  heading: 'Balansräkning (tkr)',
  rows: [
    ['', '2022-08-31', previousDay],
    ['Kassa och bank', '2 497', '2 100'],
    ['Summa tillgångar', '2 497', '2 100'],
    ['Eget kapital', '2 097', previousEquity],
    ['Kortfristiga skulder', '400', previousDebts],
    ['Summa eget kapital och skulder', '2 497', '2 100'],
  ],
});

const INTERIM_CASES: [string, TitledTable, string[]][] = [
  ['beside the same day last year: twelve months, not the period', interimBalance('2021-08-31', '1 732', '368'), []],
  ['beside last year’s end, moved by the period’s result', interimBalance('2021-12-31', '1 830', '270'), []],
  ['beside last year’s end, moved by more', interimBalance('2021-12-31', '1 730', '370'), ['equity-movement-mismatch']],
];

describe('an interim report’s eget kapital beside last year’s: the findings, exactly', () => {
  it.each(inFormats(INTERIM_CASES, ['docx', 'pdf'] as const))('%s (%s)', async (name, format, balance, findings) => {
    const tables = [INTERIM_INCOME, balance];
    const result = await processReport(folder(), `interim ${name}`, format, await reportIn(format, INTERIM_OPENING, tables));
    expect(result).toMatchObject({ status: 'ok', kind: 'delarsrapport' });
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });
});
