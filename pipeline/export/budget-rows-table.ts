import type { Money } from '../../schemas/common.js';
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
  /** The subtotal whose rows include this one ("Summa personal"), as written; null when none does. */
  subtotal: string | null;
}

/** The cost rows of each slutrapport's 7.2 table (blank rows too, with empty amounts). */
export function budgetRowsOf(result: DocumentResult, documentId: number): BudgetRowsRow[] {
  if (result.kind !== 'slutrapport' || result.record === null) return [];
  const { intervention, budget } = result.record;
  const subtotalOf = (index: number): string | null =>
    budget.subtotals?.find(({ firstRow, rowCount }) => index >= firstRow && index < firstRow + rowCount)?.label ?? null;
  return budget.rows.map((row, index) => ({ documentId, result, interventionName: intervention.name, number: index + 1, row, subtotal: subtotalOf(index) }));
}

const FIGURE_NAME = { budget: { title: 'Budget', word: 'budget' }, outcome: { title: 'Utfall', word: 'utfall' } } as const;

/** A figure's three columns: its kronor, the unit it was written in, and its text (also a cell that is no amount). */
export function figureColumns<Row>(column: 'budget' | 'outcome', figure: (row: Row) => { money: Money | null; unread: string | undefined }): Column<Row>[] {
  const { title, word } = FIGURE_NAME[column];
  return [
    { name: `${column}_sek`, type: 'integer', description: `${title} in whole kronor`, value: (row) => figure(row).money?.sek ?? null },
    {
      name: `${column}_unit`,
      type: 'text',
      description: `The unit the ${word} was written in (kr, tkr, mkr): also its precision`,
      value: (row) => figure(row).money?.unit ?? null,
    },
    {
      name: `${column}_text`,
      type: 'text',
      description: `The ${word} as written; also a cell that is no amount ("ca 950 000", "se bilaga"), ${column}_sek then empty`,
      value: (row) => {
        const { money, unread } = figure(row);
        return money?.text ?? unread ?? null;
      },
    },
  ];
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
  {
    name: 'subtotal',
    type: 'text',
    description: 'The subtotal row that closes this row\'s group ("Summa personal"), as written; empty where none does',
    value: ({ subtotal }) => subtotal,
  },
  ...figureColumns<BudgetRowsRow>('budget', ({ row }) => ({ money: row.budget, unread: row.unreadFigures?.budget })),
  ...figureColumns<BudgetRowsRow>('outcome', ({ row }) => ({ money: row.outcome, unread: row.unreadFigures?.outcome })),
  {
    name: 'deviation_sek',
    type: 'integer',
    description: 'Avvikelse ("Avvikelse", "Differens", "Kvar") in whole kronor, with the sign as written; empty where the table has no such column',
    value: ({ row }) => row.deviation?.sek ?? null,
  },
  { name: 'deviation_text', type: 'text', description: 'The avvikelse as written', value: ({ row }) => row.deviation?.text ?? null },
  {
    name: 'spent_percent',
    type: 'number',
    description: 'The utfall as a share of the budget in per cent, as a "Förbrukat %" column writes it; empty where the table has none',
    value: ({ row }) => row.spentShare?.percent ?? null,
  },
];
