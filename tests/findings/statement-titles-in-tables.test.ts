/**
 * An annual report whose statements open with their title in the table's own header row
 * ("Resultaträkning (tkr) | 2021 | 2020"), as Word-made reports often have them, and whose
 * förvaltningsberättelse states the year's result and equity in its own words. Read as .docx and
 * as PDF (borderless pdfkit tables) by the real pipeline — and as .docx with the titles as
 * paragraphs over the tables — it gives exactly the findings listed: none where text and
 * statements agree or where the text speaks of last year, one where a figure or a sum is off.
 */
import { describe, expect, it } from 'vitest';
import { inFormats, processReport, reportDocx, reportFolder, reportPdf, type TitledTable } from './support/report-files.js';

const OPENING = (narrative: string): string[] => [
  'Årsredovisning 2021',
  'Samordningsförbundet Exempelbygden',
  'Förvaltningsberättelse',
  `Förbundet har under året finansierat sju insatser. ${narrative}`,
];

const INCOME = (costs: string): string[][] => [
  ['Resultaträkning (tkr)', '2021', '2020'],
  ['Medlemsavgifter', '10 200', '10 000'],
  ['Summa intäkter', '10 200', '10 000'],
  ['Kostnader för insatser', '−7 800', '−7 500'],
  ['Administration', '−2 812', '−2 400'],
  ['Summa kostnader', costs, '−9 900'],
  ['Årets resultat', '−412', '100'],
];

const BALANCE: string[][] = [
  ['Balansräkning (tkr)', '2021-12-31', '2020-12-31'],
  ['Kassa och bank', '4 500', '4 900'],
  ['Summa tillgångar', '4 500', '4 900'],
  ['Eget kapital', '3 300', '3 712'],
  ['Kortfristiga skulder', '1 200', '1 188'],
  ['Summa eget kapital och skulder', '4 500', '4 900'],
];

const CASES: [string, string, string, string[]][] = [
  ['text and statements agree', 'Förbundet redovisar ett negativt resultat om 412 tkr för 2021.', '−10 612', []],
  ['"det egna kapitalet" at the year\'s end, as the balance sheet has it', 'Det egna kapitalet uppgick vid årets slut till 3 300 tkr.', '−10 612', []],
  ["last year's equity, named by its year", 'Eget kapital 2020 var 3 712 tkr.', '−10 612', []],
  ["last year's result, named by its year", 'Årets resultat 2020 var 100 tkr.', '−10 612', []],
  ['a difference from the budget', 'Årets resultat blev 150 tkr bättre än budgeterat.', '−10 612', []],
  ['a difference from last year', 'Det egna kapitalet är 412 tkr lägre än föregående år.', '−10 612', []],
  ['the budget for the result', 'Budgeten för årets resultat var 0 tkr.', '−10 612', []],
  ['a forecast made during the year', 'Prognosen för årets resultat var ett underskott på 300 tkr.', '−10 612', []],
  [
    "a difference, then a result that is not the statement's",
    'Årets resultat blev 150 tkr sämre än budgeterat. Förbundet redovisar ett negativt resultat om 512 tkr för 2021.',
    '−10 612',
    ['narrative-statement-mismatch'],
  ],
  ['the text gives another result', 'Förbundet redovisar ett negativt resultat om 812 tkr för 2021.', '−10 612', ['narrative-statement-mismatch']],
  [
    '"det egna kapitalet" is not the balance sheet\'s',
    'Det egna kapitalet uppgick vid årets slut till 3 900 tkr.',
    '−10 612',
    ['narrative-statement-mismatch'],
  ],
  ["the costs' total is not its rows", 'Förbundet redovisar ett negativt resultat om 412 tkr för 2021.', '−10 512', ['statement-sum-mismatch']],
];

/** The title in the table's header row, or (`headed`) a paragraph over a table headed by its years. */
function statements(costs: string, headed: boolean): TitledTable[] {
  return [INCOME(costs), BALANCE].map((rows) => {
    if (!headed) return { heading: null, rows };
    const [[title = '', ...years] = [], ...body] = rows;
    return { heading: title, rows: [['', ...years], ...body] };
  });
}

const BUILD = {
  docx: (opening: string[], costs: string) => reportDocx(opening, statements(costs, false)),
  pdf: (opening: string[], costs: string) => reportPdf(opening, statements(costs, false)),
  'docx-headed': (opening: string[], costs: string) => reportDocx(opening, statements(costs, true)),
} as const;

const folder = reportFolder('statement-titles');

describe('statements titled in their header row, and the förvaltningsberättelse on them: the findings, exactly', () => {
  it.each(inFormats(CASES, ['docx', 'pdf', 'docx-headed'] as const))('%s (%s)', async (name, format, narrative, costs, findings) => {
    const result = await processReport(folder(), name, format, await BUILD[format](OPENING(narrative), costs));
    expect(result).toMatchObject({ status: 'ok', kind: 'arsredovisning' });
    const record = result.record as { statements: { income: { rows: unknown[] } | null; balance: { rows: unknown[] } | null } };
    // Both statements are read, each with its own rows, so that no finding is for want of one.
    expect(record.statements.income?.rows).toHaveLength(INCOME(costs).length - 1);
    expect(record.statements.balance?.rows).toHaveLength(BALANCE.length - 1);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });
});
