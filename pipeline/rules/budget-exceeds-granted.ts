import type { BudgetExceedsGrantedData } from '../../schemas/finding-data.js';
import { type BudgetColumn, statedOrSummed } from '../rule-helpers/budget-sums.js';
import { evidenceFor, fieldEvidence, writtenMoney } from '../rule-helpers/evidence.js';
import { formatKr, pairToleranceText } from '../rule-helpers/format.js';
import type { FindingDraft, Rule } from '../rule-engine/rule.js';
import { pairTolerance } from '../rule-helpers/tolerance.js';

const WHAT: Record<BudgetColumn, string> = { budget: 'total budget', outcome: 'total utfall' };
const WHAT_SV: Record<BudgetColumn, string> = { budget: 'Den totala budgeten', outcome: 'Det totala utfallet' };

export const budgetExceedsGranted: Rule<'budget-exceeds-granted'> = {
  meta: {
    id: 'budget-exceeds-granted',
    defaultSeverity: 'error',
    title: { sv: 'Budget eller utfall överstiger beviljat belopp', en: 'Budget or utfall exceeds the granted amount' },
    description: 'The total budget (or total utfall) is larger than the granted amount.',
    messages: {
      sv: (data) =>
        `${WHAT_SV[data.column]} är större än det beviljade beloppet: ` +
        `${data.totalFrom === 'rows' ? 'raderna summerar till' : 'Summa-raden anger'} ${formatKr(data.actual, 'sv')} men ` +
        `${formatKr(data.expected, 'sv')} beviljades (${formatKr(data.difference, 'sv')} över; ${pairToleranceText(data.tolerance, 'sv')})`,
      en: (data) =>
        `The ${WHAT[data.column]} is larger than the granted amount: ` +
        `${data.totalFrom === 'rows' ? 'the rows add up to' : 'the Summa row says'} ${formatKr(data.actual)} but ` +
        `${formatKr(data.expected)} was granted (${formatKr(data.difference)} over; ${pairToleranceText(data.tolerance)})`,
    },
  },
  check(input) {
    // A template's budget is the granted money's; a project's own report budgets every funder's ("finansierats av förbundet och kommunen").
    if (input.kind !== 'slutrapport' || input.record.template === null) return [];
    const granted = input.record.intervention.granted;
    if (!granted) return [];
    const findings: FindingDraft<BudgetExceedsGrantedData>[] = [];
    for (const column of ['budget', 'outcome'] as const) {
      // The stated Summa is what the report claims; a wrong Summa is outcome/budget-total-mismatch's business.
      const total = statedOrSummed(input.record, column);
      if (!total) continue;
      const tolerance = pairTolerance(total.money, granted);
      const excess = total.money.sek - granted.sek;
      if (excess <= tolerance.sek) continue;
      findings.push({
        data: {
          column,
          total: writtenMoney(total.money),
          totalFrom: total.summed ? 'rows' : 'summa',
          granted: writtenMoney(granted),
          actual: total.money.sek,
          expected: granted.sek,
          difference: excess,
          tolerance: tolerance.sek,
          unit: 'kr',
        },
        evidence: evidenceFor(input, [...total.evidence, granted.evidence, fieldEvidence(input, 'intervention.granted')], 'Summa'),
      });
    }
    return findings;
  },
};
