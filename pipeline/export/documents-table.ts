import type { DocumentResult } from '../../schemas/result.js';
import type { Column } from './csv-table.js';

/** A document of the run with its key: its 1-based place in the input order, unique even for byte-identical files. */
export interface DocumentRow {
  id: number;
  result: DocumentResult;
}

export const DOCUMENT_ID_DESCRIPTION =
  "The document's key: its 1-based place in the run's input order (documents.csv), unique even when two files are byte-identical";

/** documents.csv: one row per input document, in input order. */
export const DOCUMENT_COLUMNS: readonly Column<DocumentRow>[] = [
  { name: 'document_id', type: 'integer', description: DOCUMENT_ID_DESCRIPTION, value: ({ id }) => id },
  { name: 'path', type: 'text', description: 'The path as given on the command line or found in the folder', value: ({ result }) => result.source.path },
  {
    name: 'sha256',
    type: 'text',
    description: "SHA-256 of the file's bytes: the document's content identity (byte-identical files at two paths share it; document_id tells them apart)",
    value: ({ result }) => result.source.sha256,
  },
  { name: 'format', type: 'text', description: 'pdf, docx, or empty when it is neither', value: ({ result }) => result.source.format },
  { name: 'bytes', type: 'integer', description: 'File size in bytes', value: ({ result }) => result.source.bytes },
  { name: 'pages', type: 'integer', description: 'PDF page count; empty for .docx', value: ({ result }) => result.source.pages },
  { name: 'kind', type: 'text', description: 'slutrapport, arsredovisning or unknown', value: ({ result }) => result.kind },
  { name: 'language', type: 'text', description: "ISO 639-3 code of the authors' text (swe, eng, und)", value: ({ result }) => result.language },
  { name: 'status', type: 'text', description: 'ok or failed', value: ({ result }) => result.status },
  {
    name: 'error_code',
    type: 'text',
    description: 'When failed: empty-file, unsupported-format, corrupt, encrypted, no-text-layer, too-large, timeout',
    value: ({ result }) => result.error?.code ?? null,
  },
  { name: 'error_message', type: 'text', description: 'When failed: what to do about it', value: ({ result }) => result.error?.message ?? null },
  { name: 'findings', type: 'integer', description: "The document's own findings", value: ({ result }) => result.findings.length },
  { name: 'redacted', type: 'boolean', description: 'The record was redacted (--redact)', value: ({ result }) => result.record?.redacted ?? false },
];
