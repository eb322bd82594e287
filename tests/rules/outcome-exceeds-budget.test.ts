import { describe, expect, it } from 'vitest';
import { outcomeExceedsBudget } from '../../pipeline/rules/outcome-exceeds-budget.js';
import { arsredovisning, arsredovisningInput, intervention, money, row, slutrapport, slutrapportInput } from './support/builders.js';

describe('outcome-exceeds-budget (årsredovisning, per intervention)', () => {
  it.each([
    ['Insatskatalogen 124 → 144 tkr', '124 tkr', '144 tkr', 1],
    ['exactly 10 % over', '100 tkr', '110 tkr', 0],
    ['over 10 % only before rounding: 100 → 111 tkr', '100 tkr', '111 tkr', 0],
    ['clearly over: 100 → 112 tkr', '100 tkr', '112 tkr', 1],
    ['under budget', '894 tkr', '843 tkr', 0],
  ] as const)('%s', (_name, budget, outcome, expected) => {
    const record = arsredovisning({
      interventions: [intervention('Insatskatalogen Gävleborg', { budget: money(budget, null), outcome: money(outcome, null) })],
    });
    expect(outcomeExceedsBudget.check(arsredovisningInput(record))).toHaveLength(expected);
  });

  it('says both figures, the overrun and the rounding allowed for', () => {
    const record = arsredovisning({
      interventions: [intervention('Insatskatalogen Gävleborg', { budget: money('124 tkr', null), outcome: money('144 tkr', null) })],
    });
    expect(outcomeExceedsBudget.check(arsredovisningInput(record))[0]?.message).toBe(
      'Insatskatalogen Gävleborg: utfall 144 tkr (144 000 kr) is more than 10 % above the budget of 124 tkr (124 000 kr) (20 000 kr over (+16.1 %); allowing for rounding of 1 000 kr)',
    );
  });
});

describe('outcome-exceeds-budget (slutrapport rows and total)', () => {
  it.each([
    ['Resekostnader 20 000 → 31 500', [['20 000', '31 500']], [null, null], ['Rad 1']],
    ['10 % exactly is allowed', [['20 000', '22 000']], [null, null], []],
    ['a row with no budget is not compared', [[null, '5 000']], [null, null], []],
    ['budget 0 and utfall spent', [['0', '5 000']], [null, null], ['Rad 1']],
    ['the Summa row too', [['100 000', '100 000']], ['100 000', '120 000'], ['Summa']],
  ] as const)('%s', (_name, rows, total, expected) => {
    const kr = (value: string | null) => (value === null ? null : `${value} kr`);
    const record = slutrapport({
      budget: {
        rows: rows.map(([budget, outcome], index) => row(`Rad ${index + 1}`, kr(budget), kr(outcome))),
        total: { budget: total[0] === null ? null : money(`${total[0]} kr`), outcome: total[1] === null ? null : money(`${total[1]} kr`) },
      },
    });
    const findings = outcomeExceedsBudget.check(slutrapportInput(record));
    expect(findings.map((finding) => finding.message.split(':')[0])).toEqual(expected);
  });
});
