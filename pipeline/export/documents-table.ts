import type { DocumentResult } from '../../schemas/result.js';
import type { Column } from './csv-table.js';

/** documents.csv: one row per input document, in input order. */
export const DOCUMENT_COLUMNS: readonly Column<DocumentResult>[] = [
  { name: 'path', type: 'text', value: (result) => result.source.path },
  { name: 'sha256', type: 'text', value: (result) => result.source.sha256 },
  { name: 'format', type: 'text', value: (result) => result.source.format },
  { name: 'bytes', type: 'integer', value: (result) => result.source.bytes },
  { name: 'pages', type: 'integer', value: (result) => result.source.pages },
  { name: 'kind', type: 'text', value: (result) => result.kind },
  { name: 'language', type: 'text', value: (result) => result.language },
  { name: 'status', type: 'text', value: (result) => result.status },
  { name: 'error_code', type: 'text', value: (result) => result.error?.code ?? null },
  { name: 'error_message', type: 'text', value: (result) => result.error?.message ?? null },
  { name: 'findings', type: 'integer', value: (result) => result.findings.length },
  { name: 'redacted', type: 'boolean', value: (result) => result.record?.redacted ?? false },
];
