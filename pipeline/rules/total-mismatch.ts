import { type BudgetColumn, COLUMN_NAME, columnSum } from './budget-sums.js';
import { evidenceFor } from './evidence.js';
import { formatKr } from './format.js';
import type { FindingDraft, RuleInput } from './rule.js';
import { reconciles, sumTolerance } from './tolerance.js';

/** Shared by outcome-total-mismatch and budget-total-mismatch: the Summa row against its column. */
export function checkColumnTotal(input: RuleInput, column: BudgetColumn, ruleId: string): FindingDraft[] {
  if (input.kind !== 'slutrapport') return [];
  const record = input.record;
  const stated = record.budget.total[column];
  const sum = columnSum(record, column);
  if (!stated || !sum) return [];
  const tolerance = sumTolerance(sum.figures, stated);
  const difference = sum.sek - stated.sek;
  if (reconciles(difference, tolerance)) return [];
  const name = COLUMN_NAME[column];
  return [
    {
      ruleId,
      message:
        `${name} rows add up to ${formatKr(sum.sek)} but the Summa row says ${formatKr(stated.sek)} ` +
        `(difference ${formatKr(Math.abs(difference))}; ${tolerance.explanation})`,
      evidence: evidenceFor(
        input,
        [stated.evidence, record.budget.total.evidence, ...sum.rows.flatMap((row) => [row[column]?.evidence, row.evidence])],
        'Summa',
      ),
    },
  ];
}
