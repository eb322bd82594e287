import { aggregateMismatch } from '../rules/aggregate-mismatch.js';
import { budgetDeviationMismatch } from '../rules/budget-deviation-mismatch.js';
import { budgetExceedsGranted } from '../rules/budget-exceeds-granted.js';
import { budgetTotalMismatch } from '../rules/budget-total-mismatch.js';
import { fundingSplitMismatch } from '../rules/funding-split-mismatch.js';
import { countPercentageMismatch } from '../rules/count-percentage-mismatch.js';
import { checklistUnanswered } from '../rules/checklist-unanswered.js';
import { emptyRequiredSection } from '../rules/empty-required-section.js';
import { genderSumMismatch } from '../rules/gender-sum-mismatch.js';
import { invalidDate } from '../rules/invalid-date.js';
import { lateReport } from '../rules/late-report.js';
import { outcomeExceedsBudget } from '../rules/outcome-exceeds-budget.js';
import { outcomeTotalMismatch } from '../rules/outcome-total-mismatch.js';
import { outcomeZeroWithBudget } from '../rules/outcome-zero-with-budget.js';
import { percentageMismatch } from '../rules/percentage-mismatch.js';
import { periodMismatch } from '../rules/period-mismatch.js';
import { periodReversed } from '../rules/period-reversed.js';
import { personalIdentityNumber } from '../rules/personal-identity-number.js';
import { balanceSheetMismatch } from '../rules/balance-sheet-mismatch.js';
import { equityMovementMismatch } from '../rules/equity-movement-mismatch.js';
import { memberContributionSplit } from '../rules/member-contribution-split.js';
import { narrativeStatementMismatch } from '../rules/narrative-statement-mismatch.js';
import { operatingDeviationMismatch } from '../rules/operating-deviation-mismatch.js';
import { statementSumMismatch } from '../rules/statement-sum-mismatch.js';
import { unreadFigure } from '../rules/unread-figure.js';
import type { Lang } from '../../schemas/config.js';
import type { DocumentRuleId, FindingData } from '../../schemas/finding-data.js';
import type { Rule } from './rule.js';
import { unsignedReport } from '../rules/unsigned-report.js';

/**
 * The version of the rules, recorded in every result (`rulesVersion`): raise it whenever what the
 * rules find or say changes — a rule added or removed, a default severity, what a rule flags, its
 * data or its message — so results made before can be told apart and made again (issue 14's
 * `reprocess`, `extract --resume`). It covers the run rules (run-rules.ts) too.
 * tests/rules/rules-version.test.ts fails when the catalogue or a data schema changes without it.
 */
export const RULES_VERSION = 26;

/** Every rule, in the order of docs/rules.md; findings come out in this order. */
export const RULES: readonly Rule[] = [
  outcomeTotalMismatch,
  budgetTotalMismatch,
  budgetExceedsGranted,
  outcomeZeroWithBudget,
  outcomeExceedsBudget,
  budgetDeviationMismatch,
  fundingSplitMismatch,
  genderSumMismatch,
  aggregateMismatch,
  percentageMismatch,
  countPercentageMismatch,
  invalidDate,
  periodReversed,
  periodMismatch,
  lateReport,
  emptyRequiredSection,
  checklistUnanswered,
  unsignedReport,
  personalIdentityNumber,
  balanceSheetMismatch,
  statementSumMismatch,
  equityMovementMismatch,
  narrativeStatementMismatch,
  operatingDeviationMismatch,
  memberContributionSplit,
  unreadFigure,
];

/** A finding's message built again from its data, as its rule words it in `lang`: what the finding carries as `message`. */
export function messageOf(finding: { ruleId: DocumentRuleId; data: FindingData<DocumentRuleId> }, lang: Lang): string {
  const rule = RULES.find((candidate) => candidate.meta.id === finding.ruleId);
  if (!rule) throw new Error(`no rule has the id ${finding.ruleId}`);
  return rule.meta.messages[lang](finding.data);
}
