import { describe, expect, it } from 'vitest';
import { outcomeZeroWithBudget } from '../../pipeline/rules/outcome-zero-with-budget.js';
import { arsredovisning, arsredovisningInput, intervention, money, row, slutrapport, slutrapportInput } from './support/builders.js';

function report(granted: string | null, rows: [string | null, string | null][], total: [string | null, string | null]) {
  const base = slutrapport();
  return slutrapport({
    intervention: { ...base.intervention, granted: granted === null ? null : money(granted, '1') },
    budget: {
      rows: rows.map(([budget, outcome], index) => row(`Rad ${index + 1}`, budget, outcome)),
      total: { budget: total[0] === null ? null : money(total[0]), outcome: total[1] === null ? null : money(total[1]) },
    },
  });
}

describe('outcome-zero-with-budget (slutrapport)', () => {
  it.each([
    ['the seed: Summa utfall 0 with budget and granted 1 250 000', '1250000 Kr', [[null, null], ['1250000 kr', '1250000 kr']], ['1250000 kr', '0 kr'], 1],
    ['utfall blank everywhere, budget filled', '500 000 kr', [['500 000 kr', null]], ['500 000 kr', null], 1],
    ['utfall blank, only a granted amount', '500 000 kr', [], [null, null], 1],
    ['utfall filled', '500 000 kr', [['500 000 kr', '480 000 kr']], ['500 000 kr', '480 000 kr'], 0],
    ['no Summa utfall but rows have utfall', '500 000 kr', [['500 000 kr', '480 000 kr']], ['500 000 kr', null], 0],
    ['nothing granted or budgeted', null, [], [null, '0 kr'], 0],
    ['budget and granted are 0', '0 kr', [], ['0 kr', '0 kr'], 0],
  ] as const)('%s', (_name, granted, rows, total, expected) => {
    const record = report(granted, rows.map(([b, o]) => [b, o]), [total[0], total[1]]);
    expect(outcomeZeroWithBudget.check(slutrapportInput(record))).toHaveLength(expected);
  });

  it('names both what was budgeted and what was granted', () => {
    const record = report('1250000 Kr', [['1250000 kr', '1250000 kr']], ['1250000 kr', '0 kr']);
    expect(outcomeZeroWithBudget.check(slutrapportInput(record))[0]?.message).toBe(
      'Summa utfall is 0 kr while the budget is 1 250 000 kr and 1 250 000 kr was granted',
    );
  });
});

describe('outcome-zero-with-budget (årsredovisning)', () => {
  it.each([
    ['utfall 0 tkr against 142 tkr', '142 tkr', '0 tkr', 1],
    ['utfall 71 tkr against 142 tkr', '142 tkr', '71 tkr', 0],
    ['no utfall written', '142 tkr', null, 0],
  ] as const)('%s', (_name, budget, outcome, expected) => {
    const record = arsredovisning({
      interventions: [intervention('Trisam 2.0 Hofors kommun', { budget: money(budget, null), outcome: outcome === null ? null : money(outcome, null) })],
    });
    expect(outcomeZeroWithBudget.check(arsredovisningInput(record))).toHaveLength(expected);
  });
});
