import { describe, expect, it } from 'vitest';
import { periodReversed } from '../../pipeline/rules/period-reversed.js';
import { arsredovisning, arsredovisningInput, intervention, period, slutrapport, slutrapportInput } from './support/builders.js';

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
    expect(periodReversed.check(slutrapportInput(record))).toHaveLength(expected);
  });

  it('says how far the end lies before the start', () => {
    const base = slutrapport();
    const record = slutrapport({ intervention: { ...base.intervention, plannedPeriod: period('2022-08-31 – 2020-09-01') } });
    expect(periodReversed.check(slutrapportInput(record))[0]?.message).toBe(
      'Planerad insatstid: the period "2022-08-31 – 2020-09-01" ends 2020-09-01, 729 days before it starts 2022-08-31',
    );
  });

  it('checks the appendix blocks of an annual report', () => {
    const record = arsredovisning({ interventions: [intervention('Mysam', { period: period('2021-12-31 – 2020-10-01') })] });
    expect(periodReversed.check(arsredovisningInput(record))).toHaveLength(1);
  });
});
