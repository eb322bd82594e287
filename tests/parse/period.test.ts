import { describe, expect, it } from 'vitest';
import { findPeriods, parsePeriod, parsePeriodSides } from '../../extractors/parse/period.js';

describe('parsePeriod', () => {
  it.each([
    ['2019-12-01 – 2021-12-31', '2019-12-01', '2021-12-31'],
    ['2019-12-01 -2021-12-31', '2019-12-01', '2021-12-31'],
    ['2020-02-06 – 2021-12 -31', '2020-02-06', '2021-12-31'],
    ['2019-09-01 — 2020-01-01', '2019-09-01', '2020-01-01'],
    ['2019-09-01 till 2020-01-01', '2019-09-01', '2020-01-01'],
    ['2019-09-01 t.o.m. 2020-01-01', '2019-09-01', '2020-01-01'],
    ['Period 2021-10-01 -2022-01-31', '2021-10-01', '2022-01-31'],
    ['2019-09-01 -', '2019-09-01', null],
    ['t.o.m. 2021-12-31', null, '2021-12-31'],
    ['2019-101-01 – 2022-06-3', null, null],
    ['2019-10-01 – 2021-12', '2019-10-01', null],
    ['', null, null],
  ])('%s → %s / %s', (text, start, end) => {
    expect(parsePeriod(text)).toMatchObject({ start, end });
  });

  it('keeps the period as written', () => {
    expect(parsePeriod('Period 2020-02-06 – 2021-12 -31').text).toBe('2020-02-06 – 2021-12 -31');
  });
});

describe('parsePeriodSides', () => {
  it('says why each side is not a date', () => {
    const sides = parsePeriodSides('2019-101-01 – 2022-06-3');
    expect(sides.start.problem).toEqual({ problem: 'no-such-month', text: '2019-101-01', month: '101' });
    expect(sides.end.problem).toEqual({ problem: 'short-day', text: '2022-06-3', day: '3' });
  });

  it('treats a missing end as blank, not invalid', () => {
    const sides = parsePeriodSides('2019-09-01 -');
    expect(sides.end).toEqual({ iso: null, text: '' });
  });

  it('reports an incomplete end date', () => {
    expect(parsePeriodSides('2019-10-01 – 2021-12').end.problem).toEqual({ problem: 'incomplete', text: '2021-12' });
  });

  it('says when a period holds no date at all', () => {
    expect(parsePeriodSides('under hela året').start.problem).toEqual({ problem: 'not-a-period', text: 'under hela året' });
  });
});

describe('findPeriods', () => {
  it('finds open and closed periods in a list, line by line', () => {
    const text = '- Insatskatalogen   2019-09-01 - \n- Trisam 2.0 - Arbetsförmedlingen  2019-10-01 – 2021-12-31\n';
    expect(findPeriods(text).map((found) => found.value)).toEqual([
      { start: '2019-09-01', end: null, text: '2019-09-01 -' },
      { start: '2019-10-01', end: '2021-12-31', text: '2019-10-01 – 2021-12-31' },
    ]);
  });

  it('finds a period inside a sentence', () => {
    const [found] = findPeriods('Under perioden (2021-10-01-2022-01-31) ska insatsen');
    expect(found?.value).toMatchObject({ start: '2021-10-01', end: '2022-01-31' });
  });

  it('finds nothing in text without two dates', () => {
    expect(findPeriods('Beslut 2021-03-04 om fortsättning')).toEqual([]);
  });
});
