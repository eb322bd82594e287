import { describe, expect, it } from 'vitest';
import { invalidDate } from '../../pipeline/rules/invalid-date.js';
import { arsredovisning, arsredovisningInput, evidence, intervention, period, slutrapport, slutrapportInput } from './support/builders.js';

describe('invalid-date (slutrapport)', () => {
  it.each([
    ['2019-12-01 – 2021-12-31', []],
    ['2019-101-01 – 2022-06-3', ['start', 'end']],
    ['2021-02-30 – 2021-12-31', ['start']],
    ['2019-09-01 -', []],
    ['2019-10-01 – 2021-12', ['end']],
  ] as const)('Planerad insatstid %s', (text, sides) => {
    const base = slutrapport();
    const record = slutrapport({ intervention: { ...base.intervention, plannedPeriod: period(text) } });
    const findings = invalidDate.check(slutrapportInput(record));
    expect(findings.map((finding) => finding.message.match(/(start|end) of the period/)?.[1])).toEqual(sides);
  });

  it.each([
    ['Ankomstdatum 2022-01-24', '2022-01-24', 0],
    ['Ankomstdatum 2021-02-30', null, 1],
    ['Ankomstdatum 2022-0124', null, 1],
    ['Ankomstdatum', null, 0],
    ['', null, 0],
  ] as const)('receivedDate from %s', (text, iso, expected) => {
    const record = slutrapport({ receivedDate: iso, evidence: { receivedDate: evidence(text) } });
    expect(invalidDate.check(slutrapportInput(record))).toHaveLength(expected);
  });

  it('explains a date that does not exist', () => {
    const base = slutrapport();
    const record = slutrapport({
      intervention: { ...base.intervention, intakeEndDate: null },
      evidence: { ...base.evidence, 'intervention.intakeEndDate': evidence('2021-02-30', '1') },
    });
    expect(invalidDate.check(slutrapportInput(record))[0]?.message).toBe(
      'Slutdatum för intag: "2021-02-30" is not a real date: February 2021 has 28 days',
    );
  });
});

describe('invalid-date (årsredovisning)', () => {
  it('reports both sides of the overview entry and nothing for valid or open periods', () => {
    const record = arsredovisning({
      interventionList: [
        { name: 'Ett hållbart arbetsliv – Ockelbo', category: 'individ', period: period('2019-101-01 – 2022-06-3'), evidence: evidence('Ett hållbart arbetsliv – Ockelbo 2019-101-01 – 2022-06-3', '1.6') },
        { name: 'Insatskatalogen', category: 'struktur', period: period('2019-09-01 -'), evidence: evidence('Insatskatalogen 2019-09-01 -', '1.6') },
      ],
      interventions: [intervention('Trisam 2.0 Söderhamns kommun', { period: period('2020-02-06 – 2021-12 -31') })],
    });
    const messages = invalidDate.check(arsredovisningInput(record)).map((finding) => finding.message);
    expect(messages).toEqual([
      'Ett hållbart arbetsliv – Ockelbo (overview list), start of the period "2019-101-01 – 2022-06-3": "2019-101-01" is not a real date: there is no month 101',
      'Ett hållbart arbetsliv – Ockelbo (overview list), end of the period "2019-101-01 – 2022-06-3": "2022-06-3" is not a complete date: the day "3" must have two digits',
    ]);
  });
});
