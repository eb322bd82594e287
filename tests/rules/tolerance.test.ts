import { describe, expect, it } from 'vitest';
import { formatKr, pairToleranceText, sumToleranceText } from '../../pipeline/rule-helpers/format.js';
import { pairTolerance, percentRange, roundingUnit, sumTolerance } from '../../pipeline/rule-helpers/tolerance.js';
import { money } from './support/builders.js';

describe('roundingUnit', () => {
  it.each([
    ['1250000 kr', 0],
    ['1 250,50 kr', 1],
    ['13 320 tkr', 1_000],
    ['13 320,5 tkr', 100],
    ['1,2 mkr', 100_000],
    ['1,25 mkr', 10_000],
    ['3 mkr', 1_000_000],
  ])('%s → %d kr', (text, unit) => {
    expect(roundingUnit(money(text))).toBe(unit);
  });
});

describe('sumTolerance', () => {
  it('is (n + 1) × half the coarsest unit', () => {
    const parts = ['843 tkr', '775 tkr', '648 tkr'].map((text) => money(text));
    expect(sumTolerance(parts, money('2 266 tkr')).sek).toBe(2_000);
    expect(sumTolerance([money('499 500 kr')], money('1,2 mkr')).sek).toBe(100_000);
  });

  it('is 0 for exact kronor and says so', () => {
    const tolerance = sumTolerance([money('1250000 kr')], money('0 kr'));
    expect(tolerance).toEqual({ sek: 0, rounding: { figures: 2, unit: 'kr' } });
    expect(sumToleranceText(tolerance.sek, tolerance.rounding)).toBe('the figures are exact kronor, so no rounding tolerance');
  });

  it('names the unit it comes from', () => {
    const tolerance = sumTolerance([money('100 kr')], money('1 tkr'));
    expect(tolerance).toEqual({ sek: 1_000, rounding: { figures: 2, unit: 'tkr' } });
    expect(sumToleranceText(tolerance.sek, tolerance.rounding)).toBe('rounding tolerance 1 000 kr for 2 figures in tkr');
  });
});

describe('pairTolerance', () => {
  it('is half of each unit', () => {
    expect(pairTolerance(money('1 240 tkr'), money('1,2 mkr'))).toEqual({ sek: 50_500, rounding: { figures: 2, unit: 'mkr' } });
    expect(pairToleranceText(50_500)).toBe('rounding tolerance 50 500 kr');
    expect(pairToleranceText(pairTolerance(money('1 kr'), money('2 kr')).sek)).toBe('the figures are exact kronor, so no rounding tolerance');
  });
});

describe('percentRange', () => {
  it('widens the ratio by the rounding of both figures', () => {
    const range = percentRange(money('5 232 tkr'), money('13 320 tkr'), 39);
    expect(range?.low).toBeCloseTo(39.2741, 3);
    expect(range?.high).toBeCloseTo(39.2845, 3);
    expect(range?.statedUnit).toBe(1);
    expect(percentRange(money('1 kr'), money('4 kr'), 20.5)?.statedUnit).toBeCloseTo(0.1);
  });

  it('has no range for a zero denominator', () => {
    expect(percentRange(money('5 kr'), money('0 kr'), 10)).toBeNull();
  });

  it('gives a cost written negative over its negative budget the same share, and none to figures of opposite signs', () => {
    const range = percentRange(money('-1 800 tkr'), money('-2 000 tkr'), 90);
    expect(range?.low).toBeCloseTo(89.95, 2);
    expect(range?.high).toBeCloseTo(90.05, 2);
    expect(percentRange(money('1 800 tkr'), money('-2 000 tkr'), 90)).toBeNull();
  });
});

describe('formatKr', () => {
  it.each([
    [1_250_000, '1 250 000 kr'],
    [0, '0 kr'],
    [999, '999 kr'],
    [-2_569_000, '−2 569 000 kr'],
  ])('%d → %s', (sek, text) => {
    expect(formatKr(sek)).toBe(text);
  });
});
