/**
 * Reading an `extract --out` folder back as a researcher would: the CSVs through a real CSV parser
 * (csv-parse) with each column's type applied, results.jsonl held to the contract.
 */
import { parse } from 'csv-parse/sync';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DocumentResult } from '../../../schemas/result.js';

export const TABLES = [
  'documents.csv',
  'interventions.csv',
  'budget_rows.csv',
  'budget_years.csv',
  'funding_parts.csv',
  'findings.csv',
  'interventions_linked.csv',
  'reports.csv',
  'statement_rows.csv',
] as const;
export type TableName = (typeof TABLES)[number];
/** Every file a complete run writes besides results/. */
export const OUTPUT_FILES = ['results.jsonl', ...TABLES, 'datapackage.json'] as const;

/** The columns a researcher reads as numbers or booleans (all others are text; dates stay ISO text). */
const INTEGER_COLUMNS = new Set([
  'bytes',
  'pages',
  'findings',
  'year',
  'budget_sek',
  'outcome_sek',
  'granted_sek',
  'participants_total',
  'participants_women',
  'participants_men',
  'participants_other',
  'row_number',
  'page',
  'evidence_count',
  'documents',
  'slutrapporter',
  'arsredovisningar',
  'first_year',
  'last_year',
  'outcome_sum_sek',
  'document_id',
  'members',
  'member_contributions_sek',
  'state_contribution_sek',
  'region_contribution_sek',
  'kommun_contribution_sek',
  'result_sek',
  'equity_sek',
  'goals',
  'interventions',
  'report_year',
  'amount_sek',
  'deviation_sek',
  'table_number',
]);
/** Decimal numbers ("-7.5", "34.49299515650227"): findings.csv's comparison figures, the shares spent. */
const NUMBER_COLUMNS = new Set(['actual', 'expected', 'difference', 'tolerance', 'spent_percent', 'percent']);
const BOOLEAN_COLUMNS = new Set(['redacted', 'participants_approximate', 'is_summa', 'is_total']);
const DATE_COLUMNS = new Set(['period_start', 'period_end']);

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

/**
 * A table as rows of typed cells: integers as numbers, booleans as booleans, empty cells as null.
 * Throws when the file has no BOM, when a typed cell does not hold its type, or a row is ragged.
 */
export async function loadTable(out: string, name: TableName, delimiter = ','): Promise<Row[]> {
  const bytes = await readFile(join(out, name));
  if (bytes.subarray(0, 3).toString('hex') !== 'efbbbf') throw new Error(`${name} does not start with a UTF-8 BOM`);
  const records: Record<string, string>[] = parse(bytes, { bom: true, columns: true, delimiter, relax_column_count: false });
  return records.map((record) => Object.fromEntries(Object.entries(record).map(([column, text]) => [column, typed(name, column, text)])));
}

/** The header row of a table, as written. */
export async function header(out: string, name: TableName, delimiter = ','): Promise<string[]> {
  const [first] = parse(await readFile(join(out, name)), { bom: true, delimiter, to_line: 1 }) as string[][];
  return first ?? [];
}

function typed(table: string, column: string, text: string): Cell {
  if (text === '') return null;
  if (INTEGER_COLUMNS.has(column)) {
    if (!/^-?\d+$/.test(text)) throw new Error(`${table} ${column}: "${text}" is not an integer`);
    return Number(text);
  }
  if (NUMBER_COLUMNS.has(column)) {
    if (!/^-?\d+(?:\.\d+)?(?:e[-+]?\d+)?$/.test(text)) throw new Error(`${table} ${column}: "${text}" is not a number`);
    return Number(text);
  }
  if (BOOLEAN_COLUMNS.has(column)) {
    if (text !== 'true' && text !== 'false') throw new Error(`${table} ${column}: "${text}" is not true/false`);
    return text === 'true';
  }
  if (DATE_COLUMNS.has(column) && !/^\d{4}-\d{2}-\d{2}$/.test(text)) throw new Error(`${table} ${column}: "${text}" is not an ISO date`);
  return text;
}

export async function loadResults(out: string): Promise<DocumentResult[]> {
  const text = await readFile(join(out, 'results.jsonl'), 'utf8');
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => DocumentResult.parse(JSON.parse(line)));
}

/** The bytes of every output file that exists, by name: for comparing two runs. */
export async function outputBytes(out: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of OUTPUT_FILES) {
    const path = join(out, name);
    if (existsSync(path)) files[name] = (await readFile(path)).toString('base64');
  }
  return files;
}

/** Every file under the folder (relative paths), temp folder included. */
export async function allFiles(out: string): Promise<string[]> {
  const entries = await readdir(out, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(out.length + 1))
    .sort();
}
