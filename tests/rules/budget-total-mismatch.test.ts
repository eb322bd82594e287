import { describe, expect, it } from 'vitest';
import { budgetTotalMismatch } from '../../pipeline/rules/budget-total-mismatch.js';
import { money, row, slutrapport, slutrapportInput } from './support/builders.js';
import { findingsOf } from './support/findings.js';
import { inSwedish, nb } from './support/messages.js';

function check(budgets: (string | null)[], total: string | null) {
  const record = slutrapport({
    budget: {
      rows: budgets.map((budget, index) => row(`Rad ${index + 1}`, budget, null)),
      total: { budget: total === null ? null : money(total), outcome: null },
    },
  });
  return findingsOf(budgetTotalMismatch, slutrapportInput(record));
}

describe('budget-total-mismatch', () => {
  it.each([
    ['the seed: one row of 1 250 000 and Summa 1 250 000', ['1250000 kr', null], '1250000 kr', 0],
    ['rows 1 350 000, Summa 1 300 000', ['45 000 kr', '60 000 kr', '1 030 000 kr', '120 000 kr', '95 000 kr'], '1 300 000 kr', 1],
    ['mkr with one decimal within tolerance', ['0,4 mkr', '0,4 mkr', '0,4 mkr'], '1,3 mkr', 0],
    ['mkr with one decimal beyond tolerance', ['0,4 mkr', '0,4 mkr', '0,4 mkr'], '1,5 mkr', 1],
    ['mixed kr and tkr rows: coarsest unit decides', ['499 500 kr', '500 tkr'], '1 000 tkr', 0],
    ['no Summa', ['100 kr'], null, 0],
  ])('%s', (_name, budgets, total, expected) => {
    expect(check(budgets, total)).toHaveLength(expected);
  });

  it('says both figures and the difference', () => {
    const [finding] = check(['45 000 kr', '60 000 kr', '1 030 000 kr', '120 000 kr', '95 000 kr'], '1 300 000 kr');
    expect(finding?.message).toBe(
      'Budget rows add up to 1 350 000 kr but the Summa row says 1 300 000 kr (difference 50 000 kr; the figures are exact kronor, so no rounding tolerance)',
    );
    expect(inSwedish(budgetTotalMismatch, finding)).toBe(
      nb`Budgetraderna summerar till 1~350~000~kr men Summa-raden anger 1~300~000~kr (skillnad 50~000~kr; beloppen är exakta kronor, så ingen avrundningstolerans)`,
    );
    expect(finding?.data).toEqual({
      summa: { sek: 1_300_000, unit: 'kr', text: '1 300 000 kr', decimals: 0 },
      actual: 1_300_000,
      expected: 1_350_000,
      difference: -50_000,
      tolerance: 0,
      unit: 'kr',
      rounding: { figures: 6, unit: 'kr' },
    });
  });

  it('states the tolerance of figures in mkr', () => {
    const [finding] = check(['0,4 mkr', '0,4 mkr', '0,4 mkr'], '1,5 mkr');
    expect(finding?.message).toBe(
      'Budget rows add up to 1 200 000 kr but the Summa row says 1 500 000 kr (difference 300 000 kr; rounding tolerance 200 000 kr for 4 figures in mkr)',
    );
    expect(finding?.data).toMatchObject({
      actual: 1_500_000,
      expected: 1_200_000,
      difference: 300_000,
      tolerance: 200_000,
      rounding: { figures: 4, unit: 'mkr' },
    });
  });
});
