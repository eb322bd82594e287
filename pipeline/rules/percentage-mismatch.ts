import type { PercentageMismatchData } from '../../schemas/finding-data.js';
import { evidenceFor, writtenMoney } from '../rule-helpers/evidence.js';
import { formatMoney, formatPercent } from '../rule-helpers/format.js';
import type { FindingDraft, Rule } from '../rule-engine/rule.js';
import { percentRange } from '../rule-helpers/tolerance.js';

export const percentageMismatch: Rule<'percentage-mismatch'> = {
  meta: {
    id: 'percentage-mismatch',
    defaultSeverity: 'warning',
    description: 'A stated percentage differs from the ratio of the stated figures it is computed from.',
    messages: {
      en: (data) =>
        `${formatMoney(data.numerator)} of ${formatMoney(data.denominator)} is ${formatPercent(data.expected)}, but the text says ` +
        `${formatPercent(data.actual)} (difference ${formatPercent(Math.abs(data.difference)).replace(' %', ' percentage points')}; ` +
        `tolerance ±${data.tolerance} percentage points plus the rounding of the figures, ` +
        `${formatPercent(data.range.low, 2).replace(' %', '')}–${formatPercent(data.range.high, 2)})`,
    },
  },
  check(input) {
    if (input.kind !== 'arsredovisning') return [];
    return input.record.statedPercentages.flatMap((stated): FindingDraft<PercentageMismatchData>[] => {
      const range = percentRange(stated.numerator, stated.denominator, stated.percent);
      if (!range) return [];
      if (stated.percent >= range.low - range.statedHalfUnit && stated.percent <= range.high + range.statedHalfUnit) return [];
      const ratio = (stated.numerator.sek / stated.denominator.sek) * 100;
      return [
        {
          data: {
            numerator: writtenMoney(stated.numerator),
            denominator: writtenMoney(stated.denominator),
            actual: stated.percent,
            expected: ratio,
            difference: stated.percent - ratio,
            tolerance: range.statedHalfUnit,
            unit: 'percent',
            range: { low: range.low, high: range.high },
          },
          evidence: evidenceFor(input, [stated.evidence, stated.numerator.evidence, stated.denominator.evidence]),
        },
      ];
    });
  },
};
