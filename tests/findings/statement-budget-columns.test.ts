/**
 * An income statement that sets the year's budget beside its figures, as many förbund do: "Utfall
 * 2021 | Budget 2021 | Utfall 2020", or "Budget | Utfall | Avvikelse" with no years; or that heads
 * its years "Bokslut 2021 | Bokslut 2020". Read as .docx
 * and as PDF by the real pipeline, the utfall of the report's year is the statement's current
 * column and last year's utfall its previous one; the budget is neither. Each gives exactly the
 * findings listed: none where the statement adds up, one where a sum is off. A driftredovisning of
 * the same columns stays budget against utfall.
 */
import { describe, expect, it } from 'vitest';
import { inFormats, processReport, reportDocx, reportIn, reportFolder } from './support/report-files.js';

const OPENING = [
  'Årsredovisning 2021',
  'Samordningsförbundet Exempelbygden',
  'Förvaltningsberättelse',
  'Förbundet har fyra medlemmar och verksamheten har bedrivits enligt verksamhetsplanen för året. Årets resultat blev 150 tkr.',
];

const WITH_YEARS = (costs: string): string[][] => [
  ['Post', 'Utfall 2021', 'Budget 2021', 'Utfall 2020'],
  ['Medlemsavgifter', '4 000', '4 000', '3 800'],
  ['Övriga intäkter', '200', '0', '150'],
  ['Summa intäkter', '4 200', '4 000', '3 950'],
  ['Insatser', '−3 500', '−3 400', '−3 300'],
  ['Administration', '−550', '−600', '−500'],
  ['Summa kostnader', costs, '−4 000', '−3 800'],
  ['Årets resultat', '150', '0', '150'],
];

const NO_YEARS = (costs: string): string[][] => [
  ['Post', 'Budget', 'Utfall', 'Avvikelse'],
  ['Medlemsavgifter', '4 000', '4 000', '0'],
  ['Övriga intäkter', '0', '200', '200'],
  ['Summa intäkter', '4 000', '4 200', '200'],
  ['Insatser', '−3 400', '−3 500', '−100'],
  ['Administration', '−600', '−550', '50'],
  ['Summa kostnader', '−4 000', costs, '−50'],
  ['Årets resultat', '0', '150', '150'],
];

const BOKSLUT = (costs: string): string[][] => [
  ['Post', 'Bokslut 2021', 'Bokslut 2020'],
  ['Medlemsavgifter', '4 200', '3 950'],
  ['Insatser', '−3 500', '−3 300'],
  ['Administration', '−550', '−500'],
  ['Summa kostnader', costs, '−3 800'],
  ['Årets resultat', '150', '150'],
];

const CASES: [string, string[][], string[]][] = [
  ['"Utfall 2021 | Budget 2021 | Utfall 2020" that adds up', WITH_YEARS('−4 050'), []],
  ['"Utfall 2021 | Budget 2021 | Utfall 2020" whose costs do not', WITH_YEARS('−4 150'), ['statement-sum-mismatch']],
  ['"Budget | Utfall | Avvikelse" that adds up', NO_YEARS('−4 050'), []],
  ['"Budget | Utfall | Avvikelse" whose costs do not', NO_YEARS('−4 150'), ['statement-sum-mismatch']],
  ['"Bokslut 2021 | Bokslut 2020" that adds up', BOKSLUT('−4 050'), []],
  ['"Bokslut 2021 | Bokslut 2020" whose costs do not', BOKSLUT('−4 150'), ['statement-sum-mismatch']],
];

const folder = reportFolder('statement-budget-columns');

describe('an income statement with a budget column: the findings it gives, exactly', () => {
  it.each(inFormats(CASES, ['docx', 'pdf'] as const))('%s (%s)', async (name, format, rows, findings) => {
    const tables = [{ heading: 'Resultaträkning (tkr)', rows }];
    const result = await processReport(folder(), name, format, await reportIn(format, OPENING, tables));
    expect(result).toMatchObject({ status: 'ok', kind: 'arsredovisning' });
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });

  it('reads the utfall of the year as this year and the one before as last year, never the budget', async () => {
    const tables = [{ heading: 'Resultaträkning (tkr)', rows: WITH_YEARS('−4 050') }];
    const result = await processReport(folder(), 'columns', 'docx', await reportDocx(OPENING, tables));
    expect(result.record).toMatchObject({
      statements: {
        income: {
          currentColumn: 'Utfall 2021',
          previousColumn: 'Utfall 2020',
          rows: expect.arrayContaining([
            expect.objectContaining({
              label: 'Övriga intäkter',
              current: expect.objectContaining({ sek: 200_000 }),
              previous: expect.objectContaining({ sek: 150_000 }),
            }),
          ]),
        },
      },
    });
  });

  it("never reads a year's prognosis as its figures", async () => {
    const rows = [
      ['Post', 'Prognos 2021', 'Budget 2021'],
      ['Medlemsavgifter', '4 000', '4 000'],
      ['Summa kostnader', '−4 150', '−4 000'],
    ];
    const result = await processReport(folder(), 'prognosis', 'docx', await reportDocx(OPENING, [{ heading: 'Resultaträkning (tkr)', rows }]));
    expect(result.record).toMatchObject({ statements: { income: null } });
  });

  it('keeps a driftredovisning of the same columns as budget against utfall', async () => {
    const rows = WITH_YEARS('−4 050').map(([label = '', outcome = '', budget = '']) => [label, outcome, budget]);
    const tables = [{ heading: 'Driftredovisning (tkr)', rows }];
    const result = await processReport(folder(), 'operating', 'docx', await reportDocx(OPENING, tables));
    expect(result.record).toMatchObject({
      statements: {
        operating: {
          rows: expect.arrayContaining([
            expect.objectContaining({
              label: 'Övriga intäkter',
              budget: expect.objectContaining({ sek: 0 }),
              outcome: expect.objectContaining({ sek: 200_000 }),
            }),
          ]),
        },
      },
    });
    expect(result.findings).toEqual([]);
  });
});
