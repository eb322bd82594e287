import type { ColumnTotalData as Data } from '../../schemas/finding-data.js';
import { type BudgetColumn, COLUMN_NAME, columnSum } from './budget-sums.js';
import { evidenceFor, writtenMoney } from './evidence.js';
import { formatKr, sumToleranceText } from './format.js';
import type { FindingDraft, Messages, RuleInput } from '../rule-engine/rule.js';
import { reconciles, sumTolerance } from './tolerance.js';

/** Shared by outcome-total-mismatch and budget-total-mismatch: the Summa row against its column. */
export function checkColumnTotal(input: RuleInput, column: BudgetColumn): FindingDraft<Data>[] {
  if (input.kind !== 'slutrapport') return [];
  const record = input.record;
  const stated = record.budget.total[column];
  const sum = columnSum(record, column);
  if (!stated || !sum) return [];
  const tolerance = sumTolerance(sum.figures, stated);
  const difference = stated.sek - sum.sek;
  if (reconciles(difference, tolerance)) return [];
  return [
    {
      data: {
        summa: writtenMoney(stated),
        actual: stated.sek,
        expected: sum.sek,
        difference,
        tolerance: tolerance.sek,
        unit: 'kr',
        rounding: tolerance.rounding,
      },
      evidence: evidenceFor(
        input,
        [stated.evidence, record.budget.total.evidence, ...sum.rows.flatMap((row) => [row[column]?.evidence, row.evidence])],
        'Summa',
      ),
    },
  ];
}

const COLUMN_ROWS_SV: Record<BudgetColumn, string> = { budget: 'Budgetraderna', outcome: 'Utfallsraderna' };

/** "Utfall rows add up to 1 250 000 kr but the Summa row says 0 kr (difference 1 250 000 kr; …)". */
export function columnTotalMessages(column: BudgetColumn): Messages<Data> {
  return {
    sv: (data) =>
      `${COLUMN_ROWS_SV[column]} summerar till ${formatKr(data.expected, 'sv')} men Summa-raden anger ${formatKr(data.actual, 'sv')} ` +
      `(skillnad ${formatKr(Math.abs(data.difference), 'sv')}; ${sumToleranceText(data.tolerance, data.rounding, 'sv')})`,
    en: (data) =>
      `${COLUMN_NAME[column]} rows add up to ${formatKr(data.expected)} but the Summa row says ${formatKr(data.actual)} ` +
      `(difference ${formatKr(Math.abs(data.difference))}; ${sumToleranceText(data.tolerance, data.rounding)})`,
  };
}
