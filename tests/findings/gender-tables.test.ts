/**
 * Participants as a table of the genders down its first column ("Kön | Antal" / "Kvinnor | 230" /
 * "Män | 180" / "Totalt | 410"), a figure column per year or a share beside the count, or across its
 * header ("År | Kvinnor | Män | Totalt", one row under "Kvinnor | Män | Totalt", "Insats | K | M | Totalt"), in an annual report
 * and in a final report on no template. Read as .docx and as PDF by the real pipeline, each
 * gives exactly the findings listed: none where every column adds up or where a column is no count
 * (a share, an average age), one per column whose women and men miss its total.
 */
import { describe, expect, it } from 'vitest';
import { inFormats, processReport, reportDocx, reportIn, reportFolder } from './support/report-files.js';

const ANNUAL = [
  'Årsredovisning 2021',
  'Samordningsförbundet Exempelbygden',
  'Förvaltningsberättelse',
  'Förbundet har fyra medlemmar och verksamheten har bedrivits enligt verksamhetsplanen för året.',
];
const FINAL = [
  'Slutrapport',
  'Projekt Exempelsteget',
  'Samordningsförbundet Exempelbygden',
  'Projektet har gett deltagarna stöd på vägen mot arbete och studier.',
];

const BY_YEAR = (men2021: string, men2020: string): string[][] => [
  ['Kön', '2021', '2020'],
  ['Kvinnor', '230', '210'],
  ['Män', men2021, men2020],
  ['Totalt', '410', '380'],
];
const WITH_SHARE = (men: string): string[][] => [
  ['Kön', 'Antal', 'Andel'],
  ['Kvinnor', '230', '56 %'],
  ['Män', men, '44 %'],
  ['Totalt', '410', '100 %'],
];
const NO_STATED_GENDER = (other: string): string[][] => [
  ['Deltagare', 'Antal'],
  ['Kvinnor', '230'],
  ['Män', '170'],
  ['Ej angivet', other],
  ['Summa', '410'],
];
const AVERAGE_AGE: string[][] = [
  ['Kön', 'Medelålder'],
  ['Kvinnor', '34'],
  ['Män', '38'],
  ['Totalt', '36'],
];
const NO_HEADER: string[][] = [
  ['Kvinnor', '34'],
  ['Män', '38'],
  ['Totalt', '36'],
];

const YEAR_ROWS = (men2021: string): string[][] => [
  ['År', 'Kvinnor', 'Män', 'Totalt'],
  ['2021', '230', men2021, '410'],
  ['2020', '210', '170', '380'],
];
const ONE_ROW = (men: string): string[][] => [
  ['Kvinnor', 'Män', 'Totalt'],
  ['230', men, '410'],
];
const AGE_ACROSS: string[][] = [
  ['', 'Kvinnor', 'Män', 'Totalt'],
  ['Antal', '230', '180', '410'],
  ['Medelålder', '34', '38', '36'],
];

/** An insats per row, women and men headed by their letters. */
const LETTERS = (total: string): string[][] => [
  ['Insats', 'K', 'M', 'Totalt'],
  ['Steget', '20', '15', '35'],
  ['Vägen in', '30', '25', total],
];

/** The letters under the year they count ("2021 K"), beside last year's total. */
const LETTERS_OF_A_YEAR = (total: string): string[][] => [
  ['Insats', '2021 K', '2021 M', '2021 Totalt', '2020 Totalt'],
  ['Steget', '20', '15', '35', '30'],
  ['Vägen in', '30', '25', total, '50'],
];

/** Headings that say when they count, long enough to wrap in the PDF's columns. */
const WHEN_COUNTED = (total: string): string[][] => [
  ['Insats', 'Antal kvinnor under året', 'Antal män under året', 'Totalt antal deltagare'],
  ['Steget', '20', '15', '35'],
  ['Vägen in', '30', '25', total],
];

/** A follow-up table whose headings are long enough to wrap in the PDF's columns, beside a column of something else. */
const LONG_HEADINGS = (men: string): string[][] => [
  ['Insats', 'Antal deltagare', 'Varav kvinnor', 'Varav män', 'Avslutade till arbete eller studier'],
  ['Steget vidare', '50', '30', men, '12'],
  ['Vägen in', '40', '25', '15', '8'],
];

/** A form typed as a table of labels and figures. */
const FORM = (men: string): string[][] => [
  ['Antal deltagare', '64'],
  ['Varav kvinnor', '30'],
  ['Varav män', men],
];
const FORM_OF_AGES: string[][] = [
  ['Medelålder kvinnor', '34'],
  ['Kvinnor', '34'],
  ['Män', '38'],
  ['Totalt', '36'],
];

/** Thousands grouped with a point, as older reports set them. */
const POINTS = (total: string): string[][] => [
  ['Kön', '2021'],
  ['Kvinnor', '1.250'],
  ['Män', '750'],
  ['Totalt', total],
];

type Case = [string, string[], string[][], string[]];
const CASES: Case[] = [
  ['annual: two years that add up', ANNUAL, BY_YEAR('180', '170'), []],
  ['annual: one year that does not', ANNUAL, BY_YEAR('170', '170'), ['gender-sum-mismatch']],
  ['annual: neither year', ANNUAL, BY_YEAR('170', '160'), ['gender-sum-mismatch', 'gender-sum-mismatch']],
  ['final: a count and its share that add up', FINAL, WITH_SHARE('180'), []],
  ['final: a count that does not', FINAL, WITH_SHARE('170'), ['gender-sum-mismatch']],
  ['final: people of no stated gender that make up the rest', FINAL, NO_STATED_GENDER('10'), []],
  ['final: people of no stated gender that do not', FINAL, NO_STATED_GENDER('5'), ['gender-sum-mismatch']],
  ['annual: an average age by gender', ANNUAL, AVERAGE_AGE, []],
  ['final: a table without a header', FINAL, NO_HEADER, []],
  ['annual: a row per year across the genders, that adds up', ANNUAL, YEAR_ROWS('180'), []],
  ['annual: a row per year across the genders, one off', ANNUAL, YEAR_ROWS('170'), ['gender-sum-mismatch']],
  ['final: one row under the genders, that adds up', FINAL, ONE_ROW('180'), []],
  ['final: one row under the genders, off', FINAL, ONE_ROW('170'), ['gender-sum-mismatch']],
  ['annual: a count and an average age across the genders', ANNUAL, AGE_ACROSS, []],
  ['annual: insatser with women and men headed K and M, that add up', ANNUAL, LETTERS('55'), []],
  ['annual: insatser with women and men headed K and M, one off', ANNUAL, LETTERS('50'), ['gender-sum-mismatch']],
  ['final: insatser with women and men headed K and M, one off', FINAL, LETTERS('50'), ['gender-sum-mismatch']],
  ['annual: the letters under their year, that add up', ANNUAL, LETTERS_OF_A_YEAR('55'), []],
  ['annual: the letters under their year, one off', ANNUAL, LETTERS_OF_A_YEAR('50'), ['gender-sum-mismatch']],
  ['final: headings that say when they count, that add up', FINAL, WHEN_COUNTED('55'), []],
  ['final: headings that say when they count, one off', FINAL, WHEN_COUNTED('50'), ['gender-sum-mismatch']],
  ['annual: headings that say when they count, one off', ANNUAL, WHEN_COUNTED('50'), ['gender-sum-mismatch']],
  ['annual: long headings, that add up', ANNUAL, LONG_HEADINGS('20'), []],
  ['annual: long headings, one off', ANNUAL, LONG_HEADINGS('25'), ['gender-sum-mismatch']],
  ['final: a form typed as a table, that adds up', FINAL, FORM('34'), []],
  ['final: a form typed as a table, off', FINAL, FORM('30'), ['gender-sum-mismatch']],
  ['annual: a form typed as a table, off', ANNUAL, FORM('30'), ['gender-sum-mismatch']],
  ['annual: labels and figures that count no people', ANNUAL, FORM_OF_AGES, []],
  ['annual: thousands grouped with a point, that add up', ANNUAL, POINTS('2.000'), []],
  ['annual: thousands grouped with a point, off', ANNUAL, POINTS('2.100'), ['gender-sum-mismatch']],
];

const folder = reportFolder('gender-tables');

describe('participants by gender down a table: the findings it gives, exactly', () => {
  it.each(inFormats(CASES, ['docx', 'pdf'] as const))('%s (%s)', async (name, format, opening, rows, findings) => {
    const tables = [{ heading: 'Deltagare', rows }];
    const result = await processReport(folder(), name, format, await reportIn(format, opening, tables));
    expect(result).toMatchObject({ status: 'ok', kind: opening === ANNUAL ? 'arsredovisning' : 'slutrapport' });
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });

  it.each(
    inFormats(
      [
        ['a split that adds up', FORM('34'), { total: 64, women: 30, men: 34 }],
        ['a split that does not', FORM('30'), { total: 64, women: null, men: null }],
        [
          "a goal's total without a split",
          [
            ['Mål', 'Indikator'],
            ['Antal deltagare', '40'],
          ],
          null,
        ],
      ] as [string, string[][], Record<string, number | null> | null][],
      ['docx', 'pdf'] as const,
    ),
  )("gives a final report's participants from a form typed as a table: %s (%s)", async (name, format, rows, participants) => {
    const tables = [{ heading: 'Deltagare', rows }];
    const result = await processReport(folder(), `participants ${name}`, format, await reportIn(format, FINAL, tables));
    const record = result.record as { participants: Record<string, unknown> | null };
    if (participants === null) expect(record.participants).toBeNull();
    else expect(record.participants).toMatchObject(participants);
  });

  it('quotes the column and says which year it is about', async () => {
    const tables = [{ heading: 'Deltagare', rows: BY_YEAR('170', '170') }];
    const result = await processReport(folder(), 'quote', 'docx', await reportDocx(ANNUAL, tables));
    expect(result.findings).toMatchObject([
      { ruleId: 'gender-sum-mismatch', data: { count: { total: 410, women: 230, men: 170, text: '2021: Kvinnor 230, Män 170, Totalt 410' }, year: 2021 } },
    ]);
  });
});
