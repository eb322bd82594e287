import { z } from 'zod';
import { Evidence, Severity } from './common.js';
import { Rounding, SideDifference, WrittenMoney, WrittenPeriod } from './finding-data.js';

/** A document of the run, by its identity and the path it was read from. */
export const DocumentRef = z.object({
  path: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type DocumentRef = z.infer<typeof DocumentRef>;

/** Evidence in one of several documents: which one it is in, as well as where in it. */
export const DocumentEvidence = Evidence.extend({ document: DocumentRef });
export type DocumentEvidence = z.infer<typeof DocumentEvidence>;

/** An annual report's entry for the intervention: the document, its year and the name it uses there. */
const AnnualEntry = {
  document: DocumentRef,
  year: z.number().int().nullable(),
  intervention: z.string().nullable(),
};

/**
 * cross-document-mismatch (schemas/finding-data.ts has the conventions). The slutrapport's planned
 * period against an annual report's; or the yearly utfall the annual reports give, added up
 * (actual), against the amount the slutrapport says was granted (expected).
 */
export const CrossDocumentMismatchData = z.discriminatedUnion('compared', [
  z.strictObject({
    compared: z.literal('period'),
    /** The intervention's name in the slutrapport; null when it gives none. */
    intervention: z.string().nullable(),
    slutrapport: z.strictObject({ document: DocumentRef, period: WrittenPeriod }),
    arsredovisning: z.strictObject({ ...AnnualEntry, period: WrittenPeriod }),
    /** The sides that differ: days > 0 when the årsredovisning's date is later. */
    differences: z.array(SideDifference).min(1),
  }),
  z.strictObject({
    compared: z.literal('granted'),
    intervention: z.string().nullable(),
    slutrapport: z.strictObject({ document: DocumentRef, granted: WrittenMoney }),
    arsredovisningar: z.array(z.strictObject({ ...AnnualEntry, outcome: WrittenMoney })).min(1),
    actual: z.number().int(),
    expected: z.number().int(),
    difference: z.number().int(),
    tolerance: z.number().nonnegative(),
    unit: z.literal('kr'),
    rounding: Rounding,
  }),
]);
export type CrossDocumentMismatchData = z.infer<typeof CrossDocumentMismatchData>;

/**
 * A finding about several documents of a run (rule cross-document-mismatch): a Finding whose
 * evidence says which document each piece is in, and the linked intervention it is about
 * (`link_id` of interventions_linked.csv).
 */
export const CrossDocumentFinding = z.object({
  ruleId: z.literal('cross-document-mismatch'),
  severity: Severity,
  message: z.string(),
  evidence: z.array(DocumentEvidence).min(2),
  linkId: z.string(),
  data: CrossDocumentMismatchData,
});
export type CrossDocumentFinding = z.infer<typeof CrossDocumentFinding>;
