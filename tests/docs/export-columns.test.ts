/** docs/researchers.md lists every column of every CSV table, in order and with its type, as the code writes it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../fixtures/build/paths.js';
import { BUDGET_ROW_COLUMNS } from '../../pipeline/export/budget-rows-table.js';
import { BUDGET_YEAR_COLUMNS } from '../../pipeline/export/budget-years-table.js';
import { FUNDING_PART_COLUMNS } from '../../pipeline/export/funding-parts-table.js';
import type { Column } from '../../pipeline/export/csv-table.js';
import { DOCUMENT_COLUMNS } from '../../pipeline/export/documents-table.js';
import { FINDING_COLUMNS } from '../../pipeline/export/findings-table.js';
import { LINKED_COLUMNS } from '../../pipeline/export/interventions-linked-table.js';
import { INTERVENTION_COLUMNS } from '../../pipeline/export/interventions-table.js';
import { REPORT_COLUMNS } from '../../pipeline/export/reports-table.js';
import { STATEMENT_ROW_COLUMNS } from '../../pipeline/export/statement-rows-table.js';

const RESEARCHERS_MD = readFileSync(join(REPO_ROOT, 'docs', 'researchers.md'), 'utf8');

/** The type words of the page: "bool" is the code's "boolean". */
const TYPE_WORDS: Record<string, string> = { text: 'text', integer: 'integer', number: 'number', date: 'date', bool: 'boolean' };

/** "name type" for each column the table after **<file>** documents, in order. */
function documentedColumns(file: string): string[] {
  const start = RESEARCHERS_MD.indexOf(`**${file}**`);
  if (start === -1) return [];
  const rows = RESEARCHERS_MD.slice(start).split('\n').slice(1);
  const table = rows.slice(rows.findIndex((line) => line.startsWith('|')));
  const body = table
    .slice(
      0,
      table.findIndex((line) => !line.startsWith('|')),
    )
    .slice(2);
  return body.flatMap((line) => {
    const [names = '', types = ''] = line.split('|').slice(1, 3);
    const columns = [...names.matchAll(/`([^`]+)`/g)].map((match) => match[1]);
    const words = types.split(',').map((word) => TYPE_WORDS[word.trim()] ?? `unknown type "${word.trim()}"`);
    return columns.map((name, index) => `${name} ${words.length === 1 ? words[0] : (words[index] ?? 'no type')}`);
  });
}

function written<Row>(columns: readonly Column<Row>[]): string[] {
  return columns.map((column) => `${column.name} ${column.type}`);
}

describe('docs/researchers.md and the export tables', () => {
  it.each([
    ['documents.csv', written(DOCUMENT_COLUMNS)],
    ['interventions.csv', written(INTERVENTION_COLUMNS)],
    ['budget_rows.csv', written(BUDGET_ROW_COLUMNS)],
    ['budget_years.csv', written(BUDGET_YEAR_COLUMNS)],
    ['funding_parts.csv', written(FUNDING_PART_COLUMNS)],
    ['findings.csv', written(FINDING_COLUMNS)],
    ['interventions_linked.csv', written(LINKED_COLUMNS)],
    ['reports.csv', written(REPORT_COLUMNS)],
    ['statement_rows.csv', written(STATEMENT_ROW_COLUMNS)],
  ])('%s: every column, in order, with its type', (file, columns) => {
    expect(documentedColumns(file)).toEqual(columns);
  });
});
