import { describe, expect, it } from 'vitest';
import { findDates, parseDate } from '../../extractors/parse/date.js';

describe('parseDate', () => {
  it.each([
    ['2022-01-24', '2022-01-24'],
    ['Ankomstdatum 2022-01-24', '2022-01-24'],
    ['2021-12 -31', '2021-12-31'],
    ['2021 - 12 - 31', '2021-12-31'],
    ['20220124', '2022-01-24'],
    ['24/1 2022', '2022-01-24'],
    ['24/1-2022', '2022-01-24'],
    ['24.1.2022', '2022-01-24'],
    ['24 januari 2022', '2022-01-24'],
    ['den 1:a feb. 2021', '2021-02-01'],
    ['2020-02-29', '2020-02-29'],
  ])('%s → %s', (text, iso) => {
    expect(parseDate(text)).toMatchObject({ iso });
    expect(parseDate(text).problem).toBeUndefined();
  });

  it.each([
    ['2019-101-01', { problem: 'no-such-month', text: '2019-101-01', month: '101' }],
    ['2022-06-3', { problem: 'short-day', text: '2022-06-3', day: '3' }],
    ['2021-02-30', { problem: 'no-such-day', text: '2021-02-30', year: 2021, month: 2, days: 28 }],
    ['2021-13-01', { problem: 'no-such-month', text: '2021-13-01', month: '13' }],
    ['2021-12-32', { problem: 'no-such-day', text: '2021-12-32', year: 2021, month: 12, days: 31 }],
    ['2021-1-05', { problem: 'short-month', text: '2021-1-05', month: '1' }],
    ['1/24/2022', { problem: 'no-such-month', text: '1/24/2022', month: '24' }],
    ['okänt', { problem: 'not-a-date', text: 'okänt' }],
  ])('%s is reported, not corrected', (text, problem) => {
    const parsed = parseDate(text);
    expect(parsed.iso).toBeNull();
    expect(parsed.problem).toEqual(problem);
  });

  it('leaves blank text without a problem', () => {
    expect(parseDate('   ')).toEqual({ iso: null, text: '' });
  });
});

describe('findDates', () => {
  it('finds dates packed together without spaces', () => {
    expect(findDates('(2021-10-01-2022-01-31)').map((found) => found.value.iso)).toEqual(['2021-10-01', '2022-01-31']);
  });

  it('ignores version numbers, six-digit numbers and years alone', () => {
    expect(findDates('Version 1.2 2020, 191201 - 201231, år 2021')).toEqual([]);
  });
});
