/**
 * A final report on no template that gives its period after a "Projektperiod:" label, as projects
 * write it: dates, "från och med … till och med …", or school terms. Read as .docx and as PDF by the
 * real pipeline, it gives the period the text states and exactly the findings listed: a date that
 * does not exist is flagged; a period told in terms, which no form asked to be dates, is not.
 */
import { describe, expect, it } from 'vitest';
import { inFormats, processReport, reportDocx, reportIn, reportFolder } from './support/report-files.js';

const opening = (period: string): string[] => [
  'Slutrapport',
  'Projekt Exempelsteget',
  'Samordningsförbundet Exempelbygden',
  `Projektperiod: ${period}`,
  'Projektet har gett deltagarna stöd på vägen mot arbete och studier.',
];

const CASES: [string, string, { start: string | null; end: string | null } | null, string[]][] = [
  ['dates', '2019-09-01 – 2021-06-30', { start: '2019-09-01', end: '2021-06-30' }, []],
  ['"från och med … till och med …"', 'från och med 1 september 2019 till och med 30 juni 2021', { start: '2019-09-01', end: '2021-06-30' }, []],
  ['months in figures', '2019-09 – 2021-06', { start: '2019-09-01', end: '2021-06-30' }, []],
  ['days of six figures', '190901–210630', { start: '2019-09-01', end: '2021-06-30' }, []],
  ['months named', 'september 2019 – juni 2021', { start: '2019-09-01', end: '2021-06-30' }, []],
  ['school terms', 'HT 2019 – VT 2021', { start: null, end: null }, []],
  ['a date that does not exist', '2021-02-30 – 2021-12-31', { start: null, end: '2021-12-31' }, ['invalid-date']],
];

const folder = reportFolder('final-report-periods');

describe("a final report's period on no template: the period and the findings, exactly", () => {
  it.each(inFormats(CASES, ['docx', 'pdf'] as const))('%s (%s)', async (name, format, written, period, findings) => {
    const lines = opening(written);
    const result = await processReport(folder(), name, format, await reportIn(format, lines, []));
    expect(result).toMatchObject({ status: 'ok', kind: 'slutrapport' });
    const record = result.record as { intervention: { plannedPeriod: { start: string | null; end: string | null } | null } };
    expect(record.intervention.plannedPeriod && { start: record.intervention.plannedPeriod.start, end: record.intervention.plannedPeriod.end }).toEqual(period);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });
});

/** The period told otherwise than after "Projektperiod:": a form's start and end fields, a sentence's "mellan … och …". */
const TOLD: [string, string[], { start: string; end: string }][] = [
  ['start and end fields, each a paragraph of its own', ['Projektstart: 2019-09-01', 'Projektslut: 2021-06-30'], { start: '2019-09-01', end: '2021-06-30' }],
  ['start and end dates on one line', ['Startdatum: 2019-09-01 Slutdatum: 2021-06-30'], { start: '2019-09-01', end: '2021-06-30' }],
  ['"mellan den … och den …"', ['Projektet pågick mellan den 1 september 2019 och den 30 juni 2021.'], { start: '2019-09-01', end: '2021-06-30' }],
  ['a "Genomförandeperiod"', ['Genomförandeperiod: 2019-09-01 – 2021-06-30'], { start: '2019-09-01', end: '2021-06-30' }],
];

describe("a final report's period told otherwise: the period, and no finding", () => {
  it.each(inFormats(TOLD, ['docx', 'pdf'] as const))('%s (%s)', async (name, format, told, period) => {
    const lines = [
      'Slutrapport',
      'Projekt Exempelsteget',
      'Samordningsförbundet Exempelbygden',
      ...told,
      'Projektet har gett deltagarna stöd på vägen mot arbete.',
    ];
    const result = await processReport(folder(), `told-${name}`, format, await reportIn(format, lines, []));
    expect(result).toMatchObject({ status: 'ok', kind: 'slutrapport', findings: [] });
    const record = result.record as { intervention: { plannedPeriod: { start: string | null; end: string | null } | null } };
    expect(record.intervention.plannedPeriod).toMatchObject(period);
  });
});

describe("a finding on a final report's own form names the field as the form prints it", () => {
  it.each([
    ['a date that does not exist', '2021-02-30 – 2021-12-31', 'invalid-date', 'Projektperiod, startdatum i perioden'],
    ['a period that ends before it starts', '2021-12-31 – 2019-09-01', 'period-reversed', 'Projektperiod: perioden'],
  ] as const)('%s', async (name, written, ruleId, lead) => {
    const lines = opening(written);
    const result = await processReport(folder(), `label-${name}`, 'docx', await reportDocx(lines, []));
    expect(result.findings).toMatchObject([{ ruleId, data: { subject: 'form-field', label: 'Projektperiod' } }]);
    expect(result.findings[0]?.message.startsWith(lead)).toBe(true);
    expect(result.findings[0]?.message).not.toContain('Planerad insatstid');
  });
});

describe("a final report on no template, received long after its period: no deadline but its own form's", () => {
  it.each(['docx', 'pdf'] as const)('%s', async (format) => {
    const lines = [
      'Slutrapport',
      'Projekt Exempelsteget',
      'Samordningsförbundet Exempelbygden',
      'Inkommen: 2022-04-15',
      'Projektperiod: 2019-09-01 – 2021-12-31',
      'Projektet har gett deltagarna stöd.',
    ];
    const result = await processReport(folder(), `received-${format}`, format, await reportIn(format, lines, []));
    expect(result).toMatchObject({ status: 'ok', kind: 'slutrapport', record: { template: null, receivedDate: '2022-04-15' } });
    expect(result.findings).toEqual([]);
  });
});
