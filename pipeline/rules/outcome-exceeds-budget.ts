import type { Evidence, Money } from '../../schemas/common.js';
import { evidenceFor } from './evidence.js';
import { formatKr, formatMoney, formatPercent } from './format.js';
import type { FindingDraft, Rule, RuleInput } from './rule.js';
import { roundingUnit } from './tolerance.js';

const ID = 'outcome-exceeds-budget';
/** docs/rules.md: more than 10 % above budget. */
const ALLOWED_OVERRUN = 0.1;

interface Pair {
  what: string;
  budget: Money;
  outcome: Money;
  evidence: (Evidence | undefined)[];
}

export const outcomeExceedsBudget: Rule = {
  meta: {
    id: ID,
    defaultSeverity: 'warning',
    description: 'Utfall is more than 10 % above budget (a cost row, the total, or an intervention).',
  },
  check: (input) => pairs(input).flatMap((pair) => check(input, pair)),
};

function pairs(input: RuleInput): Pair[] {
  if (input.kind === 'arsredovisning') {
    return input.record.interventions.flatMap((intervention) =>
      intervention.budget && intervention.outcome
        ? [{ what: intervention.name, budget: intervention.budget, outcome: intervention.outcome, evidence: [intervention.outcome.evidence, intervention.budget.evidence, intervention.evidence] }]
        : [],
    );
  }
  const { rows, total } = input.record.budget;
  const rowPairs = rows.flatMap((row) =>
    row.budget && row.outcome
      ? [{ what: row.category, budget: row.budget, outcome: row.outcome, evidence: [row.evidence, row.outcome.evidence, row.budget.evidence] }]
      : [],
  );
  const totalPair = total.budget && total.outcome
    ? [{ what: 'Summa', budget: total.budget, outcome: total.outcome, evidence: [total.evidence, total.outcome.evidence, total.budget.evidence] }]
    : [];
  return [...rowPairs, ...totalPair];
}

function check(input: RuleInput, pair: Pair): FindingDraft[] {
  const { budget, outcome } = pair;
  // Only an overrun that rounding cannot explain: the smallest outcome against the largest budget.
  const halfBudget = roundingUnit(budget) / 2;
  const halfOutcome = roundingUnit(outcome) / 2;
  const limit = (budget.sek + halfBudget) * (1 + ALLOWED_OVERRUN);
  if (outcome.sek - halfOutcome <= limit) return [];
  const overrun = outcome.sek - budget.sek;
  const percent = budget.sek > 0 ? ` (+${formatPercent((overrun / budget.sek) * 100)})` : '';
  const tolerance = halfBudget + halfOutcome > 0 ? `; allowing for rounding of ${formatKr(halfBudget + halfOutcome)}` : '';
  return [
    {
      ruleId: ID,
      message:
        `${pair.what}: utfall ${formatMoney(outcome)} is more than 10 % above the budget of ${formatMoney(budget)} ` +
        `(${formatKr(overrun)} over${percent}${tolerance})`,
      evidence: evidenceFor(input, pair.evidence, outcome.text),
    },
  ];
}
