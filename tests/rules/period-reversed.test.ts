import { describe, expect, it } from 'vitest';
import { periodReversed } from '../../pipeline/rules/period-reversed.js';
import { arsredovisning, arsredovisningInput, evidence, intervention, period, slutrapport, slutrapportInput } from './support/builders.js';
import { findingsOf } from './support/findings.js';

describe('period-reversed', () => {
  it.each([
    ['2022-08-31 – 2020-09-01', 1],
    ['2019-12-01 – 2021-12-31', 0],
    ['2021-12-31 – 2021-12-31', 0],
    ['2019-09-01 -', 0],
    ['2022-06-3 – 2020-01-01', 0],
  ])('Planerad insatstid %s', (text, expected) => {
    const base = slutrapport();
    const record = slutrapport({ intervention: { ...base.intervention, plannedPeriod: period(text) } });
    expect(findingsOf(periodReversed, slutrapportInput(record))).toHaveLength(expected);
  });

  it('says how far the end lies before the start', () => {
    const base = slutrapport();
    const record = slutrapport({ intervention: { ...base.intervention, plannedPeriod: period('2022-08-31 – 2020-09-01') } });
    const [finding] = findingsOf(periodReversed, slutrapportInput(record));
    expect(finding?.message).toBe('Planerad insatstid: the period "2022-08-31 – 2020-09-01" ends 2020-09-01, 729 days before it starts 2022-08-31');
    expect(finding?.data).toEqual({
      subject: 'form-field',
      field: 'intervention.plannedPeriod',
      period: { start: '2022-08-31', end: '2020-09-01', text: '2022-08-31 – 2020-09-01' },
      days: 729,
    });
  });

  it('checks the appendix blocks of an annual report', () => {
    const record = arsredovisning({
      interventionList: [{ name: 'Mysam processledare', category: 'struktur', period: period('2021-12-31 – 2021-12-30'), evidence: evidence('Mysam processledare', '1.6') }],
      interventions: [intervention('Mysam', { period: period('2021-12-31 – 2020-10-01') })],
    });
    const findings = findingsOf(periodReversed, arsredovisningInput(record));
    expect(findings.map((finding) => finding.message)).toEqual([
      'Mysam processledare (overview list): the period "2021-12-31 – 2021-12-30" ends 2021-12-30, 1 day before it starts 2021-12-31',
      'Mysam: the period "2021-12-31 – 2020-10-01" ends 2020-10-01, 456 days before it starts 2021-12-31',
    ]);
    expect(findings.map(({ data }) => [data.subject, 'intervention' in data ? data.intervention : null, data.days])).toEqual([
      ['overview-list', 'Mysam processledare', 1],
      ['appendix', 'Mysam', 456],
    ]);
  });
});
