import type { DocumentResult } from '../../schemas/result.js';
import type { BudgetYear } from '../../schemas/slutrapport.js';
import { BUDGET_ROW_COLUMNS, type BudgetRowsRow, budgetRowsOf, figureColumns } from './budget-rows-table.js';
import type { Column } from './csv-table.js';

export interface BudgetYearsRow extends BudgetRowsRow {
  year: BudgetYear;
}

/** Each cost row's figures per year, where a slutrapport's cost table gives a column per year. */
export function budgetYearsOf(result: DocumentResult, documentId: number): BudgetYearsRow[] {
  return budgetRowsOf(result, documentId).flatMap((row) => (row.row.years ?? []).map((year) => ({ ...row, year })));
}

/** The columns that say which cost row a year's figures are of: budget_rows.csv's, up to its row_number. */
const ROW_KEY = ['document_id', 'document_path', 'document_sha256', 'intervention_name', 'row_number', 'category'];

/** budget_years.csv. */
export const BUDGET_YEAR_COLUMNS: readonly Column<BudgetYearsRow>[] = [
  ...BUDGET_ROW_COLUMNS.filter((column) => ROW_KEY.includes(column.name)),
  { name: 'year', type: 'integer', description: "The year the column's heading names (Budget 2021, Utfall 2021)", value: ({ year }) => year.year },
  ...figureColumns<BudgetYearsRow>('budget', ({ year }) => ({ money: year.budget, unread: year.unreadFigures?.budget })),
  ...figureColumns<BudgetYearsRow>('outcome', ({ year }) => ({ money: year.outcome, unread: year.unreadFigures?.outcome })),
];
