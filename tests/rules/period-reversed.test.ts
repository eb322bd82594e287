import { describe, expect, it } from 'vitest';
import { periodReversed } from '../../pipeline/rules/period-reversed.js';
import { arsredovisning, arsredovisningInput, evidence, intervention, period, slutrapport, slutrapportInput } from './support/builders.js';
import { findingsOf } from './support/findings.js';
import { inSwedish, nb } from './support/messages.js';

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
    expect(inSwedish(periodReversed, finding)).toBe(
      nb`Planerad insatstid: perioden ”2022-08-31 – 2020-09-01” slutar 2020-09-01, 729~dagar innan den börjar 2022-08-31`,
    );
    expect(finding?.data).toEqual({
      subject: 'form-field',
      field: 'intervention.plannedPeriod',
      period: { start: '2022-08-31', end: '2020-09-01', text: '2022-08-31 – 2020-09-01' },
      days: 729,
    });
  });

  it('checks the appendix blocks of an annual report', () => {
    const record = arsredovisning({
      interventionList: [
        { name: 'Mysam processledare', category: 'struktur', period: period('2021-12-31 – 2021-12-30'), evidence: evidence('Mysam processledare', '1.6') },
      ],
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

  it('gives one finding for a period written reversed in the overview list and again in the appendix, with both places', () => {
    const record = arsredovisning({
      interventionList: [
        {
          name: 'Insatskatalogen',
          category: 'struktur',
          period: period('2022-12-31 – 2022-01-01'),
          evidence: evidence('Insatskatalogen 2022-12-31 – 2022-01-01', '1.6'),
        },
        {
          name: 'Steget vidare',
          category: 'individ',
          period: period('2022-03-01 – 2021-03-01'),
          evidence: evidence('Steget vidare 2022-03-01 – 2021-03-01', '1.6'),
        },
      ],
      interventions: [
        intervention('Insatskatalogen', { period: period('2022-12-31 – 2022-01-01') }),
        // Another reversed period in the appendix than in the list: two defects.
        intervention('Steget vidare', { period: period('2022-03-01 – 2021-02-01') }),
      ],
    });
    const findings = findingsOf(periodReversed, arsredovisningInput(record));
    expect(findings.map(({ data }) => [data.subject, 'intervention' in data ? data.intervention : null, data.period.text])).toEqual([
      ['overview-list', 'Steget vidare', '2022-03-01 – 2021-03-01'],
      ['appendix', 'Insatskatalogen', '2022-12-31 – 2022-01-01'],
      ['appendix', 'Steget vidare', '2022-03-01 – 2021-02-01'],
    ]);
    expect(findings[1]?.evidence.map((place) => place.section)).toEqual(expect.arrayContaining(['1.6']));
    expect(findings[1]?.evidence.length).toBeGreaterThanOrEqual(2);
  });
});
