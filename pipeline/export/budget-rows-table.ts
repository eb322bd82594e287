import type { DocumentResult } from '../../schemas/result.js';
import type { BudgetRow } from '../../schemas/slutrapport.js';
import type { Column } from './csv-table.js';
import { DOCUMENT_ID_DESCRIPTION } from './documents-table.js';

export interface BudgetRowsRow {
  documentId: number;
  result: DocumentResult;
  interventionName: string | null;
  /** 1-based, in the order of the report's 7.2 table. */
  number: number;
  row: BudgetRow;
}

/** The cost rows of each slutrapport's 7.2 table (blank rows too, with empty amounts). */
export function budgetRowsOf(result: DocumentResult, documentId: number): BudgetRowsRow[] {
  if (result.kind !== 'slutrapport' || result.record === null) return [];
  const interventionName = result.record.intervention.name;
  return result.record.budget.rows.map((row, index) => ({ documentId, result, interventionName, number: index + 1, row }));
}

/** budget_rows.csv. */
export const BUDGET_ROW_COLUMNS: readonly Column<BudgetRowsRow>[] = [
  { name: 'document_id', type: 'integer', description: DOCUMENT_ID_DESCRIPTION, value: ({ documentId }) => documentId },
  { name: 'document_path', type: 'text', description: 'The document', value: ({ result }) => result.source.path },
  { name: 'document_sha256', type: 'text', description: "The document's SHA-256", value: ({ result }) => result.source.sha256 },
  { name: 'intervention_name', type: 'text', description: 'Insatsens namn', value: ({ interventionName }) => interventionName },
  { name: 'row_number', type: 'integer', description: "1-based, in the order of the report's 7.2 table", value: ({ number }) => number },
  { name: 'category', type: 'text', description: 'Kostnadsslag as written', value: ({ row }) => row.category },
  { name: 'note', type: 'text', description: 'What was written under the category', value: ({ row }) => row.note },
  { name: 'budget_sek', type: 'integer', description: 'Budget in whole kronor', value: ({ row }) => row.budget?.sek ?? null },
  {
    name: 'budget_unit',
    type: 'text',
    description: 'The unit the budget was written in (kr, tkr, mkr): also its precision',
    value: ({ row }) => row.budget?.unit ?? null,
  },
  {
    name: 'budget_text',
    type: 'text',
    description: 'The budget as written; also a cell that is no amount ("ca 950 000", "se bilaga"), budget_sek then empty',
    value: ({ row }) => row.budget?.text ?? row.unreadFigures?.budget ?? null,
  },
  { name: 'outcome_sek', type: 'integer', description: 'Utfall in whole kronor', value: ({ row }) => row.outcome?.sek ?? null },
  {
    name: 'outcome_unit',
    type: 'text',
    description: 'The unit the utfall was written in (kr, tkr, mkr): also its precision',
    value: ({ row }) => row.outcome?.unit ?? null,
  },
  {
    name: 'outcome_text',
    type: 'text',
    description: 'The utfall as written; also a cell that is no amount ("ca 950 000", "se bilaga"), outcome_sek then empty',
    value: ({ row }) => row.outcome?.text ?? row.unreadFigures?.outcome ?? null,
  },
];
