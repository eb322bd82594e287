import { describe, expect, it } from 'vitest';
import { budgetDeviationMismatch } from '../../pipeline/rules/budget-deviation-mismatch.js';
import { arsredovisning, arsredovisningInput, intervention, money, row, slutrapport, slutrapportInput } from './support/builders.js';
import { findingsOf } from './support/findings.js';
import { inSwedish, nb } from './support/messages.js';

/** A cost table of one row and its Summa row: [budget, utfall, avvikelse] each; an avvikelse of undefined is no column. */
type Line = readonly [string, string, string | null | undefined];

function check(cost: Line, summa: Line = [cost[0], cost[1], undefined], heading = 'Avvikelse') {
  const deviation = (text: string | null | undefined) => (text === undefined ? {} : { deviation: text === null ? null : money(text) });
  const record = slutrapport({
    budget: {
      rows: [{ ...row('Personal', cost[0], cost[1]), ...deviation(cost[2]) }],
      total: { budget: money(summa[0]), outcome: money(summa[1]), ...deviation(summa[2]) },
      deviationHeading: heading,
    },
  });
  return findingsOf(budgetDeviationMismatch, slutrapportInput(record));
}

describe('budget-deviation-mismatch', () => {
  it.each([
    ['what is left: budget − utfall', ['800 000 kr', '755 000 kr', '45 000 kr'], 0],
    ['the overrun: utfall − budget', ['800 000 kr', '820 000 kr', '20 000 kr'], 0],
    ['an overrun written negative', ['800 000 kr', '820 000 kr', '−20 000 kr'], 0],
    ['nothing left: 0', ['800 000 kr', '800 000 kr', '0 kr'], 0],
    ['45 000 written 54 000', ['800 000 kr', '755 000 kr', '54 000 kr'], 1],
    ['an overrun written as what is left of another figure', ['800 000 kr', '820 000 kr', '−2 000 kr'], 1],
    ['1 tkr off is rounding of three tkr figures', ['800 tkr', '755 tkr', '46 tkr'], 0],
    ['2 tkr off is more than the rounding', ['800 tkr', '755 tkr', '47 tkr'], 1],
    ['no avvikelse column', ['800 000 kr', '755 000 kr', undefined], 0],
    ['an avvikelse left blank', ['800 000 kr', '755 000 kr', null], 0],
  ] as const)('%s', (_name, cost, expected) => {
    expect(check(cost)).toHaveLength(expected);
  });

  it.each([
    ['the Summa row adding up', ['1 000 000 kr', '933 000 kr', '67 000 kr'], 0],
    // Its rows give 800 000 and 755 000: the avvikelse is theirs, and the Summa's utfall the figure that is off (outcome-total-mismatch).
    ["the Summa's avvikelse fits its rows' sums, not its own utfall", ['800 000 kr', '933 000 kr', '45 000 kr'], 0],
    ["the Summa's avvikelse fits neither", ['800 000 kr', '933 000 kr', '54 000 kr'], 1],
  ] as const)('%s', (_name, summa, expected) => {
    expect(check(['800 000 kr', '755 000 kr', '45 000 kr'], summa)).toHaveLength(expected);
  });

  it.each([
    ['"Kvar": nothing left written 0 where the utfall ran over', 'Kvar', '0 kr', 0],
    ['"Återstående medel": likewise', 'Återstående medel', '0 kr', 0],
    ['"Kvar": an overrun written as a figure left', 'Kvar', '5 000 kr', 1],
    ['"Avvikelse" 0 where the utfall ran over', 'Avvikelse', '0 kr', 1],
  ] as const)('%s', (_name, heading, left, expected) => {
    expect(check(['800 000 kr', '820 000 kr', left], ['800 000 kr', '820 000 kr', undefined], heading)).toHaveLength(expected);
  });

  it('holds the Summa row too', () => {
    const findings = check(['800 000 kr', '755 000 kr', '45 000 kr'], ['1 000 000 kr', '933 000 kr', '76 000 kr']);
    expect(findings.map((finding) => finding.data)).toEqual([
      {
        subject: 'budget-total',
        budget: { sek: 1_000_000, unit: 'kr', text: '1 000 000 kr', decimals: 0 },
        outcome: { sek: 933_000, unit: 'kr', text: '933 000 kr', decimals: 0 },
        deviation: { sek: 76_000, unit: 'kr', text: '76 000 kr', decimals: 0 },
        actual: 76_000,
        expected: 67_000,
        difference: 9_000,
        tolerance: 0,
        unit: 'kr',
        rounding: { figures: 3, unit: 'kr' },
      },
    ]);
  });

  it('says the row, the figures and the tolerance', () => {
    const [finding] = check(['800 tkr', '755 tkr', '54 tkr']);
    expect(finding?.message).toBe(
      'Cost table, Personal: budget 800 tkr (800 000 kr) and utfall 755 tkr (755 000 kr) differ by 45 000 kr but the avvikelse says 54 tkr (54 000 kr) (difference 9 000 kr; rounding tolerance 1 500 kr for 3 figures in tkr)',
    );
    expect(inSwedish(budgetDeviationMismatch, finding)).toBe(
      nb`Kostnadstabellen, Personal: budget 800 tkr (800~000~kr) och utfall 755 tkr (755~000~kr) skiljer sig med 45~000~kr men avvikelsen anges till 54 tkr (54~000~kr) (skillnad 9~000~kr; avrundningstolerans 1~500~kr för 3 belopp i tkr)`,
    );
    expect(finding?.data).toMatchObject({ subject: 'cost-row', category: 'Personal', actual: 54_000, expected: 45_000, difference: 9_000, tolerance: 1_500 });
  });
});

describe("budget-deviation-mismatch on an annual report's table of insatser", () => {
  /** One insats row of a table: [budget, utfall, avvikelse]; an avvikelse of undefined is no column. */
  function checkInsats([budget, outcome, deviation]: readonly [string, string, string | null | undefined]) {
    const insats = intervention('Lotsen', {
      budget: money(budget),
      outcome: money(outcome),
      source: 'table',
      ...(deviation === undefined ? {} : { deviation: deviation === null ? null : money(deviation) }),
    });
    return findingsOf(budgetDeviationMismatch, arsredovisningInput(arsredovisning({ interventions: [insats] })));
  }

  it.each([
    ['what is left', ['800 000 kr', '760 000 kr', '40 000 kr'], 0],
    ['the overrun, negative', ['500 000 kr', '520 000 kr', '−20 000 kr'], 0],
    ['40 000 written 60 000', ['800 000 kr', '760 000 kr', '60 000 kr'], 1],
    ['no avvikelse column', ['800 000 kr', '760 000 kr', undefined], 0],
    ['an avvikelse left blank', ['800 000 kr', '760 000 kr', null], 0],
  ] as const)('%s', (_name, line, expected) => {
    expect(checkInsats(line)).toHaveLength(expected);
  });

  it('says nothing of a column most of whose rows are off: another difference (since last year, say)', () => {
    const insats = (name: string, deviation: string) =>
      intervention(name, { budget: money('800 000 kr'), outcome: money('760 000 kr'), source: 'table', deviation: money(deviation) });
    const record = (deviations: string[]) => arsredovisning({ interventions: deviations.map((deviation, index) => insats(`Insats ${index + 1}`, deviation)) });
    expect(findingsOf(budgetDeviationMismatch, arsredovisningInput(record(['40 000 kr', '60 000 kr', '40 000 kr'])))).toHaveLength(1);
    expect(findingsOf(budgetDeviationMismatch, arsredovisningInput(record(['60 000 kr', '55 000 kr', '40 000 kr'])))).toHaveLength(0);
  });

  it('says the insats and its figures, in Swedish', () => {
    const [finding] = checkInsats(['800 000 kr', '760 000 kr', '60 000 kr']);
    expect(inSwedish(budgetDeviationMismatch, finding)).toBe(
      nb`Insatstabellen, Lotsen: budget 800~000~kr och utfall 760~000~kr skiljer sig med 40~000~kr men avvikelsen anges till 60~000~kr (skillnad 20~000~kr; beloppen är exakta kronor, så ingen avrundningstolerans)`,
    );
    expect(finding?.data).toMatchObject({ subject: 'intervention', intervention: 'Lotsen', actual: 60_000, expected: 40_000, difference: 20_000 });
  });
});

describe("budget-deviation-mismatch on the Summa row of an annual report's table of insatser", () => {
  const rowEvidence = { page: 3, section: null, text: 'Summa | 1 300 000 | 1 200 000 | …' };
  /** Two insatser (800 000/760 000 and 500 000/440 000) and their Summa row: [budget, utfall, avvikelse]. */
  function checkSumma([budget, outcome, deviation]: readonly [string, string, string]) {
    const insats = (name: string, b: string, o: string, d: string) =>
      intervention(name, { budget: money(b), outcome: money(o), source: 'table', deviation: money(d) });
    const covers = ['Lotsen', 'Bron'];
    const total = (column: 'budget' | 'outcome', text: string, withDeviation: boolean) => ({
      label: 'Summa',
      amount: money(text),
      covers,
      column,
      ...(withDeviation ? { deviation: money(deviation) } : {}),
      evidence: rowEvidence,
    });
    const record = arsredovisning({
      interventions: [insats('Lotsen', '800 000 kr', '760 000 kr', '40 000 kr'), insats('Bron', '500 000 kr', '440 000 kr', '60 000 kr')],
      statedTotals: [total('budget', budget, true), total('outcome', outcome, false)],
    });
    return findingsOf(budgetDeviationMismatch, arsredovisningInput(record));
  }

  it.each([
    ['its avvikelse is its budget less its utfall', ['1 300 000 kr', '1 200 000 kr', '100 000 kr'], 0],
    ['written as the overrun, negative', ['1 300 000 kr', '1 200 000 kr', '−100 000 kr'], 0],
    // The insatser add up to 1 200 000: the avvikelse is theirs, the Summa's utfall the figure that is off (aggregate-mismatch).
    ['its avvikelse fits the insatser, not its own utfall', ['1 300 000 kr', '1 250 000 kr', '100 000 kr'], 0],
    ['100 000 written 10 000', ['1 300 000 kr', '1 200 000 kr', '10 000 kr'], 1],
  ] as const)('%s', (_name, summa, expected) => {
    expect(checkSumma(summa)).toHaveLength(expected);
  });

  it('says the Summa row and its figures, in Swedish', () => {
    const [finding] = checkSumma(['1 300 000 kr', '1 200 000 kr', '10 000 kr']);
    expect(inSwedish(budgetDeviationMismatch, finding)).toBe(
      nb`Insatstabellen, Summa: budget 1~300~000~kr och utfall 1~200~000~kr skiljer sig med 100~000~kr men avvikelsen anges till 10~000~kr (skillnad 90~000~kr; beloppen är exakta kronor, så ingen avrundningstolerans)`,
    );
    expect(finding?.data).toMatchObject({ subject: 'intervention-total', total: 'Summa', actual: 10_000, expected: 100_000, difference: -90_000 });
  });
});
