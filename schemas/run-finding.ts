import { z } from 'zod';
import { Evidence, Finding } from './common.js';

/** A document of the run, by its identity and the path it was read from. */
export const DocumentRef = z.object({
  path: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type DocumentRef = z.infer<typeof DocumentRef>;

/** Evidence in one of several documents: which one it is in, as well as where in it. */
export const DocumentEvidence = Evidence.extend({ document: DocumentRef });
export type DocumentEvidence = z.infer<typeof DocumentEvidence>;

/**
 * A finding about several documents of a run (rule cross-document-mismatch): a Finding whose
 * evidence says which document each piece is in, and the linked intervention it is about
 * (`link_id` of interventions_linked.csv).
 */
export const CrossDocumentFinding = Finding.extend({
  evidence: z.array(DocumentEvidence).min(2),
  linkId: z.string(),
});
export type CrossDocumentFinding = z.infer<typeof CrossDocumentFinding>;
