import { describe, expect, it } from 'vitest';
import { findMonthPeriods, findPeriods, findPeriodSides, parsePeriod, parsePeriodSides } from '../../extractors/parse/period.js';

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
    // A field of months: from the first day of the one to the last day of the other.
    ['oktober 2007 – maj 2011', '2007-10-01', '2011-05-31'],
    ['oktober 2007 maj 2011', '2007-10-01', '2011-05-31'],
    ['Feb 2019 t.o.m. feb 2020', '2019-02-01', '2020-02-29'],
    ['maj 2011 – oktober 2007', null, null],
    ['oktober 2007 och maj 2011 enligt ansökan', null, null],
    // Months first in a field whose next line a reader ran into it; months and days in figures.
    ['augusti 2019 – juli 2021 Projektet har arbetat med unga vuxna.', '2019-08-01', '2021-07-31'],
    ['augusti 2019 – juli 2021 men förlängdes', null, null],
    ['2019-08 – 2021-07', '2019-08-01', '2021-07-31'],
    ['2019-08 – 2021-13', null, null],
    ['190801–210731', '2019-08-01', '2021-07-31'],
    ['190801 - 210731 (förlängt)', '2019-08-01', '2021-07-31'],
    ['190132–210731', null, null],
    ['210731–190801', null, null],
    ['190801-2107', null, null],
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

describe('findPeriodSides in a sentence', () => {
  it("takes a sentence's own words between two dates only when asked to read a sentence", () => {
    const text = '1 augusti 2012 och avslutades den 30 september 2014';
    expect(findPeriodSides(text, { sentence: true }).map((found) => [found.value.start.iso, found.value.end.iso])).toEqual([['2012-08-01', '2014-09-30']]);
    expect(findPeriodSides(text)).toEqual([]);
    expect(findPeriodSides('1 augusti 2012 och styrgruppen träffades den 30 september 2014', { sentence: true })).toEqual([]);
  });
});

describe('findMonthPeriods', () => {
  const months = (text: string, sideBySide = false) =>
    findMonthPeriods(text, { sideBySide }).map(({ value }) => ({ start: value.start.iso, end: value.end.iso, text: value.text }));

  it.each([
    ['Insatsen pågick från oktober 2007 till maj 2011.', { start: '2007-10-01', end: '2011-05-31', text: 'oktober 2007 till maj 2011' }],
    ['Tid: september 2009–maj 2013', { start: '2009-09-01', end: '2013-05-31', text: 'september 2009–maj 2013' }],
    ['påbörjades september 2009 och pågår till maj 2013', { start: '2009-09-01', end: '2013-05-31', text: 'september 2009 och pågår till maj 2013' }],
    ['startade i mars 2016 och avslutades i december 2018', { start: '2016-03-01', end: '2018-12-31', text: 'mars 2016 och avslutades i december 2018' }],
    ['under tiden dec. 2004 - jan. 2006', { start: '2004-12-01', end: '2006-01-31', text: 'dec. 2004 - jan. 2006' }],
    ['Projektet pågick 2019-08 – 2021-07.', { start: '2019-08-01', end: '2021-07-31', text: '2019-08 – 2021-07' }],
    ['Perioden 2022-01 till 2022-08', { start: '2022-01-01', end: '2022-08-31', text: '2022-01 till 2022-08' }],
  ])('%j', (text, period) => {
    expect(months(text)).toEqual([period]);
  });

  it.each([
    // Two months a sentence names for two things, not a period.
    'Ansökan kom in i oktober 2007 och beslutet i maj 2011.',
    'Projektet startade i oktober 2007. Rapporten skrevs i maj 2011.',
    // Whole dates are the date reader\'s; a reversed pair is no period.
    'från 1 oktober 2007 – maj 2011',
    'maj 2011 – oktober 2007',
    'oktober 2007 maj 2011',
    // Days in figures are the date reader's; two numbers a sentence names for two things are no period.
    '2019-08-01 – 2021-07-31',
    'Dnr 2019-08 och 2021-07',
  ])('%j is none', (text) => {
    expect(months(text)).toEqual([]);
  });

  it('sets two months side by side only when asked, as a form field does', () => {
    expect(months('Projekttid oktober 2007 maj 2011 EU-program', true)).toEqual([{ start: '2007-10-01', end: '2011-05-31', text: 'oktober 2007 maj 2011' }]);
  });
});
