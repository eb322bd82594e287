import { describe, expect, it } from 'vitest';
import { personalIdentityNumber } from '../../pipeline/rules/personal-identity-number.js';
import { arsredovisning, arsredovisningInput, slutrapport, slutrapportInput, unit } from './support/builders.js';
import { findingsOf } from './support/findings.js';
import { inSwedish } from './support/messages.js';

describe('personal-identity-number', () => {
  it.each([
    ['En deltagare (780315-2383) avbröt insatsen', [{ kind: 'personnummer', masked: '780315-****', section: '5.3' }]],
    ['Samordningsnummer 701063-2417 registrerades', [{ kind: 'samordningsnummer', masked: '701063-****', section: '5.3' }]],
    ['Kontakt: Tfn 070-123 45 67, organisationsnummer 222000-2014', []],
    ['Planerad insatstid 2019-12-01 – 2021-12-31', []],
    ['Fel kontrollsiffra 780315-2384', []],
  ])('%s', (text, expected) => {
    expect(findingsOf(personalIdentityNumber, slutrapportInput(slutrapport(), [unit(text, '5.3', 4)])).map((finding) => finding.data)).toEqual(expected);
  });

  it('hides the last four digits in the message and evidence', () => {
    const [finding] = findingsOf(personalIdentityNumber, slutrapportInput(slutrapport(), [unit('En deltagare (780315-2383) avbröt insatsen', '5.3', 4)]));
    expect(finding?.message).toBe('A personnummer (780315-****) appears in section 5.3; reports must not contain personal identity numbers');
    expect(inSwedish(personalIdentityNumber, finding)).toBe(
      'Ett personnummer (780315-****) förekommer i avsnitt 5.3; rapporter får inte innehålla personnummer',
    );
    expect(finding?.evidence).toEqual([{ page: 4, section: '5.3', text: 'En deltagare (780315-****) avbröt insatsen' }]);
    expect(JSON.stringify(finding)).not.toContain('2383');
    const [outside] = findingsOf(personalIdentityNumber, slutrapportInput(slutrapport(), [unit('Deltagare 780315-2383', null, 1)]));
    expect(outside?.message).toBe('A personnummer (780315-****) appears; reports must not contain personal identity numbers');
    expect(outside?.data).toEqual({ kind: 'personnummer', masked: '780315-****', section: null });
  });

  it('scans annual reports too, once per place', () => {
    const text = [unit('Deltagare 19780315-2383 och 19780315-2383', '2', 3), unit('Deltagare 7803152383', '3', 4)];
    expect(findingsOf(personalIdentityNumber, arsredovisningInput(arsredovisning(), text)).map((finding) => finding.data)).toEqual([
      { kind: 'personnummer', masked: '19780315-****', section: '2' },
      { kind: 'personnummer', masked: '780315****', section: '3' },
    ]);
  });
});
