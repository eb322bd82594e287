/**
 * A final report on no template that gives its participants only as a table by gender ("Kön |
 * Antal", a column per year beside the whole period's, a row of people of no stated gender). Read
 * as .docx and as PDF by the real pipeline, the record's participants are the table's where its
 * heading or the line over it says it counts the participants taken in — not those who left, not the
 * project's staff, not one year's alone — and the findings are exactly those listed.
 */
import { describe, expect, it } from 'vitest';
import { FINAL_REPORT_OPENING, inFormats, processReport, reportIn, reportFolder } from './support/report-files.js';

const BY_GENDER = (total: string): string[][] => [
  ['Kön', 'Antal'],
  ['Kvinnor', '23'],
  ['Män', '17'],
  ['Totalt', total],
];

const PER_YEAR: string[][] = [
  ['', '2020', '2021', 'Totalt'],
  ['Kvinnor', '10', '13', '23'],
  ['Män', '8', '9', '17'],
  ['Summa', '18', '22', '40'],
];

const NO_STATED_GENDER: string[][] = [
  ['Kön', 'Antal'],
  ['Kvinnor', '23'],
  ['Män', '15'],
  ['Annat/vill ej uppge', '2'],
  ['Totalt', '40'],
];

const ONE_YEAR: string[][] = [
  ['Kön', '2021'],
  ['Kvinnor', '13'],
  ['Män', '9'],
  ['Totalt', '22'],
];

/** The genders across the header, the first column headed "Deltagare" (its rows' name, not a total), a "Varav" row under. */
const ACROSS = (total: string, underTotal = '19'): string[][] => [
  ['Deltagare', 'Kvinnor', 'Män', 'Ej angivet', 'Totalt'],
  ['Antal deltagare', '20', '25', '3', total],
  ['Varav unga under 25 år', '8', '10', '1', underTotal],
];

type Participants = { total: number | null; women: number | null; men: number | null; other: number | null } | null;

const WHOLE = { total: 40, women: 23, men: 17, other: null };

const CASES: [string, string, string[][], Participants, string[]][] = [
  ['"Kön | Antal" under "Deltagare"', 'Deltagare', BY_GENDER('40'), WHOLE, []],
  ['"Kön | Antal" under "Antal inskrivna deltagare"', 'Antal inskrivna deltagare', BY_GENDER('40'), WHOLE, []],
  [
    'a split that misses the total: the total alone, and the finding',
    'Deltagare',
    BY_GENDER('41'),
    { total: 41, women: null, men: null, other: null },
    ['gender-sum-mismatch'],
  ],
  ["a column per year beside the whole period's", 'Inskrivna deltagare per år', PER_YEAR, WHOLE, []],
  ['people of no stated gender on a row of their own', 'Deltagare', NO_STATED_GENDER, { total: 40, women: 23, men: 15, other: 2 }, []],
  ['those who left: not the participants taken in', 'Avslutade deltagare', BY_GENDER('40'), null, []],
  ["the project's staff: no participants", 'Personal i projektet', BY_GENDER('40'), null, []],
  ["one year's alone: not the whole period's", 'Deltagare', ONE_YEAR, null, []],
  ['across the header under "Deltagare", a "Varav" row under it', 'Deltagare', ACROSS('48'), { total: 48, women: 20, men: 25, other: 3 }, []],
  ['across the header, a split that misses the total', 'Deltagare', ACROSS('49'), { total: 49, women: null, men: null, other: null }, ['gender-sum-mismatch']],
  [
    'across the header, the "Varav" row\'s split off its total',
    'Deltagare',
    ACROSS('48', '20'),
    { total: 48, women: 20, men: 25, other: 3 },
    ['gender-sum-mismatch'],
  ],
];

const folder = reportFolder('final-report-participant-tables');

describe("a final report's participants as a table by gender: the record's count and the findings, exactly", () => {
  it.each(inFormats(CASES, ['docx', 'pdf'] as const))('%s (%s)', async (name, format, heading, rows, participants, findings) => {
    const result = await processReport(folder(), name, format, await reportIn(format, FINAL_REPORT_OPENING, [{ heading, rows }]));
    expect(result).toMatchObject({ status: 'ok', kind: 'slutrapport' });
    const record = result.record as { participants: Participants };
    if (participants === null) expect(record.participants).toBeNull();
    else expect(record.participants).toMatchObject(participants);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });

  it('quotes the row the count is read from as its evidence', async () => {
    const result = await processReport(
      folder(),
      'evidence',
      'docx',
      await reportIn('docx', FINAL_REPORT_OPENING, [{ heading: 'Deltagare', rows: BY_GENDER('40') }]),
    );
    const record = result.record as { participants: { text: string } | null; evidence: Record<string, { text: string }> };
    expect(record.participants?.text).toBe('Antal: Kvinnor 23, Män 17, Totalt 40');
    expect(record.evidence['participants']?.text).toBe('Antal: Kvinnor 23, Män 17, Totalt 40');
  });

  it('takes a count the text states before a table', async () => {
    const opening = [...FINAL_REPORT_OPENING, 'Projektet har haft 42 deltagare.'];
    const result = await processReport(folder(), 'text first', 'docx', await reportIn('docx', opening, [{ heading: 'Deltagare', rows: BY_GENDER('40') }]));
    expect((result.record as { participants: { total: number } | null }).participants?.total).toBe(42);
  });
});
