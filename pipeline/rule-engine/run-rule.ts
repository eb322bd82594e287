import type { CrossDocumentMismatchData, DocumentEvidence } from '../../schemas/run-finding.js';
import type { LinkedIntervention } from '../link/link-interventions.js';
import type { RuleMeta } from './rule.js';

/** What a run rule's check finds: the finding's data, where it rests in each document, and the linked intervention. */
export interface CrossDocumentFindingDraft {
  linkId: string;
  data: CrossDocumentMismatchData;
  evidence: DocumentEvidence[];
}

/**
 * A rule over the run rather than one document: metadata (with its messages) plus a pure check
 * of one intervention as the run's documents describe it (pipeline/link/). Configured like the
 * others (`rules`).
 */
export interface RunRule {
  meta: RuleMeta<'cross-document-mismatch', CrossDocumentMismatchData>;
  check(linked: LinkedIntervention): CrossDocumentFindingDraft[];
}
