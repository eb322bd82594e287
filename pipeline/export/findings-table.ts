import type { Evidence } from '../../schemas/common.js';
import type { Finding } from '../../schemas/finding.js';
import type { DocumentResult } from '../../schemas/result.js';
import type { CrossDocumentFinding, DocumentRef } from '../../schemas/run-finding.js';
import type { Column } from './csv-table.js';

export interface FindingRow {
  document: DocumentRef;
  scope: 'document' | 'cross-document';
  finding: Finding | CrossDocumentFinding;
  /** The first piece of evidence: in `document`. */
  evidence: Evidence | undefined;
  linkId: string | null;
  /** For a cross-document finding, the other documents it rests on. */
  relatedPaths: string[];
}

export function documentFindingRows(result: DocumentResult): FindingRow[] {
  const document = { path: result.source.path, sha256: result.source.sha256 };
  return result.findings.map((finding) => ({ document, scope: 'document', finding, evidence: finding.evidence[0], linkId: null, relatedPaths: [] }));
}

/** A cross-document finding is listed under the document its first evidence is in (the slutrapport). */
export function crossDocumentFindingRow(finding: CrossDocumentFinding): FindingRow {
  const first = finding.evidence[0];
  const document = first?.document ?? { path: '', sha256: '' };
  const relatedPaths = [...new Set(finding.evidence.map((evidence) => evidence.document.path))].filter((path) => path !== document.path);
  return { document, scope: 'cross-document', finding, evidence: first, linkId: finding.linkId, relatedPaths };
}

/** Cells holding several values: one separator for all of them, unlikely in a path or a name. */
export const LIST_SEPARATOR = ' | ';

/** The comparison a finding states (contract "Finding data"): its figures and their unit, when it states one. */
type Comparison = { actual: number; expected: number; difference: number; tolerance: number; unit: string };

function comparisonOf({ data }: Finding | CrossDocumentFinding): Comparison | null {
  return 'actual' in data ? data : null;
}

/** findings.csv: one row per finding; the documents' own in input order, then the cross-document ones. */
export const FINDING_COLUMNS: readonly Column<FindingRow>[] = [
  { name: 'document_path', type: 'text', value: ({ document }) => document.path },
  { name: 'document_sha256', type: 'text', value: ({ document }) => document.sha256 },
  { name: 'scope', type: 'text', value: ({ scope }) => scope },
  { name: 'rule_id', type: 'text', value: ({ finding }) => finding.ruleId },
  { name: 'severity', type: 'text', value: ({ finding }) => finding.severity },
  { name: 'message', type: 'text', value: ({ finding }) => finding.message },
  { name: 'page', type: 'integer', value: ({ evidence }) => evidence?.page ?? null },
  { name: 'section', type: 'text', value: ({ evidence }) => evidence?.section ?? null },
  { name: 'evidence_text', type: 'text', value: ({ evidence }) => evidence?.text ?? null },
  { name: 'evidence_count', type: 'integer', value: ({ finding }) => finding.evidence.length },
  { name: 'link_id', type: 'text', value: ({ linkId }) => linkId },
  { name: 'related_document_paths', type: 'text', value: ({ relatedPaths }) => (relatedPaths.length === 0 ? null : relatedPaths.join(LIST_SEPARATOR)) },
  { name: 'actual', type: 'number', value: ({ finding }) => comparisonOf(finding)?.actual ?? null },
  { name: 'expected', type: 'number', value: ({ finding }) => comparisonOf(finding)?.expected ?? null },
  { name: 'difference', type: 'number', value: ({ finding }) => comparisonOf(finding)?.difference ?? null },
  { name: 'tolerance', type: 'number', value: ({ finding }) => comparisonOf(finding)?.tolerance ?? null },
  { name: 'unit', type: 'text', value: ({ finding }) => comparisonOf(finding)?.unit ?? null },
  { name: 'data_json', type: 'text', value: ({ finding }) => JSON.stringify(finding.data) },
];
