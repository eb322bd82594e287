import type { ArsredovisningRecord } from '../../schemas/arsredovisning.js';
import type { SlutrapportRecord } from '../../schemas/slutrapport.js';
import { statedOrSummed } from './budget-sums.js';
import { evidenceFor, fieldEvidence } from './evidence.js';
import { formatKr, formatMoney } from './format.js';
import type { FindingDraft, Rule, RuleInput } from './rule.js';

const ID = 'outcome-zero-with-budget';

export const outcomeZeroWithBudget: Rule = {
  meta: {
    id: ID,
    defaultSeverity: 'warning',
    description: 'A report whose total utfall is 0 or blank while the budget or granted amount is above 0.',
  },
  check: (input) => (input.kind === 'slutrapport' ? checkReport(input, input.record) : checkInterventions(input, input.record)),
};

function checkReport(input: RuleInput, record: SlutrapportRecord): FindingDraft[] {
  const budget = statedOrSummed(record, 'budget');
  const granted = record.intervention.granted;
  const against: string[] = [];
  if (budget && budget.money.sek > 0) against.push(`the budget is ${formatKr(budget.money.sek)}`);
  if (granted && granted.sek > 0) against.push(`${formatKr(granted.sek)} was granted`);
  if (against.length === 0) return [];
  const outcome = record.budget.total.outcome;
  const anyRowOutcome = record.budget.rows.some((row) => row.outcome !== null);
  let what: string;
  if (outcome) {
    if (outcome.sek !== 0) return [];
    what = `Summa utfall is ${formatKr(0)}`;
  } else if (!anyRowOutcome) {
    what = 'No utfall is filled in (the Summa row and every cost row are blank)';
  } else {
    return [];
  }
  return [
    {
      ruleId: ID,
      message: `${what} while ${against.join(' and ')}`,
      evidence: evidenceFor(
        input,
        [outcome?.evidence, record.budget.total.evidence, ...(budget?.evidence ?? []), granted?.evidence, fieldEvidence(input, 'intervention.granted')],
        'Summa',
      ),
    },
  ];
}

/** In an annual report a missing "Utfall ekonomi" is absent, not zero: only a written 0 counts. */
function checkInterventions(input: RuleInput, record: ArsredovisningRecord): FindingDraft[] {
  return record.interventions.flatMap((intervention) => {
    const { budget, outcome } = intervention;
    if (!budget || !outcome || outcome.sek !== 0 || budget.sek <= 0) return [];
    return [
      {
        ruleId: ID,
        message: `${intervention.name}: utfall is ${formatMoney(outcome)} against a budget of ${formatMoney(budget)}`,
        evidence: evidenceFor(input, [outcome.evidence, budget.evidence, intervention.evidence]),
      },
    ];
  });
}
