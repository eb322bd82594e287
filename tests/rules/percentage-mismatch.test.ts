import { describe, expect, it } from 'vitest';
import { percentageMismatch } from '../../pipeline/rules/percentage-mismatch.js';
import { arsredovisning, arsredovisningInput, evidence, money } from './support/builders.js';
import { findingsOf } from './support/findings.js';
import { inSwedish, nb } from './support/messages.js';

function check(percent: number, numerator: string, denominator: string) {
  const record = arsredovisning({
    statedPercentages: [
      { percent, numerator: money(numerator, 'Mål 4'), denominator: money(denominator, 'Mål 4'), evidence: evidence(`${numerator} dvs ${percent}%`, 'Mål 4') },
    ],
  });
  return findingsOf(percentageMismatch, arsredovisningInput(record));
}

describe('percentage-mismatch', () => {
  it.each([
    ['the seed: 5 232 tkr is 39 % of 13 320 tkr', 39, '5 232 tkr', '13 320 tkr', 0],
    ['the seed: 20 % of 13 320 tkr is 2 664 tkr', 20, '2 664 tkr', '13 320 tkr', 0],
    ['40 %: 39.3 % rounded up', 40, '5 232 tkr', '13 320 tkr', 0],
    ['41 % is a point or more off', 41, '5 232 tkr', '13 320 tkr', 1],
    ['14 %: 14.6 % cut off', 14, '847 tkr', '5 797 tkr', 0],
    ['13 % is a point or more off 14.6 %', 13, '847 tkr', '5 797 tkr', 1],
    ['rounding of mkr inputs widens the range', 50, '1,1 mkr', '2,3 mkr', 0],
    ['a decimal percentage tolerates only its own last digit', 39.5, '5 232 tkr', '13 320 tkr', 1],
    ['exact kronor', 25, '250 kr', '1 000 kr', 0],
  ])('%s', (_name, percent, numerator, denominator, expected) => {
    expect(check(percent, numerator, denominator)).toHaveLength(expected);
  });

  it('says both figures and the tolerance', () => {
    const [finding] = check(41, '5 232 tkr', '13 320 tkr');
    expect(finding?.message).toBe(
      '5 232 tkr (5 232 000 kr) of 13 320 tkr (13 320 000 kr) is 39.3 %, but the text says 41 % (difference 1.7 percentage points; ' +
        'tolerance ±1 percentage point plus the rounding of the figures, 39.27–39.28 %)',
    );
    expect(inSwedish(percentageMismatch, finding)).toBe(
      nb`5 232 tkr (5~232~000~kr) av 13 320 tkr (13~320~000~kr) är 39,3~%, men texten anger 41~% (skillnad 1,7 procentenheter; tolerans ±1 procentenhet plus beloppens avrundning, 39,27–39,28~%)`,
    );
    const ratio = (5_232_000 / 13_320_000) * 100;
    expect(finding?.data).toEqual({
      numerator: { sek: 5_232_000, unit: 'tkr', text: '5 232 tkr', decimals: 0 },
      denominator: { sek: 13_320_000, unit: 'tkr', text: '13 320 tkr', decimals: 0 },
      actual: 41,
      expected: ratio,
      difference: 41 - ratio,
      tolerance: 1,
      unit: 'percent',
      range: { low: (5_231_500 / 13_320_500) * 100, high: (5_232_500 / 13_319_500) * 100 },
    });
  });
});
