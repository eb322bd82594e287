import { describe, expect, it } from 'vitest';
import { percentageMismatch } from '../../pipeline/rules/percentage-mismatch.js';
import {
  arsredovisning,
  arsredovisningInput,
  evidence,
  intervention,
  money,
  operatingStatement,
  row,
  slutrapport,
  slutrapportInput,
  statements,
} from './support/builders.js';
import { findingsOf } from './support/findings.js';
import { inSwedish, nb } from './support/messages.js';

function check(percent: number, numerator: string, denominator: string) {
  const record = arsredovisning({
    statedPercentages: [
      { percent, numerator: money(numerator, 'Mål 4'), denominator: money(denominator, 'Mål 4'), evidence: evidence(`${numerator} dvs ${percent}%`, 'Mål 4') },
    ],
  });
  return findingsOf(percentageMismatch, arsredovisningInput(record));
}

describe('percentage-mismatch', () => {
  it.each([
    ['the seed: 5 232 tkr is 39 % of 13 320 tkr', 39, '5 232 tkr', '13 320 tkr', 0],
    ['the seed: 20 % of 13 320 tkr is 2 664 tkr', 20, '2 664 tkr', '13 320 tkr', 0],
    ['40 %: 39.3 % rounded up', 40, '5 232 tkr', '13 320 tkr', 0],
    ['41 % is a point or more off', 41, '5 232 tkr', '13 320 tkr', 1],
    ['14 %: 14.6 % cut off', 14, '847 tkr', '5 797 tkr', 0],
    ['13 % is a point or more off 14.6 %', 13, '847 tkr', '5 797 tkr', 1],
    ['rounding of mkr inputs widens the range', 50, '1,1 mkr', '2,3 mkr', 0],
    ['a decimal percentage tolerates only its own last digit', 39.5, '5 232 tkr', '13 320 tkr', 1],
    ['exact kronor', 25, '250 kr', '1 000 kr', 0],
  ])('%s', (_name, percent, numerator, denominator, expected) => {
    expect(check(percent, numerator, denominator)).toHaveLength(expected);
  });

  it('says both figures and the tolerance', () => {
    const [finding] = check(41, '5 232 tkr', '13 320 tkr');
    expect(finding?.message).toBe(
      '5 232 tkr (5 232 000 kr) of 13 320 tkr (13 320 000 kr) is 39.3 %, but the text says 41 % (difference 1.7 percentage points; ' +
        'tolerance ±1 percentage point plus the rounding of the figures, 39.27–39.28 %)',
    );
    expect(inSwedish(percentageMismatch, finding)).toBe(
      nb`5 232 tkr (5~232~000~kr) av 13 320 tkr (13~320~000~kr) är 39,3~%, men texten anger 41~% (skillnad 1,7 procentenheter; tolerans ±1 procentenhet plus beloppens avrundning, 39,27–39,28~%)`,
    );
    const ratio = (5_232_000 / 13_320_000) * 100;
    expect(finding?.data).toEqual({
      numerator: { sek: 5_232_000, unit: 'tkr', text: '5 232 tkr', decimals: 0 },
      denominator: { sek: 13_320_000, unit: 'tkr', text: '13 320 tkr', decimals: 0 },
      actual: 41,
      expected: ratio,
      difference: 41 - ratio,
      tolerance: 1,
      unit: 'percent',
      range: { low: (5_231_500 / 13_320_500) * 100, high: (5_232_500 / 13_319_500) * 100 },
    });
  });
});

/** A final report's cost table of one row and its Summa, each with its "Förbrukat %" (undefined: no column). */
function checkCostTable(cost: readonly [string, string, number | undefined], summa: readonly [string, string, number | undefined]) {
  const share = (percent: number | undefined) => (percent === undefined ? {} : { spentShare: { percent, text: `${String(percent).replace('.', ',')} %` } });
  const record = slutrapport({
    budget: {
      rows: [{ ...row('Personal', cost[0], cost[1]), ...share(cost[2]) }],
      total: { budget: money(summa[0]), outcome: money(summa[1]), ...share(summa[2]) },
    },
  });
  return findingsOf(percentageMismatch, slutrapportInput(record));
}

describe('percentage-mismatch (a final report\'s cost table: "Förbrukat %")', () => {
  it.each([
    ['94 % of 755 000 / 800 000 = 94.4 %', ['800 000 kr', '755 000 kr', 94], ['1 000 000 kr', '933 000 kr', 93], []],
    ['95 %: rounded up', ['800 000 kr', '755 000 kr', 95], ['1 000 000 kr', '933 000 kr', undefined], []],
    ['93,3 % with its decimal', ['800 000 kr', '755 000 kr', undefined], ['1 000 000 kr', '933 000 kr', 93.3], []],
    ['an overrun: 103 %', ['800 000 kr', '820 000 kr', 103], ['1 000 000 kr', '933 000 kr', undefined], []],
    ['89 % where the figures give 94.4 %', ['800 000 kr', '755 000 kr', 89], ['1 000 000 kr', '933 000 kr', 93], ['Personal']],
    ['the Summa row: 39 % for 93.3 %', ['800 000 kr', '755 000 kr', 94], ['1 000 000 kr', '933 000 kr', 39], ['Summa']],
    // The rows give 755 000 of 800 000: the share is theirs, and the Summa's utfall the figure that is off (outcome-total-mismatch).
    ["the Summa's share fits its rows' sums, not its own utfall", ['800 000 kr', '755 000 kr', undefined], ['800 000 kr', '933 000 kr', 94], []],
    ["the Summa's share fits neither", ['800 000 kr', '755 000 kr', undefined], ['800 000 kr', '933 000 kr', 99], ['Summa']],
    ['a budget of 0 has no share', ['0 kr', '755 000 kr', 94], ['1 000 000 kr', '933 000 kr', undefined], []],
    ['no share column', ['800 000 kr', '755 000 kr', undefined], ['1 000 000 kr', '933 000 kr', undefined], []],
  ] as const)('%s', (_name, cost, summa, rows) => {
    expect(checkCostTable(cost, summa).map((finding) => finding.data.costRow)).toEqual(rows);
  });

  it.each([
    ['a bare figure written as a ratio: 0,94 for 94 %', '0,94', 0.94, 0],
    ['a ratio that is off: 0,84', '0,84', 0.84, 1],
    ['with its per cent sign, 0,94 % is 0.94 %', '0,94 %', 0.94, 1],
  ] as const)('%s', (_name, text, percent, expected) => {
    const record = slutrapport({
      budget: { rows: [{ ...row('Personal', '800 000 kr', '755 000 kr'), spentShare: { percent, text } }], total: { budget: null, outcome: null } },
    });
    expect(findingsOf(percentageMismatch, slutrapportInput(record))).toHaveLength(expected);
  });

  it('names the row and says the table gives it', () => {
    const [finding] = checkCostTable(['800 000 kr', '755 000 kr', 89], ['1 000 000 kr', '933 000 kr', undefined]);
    expect(finding?.message).toBe(
      'Cost table, Personal: utfall 755 000 kr of 800 000 kr is 94.4 %, but the table says 89 % (difference 5.4 percentage points; tolerance ±1 percentage point plus the rounding of the figures, 94.38–94.38 %)',
    );
    expect(inSwedish(percentageMismatch, finding)).toBe(
      nb`Kostnadstabellen, Personal: utfallet 755~000~kr av 800~000~kr är 94,4~%, men tabellen anger 89~% (skillnad 5,4 procentenheter; tolerans ±1 procentenhet plus beloppens avrundning, 94,38–94,38~%)`,
    );
    expect(finding?.data).toMatchObject({ costRow: 'Personal', actual: 89, expected: 94.375, tolerance: 1 });
  });
});

describe("percentage-mismatch (an annual report's tables: an insats's and a driftredovisning row's \"Förbrukat %\")", () => {
  function checkInsats(budget: string, outcome: string, percent: number) {
    const insats = intervention('Lotsen', { budget: money(budget), outcome: money(outcome), source: 'table', spentShare: { percent, text: `${percent} %` } });
    return findingsOf(percentageMismatch, arsredovisningInput(arsredovisning({ interventions: [insats] })));
  }

  /** A driftredovisning row in tkr, costs written negative: [budget, utfall] and the share stated. */
  function checkOperating(budget: string, outcome: string, percent: number) {
    const operating = operatingStatement([['Insatser', budget, outcome, null]]);
    const rows = operating.rows.map((each) => ({ ...each, spentShare: { percent, text: `${percent} %` } }));
    return findingsOf(percentageMismatch, arsredovisningInput(arsredovisning({ statements: statements({ operating: { ...operating, rows } }) })));
  }

  it.each([
    ['an insats within its budget', () => checkInsats('800 000 kr', '760 000 kr', 95), 0],
    ['an insats over its budget', () => checkInsats('500 000 kr', '520 000 kr', 104), 0],
    ["an insats's 104 % written 84 %", () => checkInsats('500 000 kr', '520 000 kr', 84), 1],
    ['a cost row, both figures negative', () => checkOperating('-2 000', '-1 800', 90), 0],
    ['a cost row, 90 % written 80 %', () => checkOperating('-2 000', '-1 800', 80), 1],
    // A negative utfall of a positive budget (or the other way) is no share of it: not checked.
    ['a cost row whose utfall has the other sign', () => checkOperating('2 000', '-1 800', 90), 0],
  ] as const)('%s', (_name, run, expected) => {
    expect(run()).toHaveLength(expected);
  });

  it("says nothing of a share column most of whose rows are off: each row's share of the whole, say", () => {
    const insats = (name: string, percent: number) =>
      intervention(name, { budget: money('500 000 kr'), outcome: money('520 000 kr'), source: 'table', spentShare: { percent, text: `${percent} %` } });
    const checkShares = (percents: number[]) =>
      findingsOf(
        percentageMismatch,
        arsredovisningInput(arsredovisning({ interventions: percents.map((percent, index) => insats(`Insats ${index + 1}`, percent)) })),
      );
    expect(checkShares([104, 84, 104])).toHaveLength(1);
    expect(checkShares([47, 31, 104])).toHaveLength(0);
  });

  it('names the insats, or the driftredovisning row, and says the table gives it', () => {
    const [insats] = checkInsats('500 000 kr', '520 000 kr', 84);
    expect(inSwedish(percentageMismatch, insats)).toBe(
      nb`Insatstabellen, Lotsen: utfallet 520~000~kr av 500~000~kr är 104~%, men tabellen anger 84~% (skillnad 20 procentenheter; tolerans ±1 procentenhet plus beloppens avrundning, 104–104~%)`,
    );
    expect(insats?.data).toMatchObject({ intervention: 'Lotsen', actual: 84, expected: 104 });
    const [operating] = checkOperating('-2 000', '-1 800', 80);
    expect(inSwedish(percentageMismatch, operating)).toBe(
      nb`Driftredovisningen, Insatser: utfallet -1 800 tkr (−1~800~000~kr) av -2 000 tkr (−2~000~000~kr) är 90~%, men tabellen anger 80~% (skillnad 10 procentenheter; tolerans ±1 procentenhet plus beloppens avrundning, 89,95–90,05~%)`,
    );
    expect(operating?.data).toMatchObject({ operatingRow: 'Insatser', actual: 80, expected: 90 });
  });
});

describe("percentage-mismatch on the Summa row of an annual report's table of insatser", () => {
  /** Two insatser (800 000/760 000 and 500 000/520 000) and their Summa row: budget, utfall, share spent. */
  function checkSumma(budget: string, outcome: string, percent: number) {
    const insats = (name: string, b: string, o: string, p: number) =>
      intervention(name, { budget: money(b), outcome: money(o), source: 'table', spentShare: { percent: p, text: `${p} %` } });
    const rowEvidence = { page: 3, section: null, text: 'Summa | …' };
    const total = (column: 'budget' | 'outcome', text: string, first: boolean) => ({
      label: 'Summa',
      amount: money(text),
      covers: ['Lotsen', 'Bron'],
      column,
      ...(first ? { spentShare: { percent, text: `${percent} %` } } : {}),
      evidence: rowEvidence,
    });
    const record = arsredovisning({
      interventions: [insats('Lotsen', '800 000 kr', '760 000 kr', 95), insats('Bron', '500 000 kr', '520 000 kr', 104)],
      statedTotals: [total('budget', budget, true), total('outcome', outcome, false)],
    });
    return findingsOf(percentageMismatch, arsredovisningInput(record));
  }

  it.each([
    ['its share is its utfall over its budget', ['1 300 000 kr', '1 280 000 kr', 98], 0],
    // The insatser give 1 280 000 of 1 300 000: the share is theirs, the Summa's utfall the figure off (aggregate-mismatch).
    ['its share fits the insatser, not its own utfall', ['1 300 000 kr', '1 200 000 kr', 98], 0],
    ['98 % written 89 %', ['1 300 000 kr', '1 280 000 kr', 89], 1],
  ] as const)('%s', (_name, [budget, outcome, percent], expected) => {
    expect(checkSumma(budget, outcome, percent)).toHaveLength(expected);
  });

  it('names the Summa row as the table writes it', () => {
    const [finding] = checkSumma('1 300 000 kr', '1 280 000 kr', 89);
    expect(inSwedish(percentageMismatch, finding)).toBe(
      nb`Insatstabellen, Summa: utfallet 1~280~000~kr av 1~300~000~kr är 98,5~%, men tabellen anger 89~% (skillnad 9,5 procentenheter; tolerans ±1 procentenhet plus beloppens avrundning, 98,46–98,46~%)`,
    );
    expect(finding?.data).toMatchObject({ intervention: 'Summa', actual: 89 });
  });
});
