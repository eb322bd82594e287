import { describe, expect, it } from 'vitest';
import { balanceSheetMismatch } from '../../pipeline/rules/balance-sheet-mismatch.js';
import { arsredovisning, arsredovisningInput, financialStatement, statements } from './support/builders.js';
import { findingsOf } from './support/findings.js';
import { inSwedish, nb } from './support/messages.js';

function check(assets: [string, string], other: [string, string], otherLabel = 'SUMMA EGET KAPITAL OCH SKULDER') {
  const balance = financialStatement('Balansräkning', [
    ['TILLGÅNGAR', null, null],
    ['Kassa och bank', assets[0], assets[1]],
    ['SUMMA TILLGÅNGAR', assets[0], assets[1]],
    ['EGET KAPITAL OCH SKULDER', null, null],
    ['Eget kapital', other[0], other[1]],
    [otherLabel, other[0], other[1]],
  ]);
  return findingsOf(balanceSheetMismatch, arsredovisningInput(arsredovisning({ statements: statements({ balance }) })));
}

describe('balance-sheet-mismatch', () => {
  it.each([
    ['the seed: 6 730 on both sides, both years', ['6 730', '8 502'], ['6 730', '8 502'], 0],
    ['this year off by 100 tkr', ['6 830', '8 502'], ['6 730', '8 502'], 1],
    ['both years off', ['6 830', '8 602'], ['6 730', '8 502'], 2],
    ['1 tkr apart is rounding of two tkr figures', ['6 731', '8 502'], ['6 730', '8 502'], 0],
    ['2 tkr apart is not', ['6 732', '8 502'], ['6 730', '8 502'], 1],
  ] as const)('%s', (_name, assets, other, expected) => {
    expect(check([...assets], [...other])).toHaveLength(expected);
  });

  it('reads "Summa eget kapital, avsättningar och skulder" too', () => {
    expect(check(['6 830', '8 502'], ['6 730', '8 502'], 'Summa eget kapital, avsättningar och skulder')).toHaveLength(1);
  });

  it('says both totals and the difference, with the figures as data', () => {
    const [finding] = check(['6 830', '8 502'], ['6 730', '8 502']);
    expect(finding?.message).toBe(
      'Balansräkning, this year (2021): "SUMMA TILLGÅNGAR" is 6 830 tkr (6 830 000 kr) but "SUMMA EGET KAPITAL OCH SKULDER" is 6 730 tkr (6 730 000 kr) (difference 100 000 kr; rounding tolerance 1 000 kr)',
    );
    expect(inSwedish(balanceSheetMismatch, finding)).toBe(
      nb`Balansräkning, i år (2021): ”SUMMA TILLGÅNGAR” är 6 830 tkr (6~830~000~kr) men ”SUMMA EGET KAPITAL OCH SKULDER” är 6 730 tkr (6~730~000~kr) (skillnad 100~000~kr; avrundningstolerans 1~000~kr)`,
    );
    expect(finding?.data).toMatchObject({ column: 'current', actual: 6_730_000, expected: 6_830_000, difference: -100_000, tolerance: 1000, unit: 'kr' });
  });
});
