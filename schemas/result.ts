import { z } from 'zod';
import { Finding } from './finding.js';
import { ArsredovisningRecord } from './arsredovisning.js';
import { SlutrapportRecord } from './slutrapport.js';

export const SCHEMA_VERSION = 1 as const;

export const ErrorCode = z.enum([
  'empty-file',
  'unsupported-format',
  'corrupt',
  'encrypted',
  'no-text-layer',
  'too-large',
  'timeout',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const DocumentKind = z.enum(['slutrapport', 'arsredovisning', 'unknown']);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const DocumentFormat = z.enum(['pdf', 'docx']);
export type DocumentFormat = z.infer<typeof DocumentFormat>;

export const Source = z.object({
  path: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** null when the bytes are neither PDF nor DOCX (status is then failed). */
  format: DocumentFormat.nullable(),
  bytes: z.number().int().nonnegative(),
  /** PDF page count; null for docx. */
  pages: z.number().int().nonnegative().nullable(),
});
export type Source = z.infer<typeof Source>;

const common = {
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: Source,
  /** ISO 639-3 from franc; "und" when undetermined. */
  language: z.string(),
  findings: z.array(Finding),
};

export const DocumentError = z.object({ code: ErrorCode, message: z.string() });
export type DocumentError = z.infer<typeof DocumentError>;

export const OkResult = z.discriminatedUnion('kind', [
  z.object({ ...common, status: z.literal('ok'), kind: z.literal('slutrapport'), record: SlutrapportRecord, error: z.null() }),
  z.object({ ...common, status: z.literal('ok'), kind: z.literal('arsredovisning'), record: ArsredovisningRecord, error: z.null() }),
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
