import { z } from 'zod';
import { Finding } from './finding.js';
import { ArsredovisningRecord } from './arsredovisning.js';
import { Evidence } from './common.js';
import { DelarsrapportRecord } from './delarsrapport.js';
import { SlutrapportRecord } from './slutrapport.js';

/** Raised when a field is renamed, dropped or changes meaning (docs/contract.md, Changelog). */
export const SCHEMA_VERSION = 2 as const;

export const ErrorCode = z.enum(['empty-file', 'unsupported-format', 'corrupt', 'encrypted', 'no-text-layer', 'too-large', 'timeout']);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const DocumentKind = z.enum(['slutrapport', 'arsredovisning', 'delarsrapport', 'unknown']);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const DocumentFormat = z.enum(['pdf', 'docx']);
export type DocumentFormat = z.infer<typeof DocumentFormat>;

/** Which pages were read by OCR, by what, and how surely (contract "Source"). */
export const OcrSummary = z.object({
  /** 1-based pages whose text comes from OCR. */
  pages: z.array(z.number().int().positive()).min(1),
  /** "tesseract.js". */
  engine: z.string().min(1),
  engineVersion: z.string().min(1),
  /** Trained data used, ISO 639-2 as tesseract names them ("swe", "eng"). */
  languages: z.array(z.string().min(1)).min(1),
  /** Mean word confidence (0–100) over the OCR'd pages. */
  meanConfidence: z.number().min(0).max(100),
});
export type OcrSummary = z.infer<typeof OcrSummary>;

export const Source = z.object({
  path: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** null when the bytes are neither PDF nor DOCX (status is then failed). */
  format: DocumentFormat.nullable(),
  bytes: z.number().int().nonnegative(),
  /** PDF page count; null for docx. */
  pages: z.number().int().nonnegative().nullable(),
  /** Present only when some pages were read by OCR. */
  ocr: OcrSummary.optional(),
});
export type Source = z.infer<typeof Source>;

/** What a reader noticed, by a stable code: each is a `warnings` entry with the same code. */
export const WarningCode = z.enum([
  /** PDF: pages without a text layer (scanned?), whose content is missing. */
  'pages-without-text',
  /** DOCX: tables nested deeper than the reader follows, left out. */
  'tables-too-deep',
  /** DOCX: links to outside the file (images, templates, …) that were never fetched. */
  'external-references',
  /** DOCX: a note from the conversion library (mammoth), in its words. */
  'docx-conversion',
  /** DOCX: the document holds pictures but (next to) no text, as when a scan is pasted in; pictures are not OCR'd. */
  'image-only-docx',
  /** PDF, OCR'd pages: e-mail addresses read with another mark in place of "@" ("Q", "&", "©") were given their "@". */
  'ocr-email-repaired',
]);
export type WarningCode = z.infer<typeof WarningCode>;

/**
 * Something the reader noticed that does not fail the document but may make the record
 * incomplete (contract "Warning"). Readers give these beside the document model (mammoth style).
 */
export const Warning = z.object({
  code: WarningCode,
  type: z.enum(['warning', 'info']),
  message: z.string(),
  /** Where in the document it applies; null when it is about the whole file. */
  position: z
    .strictObject({
      /** 1-based PDF pages it concerns; [] for none in particular. */
      pages: z.array(z.number().int().positive()),
      /** DOCX: the body position, as in the model ("tbl[2]/tr[1]/tc[1]/tbl[1]"); null for none in particular. */
      path: z.string().nullable(),
    })
    .nullable(),
});
export type Warning = z.infer<typeof Warning>;

/**
 * The paper a report came inside: a kommun's or region's decision, protokollsutdrag or
 * beslutsunderlag on ansvarsfrihet with the annual report attached. The result's kind and record are
 * the carried report's.
 */
export const WrappedIn = z.object({
  /** The wrapper's kind as it writes it: "protokollsutdrag", "beslutsunderlag", "tjänsteskrivelse", "bilaga". */
  kind: z.string().min(1),
  /** Its title (the ärende it is about), as written. */
  title: z.string().min(1),
  evidence: Evidence,
});
export type WrappedIn = z.infer<typeof WrappedIn>;

const common = {
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: Source,
  /** ISO 639-3 from franc; "und" when undetermined. */
  language: z.string(),
  /** The paper the report came inside; null when it came on its own (and for unknown and failed documents). */
  wrappedIn: WrappedIn.nullable(),
  findings: z.array(Finding),
  /** What the reader noticed about the document; [] when nothing. */
  warnings: z.array(Warning),
  /** The rapportkoll (package.json version) that made the result. */
  rapportkollVersion: z.string().min(1),
  /** The version of the rules that made its findings (pipeline/rule-engine/registry.ts RULES_VERSION). */
  rulesVersion: z.number().int().positive(),
};

export const DocumentError = z.object({ code: ErrorCode, message: z.string() });
export type DocumentError = z.infer<typeof DocumentError>;

export const OkResult = z.discriminatedUnion('kind', [
  z.object({ ...common, status: z.literal('ok'), kind: z.literal('slutrapport'), record: SlutrapportRecord, error: z.null() }),
  z.object({ ...common, status: z.literal('ok'), kind: z.literal('arsredovisning'), record: ArsredovisningRecord, error: z.null() }),
  z.object({ ...common, status: z.literal('ok'), kind: z.literal('delarsrapport'), record: DelarsrapportRecord, error: z.null() }),
  z.object({ ...common, status: z.literal('ok'), kind: z.literal('unknown'), record: z.null(), error: z.null() }),
]);

export const FailedResult = z.object({
  ...common,
  status: z.literal('failed'),
  kind: DocumentKind,
  record: z.null(),
  error: DocumentError,
});

/** One result per input document (docs/contract.md). */
export const DocumentResult = z.union([OkResult, FailedResult]);
export type DocumentResult = z.infer<typeof DocumentResult>;
