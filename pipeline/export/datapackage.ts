/**
 * datapackage.json: the output folder's tables described as a Frictionless Data Package (v1) with a
 * Table Schema per CSV — every column's name, type, description and unit, the keys between the
 * tables, and how the files are written (dialect, encoding, the BOM) — so that R's and Python's
 * frictionless readers load them with the right types as they are.
 */
import { SCHEMA_VERSION } from '../../schemas/result.js';
import { RULES_VERSION } from '../rule-engine/registry.js';
import { BUDGET_ROW_COLUMNS } from './budget-rows-table.js';
import { BUDGET_YEAR_COLUMNS } from './budget-years-table.js';
import { FUNDING_PART_COLUMNS } from './funding-parts-table.js';
import type { Column, ColumnType, CsvDelimiter } from './csv-table.js';
import { DOCUMENT_COLUMNS } from './documents-table.js';
import { FINDING_COLUMNS } from './findings-table.js';
import { LINKED_COLUMNS } from './interventions-linked-table.js';
import { INTERVENTION_COLUMNS } from './interventions-table.js';
import { REPORT_COLUMNS } from './reports-table.js';
import { STATEMENT_ROW_COLUMNS } from './statement-rows-table.js';

const FIELD_TYPE: Record<ColumnType, string> = { text: 'string', integer: 'integer', number: 'number', date: 'date', boolean: 'boolean' };

/** Text columns may start with the CSV-injection guard; the description says so wherever it applies. */
const FORMULA_NOTE =
  " Text that would start with =, +, - or @ is written with a leading ' so that spreadsheets do not run it as a formula; strip it when exactness matters.";

interface Table {
  name: string;
  file: string;
  title: string;
  columns: readonly Column<never>[];
  primaryKey?: string[];
  /** Columns that refer to documents.csv's document_id. */
  documentKey?: boolean;
  /** Columns that refer to another table's key (beside document_id's). */
  rowOf?: { fields: string[]; resource: string };
}

export const EXPORT_TABLES: readonly Table[] = [
  {
    name: 'documents',
    file: 'documents.csv',
    title: 'One row per input document',
    columns: DOCUMENT_COLUMNS as readonly Column<never>[],
    primaryKey: ['document_id'],
  },
  {
    name: 'reports',
    file: 'reports.csv',
    title: 'One row per annual or interim report: the per-förbund, per-year (or per-period) figures',
    columns: REPORT_COLUMNS as readonly Column<never>[],
    primaryKey: ['document_id'],
    documentKey: true,
  },
  {
    name: 'statement_rows',
    file: 'statement_rows.csv',
    title: "Every figure of the annual reports' financial statements, one a row",
    columns: STATEMENT_ROW_COLUMNS as readonly Column<never>[],
    primaryKey: ['document_id', 'statement', 'row_number', 'column'],
    documentKey: true,
  },
  {
    name: 'interventions',
    file: 'interventions.csv',
    title: 'One row per intervention per document',
    columns: INTERVENTION_COLUMNS as readonly Column<never>[],
    documentKey: true,
  },
  {
    name: 'budget_rows',
    file: 'budget_rows.csv',
    title: "One row per cost row of each slutrapport's budget table (7.2)",
    columns: BUDGET_ROW_COLUMNS as readonly Column<never>[],
    primaryKey: ['document_id', 'row_number'],
    documentKey: true,
  },
  {
    name: 'budget_years',
    file: 'budget_years.csv',
    title: "Each cost row's budget and utfall per year, where a slutrapport's cost table gives a column per year",
    columns: BUDGET_YEAR_COLUMNS as readonly Column<never>[],
    primaryKey: ['document_id', 'row_number', 'year'],
    documentKey: true,
    rowOf: { fields: ['document_id', 'row_number'], resource: 'budget_rows' },
  },
  {
    name: 'funding_parts',
    file: 'funding_parts.csv',
    title: "Every figure of each slutrapport's cost tables split by funder, one a row: each funder's part and the row's total",
    columns: FUNDING_PART_COLUMNS as readonly Column<never>[],
    primaryKey: ['document_id', 'table_number', 'row_number', 'column'],
    documentKey: true,
  },
  {
    name: 'findings',
    file: 'findings.csv',
    title: "One row per finding: the documents' own, then the cross-document ones",
    columns: FINDING_COLUMNS as readonly Column<never>[],
    documentKey: true,
  },
  {
    name: 'interventions_linked',
    file: 'interventions_linked.csv',
    title: 'One row per intervention of the run, with every document that describes it',
    columns: LINKED_COLUMNS as readonly Column<never>[],
    primaryKey: ['link_id'],
  },
];

/** The unit of a column, from its name: amounts in whole kronor, counts of persons. */
function unitOf(name: string): string | undefined {
  if (name.endsWith('_sek')) return 'SEK';
  if (/^participants_(?:total|women|men|other)$/u.test(name)) return 'persons';
  if (name === 'bytes') return 'bytes';
  return undefined;
}

function field(column: Column<never>): Record<string, unknown> {
  const unit = unitOf(column.name);
  return {
    name: column.name,
    type: FIELD_TYPE[column.type],
    ...(column.type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
    ...(column.type === 'date' ? { format: 'default' } : {}),
    description: column.type === 'text' ? `${column.description}.${FORMULA_NOTE}` : `${column.description}.`,
    ...(unit ? { unit } : {}),
  };
}

export function dataPackage(delimiter: CsvDelimiter): Record<string, unknown> {
  return {
    profile: 'tabular-data-package',
    name: 'rapportkoll-export',
    title: 'rapportkoll extract --out',
    description:
      'Records and findings rapportkoll extracted from samordningsförbund reports. results.jsonl holds each document whole (docs/contract.md); the CSVs are its tables. An empty cell is a value the document does not give, never 0.',
    schemaVersion: SCHEMA_VERSION,
    rulesVersion: RULES_VERSION,
    resources: EXPORT_TABLES.map((table) => ({
      profile: 'tabular-data-resource',
      name: table.name,
      path: table.file,
      title: table.title,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      description: 'UTF-8 with a byte order mark (utf-8-sig), a header row, RFC 4180 quoting, \\n line ends.',
      dialect: { delimiter, doubleQuote: true, quoteChar: '"', lineTerminator: '\n', header: true, skipInitialSpace: false, caseSensitiveHeader: true },
      schema: {
        fields: table.columns.map(field),
        missingValues: [''],
        ...(table.primaryKey ? { primaryKey: table.primaryKey } : {}),
        ...foreignKeysOf(table),
      },
    })),
  };
}

function foreignKeysOf(table: Table): { foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[] } {
  const keys = [
    ...(table.documentKey ? [{ fields: ['document_id'], reference: { resource: 'documents', fields: ['document_id'] } }] : []),
    ...(table.rowOf ? [{ fields: table.rowOf.fields, reference: { resource: table.rowOf.resource, fields: table.rowOf.fields } }] : []),
  ];
  return keys.length > 0 ? { foreignKeys: keys } : {};
}
