import { describe, expect, it } from 'vitest';
import { outcomeZeroWithBudget } from '../../pipeline/rules/outcome-zero-with-budget.js';
import { arsredovisning, arsredovisningInput, intervention, money, row, slutrapport, slutrapportInput } from './support/builders.js';
import { findingsOf } from './support/findings.js';
import { inSwedish, nb } from './support/messages.js';

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
    [
      'the seed: Summa utfall 0 with budget and granted 1 250 000',
      '1250000 Kr',
      [
        [null, null],
        ['1250000 kr', '1250000 kr'],
      ],
      ['1250000 kr', '0 kr'],
      1,
    ],
    ['utfall blank everywhere, budget filled', '500 000 kr', [['500 000 kr', null]], ['500 000 kr', null], 1],
    ['utfall blank, only a granted amount', '500 000 kr', [[null, null]], [null, null], 1],
    // No cost table read at all (a report in prose): it says nothing of the utfall.
    ['no cost table, only a granted amount', '500 000 kr', [], [null, null], 0],
    ['utfall filled', '500 000 kr', [['500 000 kr', '480 000 kr']], ['500 000 kr', '480 000 kr'], 0],
    ['no Summa utfall but rows have utfall', '500 000 kr', [['500 000 kr', '480 000 kr']], ['500 000 kr', null], 0],
    ['nothing granted or budgeted', null, [], [null, '0 kr'], 0],
    ['budget and granted are 0', '0 kr', [], ['0 kr', '0 kr'], 0],
  ] as const)('%s', (_name, granted, rows, total, expected) => {
    const record = report(
      granted,
      rows.map(([b, o]) => [b, o]),
      [total[0], total[1]],
    );
    expect(findingsOf(outcomeZeroWithBudget, slutrapportInput(record))).toHaveLength(expected);
  });

  it('takes a row whose utfall is written as something other than an amount as filled in', () => {
    const base = report('500 000 kr', [], [null, null]);
    const given = { ...row('Rad 1', '500 000 kr', null), unreadFigures: { outcome: 'se bilaga' } };
    expect(findingsOf(outcomeZeroWithBudget, slutrapportInput({ ...base, budget: { rows: [given], total: base.budget.total } }))).toEqual([]);
    expect(
      findingsOf(outcomeZeroWithBudget, slutrapportInput({ ...base, budget: { rows: [row('Rad 1', '500 000 kr', null)], total: base.budget.total } })),
    ).toHaveLength(1);
  });

  it('names both what was budgeted and what was granted', () => {
    const record = report('1250000 Kr', [['1250000 kr', '1250000 kr']], ['1250000 kr', '0 kr']);
    const [finding] = findingsOf(outcomeZeroWithBudget, slutrapportInput(record));
    expect(finding?.message).toBe('Summa utfall is 0 kr while the budget is 1 250 000 kr and 1 250 000 kr was granted');
    expect(inSwedish(outcomeZeroWithBudget, finding)).toBe(nb`Summa utfall är 0~kr medan budgeten är 1~250~000~kr och 1~250~000~kr har beviljats`);
    expect(finding?.data).toEqual({
      subject: 'budget-total',
      outcome: { sek: 0, unit: 'kr', text: '0 kr', decimals: 0 },
      budget: { sek: 1_250_000, unit: 'kr', text: '1250000 kr', decimals: 0 },
      granted: { sek: 1_250_000, unit: 'kr', text: '1250000 Kr', decimals: 0 },
    });
  });

  it('says when nothing is filled in, and leaves out a budget of 0', () => {
    const [finding] = findingsOf(outcomeZeroWithBudget, slutrapportInput(report('500 000 kr', [['0 kr', null]], [null, null])));
    expect(finding?.message).toBe('No utfall is filled in (the Summa row and every cost row are blank) while 500 000 kr was granted');
    expect(finding?.data).toEqual({
      subject: 'budget-total',
      outcome: null,
      budget: null,
      granted: { sek: 500_000, unit: 'kr', text: '500 000 kr', decimals: 0 },
    });
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
    expect(findingsOf(outcomeZeroWithBudget, arsredovisningInput(record))).toHaveLength(expected);
  });

  it('names the intervention and both figures as written', () => {
    const record = arsredovisning({
      interventions: [intervention('Trisam 2.0 Hofors kommun', { budget: money('142 tkr', null), outcome: money('0 tkr', null) })],
    });
    const [finding] = findingsOf(outcomeZeroWithBudget, arsredovisningInput(record));
    expect(finding?.message).toBe('Trisam 2.0 Hofors kommun: utfall is 0 tkr (0 kr) against a budget of 142 tkr (142 000 kr)');
    expect(finding?.data).toEqual({
      subject: 'appendix',
      intervention: 'Trisam 2.0 Hofors kommun',
      outcome: { sek: 0, unit: 'tkr', text: '0 tkr', decimals: 0 },
      budget: { sek: 142_000, unit: 'tkr', text: '142 tkr', decimals: 0 },
    });
  });
});

describe('outcome-zero-with-budget: an utfall given per year', () => {
  it("takes a year's utfall as filled in, in a row or in the Summa", () => {
    const base = report('500 000 kr', [[null, null]], [null, null]);
    const year = (outcome: string | null) => [{ year: 2021, budget: null, outcome: outcome === null ? null : money(outcome) }];
    const withRowYear = { rows: [{ ...row('Rad 1', null, null), years: year('480 000 kr') }], total: base.budget.total };
    const withTotalYear = { rows: base.budget.rows, total: { ...base.budget.total, years: year('480 000 kr') } };
    const blankYears = { rows: [{ ...row('Rad 1', null, null), years: year(null) }], total: { ...base.budget.total, years: year(null) } };
    expect(findingsOf(outcomeZeroWithBudget, slutrapportInput({ ...base, budget: withRowYear }))).toEqual([]);
    expect(findingsOf(outcomeZeroWithBudget, slutrapportInput({ ...base, budget: withTotalYear }))).toEqual([]);
    expect(findingsOf(outcomeZeroWithBudget, slutrapportInput({ ...base, budget: blankYears }))).toHaveLength(1);
  });
});
