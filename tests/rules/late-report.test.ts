import { describe, expect, it } from 'vitest';
import { addOneMonth, lateReport } from '../../pipeline/rules/late-report.js';
import { evidence, period, slutrapport, slutrapportInput } from './support/builders.js';
import { findingsOf } from './support/findings.js';
import { inSwedish, nb } from './support/messages.js';

function check(received: string | null, planned: string | null, template: 'template' | 'none' = 'template') {
  const base = slutrapport();
  const record = slutrapport({
    ...(template === 'none' ? { template: null } : {}),
    receivedDate: received,
    intervention: { ...base.intervention, plannedPeriod: planned === null ? null : period(planned) },
    evidence: { receivedDate: evidence(`Ankomstdatum ${received ?? ''}`) },
  });
  return findingsOf(lateReport, slutrapportInput(record));
}

describe('late-report', () => {
  it.each([
    ['the seed: received 2022-01-24 for an end of 2021-12-31', '2022-01-24', '2019-12-01 – 2021-12-31', 0],
    ['on the last day of the month allowed', '2022-01-31', '2019-12-01 – 2021-12-31', 0],
    ['one day after the month', '2022-02-01', '2019-12-01 – 2021-12-31', 1],
    ['a reversed period ends at its later date', '2022-12-05', '2022-08-31 – 2020-09-01', 1],
    ['no received date', null, '2019-12-01 – 2021-12-31', 0],
    ['an open period', '2025-01-01', '2019-09-01 -', 0],
    ['no planned period', '2025-01-01', null, 0],
  ])('%s', (_name, received, planned, expected) => {
    expect(check(received, planned)).toHaveLength(expected);
  });

  it("holds a report on no known template to no deadline: its förbund's form sets its own", () => {
    expect(check('2022-04-15', '2019-01-01 – 2021-12-31', 'none')).toEqual([]);
    expect(check('2022-04-15', '2019-01-01 – 2021-12-31')).toHaveLength(1);
  });

  it('takes the later date of a reversed period as its end', () => {
    expect(check('2022-12-05', '2022-08-31 – 2020-09-01').map((finding) => finding.data)).toEqual([
      { received: '2022-12-05', plannedEnd: '2022-08-31', deadline: '2022-09-30', daysAfterEnd: 96 },
    ]);
  });

  it('says when it was due', () => {
    const [finding] = check('2022-12-05', '2020-09-01 – 2022-08-31');
    expect(finding?.message).toBe('Received 2022-12-05, 96 days after the planned end 2022-08-31; the slutrapport was due within one month, by 2022-09-30');
    expect(inSwedish(lateReport, finding)).toBe(
      nb`Inkom 2022-12-05, 96~dagar efter det planerade slutet 2022-08-31; slutrapporten skulle ha kommit in inom en månad, senast 2022-09-30`,
    );
    expect(finding?.data).toEqual({ received: '2022-12-05', plannedEnd: '2022-08-31', deadline: '2022-09-30', daysAfterEnd: 96 });
    expect(check('2022-02-01', '2021-12-01 – 2021-12-31')[0]?.message).toBe(
      'Received 2022-02-01, 32 days after the planned end 2021-12-31; the slutrapport was due within one month, by 2022-01-31',
    );
  });
});

describe('addOneMonth', () => {
  it.each([
    ['2021-12-31', '2022-01-31'],
    ['2022-01-31', '2022-02-28'],
    ['2024-01-30', '2024-02-29'],
    ['2022-08-31', '2022-09-30'],
    ['2022-06-15', '2022-07-15'],
  ])('%s → %s', (from, to) => {
    expect(addOneMonth(from)).toBe(to);
  });
});
