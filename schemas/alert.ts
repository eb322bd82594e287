import { z } from 'zod';
import { Severity } from './common.js';
import { Finding } from './finding.js';
import { DocumentFormat, DocumentKind, ErrorCode } from './result.js';

/**
 * findings: a document with findings at or above the configured severity;
 * failed: a document that could not be read (or whose job failed after all retries);
 * duplicate: the same bytes dropped again (recorded in alerts.jsonl only, never sent to the webhook).
 */
export const AlertType = z.enum(['findings', 'failed', 'duplicate']);
export type AlertType = z.infer<typeof AlertType>;

/** `job-failed`: the queue gave up on the job (e.g. the spooled file stayed unreadable through every retry). */
export const AlertErrorCode = z.union([ErrorCode, z.literal('job-failed')]);

/**
 * One alert: a line of <out>/alerts.jsonl, the `alert` of the pino log line, and the JSON body
 * POSTed to ALERT_WEBHOOK_URL.
 */
export const Alert = z.object({
  /** Stable per document and type; a webhook may receive an alert more than once and should dedupe on it. */
  alertId: z.string(),
  type: AlertType,
  /** The worst finding's severity; "error" for failed documents, "info" for duplicates. */
  severity: Severity,
  createdAt: z.iso.datetime(),
  document: z.object({
    /** As found in the inbox or given to `enqueue`. */
    path: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    kind: DocumentKind,
    format: DocumentFormat.nullable(),
    /**
     * Where the inbox file lies once the watcher has filed it, relative to <out>
     * ("processed/<path in the inbox>" or "failed/…"; with " (<first 8 hex of sha256>)" before the
     * extension when the plain name was taken). Null when both names were taken at the time of the
     * alert (the watcher then adds a counter, "Rapport (2).pdf"); absent for documents that were
     * not found in a watched inbox (`enqueue`, `reprocess`), for duplicates, and in older alerts.
     */
    filedAs: z.string().nullable().optional(),
  }),
  /** The intervention's name (slutrapport) or the organisation (årsredovisning); null when unknown. */
  subject: z.string().nullable(),
  /** Only the findings at or above the configured severity, each with its evidence. */
  findings: z.array(Finding),
  error: z.object({ code: AlertErrorCode, message: z.string() }).nullable(),
  /** For type duplicate: the path under which these bytes were first taken. */
  duplicateOf: z.string().nullable(),
  /**
   * For type duplicate: where the earlier copy (duplicateOf) lies once filed, relative to <out>, as
   * `document.filedAs` says it for its own alert; null when it cannot be found there (moved by hand,
   * removed by retention, filed by a counter); absent when the duplicate or the earlier copy was not
   * found in a watched inbox, for other types and in older alerts.
   */
  duplicateOfFiledAs: z.string().nullable().optional(),
  /** The result file relative to <out> (results/<sha256>.json); null when there is none. */
  result: z.string().nullable(),
  /**
   * The document's page for people, relative to <out> (reports/<readable name>.html), when it was
   * written before the alert; absent in alerts from before the pages (issue 16) and null when none.
   */
  page: z.string().nullable().optional(),
});
export type Alert = z.infer<typeof Alert>;
