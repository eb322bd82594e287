import { describe, expect, it } from 'vitest';
import { outcomeTotalMismatch } from '../../pipeline/rules/outcome-total-mismatch.js';
import { arsredovisning, arsredovisningInput, money, period as periodOf, row, slutrapport, slutrapportInput } from './support/builders.js';
import { findingsOf } from './support/findings.js';

function check(rows: [string | null, string | null][], total: string | null) {
  const record = slutrapport({
    budget: {
      rows: rows.map(([budget, outcome], index) => row(`Rad ${index + 1}`, budget, outcome)),
      total: { budget: null, outcome: total === null ? null : money(total) },
    },
  });
  return findingsOf(outcomeTotalMismatch, slutrapportInput(record));
}

describe('outcome-total-mismatch', () => {
  it('flags the seed: rows 1 250 000, Summa utfall 0', () => {
    const findings = check(
      [
        [null, null],
        [null, '1250000 kr'],
        [null, null],
      ],
      '0 kr',
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toBe(
      'Utfall rows add up to 1 250 000 kr but the Summa row says 0 kr (difference 1 250 000 kr; the figures are exact kronor, so no rounding tolerance)',
    );
    expect(findings[0]?.evidence.length).toBeGreaterThan(0);
    expect(findings[0]?.data).toEqual({
      summa: { sek: 0, unit: 'kr', text: '0 kr', decimals: 0 },
      actual: 0,
      expected: 1_250_000,
      difference: -1_250_000,
      tolerance: 0,
      unit: 'kr',
      rounding: { figures: 2, unit: 'kr' },
    });
  });

  it.each([
    [
      'rows equal the total',
      [
        [null, '41 200 kr'],
        [null, '58 500 kr'],
      ],
      '99 700 kr',
      0,
    ],
    [
      '1 kr off in exact kronor',
      [
        [null, '41 200 kr'],
        [null, '58 500 kr'],
      ],
      '99 701 kr',
      1,
    ],
    [
      'tkr rows within (n + 1) × 500 kr',
      [
        [null, '100 tkr'],
        [null, '201 tkr'],
        [null, '300 tkr'],
      ],
      '600 tkr',
      0,
    ],
    [
      'tkr rows beyond tolerance',
      [
        [null, '100 tkr'],
        [null, '205 tkr'],
        [null, '300 tkr'],
      ],
      '600 tkr',
      1,
    ],
    ['no Summa written', [[null, '100 kr']], null, 0],
    ['no row filled', [[null, null]], '0 kr', 0],
  ] as const)('%s', (_name, rows, total, expected) => {
    expect(
      check(
        rows.map(([b, o]) => [b, o]),
        total,
      ),
    ).toHaveLength(expected);
  });

  it('states the tkr tolerance', () => {
    const [finding] = check(
      [
        [null, '100 tkr'],
        [null, '205 tkr'],
        [null, '300 tkr'],
      ],
      '600 tkr',
    );
    expect(finding?.message).toBe(
      'Utfall rows add up to 605 000 kr but the Summa row says 600 000 kr (difference 5 000 kr; rounding tolerance 2 000 kr for 4 figures in tkr)',
    );
    expect(finding?.data).toMatchObject({
      summa: { sek: 600_000, unit: 'tkr', text: '600 tkr' },
      actual: 600_000,
      expected: 605_000,
      difference: -5_000,
      tolerance: 2_000,
      rounding: { figures: 4, unit: 'tkr' },
    });
  });

  it('ignores annual reports', () => {
    expect(findingsOf(outcomeTotalMismatch, arsredovisningInput(arsredovisning()))).toEqual([]);
  });

  it.each([
    ['a row whose utfall is no amount: the Summa is not held to the others', 'outcome', 0],
    ['a row whose budget is no amount: the utfall column is still checked', 'budget', 1],
  ] as const)('%s', (_name, column, expected) => {
    const unread = { ...row('Personal', '1 000 000 kr', null), unreadFigures: { [column]: 'ca 950 000' } };
    const record = slutrapport({
      budget: { rows: [unread, row('Lokaler', '250 000 kr', '230 000 kr')], total: { budget: money('1 250 000 kr'), outcome: money('1 180 000 kr') } },
    });
    expect(findingsOf(outcomeTotalMismatch, slutrapportInput(record))).toHaveLength(expected);
  });
});

describe('outcome-total-mismatch: a "varav" row is part of the row above it', () => {
  const budget = (summa: string) =>
    slutrapport({
      budget: {
        rows: [row('Personal', '1 200 000 kr', '1 170 000 kr'), row('varav lön', '900 000 kr', '880 000 kr'), row('Lokaler', '200 000 kr', '194 500 kr')],
        total: { budget: null, outcome: money(summa) },
      },
    });

  it.each([
    ['the rows without their varav add up to the Summa', '1 364 500 kr', 0],
    ['the Summa is off the rows, varav aside', '1 464 500 kr', 1],
    ['a Summa that counted the varav row again', '2 244 500 kr', 1],
  ])('%s', (_name, summa, count) => {
    expect(findingsOf(outcomeTotalMismatch, slutrapportInput(budget(summa)))).toHaveLength(count);
  });
});

describe('outcome-total-mismatch: columns per year', () => {
  /** One row and the Summa over a period of `period`: each a whole-period utfall and one for 2021 and 2022. */
  function byYears(period: string, costRow: [string | null, string, string], total: [string | null, string, string]) {
    const years = (of2021: string, of2022: string) => [
      { year: 2021, budget: null, outcome: money(of2021) },
      { year: 2022, budget: null, outcome: money(of2022) },
    ];
    const base = slutrapport();
    return slutrapport({
      intervention: { ...base.intervention, plannedPeriod: periodOf(period) },
      budget: {
        rows: [{ ...row('Rad 1', null, costRow[0]), years: years(costRow[1], costRow[2]) }],
        total: { budget: null, outcome: total[0] === null ? null : money(total[0]), years: years(total[1], total[2]) },
      },
    });
  }
  const TWO = '2021-01-01 – 2022-12-31';

  it.each([
    ['each year adds up, and each row', TWO, ['300 kr', '100 kr', '200 kr'], ['300 kr', '100 kr', '200 kr'], []],
    ["a year's Summa off its rows", TWO, ['300 kr', '100 kr', '200 kr'], ['300 kr', '150 kr', '200 kr'], ['year 2021']],
    ["a row's whole period off its years", TWO, ['350 kr', '100 kr', '200 kr'], ['350 kr', '100 kr', '200 kr'], ['row Rad 1']],
    // The period's first year has no column: the whole period's is more than the years shown.
    ["a row's whole period beside some of its years", '2020-01-01 – 2022-12-31', ['350 kr', '100 kr', '200 kr'], ['350 kr', '100 kr', '200 kr'], []],
    ['years alone, adding up', TWO, [null, '100 kr', '200 kr'], [null, '100 kr', '200 kr'], []],
    ["years alone, a year's Summa off", TWO, [null, '100 kr', '200 kr'], [null, '100 kr', '250 kr'], ['year 2022']],
  ] as [string, string, [string | null, string, string], [string | null, string, string], string[]][])('%s', (_name, period, costRow, total, expected) => {
    const findings = findingsOf(outcomeTotalMismatch, slutrapportInput(byYears(period, costRow, total)));
    const about = findings.map((finding) => {
      const data = finding.data as { year?: number; row?: string };
      return data.year !== undefined ? `year ${data.year}` : `row ${data.row}`;
    });
    expect(about).toEqual(expected);
  });
});
