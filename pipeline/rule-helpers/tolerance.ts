import type { Money } from '../../schemas/common.js';
import type { Rounding } from '../../schemas/finding-data.js';

/**
 * The rounding unit of an amount as written (docs/rules.md, "Arithmetic tolerance"): kr is exact,
 * tkr rounds to 1 000 kr, mkr to 100 000 kr — or finer when decimals are written ("1,25 mkr"
 * to 10 000 kr). Kronor with öre were rounded to whole kronor in `sek`, so they carry 1 kr.
 */
export function roundingUnit(money: Money): number {
  switch (money.unit) {
    case 'kr':
      return (money.decimals ?? 0) > 0 ? 1 : 0;
    case 'tkr':
      return 10 ** (3 - Math.min(3, money.decimals ?? 0));
    case 'mkr':
      return 10 ** (6 - Math.min(6, money.decimals ?? 1));
  }
}

export interface Tolerance {
  /** Largest difference in kronor that rounding alone explains. */
  sek: number;
  /** What it allows for: this many rounded figures, the coarsest written in `unit`. */
  rounding: Rounding;
}

/**
 * A sum of n rounded figures compared with a rounded stated total may differ by up to
 * (n + 1) × half the coarsest unit among them.
 */
export function sumTolerance(parts: Money[], total: Money): Tolerance {
  const all = [...parts, total];
  const coarsest = all.reduce((a, b) => (roundingUnit(b) > roundingUnit(a) ? b : a));
  return { sek: (all.length * roundingUnit(coarsest)) / 2, rounding: { figures: all.length, unit: coarsest.unit } };
}

/** Tolerance when one figure is compared with another (a limit, a budget): half of each unit. */
export function pairTolerance(a: Money, b: Money): Tolerance {
  const coarsest = roundingUnit(b) > roundingUnit(a) ? b : a;
  return { sek: (roundingUnit(a) + roundingUnit(b)) / 2, rounding: { figures: 2, unit: coarsest.unit } };
}

/** Within tolerance: |difference| ≤ tolerance. */
export function reconciles(difference: number, tolerance: Tolerance): boolean {
  return Math.abs(difference) <= tolerance.sek;
}

export interface PercentRange {
  low: number;
  high: number;
  /** One unit of the last digit written: 1 for "39 %", 0.1 for "20,5 %". */
  statedUnit: number;
}

/**
 * The percentages the stated figures allow once their own rounding is counted: numerator and
 * denominator may each be off by half a unit. A stated percentage is right when it lies less than
 * one unit of its last digit from that range (±1 pp for whole percents): reports round a share up,
 * down or cut it off ("14 procent" for 14.6 %).
 */
export function percentRange(numerator: Money, denominator: Money, percent: number): PercentRange | null {
  const halfN = roundingUnit(numerator) / 2;
  const halfD = roundingUnit(denominator) / 2;
  // A cost written negative over its negative budget (a driftredovisning's "−1 800" of "−2 000") is the same share.
  const sign = denominator.sek < 0 && numerator.sek <= 0 ? -1 : 1;
  const lowDenominator = sign * denominator.sek - halfD;
  const highDenominator = sign * denominator.sek + halfD;
  if (lowDenominator <= 0) return null;
  const decimals = decimalsOf(percent);
  return {
    low: ((sign * numerator.sek - halfN) / highDenominator) * 100,
    high: ((sign * numerator.sek + halfN) / lowDenominator) * 100,
    statedUnit: 10 ** -decimals,
  };
}

function decimalsOf(value: number): number {
  const text = String(value);
  const point = text.indexOf('.');
  return point < 0 ? 0 : Math.min(6, text.length - point - 1);
}
