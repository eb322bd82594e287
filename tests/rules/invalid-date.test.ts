import { describe, expect, it } from 'vitest';
import { invalidDate } from '../../pipeline/rules/invalid-date.js';
import { arsredovisning, arsredovisningInput, evidence, intervention, period, slutrapport, slutrapportInput } from './support/builders.js';
import { findingsOf } from './support/findings.js';
import { inSwedish } from './support/messages.js';

describe('invalid-date (slutrapport)', () => {
  it.each([
    ['2019-12-01 – 2021-12-31', []],
    [
      '2019-101-01 – 2022-06-3',
      [
        ['start', { problem: 'no-such-month', text: '2019-101-01', month: '101' }, '"2019-101-01" is not a real date: there is no month 101'],
        ['end', { problem: 'short-day', text: '2022-06-3', day: '3' }, '"2022-06-3" is not a complete date: the day "3" must have two digits'],
      ],
    ],
    [
      '2021-02-30 – 2021-12-31',
      [['start', { problem: 'no-such-day', text: '2021-02-30', year: 2021, month: 2, days: 28 }, '"2021-02-30" is not a real date: February 2021 has 28 days']],
    ],
    [
      '2022-6-01 – 2022-12-31',
      [['start', { problem: 'short-month', text: '2022-6-01', month: '6' }, '"2022-6-01" is not a complete date: the month "6" must have two digits']],
    ],
    ['2019-09-01 -', []],
    ['2019-10-01 – 2021-12', [['end', { problem: 'incomplete', text: '2021-12' }, '"2021-12" is not a complete date (expected åååå-mm-dd)']]],
    ['hela 2021', [['start', { problem: 'not-a-period', text: 'hela 2021' }, '"hela 2021" is not a period of dates']]],
  ] as const)('Planerad insatstid %s', (text, expected) => {
    const base = slutrapport();
    const record = slutrapport({ intervention: { ...base.intervention, plannedPeriod: period(text) } });
    const findings = findingsOf(invalidDate, slutrapportInput(record));
    expect(findings.map((finding) => finding.data)).toEqual(
      expected.map(([side, date]) => ({ subject: 'form-field', field: 'intervention.plannedPeriod', period: { text, side }, date })),
    );
    expect(findings.map((finding) => finding.message)).toEqual(
      expected.map(([side, , problem]) => `Planerad insatstid, ${side} of the period "${text}": ${problem}`),
    );
  });

  it.each([
    ['on the template, whose field asks for dates', { id: 'gavleborg', name: 'Gävleborg' }, 1],
    ['on no template, in a report that tells its period in words', null, 0],
  ] as const)('Planerad insatstid "HT 2019 – VT 2021" %s', (_name, template, expected) => {
    const base = slutrapport();
    const record = slutrapport({ template, intervention: { ...base.intervention, plannedPeriod: period('HT 2019 – VT 2021') } });
    expect(findingsOf(invalidDate, slutrapportInput(record))).toHaveLength(expected);
  });

  it('reports a date that does not exist in a report on no template too', () => {
    const base = slutrapport();
    const record = slutrapport({ template: null, intervention: { ...base.intervention, plannedPeriod: period('2021-02-30 – 2021-12-31') } });
    expect(findingsOf(invalidDate, slutrapportInput(record))).toHaveLength(1);
  });

  it.each([
    ['Ankomstdatum 2022-01-24', '2022-01-24', 0],
    ['Ankomstdatum 2021-02-30', null, 1],
    ['Ankomstdatum 2022-0124', null, 1],
    ['Ankomstdatum', null, 0],
    ['', null, 0],
  ] as const)('receivedDate from %s', (text, iso, expected) => {
    const record = slutrapport({ receivedDate: iso, evidence: { receivedDate: evidence(text) } });
    expect(findingsOf(invalidDate, slutrapportInput(record))).toHaveLength(expected);
  });

  it('reports what stands in a date field that holds no date', () => {
    const record = slutrapport({ receivedDate: null, evidence: { receivedDate: evidence('Ankomstdatum 2022-0124') } });
    const [finding] = findingsOf(invalidDate, slutrapportInput(record));
    expect(finding?.data).toEqual({ subject: 'form-field', field: 'receivedDate', period: null, date: { problem: 'not-a-date', text: '2022-0124' } });
    expect(finding?.message).toBe('Ankomstdatum: "2022-0124" is not a date (expected åååå-mm-dd)');
  });

  it('explains a date that does not exist', () => {
    const base = slutrapport();
    const record = slutrapport({
      intervention: { ...base.intervention, intakeEndDate: null },
      evidence: { ...base.evidence, 'intervention.intakeEndDate': evidence('2021-02-30', '1') },
    });
    const [finding] = findingsOf(invalidDate, slutrapportInput(record));
    expect(finding?.message).toBe('Slutdatum för intag: "2021-02-30" is not a real date: February 2021 has 28 days');
    expect(inSwedish(invalidDate, finding)).toBe('Slutdatum för intag: ”2021-02-30” är inget riktigt datum: februari 2021 har 28 dagar');
    expect(finding?.data).toEqual({
      subject: 'form-field',
      field: 'intervention.intakeEndDate',
      period: null,
      date: { problem: 'no-such-day', text: '2021-02-30', year: 2021, month: 2, days: 28 },
    });
  });
});

describe('invalid-date (årsredovisning)', () => {
  it('reports both sides of the overview entry and nothing for valid or open periods', () => {
    const record = arsredovisning({
      interventionList: [
        {
          name: 'Ett hållbart arbetsliv – Ockelbo',
          category: 'individ',
          period: period('2019-101-01 – 2022-06-3'),
          evidence: evidence('Ett hållbart arbetsliv – Ockelbo 2019-101-01 – 2022-06-3', '1.6'),
        },
        { name: 'Insatskatalogen', category: 'struktur', period: period('2019-09-01 -'), evidence: evidence('Insatskatalogen 2019-09-01 -', '1.6') },
      ],
      interventions: [intervention('Trisam 2.0 Söderhamns kommun', { period: period('2020-02-06 – 2021-12 -31') })],
    });
    const findings = findingsOf(invalidDate, arsredovisningInput(record));
    expect(findings.map((finding) => finding.message)).toEqual([
      'Ett hållbart arbetsliv – Ockelbo (overview list), start of the period "2019-101-01 – 2022-06-3": "2019-101-01" is not a real date: there is no month 101',
      'Ett hållbart arbetsliv – Ockelbo (overview list), end of the period "2019-101-01 – 2022-06-3": "2022-06-3" is not a complete date: the day "3" must have two digits',
    ]);
    expect(findings.map((finding) => finding.data)).toEqual([
      {
        subject: 'overview-list',
        intervention: 'Ett hållbart arbetsliv – Ockelbo',
        period: { text: '2019-101-01 – 2022-06-3', side: 'start' },
        date: { problem: 'no-such-month', text: '2019-101-01', month: '101' },
      },
      {
        subject: 'overview-list',
        intervention: 'Ett hållbart arbetsliv – Ockelbo',
        period: { text: '2019-101-01 – 2022-06-3', side: 'end' },
        date: { problem: 'short-day', text: '2022-06-3', day: '3' },
      },
    ]);
  });

  it('names an appendix block by its name alone', () => {
    const record = arsredovisning({ interventions: [intervention('Mysam', { period: period('2020-10-01 – 2021-12-32') })] });
    const [finding] = findingsOf(invalidDate, arsredovisningInput(record));
    expect(finding?.message).toBe('Mysam, end of the period "2020-10-01 – 2021-12-32": "2021-12-32" is not a real date: December 2021 has 31 days');
    expect(finding?.data).toEqual({
      subject: 'appendix',
      intervention: 'Mysam',
      period: { text: '2020-10-01 – 2021-12-32', side: 'end' },
      date: { problem: 'no-such-day', text: '2021-12-32', year: 2021, month: 12, days: 31 },
    });
  });
});
