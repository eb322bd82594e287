import type { PercentageMismatchData } from '../../schemas/finding-data.js';
import { evidenceFor, writtenMoney } from '../rule-helpers/evidence.js';
import { formatDecimal, formatMoney, formatPercent } from '../rule-helpers/format.js';
import type { FindingDraft, Rule } from '../rule-engine/rule.js';
import { percentRange } from '../rule-helpers/tolerance.js';

export const percentageMismatch: Rule<'percentage-mismatch'> = {
  meta: {
    id: 'percentage-mismatch',
    defaultSeverity: 'warning',
    title: { sv: 'Angiven procentsats stämmer inte med beloppen', en: 'Stated percentage differs from its figures' },
    description: 'A stated percentage differs from the ratio of the stated figures it is computed from.',
    messages: {
      sv: (data) =>
        `${formatMoney(data.numerator, 'sv')} av ${formatMoney(data.denominator, 'sv')} är ${formatPercent(data.expected, 1, 'sv')}, men texten anger ` +
        `${formatPercent(data.actual, 1, 'sv')} (skillnad ${formatDecimal(Math.abs(data.difference), 1, 'sv')} procentenheter; ` +
        `tolerans ±${String(data.tolerance).replace('.', ',')} procentenhet plus beloppens avrundning, ` +
        `${formatDecimal(data.range.low, 2, 'sv')}–${formatPercent(data.range.high, 2, 'sv')})`,
      en: (data) =>
        `${formatMoney(data.numerator)} of ${formatMoney(data.denominator)} is ${formatPercent(data.expected)}, but the text says ` +
        `${formatPercent(data.actual)} (difference ${formatPercent(Math.abs(data.difference)).replace(' %', ' percentage points')}; ` +
        `tolerance ±${data.tolerance} percentage point plus the rounding of the figures, ` +
        `${formatPercent(data.range.low, 2).replace(' %', '')}–${formatPercent(data.range.high, 2)})`,
    },
  },
  check(input) {
    if (input.kind !== 'arsredovisning') return [];
    return input.record.statedPercentages.flatMap((stated): FindingDraft<PercentageMismatchData>[] => {
      const range = percentRange(stated.numerator, stated.denominator, stated.percent);
      if (!range) return [];
      if (stated.percent > range.low - range.statedUnit && stated.percent < range.high + range.statedUnit) return [];
      const ratio = (stated.numerator.sek / stated.denominator.sek) * 100;
      return [
        {
          data: {
            numerator: writtenMoney(stated.numerator),
            denominator: writtenMoney(stated.denominator),
            actual: stated.percent,
            expected: ratio,
            difference: stated.percent - ratio,
            tolerance: range.statedUnit,
            unit: 'percent',
            range: { low: range.low, high: range.high },
          },
          evidence: evidenceFor(input, [stated.evidence, stated.numerator.evidence, stated.denominator.evidence]),
        },
      ];
    });
  },
};
