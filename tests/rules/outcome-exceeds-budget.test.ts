import { describe, expect, it } from 'vitest';
import { outcomeExceedsBudget } from '../../pipeline/rules/outcome-exceeds-budget.js';
import { arsredovisning, arsredovisningInput, intervention, money, row, slutrapport, slutrapportInput } from './support/builders.js';
import { findingsOf } from './support/findings.js';
import { inSwedish, nb } from './support/messages.js';

describe('outcome-exceeds-budget (årsredovisning, per intervention)', () => {
  it.each([
    ['Insatskatalogen 124 → 144 tkr', '124 tkr', '144 tkr', [20_000]],
    ['exactly 10 % over', '100 tkr', '110 tkr', []],
    ['over 10 % only before rounding: 100 → 111 tkr', '100 tkr', '111 tkr', []],
    ['clearly over: 100 → 112 tkr', '100 tkr', '112 tkr', [12_000]],
    ['under budget', '894 tkr', '843 tkr', []],
  ] as const)('%s', (_name, budget, outcome, overruns) => {
    const record = arsredovisning({
      interventions: [intervention('Insatskatalogen Gävleborg', { budget: money(budget, null), outcome: money(outcome, null) })],
    });
    expect(findingsOf(outcomeExceedsBudget, arsredovisningInput(record)).map((finding) => finding.data.difference)).toEqual(overruns);
  });

  it('says both figures, the overrun and the rounding allowed for', () => {
    const record = arsredovisning({
      interventions: [intervention('Insatskatalogen Gävleborg', { budget: money('124 tkr', null), outcome: money('144 tkr', null) })],
    });
    const [finding] = findingsOf(outcomeExceedsBudget, arsredovisningInput(record));
    expect(finding?.message).toBe(
      'Insatskatalogen Gävleborg: utfall 144 tkr (144 000 kr) is more than 10 % above the budget of 124 tkr (124 000 kr) (20 000 kr over (+16.1 %); allowing for rounding of 1 000 kr)',
    );
    expect(inSwedish(outcomeExceedsBudget, finding)).toBe(
      nb`Insatskatalogen Gävleborg: utfallet 144 tkr (144~000~kr) är mer än 10~% över budgeten 124 tkr (124~000~kr) (20~000~kr över (+16,1~%); med hänsyn till avrundning på 1~000~kr)`,
    );
    expect(finding?.data).toEqual({
      subject: 'appendix',
      intervention: 'Insatskatalogen Gävleborg',
      outcome: { sek: 144_000, unit: 'tkr', text: '144 tkr', decimals: 0 },
      budget: { sek: 124_000, unit: 'tkr', text: '124 tkr', decimals: 0 },
      actual: 144_000,
      expected: 124_000,
      difference: 20_000,
      tolerance: 1_000,
      unit: 'kr',
      overrunPercent: (20_000 * 100) / 124_000,
      allowedPercent: 10,
    });
  });
});

describe('outcome-exceeds-budget (slutrapport rows and total)', () => {
  it.each([
    [
      'Resekostnader 20 000 → 31 500',
      [['20 000', '31 500']],
      [null, null],
      [
        [
          'Rad 1: utfall 31 500 kr is more than 10 % above the budget of 20 000 kr (11 500 kr over (+57.5 %))',
          { subject: 'cost-row', category: 'Rad 1' },
          11_500,
          57.5,
        ],
      ],
    ],
    ['10 % exactly is allowed', [['20 000', '22 000']], [null, null], []],
    ['a row with no budget is not compared', [[null, '5 000']], [null, null], []],
    [
      'budget 0 and utfall spent',
      [['0', '5 000']],
      [null, null],
      [['Rad 1: utfall 5 000 kr is more than 10 % above the budget of 0 kr (5 000 kr over)', { subject: 'cost-row', category: 'Rad 1' }, 5_000, null]],
    ],
    ['a deduction (a negative budget) as budgeted', [['-300 000', '-300 000']], [null, null], []],
    ['a deduction smaller than budgeted', [['-300 000', '-250 000']], [null, null], []],
    [
      'the Summa row too',
      [['100 000', '100 000']],
      ['100 000', '120 000'],
      [['Summa: utfall 120 000 kr is more than 10 % above the budget of 100 000 kr (20 000 kr over (+20 %))', { subject: 'budget-total' }, 20_000, 20]],
    ],
  ] as const)('%s', (_name, rows, total, expected) => {
    const kr = (value: string | null) => (value === null ? null : `${value} kr`);
    const record = slutrapport({
      budget: {
        rows: rows.map(([budget, outcome], index) => row(`Rad ${index + 1}`, kr(budget), kr(outcome))),
        total: { budget: total[0] === null ? null : money(`${total[0]} kr`), outcome: total[1] === null ? null : money(`${total[1]} kr`) },
      },
    });
    const findings = findingsOf(outcomeExceedsBudget, slutrapportInput(record));
    expect(findings.map((finding) => finding.message)).toEqual(expected.map(([message]) => message));
    expect(findings.map(({ data }) => data)).toEqual(
      expected.map(([, subject, overrun, percent]) => expect.objectContaining({ ...subject, difference: overrun, tolerance: 0, overrunPercent: percent })),
    );
  });
});
