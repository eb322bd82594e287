/**
 * An interim report whose förvaltningsberättelse states the period's result ("Periodens resultat är
 * 150 tkr") beside its income statement's "Periodens resultat", and a forecast for the year. Read as
 * .docx and as PDF by the real pipeline, it gives exactly the findings listed: none where text and
 * statement agree or where the text forecasts the year, one where the period's result differs. Its
 * eget kapital "vid årets slut" or "per den 31 december" is last year's end's, not the period's.
 */
import { describe, expect, it } from 'vitest';
import { inFormats, processReport, reportDocx, reportIn, reportFolder } from './support/report-files.js';

const opening = (narrative: string): string[] => [
  'Delårsrapport januari–augusti 2021',
  'Samordningsförbundet Exempelbygden',
  'Förvaltningsberättelse',
  `Förbundet har fyra medlemmar och verksamheten har bedrivits enligt verksamhetsplanen. ${narrative}`,
];

const INCOME: string[][] = [
  ['', '2021-01-01–2021-08-31', '2020-01-01–2020-08-31'],
  ['Medlemsavgifter', '2 700', '2 500'],
  ['Summa intäkter', '2 700', '2 500'],
  ['Insatser', '−2 200', '−2 100'],
  ['Administration', '−350', '−340'],
  ['Summa kostnader', '−2 550', '−2 440'],
  ['Periodens resultat', '150', '60'],
];

const CASES: [string, string, string[]][] = [
  ["the period's result as the statement has it", 'Periodens resultat är 150 tkr.', []],
  ['a forecast for the year', 'Periodens resultat är 150 tkr. Prognosen för årets resultat är 200 tkr.', []],
  ['another result for the period', 'Periodens resultat är 250 tkr.', ['narrative-statement-mismatch']],
  ['the result without "periodens", thousands grouped with a point', 'Resultatet blev 150.000 kronor.', []],
  ['the result without "periodens", another figure', 'Resultatet blev 250.000 kronor.', ['narrative-statement-mismatch']],
  ["an insats's result", 'Resultatet för insatsen Steget blev 250 tkr.', []],
];

const BALANCE: string[][] = [
  ['', '2021-08-31', '2020-12-31'],
  ['Kassa och bank', '2 497', '2 430'],
  ['Summa tillgångar', '2 497', '2 430'],
  ['Eget kapital', '2 097', '1 830'],
  ['Kortfristiga skulder', '400', '600'],
  ['Summa eget kapital och skulder', '2 497', '2 430'],
];

/** Eget kapital in the text beside the balance sheet of the period's end and of last year's. */
const EQUITY_CASES: [string, string, string[]][] = [
  ['eget kapital at the period’s end as the balance sheet has it', 'Det egna kapitalet uppgick till 2 097 tkr.', []],
  ['eget kapital at last year’s end', 'Det egna kapitalet per den 31 december uppgick till 1 830 tkr.', []],
  ['eget kapital at the year’s end, from the last annual report', 'Eget kapital vid årets slut var 1 830 tkr enligt bokslutet.', []],
  ['another eget kapital at the period’s end', 'Det egna kapitalet uppgick till 2 197 tkr.', ['narrative-statement-mismatch']],
  [
    'another eget kapital on the period’s last day, the verb first',
    'Per den 31 augusti uppgick eget kapital till 2 197 tkr.',
    ['narrative-statement-mismatch'],
  ],
];

const folder = reportFolder('interim-narrative');

describe("an interim report's result in its text and its statement: the findings, exactly", () => {
  it.each(inFormats(CASES, ['docx', 'pdf'] as const))('%s (%s)', async (name, format, narrative, findings) => {
    const lines = opening(narrative);
    const tables = [{ heading: 'Resultaträkning (tkr)', rows: INCOME }];
    const result = await processReport(folder(), name, format, await reportIn(format, lines, tables));
    expect(result).toMatchObject({ status: 'ok', kind: 'delarsrapport' });
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });

  it.each(inFormats(EQUITY_CASES, ['docx', 'pdf'] as const))('%s (%s)', async (name, format, narrative, findings) => {
    const lines = opening(narrative);
    const tables = [
      { heading: 'Resultaträkning (tkr)', rows: INCOME },
      { heading: 'Balansräkning (tkr)', rows: BALANCE },
    ];
    const result = await processReport(folder(), name, format, await reportIn(format, lines, tables));
    expect(result).toMatchObject({ status: 'ok', kind: 'delarsrapport' });
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });

  it("names the period's result in its message", async () => {
    const result = await processReport(
      folder(),
      'message',
      'docx',
      await reportDocx(opening('Periodens resultat är 250 tkr.'), [{ heading: 'Resultaträkning (tkr)', rows: INCOME }]),
    );
    expect(result.findings[0]?.message.startsWith('Texten anger att periodens resultat är 250 tkr')).toBe(true);
  });
});
