import type { Money } from '../../schemas/common.js';
import type { DocumentResult } from '../../schemas/result.js';
import type { FundingRow } from '../../schemas/slutrapport.js';
import type { Column } from './csv-table.js';
import { DOCUMENT_ID_DESCRIPTION } from './documents-table.js';

export interface FundingPartsRow {
  documentId: number;
  result: DocumentResult;
  interventionName: string | null;
  /** 1-based, in the order the tables stand in the report. */
  table: number;
  heading: string | null;
  /** 1-based, in the table's order; the Summa row after the others. */
  number: number;
  row: FundingRow;
  summa: boolean;
  /** The column's heading as written, a funder's or the total's. */
  column: string;
  total: boolean;
  money: Money | null;
  unread: string | null;
}

/**
 * Every figure of each slutrapport's cost tables split by funder, one a row: each row's part per
 * funder, then its total, the Summa row last; blank cells too, with empty amounts.
 */
export function fundingPartsOf(result: DocumentResult, documentId: number): FundingPartsRow[] {
  if (result.kind !== 'slutrapport' || result.record === null) return [];
  const interventionName = result.record.intervention.name;
  return (result.record.fundingTables ?? []).flatMap((table, tableIndex) =>
    [...table.rows, ...(table.summa ? [table.summa] : [])].flatMap((row, rowIndex) => {
      const unreadIn = (column: string): string | null => row.unreadFigures?.find((unread) => unread.column === column)?.text ?? null;
      const at = { documentId, result, interventionName, table: tableIndex + 1, heading: table.heading, number: rowIndex + 1, row, summa: row === table.summa };
      return [
        ...table.funders.map((funder, index): FundingPartsRow => ({
          ...at,
          column: funder,
          total: false,
          money: row.parts[index] ?? null,
          unread: unreadIn(funder),
        })),
        ...(table.totalColumn === null ? [] : [{ ...at, column: table.totalColumn, total: true, money: row.total, unread: unreadIn(table.totalColumn) }]),
      ];
    }),
  );
}

/** funding_parts.csv. */
export const FUNDING_PART_COLUMNS: readonly Column<FundingPartsRow>[] = [
  { name: 'document_id', type: 'integer', description: DOCUMENT_ID_DESCRIPTION, value: ({ documentId }) => documentId },
  { name: 'document_path', type: 'text', description: 'The document', value: ({ result }) => result.source.path },
  { name: 'document_sha256', type: 'text', description: "The document's SHA-256", value: ({ result }) => result.source.sha256 },
  { name: 'intervention_name', type: 'text', description: 'Insatsens namn', value: ({ interventionName }) => interventionName },
  { name: 'table_number', type: 'integer', description: 'The table split by funder, 1-based in the order of the report', value: ({ table }) => table },
  { name: 'table_heading', type: 'text', description: 'The line right over the table, as written; empty where none', value: ({ heading }) => heading },
  { name: 'row_number', type: 'integer', description: "1-based, in the table's order, the Summa row last", value: ({ number }) => number },
  { name: 'row_label', type: 'text', description: 'The row\'s label as written ("Personal", "Summa")', value: ({ row }) => row.label },
  { name: 'is_summa', type: 'boolean', description: "Whether the row is the table's Summa row", value: ({ summa }) => summa },
  {
    name: 'column',
    type: 'text',
    description: 'The column\'s heading as written: a funder\'s ("Samordningsförbundet") or the total\'s ("Totalt")',
    value: ({ column }) => column,
  },
  { name: 'is_total', type: 'boolean', description: "Whether the column is the row's total rather than a funder's part", value: ({ total }) => total },
  {
    name: 'amount_sek',
    type: 'integer',
    description: 'The figure in whole kronor; empty where the cell is blank or holds no amount',
    value: ({ money }) => money?.sek ?? null,
  },
  {
    name: 'unit',
    type: 'text',
    description: 'The unit the figure was written in (kr, tkr, mkr): also its precision',
    value: ({ money }) => money?.unit ?? null,
  },
  {
    name: 'text',
    type: 'text',
    description: 'The figure as written; also a cell that is no amount ("se bilaga"), amount_sek then empty',
    value: ({ money, unread }) => money?.text ?? unread,
  },
];
