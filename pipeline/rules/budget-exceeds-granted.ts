import { type BudgetColumn, statedOrSummed } from './budget-sums.js';
import { evidenceFor, fieldEvidence } from './evidence.js';
import { formatKr } from './format.js';
import type { FindingDraft, Rule } from './rule.js';
import { pairTolerance } from './tolerance.js';

const WHAT: Record<BudgetColumn, string> = { budget: 'total budget', outcome: 'total utfall' };

export const budgetExceedsGranted: Rule = {
  meta: {
    id: 'budget-exceeds-granted',
    defaultSeverity: 'error',
    description: 'The total budget (or total utfall) is larger than the granted amount.',
  },
  check(input) {
    if (input.kind !== 'slutrapport') return [];
    const granted = input.record.intervention.granted;
    if (!granted) return [];
    const findings: FindingDraft[] = [];
    for (const column of ['budget', 'outcome'] as const) {
      // The stated Summa is what the report claims; a wrong Summa is outcome/budget-total-mismatch's business.
      const total = statedOrSummed(input.record, column);
      if (!total) continue;
      const tolerance = pairTolerance(total.money, granted);
      const excess = total.money.sek - granted.sek;
      if (excess <= tolerance.sek) continue;
      const source = total.summed ? 'the rows add up to' : 'the Summa row says';
      findings.push({
        ruleId: budgetExceedsGranted.meta.id,
        message:
          `The ${WHAT[column]} is larger than the granted amount: ${source} ${formatKr(total.money.sek)} but ` +
          `${formatKr(granted.sek)} was granted (${formatKr(excess)} over; ${tolerance.explanation})`,
        evidence: evidenceFor(input, [...total.evidence, granted.evidence, fieldEvidence(input, 'intervention.granted')], 'Summa'),
      });
    }
    return findings;
  },
};
