import type { ArsredovisningRecord } from '../../schemas/arsredovisning.js';
import type { OutcomeZeroWithBudgetData } from '../../schemas/finding-data.js';
import type { BudgetRow, SlutrapportRecord } from '../../schemas/slutrapport.js';
import { statedOrSummed } from '../rule-helpers/budget-sums.js';
import { evidenceFor, fieldEvidence, writtenMoney } from '../rule-helpers/evidence.js';
import { formatKr, formatMoney } from '../rule-helpers/format.js';
import type { FindingDraft, Rule, RuleInput } from '../rule-engine/rule.js';

type Draft = FindingDraft<OutcomeZeroWithBudgetData>;

export const outcomeZeroWithBudget: Rule<'outcome-zero-with-budget'> = {
  meta: {
    id: 'outcome-zero-with-budget',
    defaultSeverity: 'warning',
    title: { sv: 'Utfall 0 eller tomt trots budget', en: 'Utfall zero or blank despite a budget' },
    description: 'A report whose total utfall is 0 or blank while the budget or granted amount is above 0.',
    messages: {
      sv(data) {
        if (data.subject === 'appendix') {
          return `${data.intervention}: utfallet är ${formatMoney(data.outcome, 'sv')} mot en budget på ${formatMoney(data.budget, 'sv')}`;
        }
        const what = data.outcome
          ? `Summa utfall är ${formatKr(data.outcome.sek, 'sv')}`
          : 'Inget utfall är ifyllt (Summa-raden och alla kostnadsrader är tomma)';
        const against = [
          ...(data.budget ? [`budgeten är ${formatKr(data.budget.sek, 'sv')}`] : []),
          ...(data.granted ? [`${formatKr(data.granted.sek, 'sv')} har beviljats`] : []),
        ];
        return `${what} medan ${against.join(' och ')}`;
      },
      en(data) {
        if (data.subject === 'appendix') {
          return `${data.intervention}: utfall is ${formatMoney(data.outcome)} against a budget of ${formatMoney(data.budget)}`;
        }
        const what = data.outcome ? `Summa utfall is ${formatKr(data.outcome.sek)}` : 'No utfall is filled in (the Summa row and every cost row are blank)';
        const against = [
          ...(data.budget ? [`the budget is ${formatKr(data.budget.sek)}`] : []),
          ...(data.granted ? [`${formatKr(data.granted.sek)} was granted`] : []),
        ];
        return `${what} while ${against.join(' and ')}`;
      },
    },
  },
  check: (input) => (input.kind === 'slutrapport' ? checkReport(input, input.record) : checkInterventions(input, input.record)),
};

function hasOutcome(row: Pick<BudgetRow, 'outcome' | 'unreadFigures' | 'years'>): boolean {
  const filled = (entry: Pick<BudgetRow, 'outcome' | 'unreadFigures'>): boolean => entry.outcome !== null || entry.unreadFigures?.outcome !== undefined;
  return filled(row) || (row.years ?? []).some(filled);
}

function checkReport(input: RuleInput, record: SlutrapportRecord): Draft[] {
  const budget = statedOrSummed(record, 'budget');
  const granted = record.intervention.granted;
  const budgetAbove = budget && budget.money.sek > 0 ? budget.money : null;
  const grantedAbove = granted && granted.sek > 0 ? granted : null;
  if (!budgetAbove && !grantedAbove) return [];
  const { total, rows } = record.budget;
  // No cost table read (a report in prose, a table of another shape): nothing says its utfall is blank.
  if (rows.length === 0 && total.budget === null && total.outcome === null && (total.years ?? []).length === 0) return [];
  const outcome = total.outcome;
  // A row's utfall written as something other than an amount ("se bilaga", "ca 40 000"), or one year's, is filled in.
  if (outcome ? outcome.sek !== 0 : [total, ...rows].some(hasOutcome)) return [];
  return [
    {
      data: {
        subject: 'budget-total',
        outcome: outcome ? writtenMoney(outcome) : null,
        budget: budgetAbove ? writtenMoney(budgetAbove) : null,
        granted: grantedAbove ? writtenMoney(grantedAbove) : null,
      },
      evidence: evidenceFor(
        input,
        [outcome?.evidence, total.evidence, ...(budget?.evidence ?? []), granted?.evidence, fieldEvidence(input, 'intervention.granted')],
        'Summa',
      ),
    },
  ];
}

/**
 * In an annual report a missing "Utfall ekonomi" is absent, not zero: only a written 0 counts. A row
 * of a table of the insatser's money is not held to it: its 0 may be an insats that ended or had not
 * begun, beside a grant of more than the year.
 */
function checkInterventions(input: RuleInput, record: ArsredovisningRecord): Draft[] {
  return record.interventions.flatMap((intervention): Draft[] => {
    const { budget, outcome } = intervention;
    if (intervention.source === 'table' || !budget || !outcome || outcome.sek !== 0 || budget.sek <= 0) return [];
    return [
      {
        data: { subject: 'appendix', intervention: intervention.name, outcome: writtenMoney(outcome), budget: writtenMoney(budget) },
        evidence: evidenceFor(input, [outcome.evidence, budget.evidence, intervention.evidence]),
      },
    ];
  });
}
