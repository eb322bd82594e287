import { describe, expect, it } from 'vitest';
import { personalIdentityNumber } from '../../pipeline/rules/personal-identity-number.js';
import { arsredovisning, arsredovisningInput, slutrapport, slutrapportInput, unit } from './support/builders.js';

describe('personal-identity-number', () => {
  it.each([
    ['En deltagare (780315-2383) avbröt insatsen', 1],
    ['Samordningsnummer 701063-2417 registrerades', 1],
    ['Kontakt: Tfn 070-123 45 67, organisationsnummer 222000-2014', 0],
    ['Planerad insatstid 2019-12-01 – 2021-12-31', 0],
    ['Fel kontrollsiffra 780315-2384', 0],
  ])('%s', (text, expected) => {
    expect(personalIdentityNumber.check(slutrapportInput(slutrapport(), [unit(text, '5.3', 4)]))).toHaveLength(expected);
  });

  it('hides the last four digits in the message and evidence', () => {
    const [finding] = personalIdentityNumber.check(slutrapportInput(slutrapport(), [unit('En deltagare (780315-2383) avbröt insatsen', '5.3', 4)]));
    expect(finding?.message).toBe('A personnummer (780315-****) appears in section 5.3; reports must not contain personal identity numbers');
    expect(finding?.evidence).toEqual([{ page: 4, section: '5.3', text: 'En deltagare (780315-****) avbröt insatsen' }]);
  });

  it('scans annual reports too, once per place', () => {
    const text = [unit('Deltagare 19780315-2383 och 19780315-2383', '2', 3), unit('Deltagare 7803152383', '3', 4)];
    expect(personalIdentityNumber.check(arsredovisningInput(arsredovisning(), text))).toHaveLength(2);
  });
});
