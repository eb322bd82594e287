import { z } from 'zod';
import { Evidence, Severity } from './common.js';
import { type DocumentRuleId, FINDING_DATA } from './finding-data.js';

/** A finding of one rule, its data held to that rule's schema. */
function findingOf<Id extends DocumentRuleId>(ruleId: Id) {
  return z.object({
    /** From docs/rules.md. */
    ruleId: z.literal(ruleId),
    severity: Severity,
    /** For people, built from `data` (English today). */
    message: z.string(),
    /** At least one place the finding rests on. */
    evidence: z.array(Evidence).min(1),
    /** Its figures, subject and quoted wording, for programs (schemas/finding-data.ts). */
    data: FINDING_DATA[ruleId],
  });
}

/** A finding about one document (contract "Finding"): which rule, how bad, what and where, as words and as data. */
export const Finding = z.discriminatedUnion('ruleId', [
  findingOf('outcome-total-mismatch'),
  findingOf('budget-total-mismatch'),
  findingOf('budget-exceeds-granted'),
  findingOf('outcome-zero-with-budget'),
  findingOf('outcome-exceeds-budget'),
  findingOf('budget-deviation-mismatch'),
  findingOf('funding-split-mismatch'),
  findingOf('gender-sum-mismatch'),
  findingOf('aggregate-mismatch'),
  findingOf('percentage-mismatch'),
  findingOf('count-percentage-mismatch'),
  findingOf('invalid-date'),
  findingOf('period-reversed'),
  findingOf('period-mismatch'),
  findingOf('late-report'),
  findingOf('empty-required-section'),
  findingOf('checklist-unanswered'),
  findingOf('unsigned-report'),
  findingOf('personal-identity-number'),
  findingOf('balance-sheet-mismatch'),
  findingOf('statement-sum-mismatch'),
  findingOf('equity-movement-mismatch'),
  findingOf('narrative-statement-mismatch'),
  findingOf('operating-deviation-mismatch'),
  findingOf('member-contribution-split'),
  findingOf('unread-figure'),
]);
export type Finding = z.infer<typeof Finding>;

/**
 * What makes two findings one defect: the rule and the data, less the document's wording (every
 * `text`). The same figures about the same subject, quoted twice in slightly different words, give
 * one key; a finding's place is in its evidence, not in its data.
 */
export function defectKey(finding: { ruleId: string; data: unknown }): string {
  return JSON.stringify([finding.ruleId, withoutWording(finding.data)]);
}

function withoutWording(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutWording);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'text')
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, item]: [string, unknown]) => [key, withoutWording(item)]),
  );
}
