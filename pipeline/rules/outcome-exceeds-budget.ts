import type { Evidence, Money } from '../../schemas/common.js';
import type { OutcomeExceedsBudgetData } from '../../schemas/finding-data.js';
import { evidenceFor, writtenMoney } from '../rule-helpers/evidence.js';
import { formatKr, formatMoney, formatPercent } from '../rule-helpers/format.js';
import type { FindingDraft, Rule, RuleInput } from '../rule-engine/rule.js';
import { roundingUnit } from '../rule-helpers/tolerance.js';

/** docs/rules.md: more than 10 % above budget. */
const ALLOWED_OVERRUN_PERCENT = 10;

type Subject = { subject: 'cost-row'; category: string } | { subject: 'budget-total' } | { subject: 'appendix'; intervention: string };

interface Pair {
  subject: Subject;
  budget: Money;
  outcome: Money;
  evidence: (Evidence | undefined)[];
}

export const outcomeExceedsBudget: Rule<'outcome-exceeds-budget'> = {
  meta: {
    id: 'outcome-exceeds-budget',
    defaultSeverity: 'warning',
    title: { sv: 'Utfall mer än 10 % över budget', en: 'Utfall more than 10 % over budget' },
    description: 'Utfall is more than 10 % above budget (a cost row, the total, or an intervention).',
    messages: {
      sv(data) {
        const what = data.subject === 'cost-row' ? data.category : data.subject === 'appendix' ? data.intervention : 'Summa';
        const percent = data.overrunPercent === null ? '' : ` (+${formatPercent(data.overrunPercent, 1, 'sv')})`;
        const rounding = data.tolerance > 0 ? `; med hänsyn till avrundning på ${formatKr(data.tolerance, 'sv')}` : '';
        return (
          `${what}: utfallet ${formatMoney(data.outcome, 'sv')} är mer än ${formatPercent(data.allowedPercent, 1, 'sv')} över budgeten ${formatMoney(data.budget, 'sv')} ` +
          `(${formatKr(data.difference, 'sv')} över${percent}${rounding})`
        );
      },
      en(data) {
        const what = data.subject === 'cost-row' ? data.category : data.subject === 'appendix' ? data.intervention : 'Summa';
        const percent = data.overrunPercent === null ? '' : ` (+${formatPercent(data.overrunPercent)})`;
        const rounding = data.tolerance > 0 ? `; allowing for rounding of ${formatKr(data.tolerance)}` : '';
        return (
          `${what}: utfall ${formatMoney(data.outcome)} is more than ${data.allowedPercent} % above the budget of ${formatMoney(data.budget)} ` +
          `(${formatKr(data.difference)} over${percent}${rounding})`
        );
      },
    },
  },
  check: (input) => pairs(input).flatMap((pair) => check(input, pair)),
};

function pairs(input: RuleInput): Pair[] {
  if (input.kind === 'arsredovisning') {
    // An appendix block's budget is the year's; a table's "Beviljat belopp" may be a grant of more than the year.
    return input.record.interventions.flatMap((intervention): Pair[] =>
      intervention.source !== 'table' && intervention.budget && intervention.outcome
        ? [
            {
              subject: { subject: 'appendix', intervention: intervention.name },
              budget: intervention.budget,
              outcome: intervention.outcome,
              evidence: [intervention.outcome.evidence, intervention.budget.evidence, intervention.evidence],
            },
          ]
        : [],
    );
  }
  const { rows, total } = input.record.budget;
  const rowPairs = rows.flatMap((row): Pair[] =>
    row.budget && row.outcome
      ? [
          {
            subject: { subject: 'cost-row', category: row.category },
            budget: row.budget,
            outcome: row.outcome,
            evidence: [row.evidence, row.outcome.evidence, row.budget.evidence],
          },
        ]
      : [],
  );
  const totalPair: Pair[] =
    total.budget && total.outcome
      ? [
          {
            subject: { subject: 'budget-total' },
            budget: total.budget,
            outcome: total.outcome,
            evidence: [total.evidence, total.outcome.evidence, total.budget.evidence],
          },
        ]
      : [];
  return [...rowPairs, ...totalPair];
}

function check(input: RuleInput, pair: Pair): FindingDraft<OutcomeExceedsBudgetData>[] {
  const { budget, outcome } = pair;
  // A negative budget is a deduction ("Avgår medfinansiering −300 000"): over or under it says nothing of overspending.
  if (budget.sek < 0) return [];
  // Only an overrun that rounding cannot explain: the smallest outcome against the largest budget.
  const halfBudget = roundingUnit(budget) / 2;
  const halfOutcome = roundingUnit(outcome) / 2;
  const limit = (budget.sek + halfBudget) * (1 + ALLOWED_OVERRUN_PERCENT / 100);
  if (outcome.sek - halfOutcome <= limit) return [];
  const overrun = outcome.sek - budget.sek;
  const figures = {
    outcome: writtenMoney(outcome),
    budget: writtenMoney(budget),
    actual: outcome.sek,
    expected: budget.sek,
    difference: overrun,
    tolerance: halfBudget + halfOutcome,
    unit: 'kr' as const,
    overrunPercent: budget.sek > 0 ? (overrun * 100) / budget.sek : null,
    allowedPercent: ALLOWED_OVERRUN_PERCENT,
  };
  return [{ data: { ...pair.subject, ...figures }, evidence: evidenceFor(input, pair.evidence, outcome.text) }];
}
