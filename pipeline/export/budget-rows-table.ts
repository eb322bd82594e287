import type { DocumentResult } from '../../schemas/result.js';
import type { BudgetRow } from '../../schemas/slutrapport.js';
import type { Column } from './csv-table.js';

export interface BudgetRowsRow {
  result: DocumentResult;
  interventionName: string | null;
  /** 1-based, in the order of the report's 7.2 table. */
  number: number;
  row: BudgetRow;
}

/** The cost rows of each slutrapport's 7.2 table (blank rows too, with empty amounts). */
export function budgetRowsOf(result: DocumentResult): BudgetRowsRow[] {
  if (result.kind !== 'slutrapport' || result.record === null) return [];
  const interventionName = result.record.intervention.name;
  return result.record.budget.rows.map((row, index) => ({ result, interventionName, number: index + 1, row }));
}

/** budget_rows.csv. */
export const BUDGET_ROW_COLUMNS: readonly Column<BudgetRowsRow>[] = [
  { name: 'document_path', type: 'text', value: ({ result }) => result.source.path },
  { name: 'document_sha256', type: 'text', value: ({ result }) => result.source.sha256 },
  { name: 'intervention_name', type: 'text', value: ({ interventionName }) => interventionName },
  { name: 'row_number', type: 'integer', value: ({ number }) => number },
  { name: 'category', type: 'text', value: ({ row }) => row.category },
  { name: 'note', type: 'text', value: ({ row }) => row.note },
  { name: 'budget_sek', type: 'integer', value: ({ row }) => row.budget?.sek ?? null },
  { name: 'budget_unit', type: 'text', value: ({ row }) => row.budget?.unit ?? null },
  { name: 'budget_text', type: 'text', value: ({ row }) => row.budget?.text ?? null },
  { name: 'outcome_sek', type: 'integer', value: ({ row }) => row.outcome?.sek ?? null },
  { name: 'outcome_unit', type: 'text', value: ({ row }) => row.outcome?.unit ?? null },
  { name: 'outcome_text', type: 'text', value: ({ row }) => row.outcome?.text ?? null },
];
