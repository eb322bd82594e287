import { describe, expect, it } from 'vitest';
import { narrativeStatementMismatch } from '../../pipeline/rules/narrative-statement-mismatch.js';
import type { NarrativeFigure } from '../../schemas/arsredovisning.js';
import { arsredovisning, arsredovisningInput, evidence, financialStatement, money, operatingStatement, statements } from './support/builders.js';
import { findingsOf } from './support/findings.js';
import { inSwedish, nb } from './support/messages.js';

const income = financialStatement('Resultaträkning', [
  ['Verksamhetens intäkter', '13 320', '13 320'],
  ['Verksamhetens kostnader', '−15 038', '−12 860'],
  ['Årets resultat', '−1 718', '460'],
]);
const balance = financialStatement('Balansräkning', [['Eget kapital', '5 232', '6 950']]);

function stated(figure: NarrativeFigure['figure'], amount: string, sign = 1): NarrativeFigure {
  const written = money(amount, '1.4');
  return { figure, amount: { ...written, sek: sign * written.sek }, evidence: evidence(`… ${amount} …`, '1.4') };
}

function check(figure: NarrativeFigure, parts = statements({ income, balance })) {
  return findingsOf(narrativeStatementMismatch, arsredovisningInput(arsredovisning({ statements: parts, narrativeFigures: [figure] })));
}

describe('narrative-statement-mismatch', () => {
  it.each([
    ['"Utgående eget kapital är 5 232 tkr"', stated('equity', '5 232 tkr'), 0],
    ['"Utgående eget kapital är 5 332 tkr"', stated('equity', '5 332 tkr'), 1],
    ['"ett underskott på 1,7 Mkr" (−1 718 tkr, within 0,05 Mkr)', stated('result', '1,7 Mkr', -1), 0],
    ['"ett underskott på 1,9 Mkr"', stated('result', '1,9 Mkr', -1), 1],
    ['"ett överskott på 1,7 Mkr": the sign is wrong', stated('result', '1,7 Mkr'), 1],
    ['"verksamhet för 15,0 Mkr" (costs written negative in the statement)', stated('costs', '15,0 Mkr'), 0],
    ['"verksamhet för 12,1 Mkr"', stated('costs', '12,1 Mkr'), 1],
  ])('%s', (_name, figure, expected) => {
    expect(check(figure)).toHaveLength(expected);
  });

  it('says nothing without the statement the figure is about', () => {
    expect(check(stated('equity', '5 332 tkr'), statements({ income }))).toEqual([]);
  });

  it('takes årets resultat from the driftredovisning when there is no resultaträkning', () => {
    const operating = operatingStatement([['Årets resultat', '−4 287', '−1 718', '2 569']]);
    expect(check(stated('result', '1,9 Mkr', -1), statements({ operating }))).toHaveLength(1);
  });

  it('says both figures', () => {
    const [finding] = check(stated('equity', '5 332 tkr'));
    expect(finding?.message).toBe(
      'The text says eget kapital is 5 332 tkr (5 332 000 kr) but the balansräkning\'s "Eget kapital" is 5 232 tkr (5 232 000 kr) (difference 100 000 kr; rounding tolerance 1 000 kr)',
    );
    expect(inSwedish(narrativeStatementMismatch, finding)).toBe(
      nb`Texten anger att eget kapital är 5 332 tkr (5~332~000~kr) men balansräkningens ”Eget kapital” är 5 232 tkr (5~232~000~kr) (skillnad 100~000~kr; avrundningstolerans 1~000~kr)`,
    );
    expect(finding?.data).toMatchObject({ figure: 'equity', statement: 'balance', actual: 5_332_000, expected: 5_232_000 });
  });
});
