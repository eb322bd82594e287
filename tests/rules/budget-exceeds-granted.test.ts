import { describe, expect, it } from 'vitest';
import { budgetExceedsGranted } from '../../pipeline/rules/budget-exceeds-granted.js';
import { money, row, slutrapport, slutrapportInput } from './support/builders.js';
import { findingsOf } from './support/findings.js';
import { inSwedish, nb } from './support/messages.js';

function check(granted: string | null, rows: [string | null, string | null][], total: [string | null, string | null]) {
  const base = slutrapport();
  const record = slutrapport({
    intervention: { ...base.intervention, granted: granted === null ? null : money(granted, '1') },
    budget: {
      rows: rows.map(([budget, outcome], index) => row(`Rad ${index + 1}`, budget, outcome)),
      total: { budget: total[0] === null ? null : money(total[0]), outcome: total[1] === null ? null : money(total[1]) },
    },
  });
  return findingsOf(budgetExceedsGranted, slutrapportInput(record));
}

describe('budget-exceeds-granted', () => {
  it.each([
    [
      'Summa budget 1 300 000 over granted 1 200 000 (Summa utfall under it)',
      '1 200 000 kr',
      [['1 350 000 kr', '1 296 950 kr']],
      ['1 300 000 kr', '1 196 950 kr'],
      [['budget', 'summa', 100_000, 0]],
    ],
    ['the seed: budget equal to granted', '1250000 Kr', [['1250000 kr', '1250000 kr']], ['1250000 kr', '0 kr'], []],
    [
      'no Summa: the rows are the total',
      '100 000 kr',
      [
        ['60 000 kr', '70 000 kr'],
        ['50 000 kr', '40 000 kr'],
      ],
      [null, null],
      [
        ['budget', 'rows', 10_000, 0],
        ['outcome', 'rows', 10_000, 0],
      ],
    ],
    ['utfall over granted', '1,2 mkr', [], ['1,2 mkr', '1,4 mkr'], [['outcome', 'summa', 200_000, 100_000]]],
    ['within rounding of tkr against mkr', '1,2 mkr', [], ['1 240 tkr', null], []],
    ['no granted amount', null, [], ['2 000 000 kr', null], []],
  ] as const)('%s', (_name, granted, rows, total, expected) => {
    const findings = check(
      granted,
      rows.map(([b, o]) => [b, o]),
      [total[0], total[1]],
    );
    expect(findings.map(({ data }) => ('column' in data ? [data.column, data.totalFrom, data.difference, data.tolerance] : []))).toEqual(expected);
    for (const { message, data } of findings) expect(message).toContain(data.column === 'budget' ? 'total budget' : 'total utfall');
  });

  it("checks only a report read on a template: on none, the budget may hold other funders' money", () => {
    const base = slutrapport();
    const record = (template: typeof base.template) =>
      slutrapport({
        template,
        intervention: { ...base.intervention, granted: money('800 000 kr', '1') },
        budget: { rows: [row('Personal', '1 200 000 kr', '1 150 000 kr')], total: { budget: money('1 200 000 kr'), outcome: money('1 150 000 kr') } },
      });
    expect(findingsOf(budgetExceedsGranted, slutrapportInput(record(null)))).toEqual([]);
    expect(findingsOf(budgetExceedsGranted, slutrapportInput(record(base.template))).map(({ data }) => data.column)).toEqual(['budget', 'outcome']);
  });

  it('says the amounts', () => {
    const [finding] = check('1 200 000 kr', [], ['1 300 000 kr', null]);
    expect(finding?.message).toBe(
      'The total budget is larger than the granted amount: the Summa row says 1 300 000 kr but 1 200 000 kr was granted (100 000 kr over; the figures are exact kronor, so no rounding tolerance)',
    );
    expect(inSwedish(budgetExceedsGranted, finding)).toBe(
      nb`Den totala budgeten är större än det beviljade beloppet: Summa-raden anger 1~300~000~kr men 1~200~000~kr beviljades (100~000~kr över; beloppen är exakta kronor, så ingen avrundningstolerans)`,
    );
    expect(finding?.data).toEqual({
      column: 'budget',
      total: { sek: 1_300_000, unit: 'kr', text: '1 300 000 kr', decimals: 0 },
      totalFrom: 'summa',
      granted: { sek: 1_200_000, unit: 'kr', text: '1 200 000 kr', decimals: 0 },
      actual: 1_300_000,
      expected: 1_200_000,
      difference: 100_000,
      tolerance: 0,
      unit: 'kr',
    });
  });

  it('says when the rows stand for a blank Summa, and the tolerance of figures in mkr', () => {
    const [rows] = check(
      '100 000 kr',
      [
        ['60 000 kr', null],
        ['50 000 kr', null],
      ],
      [null, null],
    );
    expect(rows?.message).toBe(
      'The total budget is larger than the granted amount: the rows add up to 110 000 kr but 100 000 kr was granted (10 000 kr over; the figures are exact kronor, so no rounding tolerance)',
    );
    expect(rows?.data).toMatchObject({ total: { sek: 110_000, unit: 'kr', text: '60 000 kr + 50 000 kr' }, totalFrom: 'rows' });
    const [mkr] = check('1,2 mkr', [], [null, '1,4 mkr']);
    expect(mkr?.message).toBe(
      'The total utfall is larger than the granted amount: the Summa row says 1 400 000 kr but 1 200 000 kr was granted (200 000 kr over; rounding tolerance 100 000 kr)',
    );
  });
});
