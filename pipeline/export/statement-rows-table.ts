import type { ArsredovisningRecord, StatementKind } from '../../schemas/arsredovisning.js';
import type { Money } from '../../schemas/common.js';
import type { DocumentResult } from '../../schemas/result.js';
import type { Column } from './csv-table.js';
import { DOCUMENT_ID_DESCRIPTION } from './documents-table.js';

type StatementColumn = 'current' | 'previous' | 'budget' | 'outcome' | 'deviation' | 'spentShare';

export interface StatementRowsRow {
  documentId: number;
  result: DocumentResult;
  record: ArsredovisningRecord;
  statement: StatementKind;
  rowNumber: number;
  label: string;
  note: string | null;
  column: StatementColumn;
  year: number | null;
  /** Null for a cell whose text is no amount ("ca 1 700", "se not 4"): `text` holds it as written. */
  amount: Money | null;
  /** A driftredovisning's share of the budget spent ("Förbrukat %"), in per cent; null for an amount. */
  percent: number | null;
  text: string;
  unitText: string | null;
}

/** The year a column heading states ("2021", "2021-12-31", "Budget 2021"), else the report's year (less one for last year's). */
function yearOf(heading: string | null, fallback: number | null): number | null {
  const written = heading?.match(/(?<!\d)((?:19|20)\d{2})(?!\d)/u)?.[1];
  return written ? Number(written) : fallback;
}

/**
 * Every figure of every statement of an annual report: one row per statement row and column with an
 * amount, or with a cell the reader could not take as one (kept as written, its kronor empty).
 */
export function statementRowsOf(result: DocumentResult, documentId: number): StatementRowsRow[] {
  if (result.status !== 'ok' || result.kind !== 'arsredovisning') return [];
  const record = result.record;
  const rows: StatementRowsRow[] = [];
  const base = { documentId, result, record };
  for (const statement of ['income', 'balance', 'cashFlow'] as const) {
    const found = record.statements[statement];
    if (!found) continue;
    const years = {
      current: yearOf(found.currentColumn, record.year),
      previous: yearOf(found.previousColumn, record.year === null ? null : record.year - 1),
    };
    found.rows.forEach((row, index) => {
      for (const column of ['current', 'previous'] as const) {
        const amount = row[column];
        const text = amount?.text ?? row.unreadFigures?.[column];
        if (text !== undefined)
          rows.push({
            ...base,
            statement,
            rowNumber: index + 1,
            label: row.label,
            note: row.note,
            column,
            year: years[column],
            amount,
            percent: null,
            text,
            unitText: found.unitText,
          });
      }
    });
  }
  const operating = record.statements.operating;
  operating?.rows.forEach((row, index) => {
    const ofRow = { ...base, statement: 'operating' as const, rowNumber: index + 1, label: row.label, note: null, year: record.year };
    for (const column of ['budget', 'outcome', 'deviation'] as const) {
      const amount = row[column];
      const text = amount?.text ?? row.unreadFigures?.[column];
      if (text !== undefined) rows.push({ ...ofRow, column, amount, percent: null, text, unitText: operating.unitText });
    }
    // A share is no amount and has no unit: its per cent in `percent`.
    if (row.spentShare) rows.push({ ...ofRow, column: 'spentShare', amount: null, percent: row.spentShare.percent, text: row.spentShare.text, unitText: null });
  });
  return rows;
}

/** statement_rows.csv: the statements in long form, one figure a row. */
export const STATEMENT_ROW_COLUMNS: readonly Column<StatementRowsRow>[] = [
  { name: 'document_id', type: 'integer', description: DOCUMENT_ID_DESCRIPTION, value: ({ documentId }) => documentId },
  { name: 'document_path', type: 'text', description: 'The document', value: ({ result }) => result.source.path },
  { name: 'organisation', type: 'text', description: 'The samordningsförbund', value: ({ record }) => record.organisation },
  { name: 'report_year', type: 'integer', description: "The report's räkenskapsår", value: ({ record }) => record.year },
  {
    name: 'statement',
    type: 'text',
    description: 'income (resultaträkning), balance (balansräkning), cashFlow (kassaflödesanalys) or operating (driftredovisning)',
    value: ({ statement }) => statement,
  },
  {
    name: 'row_number',
    type: 'integer',
    description: "1-based, in the statement's order (rows without figures counted too)",
    value: ({ rowNumber }) => rowNumber,
  },
  { name: 'label', type: 'text', description: 'The row label as written', value: ({ label }) => label },
  { name: 'note', type: 'text', description: 'The note the row refers to (Not), as written', value: ({ note }) => note },
  {
    name: 'column',
    type: 'text',
    description:
      "current (this year) or previous (last year); the driftredovisning's budget, outcome (utfall), deviation (avvikelse) or spentShare (the utfall's share of the budget, in percent)",
    value: ({ column }) => column,
  },
  {
    name: 'year',
    type: 'integer',
    description: "The year the figure is for: from the column heading, else the report's year (less one for last year's)",
    value: ({ year }) => year,
  },
  {
    name: 'amount_sek',
    type: 'integer',
    description: 'The figure in whole kronor (a blank or dash cell in a row with figures is 0); empty for a cell that is no amount',
    value: ({ amount }) => amount?.sek ?? null,
  },
  {
    name: 'unit',
    type: 'text',
    description: 'The unit the figure was written in (kr, tkr, mkr): also its precision; empty for a cell that is no amount',
    value: ({ amount }) => amount?.unit ?? null,
  },
  {
    name: 'unit_text',
    type: 'text',
    description: 'The unit as the statement writes it ("Belopp i tkr"); empty when it relies on the report\'s default',
    value: ({ unitText }) => unitText,
  },
  {
    name: 'amount_text',
    type: 'text',
    description: 'The figure as written; also a cell that is no amount ("ca 1 700", "se not 4"), amount_sek then empty',
    value: ({ text }) => text,
  },
  {
    name: 'percent',
    type: 'number',
    description: 'For column spentShare: the share in per cent (94.4 for "94,4 %"), amount_sek then empty; empty for an amount',
    value: ({ percent }) => percent,
  },
];
