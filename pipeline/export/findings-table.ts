import type { Evidence } from '../../schemas/common.js';
import type { Finding } from '../../schemas/finding.js';
import type { DocumentResult } from '../../schemas/result.js';
import type { CrossDocumentFinding, DocumentRef } from '../../schemas/run-finding.js';
import type { Column } from './csv-table.js';

export interface FindingRow {
  /** The document's key (documents.csv); for a cross-document finding the slutrapport's. */
  documentId: number | null;
  document: DocumentRef;
  scope: 'document' | 'cross-document';
  finding: Finding | CrossDocumentFinding;
  /** The first piece of evidence: in `document`. */
  evidence: Evidence | undefined;
  linkId: string | null;
  /** The intervention the finding is about, as its document names it; null when it is about no one intervention. */
  intervention: string | null;
  /** For a cross-document finding, the other documents it rests on. */
  relatedPaths: string[];
}

/** A document's findings, each with the intervention it is about; its link_id is set once the run's interventions are linked. */
export function documentFindingRows(result: DocumentResult, documentId: number): FindingRow[] {
  const document = { path: result.source.path, sha256: result.source.sha256 };
  return result.findings.map((finding) => {
    const intervention = interventionOf(result, finding);
    return { documentId, document, scope: 'document', finding, evidence: finding.evidence[0], linkId: null, intervention, relatedPaths: [] };
  });
}

/** The intervention a document's finding is about: the one a slutrapport describes, or the one its data names. */
export function interventionOf(result: DocumentResult, finding: Finding): string | null {
  if (result.status !== 'ok') return null;
  if (result.kind === 'slutrapport') return result.record.intervention.name;
  const data = finding.data as Record<string, unknown>;
  if (typeof data['intervention'] === 'string') return data['intervention'];
  const appendix = data['appendix'];
  if (appendix && typeof appendix === 'object' && typeof (appendix as Record<string, unknown>)['intervention'] === 'string')
    return (appendix as Record<string, string>)['intervention'] ?? null;
  return null;
}

/** A cross-document finding is listed under the document its first evidence is in (the slutrapport). */
export function crossDocumentFindingRow(finding: CrossDocumentFinding, documentIdOf: (path: string) => number | null): FindingRow {
  const first = finding.evidence[0];
  const document = first?.document ?? { path: '', sha256: '' };
  const relatedPaths = [...new Set(finding.evidence.map((evidence) => evidence.document.path))].filter((path) => path !== document.path);
  const intervention = 'intervention' in finding.data ? finding.data.intervention : null;
  return {
    documentId: documentIdOf(document.path),
    document,
    scope: 'cross-document',
    finding,
    evidence: first,
    linkId: finding.linkId,
    intervention,
    relatedPaths,
  };
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
  {
    name: 'document_id',
    type: 'integer',
    description: "The document's key (documents.csv); for a cross-document finding the slutrapport's",
    value: ({ documentId }) => documentId,
  },
  { name: 'document_path', type: 'text', description: 'The document; for a cross-document finding the slutrapport', value: ({ document }) => document.path },
  { name: 'document_sha256', type: 'text', description: "The document's SHA-256", value: ({ document }) => document.sha256 },
  { name: 'scope', type: 'text', description: 'document or cross-document', value: ({ scope }) => scope },
  { name: 'rule_id', type: 'text', description: 'The rule (docs/rules.md)', value: ({ finding }) => finding.ruleId },
  { name: 'severity', type: 'text', description: 'error, warning or info, after configuration', value: ({ finding }) => finding.severity },
  { name: 'message', type: 'text', description: 'Both figures and the difference, in plain words', value: ({ finding }) => finding.message },
  { name: 'page', type: 'integer', description: 'Page of the first evidence (empty for .docx)', value: ({ evidence }) => evidence?.page ?? null },
  { name: 'section', type: 'text', description: 'Section of the first evidence', value: ({ evidence }) => evidence?.section ?? null },
  { name: 'evidence_text', type: 'text', description: 'Text of the first evidence', value: ({ evidence }) => evidence?.text ?? null },
  { name: 'evidence_count', type: 'integer', description: 'Pieces of evidence', value: ({ finding }) => finding.evidence.length },
  {
    name: 'link_id',
    type: 'text',
    description: 'The intervention across documents (interventions_linked.csv) the finding is about, when it is about one',
    value: ({ linkId }) => linkId,
  },
  {
    name: 'intervention_name',
    type: 'text',
    description: 'The intervention the finding is about, as the document names it; empty when it is about no one intervention',
    value: ({ intervention }) => intervention,
  },
  {
    name: 'related_document_paths',
    type: 'text',
    description: 'Cross-document findings: the other documents compared, separated by " | "',
    value: ({ relatedPaths }) => (relatedPaths.length === 0 ? null : relatedPaths.join(LIST_SEPARATOR)),
  },
  {
    name: 'actual',
    type: 'number',
    description: 'The figure the document states where the check looks',
    value: ({ finding }) => comparisonOf(finding)?.actual ?? null,
  },
  { name: 'expected', type: 'number', description: 'What the other figures make it', value: ({ finding }) => comparisonOf(finding)?.expected ?? null },
  { name: 'difference', type: 'number', description: 'actual − expected', value: ({ finding }) => comparisonOf(finding)?.difference ?? null },
  {
    name: 'tolerance',
    type: 'number',
    description: 'The largest difference rounding explains',
    value: ({ finding }) => comparisonOf(finding)?.tolerance ?? null,
  },
  {
    name: 'unit',
    type: 'text',
    description: 'What actual, expected, difference and tolerance are in: kr (whole kronor), persons or percent',
    value: ({ finding }) => comparisonOf(finding)?.unit ?? null,
  },
  {
    name: 'data_json',
    type: 'text',
    description: 'Everything the finding states, as JSON (docs/contract.md, Finding data)',
    value: ({ finding }) => JSON.stringify(finding.data),
  },
];
