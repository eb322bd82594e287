import { describe, expect, it } from 'vitest';
import { equityMovementMismatch } from '../../pipeline/rules/equity-movement-mismatch.js';
import { arsredovisning, arsredovisningInput, financialStatement, statements } from './support/builders.js';
import { findingsOf } from './support/findings.js';
import { inSwedish, nb } from './support/messages.js';

function check(closing: string, opening: string, result: string, extra: [string, string | null, string | null][] = []) {
  const balance = financialStatement('Balansräkning', [['Eget kapital', closing, opening], ...extra]);
  const income = financialStatement('Resultaträkning', [['Årets resultat', result, '460']]);
  return findingsOf(equityMovementMismatch, arsredovisningInput(arsredovisning({ statements: statements({ balance, income }) })));
}

describe('equity-movement-mismatch', () => {
  it.each([
    ['the seed: 5 232 − 6 950 = −1 718', '5 232', '6 950', '−1 718', 0],
    ['opening 7 050: the change is −1 818', '5 232', '7 050', '−1 718', 1],
    ['1 tkr apart is rounding', '5 232', '6 951', '−1 718', 0],
    ['a positive result', '7 410', '6 950', '460', 0],
  ])('%s', (_name, closing, opening, result, expected) => {
    expect(check(closing, opening, result)).toHaveLength(expected);
  });

  it('has no say when another movement of eget kapital is stated', () => {
    expect(check('5 032', '6 950', '−1 718', [['Återbetalning till medlemmar', '−200', '0']])).toEqual([]);
  });

  it('says the change and the result', () => {
    const [finding] = check('5 232', '7 050', '−1 718');
    expect(finding?.message).toBe(
      'Eget kapital went from 7 050 tkr (7 050 000 kr) to 5 232 tkr (5 232 000 kr), a change of −1 818 000 kr, but årets resultat is −1 718 tkr (−1 718 000 kr) (difference 100 000 kr; rounding tolerance 1 500 kr for 3 figures in tkr)',
    );
    expect(inSwedish(equityMovementMismatch, finding)).toBe(
      nb`Eget kapital gick från 7 050 tkr (7~050~000~kr) till 5 232 tkr (5~232~000~kr), en förändring på −1~818~000~kr, men årets resultat är −1 718 tkr (−1~718~000~kr) (skillnad 100~000~kr; avrundningstolerans 1~500~kr för 3 belopp i tkr)`,
    );
    expect(finding?.data).toMatchObject({ actual: -1_818_000, expected: -1_718_000, difference: -100_000, tolerance: 1500 });
  });
});
