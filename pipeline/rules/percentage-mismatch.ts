import { evidenceFor } from './evidence.js';
import { formatMoney, formatPercent } from './format.js';
import type { FindingDraft, Rule } from './rule.js';
import { percentRange } from './tolerance.js';

const ID = 'percentage-mismatch';

export const percentageMismatch: Rule = {
  meta: {
    id: ID,
    defaultSeverity: 'warning',
    description: 'A stated percentage differs from the ratio of the stated figures it is computed from.',
  },
  check(input) {
    if (input.kind !== 'arsredovisning') return [];
    return input.record.statedPercentages.flatMap((stated): FindingDraft[] => {
      const range = percentRange(stated.numerator, stated.denominator, stated.percent);
      if (!range) return [];
      if (stated.percent >= range.low - range.statedHalfUnit && stated.percent <= range.high + range.statedHalfUnit) return [];
      const ratio = (stated.numerator.sek / stated.denominator.sek) * 100;
      return [
        {
          ruleId: ID,
          message:
            `${formatMoney(stated.numerator)} of ${formatMoney(stated.denominator)} is ${formatPercent(ratio)}, but the text says ` +
            `${formatPercent(stated.percent)} (difference ${formatPercent(Math.abs(ratio - stated.percent)).replace(' %', ' percentage points')}; ` +
            `tolerance ±${range.statedHalfUnit} percentage points plus the rounding of the figures, ` +
            `${formatPercent(range.low, 2).replace(' %', '')}–${formatPercent(range.high, 2)})`,
          evidence: evidenceFor(input, [stated.evidence, stated.numerator.evidence, stated.denominator.evidence]),
        },
      ];
    });
  },
};
