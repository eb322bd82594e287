import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Alert } from '../schemas/alert.js';
import type { Severity } from '../schemas/common.js';
import type { DocumentResult } from '../schemas/result.js';
import { appendJsonLine } from '../pipeline/support/atomic-files.js';
import type { Logger } from './logger.js';
import { alertsFile } from './out-folder.js';
import { ResultStore } from './result-store.js';
import type { WebhookOutbox } from './webhook-outbox.js';
import { redactAlert } from './webhook-payload.js';

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/**
 * The alert a committed result raises, or null when it has no finding at or above `threshold`;
 * `page` is the document's page for people (reports/<name>.html) when it has been written;
 * `filedAs` where its inbox file will lie (filed-name.ts), left out when it was not found in an inbox.
 */
export function alertForResult(
  result: DocumentResult,
  threshold: Severity,
  now = new Date(),
  page: string | null = null,
  filedAs?: string | null,
): Alert | null {
  const findings = result.findings.filter((finding) => RANK[finding.severity] >= RANK[threshold]);
  if (result.status === 'ok' && findings.length === 0) return null;
  const type = result.status === 'failed' ? 'failed' : 'findings';
  const worst = findings.reduce<Severity>((max, finding) => (RANK[finding.severity] > RANK[max] ? finding.severity : max), 'info');
  return {
    alertId: `${result.source.sha256}:${type}`,
    type,
    severity: type === 'failed' ? 'error' : worst,
    createdAt: now.toISOString(),
    document: {
      path: result.source.path,
      sha256: result.source.sha256,
      kind: result.kind,
      format: result.source.format,
      ...(filedAs === undefined ? {} : { filedAs }),
    },
    subject: subjectOf(result),
    findings,
    error: result.error,
    duplicateOf: null,
    result: ResultStore.relativePath(result.source.sha256),
    page,
  };
}

function subjectOf(result: DocumentResult): string | null {
  if (result.kind === 'slutrapport' && result.record) return result.record.intervention.name;
  if ((result.kind === 'arsredovisning' || result.kind === 'delarsrapport') && result.record) return result.record.organisation;
  return null;
}

/** `duplicateOfFiledAs`: where the earlier copy lies (filed-name.ts earlierCopyFiledAs), left out when it was not filed from an inbox. */
export function duplicateAlert(path: string, sha256: string, duplicateOf: string, duplicateOfFiledAs?: string | null, now = new Date()): Alert {
  return {
    alertId: `${sha256}:duplicate:${now.getTime()}`,
    type: 'duplicate',
    severity: 'info',
    createdAt: now.toISOString(),
    document: { path, sha256, kind: 'unknown', format: null },
    subject: null,
    findings: [],
    error: null,
    duplicateOf,
    ...(duplicateOfFiledAs === undefined ? {} : { duplicateOfFiledAs }),
    result: ResultStore.relativePath(sha256),
  };
}

/** A job the queue gave up on without a result (its file stayed unreadable through every retry). */
export function jobFailedAlert(path: string, sha256: string, reason: string, now = new Date(), filedAs?: string | null): Alert {
  return {
    alertId: `${sha256}:failed`,
    type: 'failed',
    severity: 'error',
    createdAt: now.toISOString(),
    document: { path, sha256, kind: 'unknown', format: null, ...(filedAs === undefined ? {} : { filedAs }) },
    subject: null,
    findings: [],
    error: { code: 'job-failed', message: reason },
    duplicateOf: null,
    result: null,
  };
}

/**
 * Raises an alert three ways: a pino line on stderr, a line in <out>/alerts.jsonl, and (for findings
 * and failures, when a webhook is configured) an entry in the webhook outbox, which delivers it in
 * the background so a slow or dead webhook never holds up processing.
 */
export class Alerter {
  private readonly jsonlPath: string;

  constructor(
    outDir: string,
    private readonly logger: Logger,
    private readonly outbox: WebhookOutbox | null,
    /** Keep personal data out of what goes to the webhook (webhook.redact). */
    private readonly redactWebhook = true,
  ) {
    this.jsonlPath = alertsFile(outDir);
  }

  /**
   * Raises the alert unless alerts.jsonl already has its alertId: for a job run again after its
   * worker died between committing the result and raising the alert (or after it).
   */
  async raiseOnce(alert: Alert, personal: readonly string[] = []): Promise<boolean> {
    if (await this.hasRaised(alert.alertId)) return false;
    await this.raise(alert, personal);
    return true;
  }

  private async hasRaised(alertId: string): Promise<boolean> {
    const needle = JSON.stringify({ alertId }).slice(1, -1);
    let lines;
    try {
      lines = createInterface({ input: createReadStream(this.jsonlPath, 'utf8'), crlfDelay: Infinity });
      for await (const line of lines) if (line.includes(needle)) return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    } finally {
      lines?.close();
    }
    return false;
  }

  /** `personal`: the values of the result's personal fields, kept out of the webhook's copy with the rest of the personal data. */
  async raise(alert: Alert, personal: readonly string[] = []): Promise<void> {
    const level = alert.severity === 'error' ? 'error' : alert.severity === 'warning' ? 'warn' : 'info';
    this.logger[level]({ alert }, 'alert');
    await appendJsonLine(this.jsonlPath, alert);
    if (this.outbox && alert.type !== 'duplicate') await this.outbox.put(this.redactWebhook ? redactAlert(alert, personal) : alert);
  }
}
