import { findCountShares } from '../../extractors/parse/count-share.js';
import type { CountPercentageMismatchData } from '../../schemas/finding-data.js';
import { formatDecimal, formatPercent, quote } from '../rule-helpers/format.js';
import type { FindingDraft, Rule } from '../rule-engine/rule.js';

/** The decimals the share was written with; its tolerance is one unit of the last of them. */
function decimalsOf(tolerance: number): number {
  return Math.max(0, Math.round(-Math.log10(tolerance)));
}

export const countPercentageMismatch: Rule<'count-percentage-mismatch'> = {
  meta: {
    id: 'count-percentage-mismatch',
    defaultSeverity: 'warning',
    title: { sv: 'Angiven andel stämmer inte med antalen', en: 'Stated share differs from its counts' },
    description: 'A percentage stated beside both its counts ("30 av 65 deltagare (52 %)") differs from their ratio.',
    messages: {
      sv: (data) =>
        `${quote(data.text, 'sv')}: ${data.part} av ${data.whole} är ${formatPercent(data.expected, 1, 'sv')}, men texten anger ` +
        `${formatPercent(data.actual, decimalsOf(data.tolerance), 'sv')} (skillnad ${formatDecimal(Math.abs(data.difference), 1, 'sv')} procentenheter; ` +
        `tolerans ±${formatDecimal(data.tolerance, decimalsOf(data.tolerance), 'sv')} procentenhet för avrundning)`,
      en: (data) =>
        `${quote(data.text)}: ${data.part} of ${data.whole} is ${formatPercent(data.expected)}, but the text says ` +
        `${formatPercent(data.actual, decimalsOf(data.tolerance))} (difference ${formatDecimal(Math.abs(data.difference))} percentage points; ` +
        `tolerance ±${formatDecimal(data.tolerance, decimalsOf(data.tolerance))} percentage point for rounding)`,
    },
  },
  check(input) {
    const findings: FindingDraft<CountPercentageMismatchData>[] = [];
    const seen = new Set<string>();
    for (const unit of input.text) {
      for (const { value: share } of findCountShares(unit.text)) {
        const expected = (share.part / share.whole) * 100;
        // One unit of the last digit written: a share rounded either way, or cut off, is not wrong.
        const tolerance = 10 ** -share.decimals;
        const difference = share.percent - expected;
        if (Math.abs(difference) < tolerance) continue;
        const key = `${unit.evidence.page ?? ''}|${share.text}`;
        if (seen.has(key)) continue;
        seen.add(key);
        findings.push({
          data: { part: share.part, whole: share.whole, actual: share.percent, expected, difference, tolerance, unit: 'percent', text: share.text },
          evidence: [unit.evidence],
        });
      }
    }
    return findings;
  },
};
