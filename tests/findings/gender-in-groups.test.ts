/**
 * People counted by gender in groups — an annual report's table of insatser and a final report's
 * table of participants with a column of women and of men per age group ("Kvinnor 16–29 år | Män 16–29 år | Kvinnor 30–64 år | Män 30–64 år |
 * Totalt"), a sentence with a pair per group ("10 kvinnor och 12 män under 30 år samt 20 kvinnor och
 * 18 män över 30 år"). Read by the real pipeline as .docx and as PDF (pdfkit, borderless), the women
 * and men of every group make up the total together, and each file gives exactly the findings listed.
 */
import { describe, expect, it } from 'vitest';
import { ANNUAL_REPORT_OPENING, FINAL_REPORT_OPENING, inFormats, processReport, reportFolder, reportIn } from './support/report-files.js';

const AGE_GROUPS = ['Insats', 'Kvinnor 16–29 år', 'Män 16–29 år', 'Kvinnor 30–64 år', 'Män 30–64 år', 'Totalt'];

const TABLE_CASES: [string, string[][], string[]][] = [
  ['age groups, every total right', [AGE_GROUPS, ['Steget', '10', '12', '20', '18', '60'], ['Vägen', '5', '7', '9', '11', '32']], []],
  ['age groups, one total off', [AGE_GROUPS, ['Steget', '10', '12', '20', '18', '61'], ['Vägen', '5', '7', '9', '11', '32']], ['gender-sum-mismatch']],
  [
    'each gender’s whole beside one group of it: the whole is the split',
    [
      ['Insats', 'Kvinnor', 'Män', 'Kvinnor under 30 år', 'Män under 30 år', 'Totalt'],
      ['Steget', '30', '30', '10', '12', '60'],
    ],
    [],
  ],
  [
    '…and its total off',
    [
      ['Insats', 'Kvinnor', 'Män', 'Kvinnor under 30 år', 'Män under 30 år', 'Totalt'],
      ['Steget', '30', '30', '10', '12', '61'],
    ],
    ['gender-sum-mismatch'],
  ],
  [
    'groups the two genders do not share: no split read',
    [
      ['Insats', 'Kvinnor 16–29 år', 'Män 16–29 år', 'Kvinnor 30–64 år', 'Män 30 år och äldre', 'Totalt'],
      ['Steget', '10', '12', '20', '18', '61'],
    ],
    [],
  ],
];

const SENTENCE_CASES: [string, string[], string[]][] = [
  [
    'a final report’s pairs per age group, adding up',
    [...FINAL_REPORT_OPENING, 'Totalt har 60 personer deltagit: 10 kvinnor och 12 män under 30 år samt 20 kvinnor och 18 män över 30 år.'],
    [],
  ],
  [
    '…and its total off',
    [...FINAL_REPORT_OPENING, 'Totalt har 61 personer deltagit: 10 kvinnor och 12 män under 30 år samt 20 kvinnor och 18 män över 30 år.'],
    ['gender-sum-mismatch'],
  ],
  [
    'an annual report’s pairs per place, adding up',
    [...ANNUAL_REPORT_OPENING, 'Under året har insatserna nått 85 deltagare, 20 kvinnor och 15 män i Norrtälje, 30 kvinnor och 20 män i Vallentuna.'],
    [],
  ],
  [
    'a part after "varav" is no group: the first pair is the split',
    [...FINAL_REPORT_OPENING, 'Projektet har haft 60 deltagare, 30 kvinnor och 29 män, varav 10 kvinnor och 12 män har gått till arbete.'],
    ['gender-sum-mismatch'],
  ],
];

/** A final report's participants, women and men per age group across the header. */
const FINAL_REPORT_TABLES: [string, string[][], string[]][] = [
  [
    'two age groups, every total right',
    [
      ['Deltagare', 'Kvinnor under 25 år', 'Män under 25 år', 'Kvinnor 25 år och äldre', 'Män 25 år och äldre', 'Totalt'],
      ['Påbörjat', '14', '9', '21', '16', '60'],
      ['Avslutat', '11', '8', '17', '13', '49'],
    ],
    [],
  ],
  [
    'two age groups, one total off',
    [
      ['Deltagare', 'Kvinnor under 25 år', 'Män under 25 år', 'Kvinnor 25 år och äldre', 'Män 25 år och äldre', 'Totalt'],
      ['Påbörjat', '14', '9', '21', '16', '62'],
      ['Avslutat', '11', '8', '17', '13', '49'],
    ],
    ['gender-sum-mismatch'],
  ],
  [
    'three age groups and people of no stated gender, adding up',
    [
      ['Antal', 'Kvinnor 16–24', 'Män 16–24', 'Kvinnor 25–44', 'Män 25–44', 'Kvinnor 45–64', 'Män 45–64', 'Ej angivet', 'Totalt'],
      ['Deltagare', '4', '6', '8', '7', '5', '3', '1', '34'],
    ],
    [],
  ],
  // Outcomes are no age groups: the total may count those with none of them.
  [
    'women and men per outcome: no split read',
    [
      ['Deltagare', 'Kvinnor i arbete', 'Män i arbete', 'Kvinnor i studier', 'Män i studier', 'Totalt'],
      ['Avslutade', '6', '5', '3', '2', '40'],
    ],
    [],
  ],
  [
    'women and men per year: no split read',
    [
      ['Deltagare', 'Kvinnor 2021', 'Män 2021', 'Kvinnor 2022', 'Män 2022', 'Totalt'],
      ['Inskrivna', '10', '12', '14', '9', '30'],
    ],
    [],
  ],
];

describe('people counted by gender in groups', () => {
  const folder = reportFolder('gender-groups');

  it.each(inFormats(TABLE_CASES, ['docx', 'pdf'] as const))('a table of insatser: %s (%s)', async (name, format, rows, findings) => {
    const bytes = await reportIn(
      format,
      [...ANNUAL_REPORT_OPENING],
      [{ heading: 'Deltagare i insatserna', rows, narrow: { label: 90, figure: 62, plainHeader: false } }],
    );
    const result = await processReport(folder(), name, format, bytes);
    expect(result).toMatchObject({ status: 'ok', kind: 'arsredovisning' });
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });

  it.each(inFormats(FINAL_REPORT_TABLES, ['docx', 'pdf'] as const))('a final report’s participants: %s (%s)', async (name, format, rows, findings) => {
    const bytes = await reportIn(format, [...FINAL_REPORT_OPENING], [{ heading: 'Deltagare', rows, narrow: { label: 60, figure: 46, plainHeader: false } }]);
    const result = await processReport(folder(), `final-${name}`, format, bytes);
    expect(result).toMatchObject({ status: 'ok', kind: 'slutrapport' });
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });

  it.each(inFormats(SENTENCE_CASES, ['docx', 'pdf'] as const))('a sentence: %s (%s)', async (name, format, opening, findings) => {
    const result = await processReport(folder(), name, format, await reportIn(format, opening, []));
    expect(result.status).toBe('ok');
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });

  it.each(['docx', 'pdf'] as const)('says each gender’s figures of every group together (%s)', async (format) => {
    const rows = [AGE_GROUPS, ['Steget', '10', '12', '20', '18', '61']];
    const bytes = await reportIn(
      format,
      [...ANNUAL_REPORT_OPENING],
      [{ heading: 'Deltagare i insatserna', rows, narrow: { label: 90, figure: 62, plainHeader: false } }],
    );
    const result = await processReport(folder(), 'figures', format, bytes);
    expect(result.findings[0]?.data).toMatchObject({ count: { total: 61, women: 30, men: 30 }, actual: 61, difference: 1 });
  });
});
