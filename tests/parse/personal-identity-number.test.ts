import { describe, expect, it } from 'vitest';
import { findPersonalIdentityNumbers, luhnValid } from '../../extractors/parse/personal-identity-number.js';

// Made-up numbers with valid check digits (811218-9876 is Skatteverket's documented example).
describe('findPersonalIdentityNumbers', () => {
  it.each([
    ['Personnummer 811218-9876', '1981-12-18', 'personnummer'],
    ['19811218-9876', '1981-12-18', 'personnummer'],
    ['198112189876', '1981-12-18', 'personnummer'],
    ['8112189876', '1981-12-18', 'personnummer'],
    ['811218+9876', '1881-12-18', 'personnummer'],
    ['pnr 811218-9876', '1981-12-18', 'personnummer'],
    ['701063-2417', '1970-10-03', 'samordningsnummer'],
  ])('%s', (text, birthDate, kind) => {
    expect(findPersonalIdentityNumbers(text).map((found) => found.value)).toMatchObject([{ birthDate, kind }]);
  });

  it.each([
    ['811218-9870', 'wrong check digit'],
    ['222000-2014', 'organisationsnummer (month 20)'],
    ['556036-0793', 'organisationsnummer of a company'],
    ['Tfn: 070-123 45 67', 'phone number'],
    ['tel 8112189876', 'phone context'],
    ['Mobilnummer: 811218-9876', 'phone context'],
    ['0701234567', 'ten digits starting with 0, no separator'],
    ['2019-12-01 – 2021-12-31', 'period'],
    ['19811318-9876', 'month 13'],
    ['20191201-20211231', 'two compact dates'],
  ])('%s is not a personnummer (%s)', (text) => {
    expect(findPersonalIdentityNumbers(text)).toEqual([]);
  });

  it('reports offsets', () => {
    const text = 'Deltagare 811218-9876 har avslutat';
    const [found] = findPersonalIdentityNumbers(text);
    expect(text.slice(found?.start, found?.end)).toBe('811218-9876');
  });
});

describe('luhnValid', () => {
  it.each([
    ['8112189876', true],
    ['8112189875', false],
    ['5560360793', true],
    ['abc', false],
  ])('%s → %s', (digits, valid) => {
    expect(luhnValid(digits)).toBe(valid);
  });
});
