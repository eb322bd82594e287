/**
 * An annual report whose balance sheet shows eget kapital as it moved over the year: its opening
 * balance, a repayment, the year's result, then the closing balance ("Utgående eget kapital", "Eget
 * kapital vid årets slut") over the rows that make it. Read as .docx and as PDF by the real
 * pipeline, it gives exactly the findings listed: none where the rows add up, one where the closing
 * balance is not its rows.
 */
import { describe, expect, it } from 'vitest';
import { inFormats, processReport, reportIn, reportFolder } from './support/report-files.js';

const OPENING = [
  'Årsredovisning 2021',
  'Samordningsförbundet Exempelbygden',
  'Förvaltningsberättelse',
  'Förbundet har under året finansierat sju insatser. Under året återbetalades 500 tkr till medlemmarna.',
];

const INCOME: string[][] = [
  ['', '2021', '2020'],
  ['Medlemsavgifter', '10 200', '10 000'],
  ['Kostnader för insatser', '−7 800', '−7 500'],
  ['Administration', '−2 812', '−2 400'],
  ['Årets resultat', '−412', '100'],
];

const BALANCE = (opening: string, closing: string, closingBalance: string, assets: string): string[][] => [
  ['', '2021-12-31', '2020-12-31'],
  ['Kassa och bank', assets, '4 900'],
  ['Summa tillgångar', assets, '4 900'],
  [opening, '3 712', '3 612'],
  ['Återbetalning till medlemmar', '−500', '0'],
  ['Årets resultat', '−412', '100'],
  [closing, closingBalance, '3 712'],
  ['Kortfristiga skulder', '1 200', '1 188'],
  ['Summa eget kapital och skulder', assets, '4 900'],
];

const CASES: [string, string[][], string[]][] = [
  ['"Ingående" and "Utgående eget kapital" that add up', BALANCE('Ingående eget kapital', 'Utgående eget kapital', '2 800', '4 000'), []],
  ['"vid årets början" and "vid årets slut" that add up', BALANCE('Eget kapital vid årets början', 'Eget kapital vid årets slut', '2 800', '4 000'), []],
  ['a closing balance that is not its rows', BALANCE('Ingående eget kapital', 'Utgående eget kapital', '2 900', '4 100'), ['statement-sum-mismatch']],
];

const folder = reportFolder('equity-rows');

describe('eget kapital over the year in the balance sheet: the findings, exactly', () => {
  it.each(inFormats(CASES, ['docx', 'pdf'] as const))('%s (%s)', async (name, format, balance, findings) => {
    const tables = [
      { heading: 'Resultaträkning (tkr)', rows: INCOME },
      { heading: 'Balansräkning (tkr)', rows: balance },
    ];
    const result = await processReport(folder(), name, format, await reportIn(format, OPENING, tables));
    expect(result).toMatchObject({ status: 'ok', kind: 'arsredovisning' });
    const record = result.record as { statements: { balance: { rows: unknown[] } | null } };
    expect(record.statements.balance?.rows).toHaveLength(balance.length - 1);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });
});

/** Eget kapital as a part of the group its heading opens, totalled before the debts: "Eget kapital och skulder" / … / "Summa eget kapital". */
const PART_OF_GROUP = (carried: string, groupTotal: string): string[][] => [
  ['', '2021-12-31', '2020-12-31'],
  ['Kassa och bank', '4 500', '4 900'],
  ['Summa tillgångar', '4 500', '4 900'],
  ['Eget kapital och skulder', '', ''],
  ['Balanserat kapital', carried, '3 612'],
  ['Årets resultat', '−412', '100'],
  ['Summa eget kapital', '3 300', '3 712'],
  ['Kortfristiga skulder', '1 200', '1 188'],
  ['Summa skulder', '1 200', '1 188'],
  ['Summa eget kapital och skulder', groupTotal, '4 900'],
];

const GROUP_CASES: [string, string[][], string[]][] = [
  ['a heading over eget kapital and the debts, each totalled, that adds up', PART_OF_GROUP('3 712', '4 500'), []],
  ['its eget kapital not its rows', PART_OF_GROUP('3 812', '4 500'), ['statement-sum-mismatch']],
  ['its whole not its parts', PART_OF_GROUP('3 712', '4 600'), ['balance-sheet-mismatch', 'statement-sum-mismatch']],
];

describe('eget kapital totalled inside the group its heading opens: the findings, exactly', () => {
  it.each(inFormats(GROUP_CASES, ['docx', 'pdf'] as const))('%s (%s)', async (name, format, balance, findings) => {
    const tables = [
      { heading: 'Resultaträkning (tkr)', rows: INCOME },
      { heading: 'Balansräkning (tkr)', rows: balance },
    ];
    const result = await processReport(folder(), `group ${name}`, format, await reportIn(format, OPENING, tables));
    expect(result).toMatchObject({ status: 'ok', kind: 'arsredovisning' });
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });
});
