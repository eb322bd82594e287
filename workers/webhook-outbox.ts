import { hostname } from 'node:os';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { Alert } from '../schemas/alert.js';
import type { Lang } from '../schemas/config.js';
import { writeFileAtomic } from '../pipeline/support/atomic-files.js';
import { backoff } from '../pipeline/support/backoff.js';
import type { Logger } from './logger.js';
import { fillText, SERVICE_TEXT } from './texts.js';
import { webhookBody, type WebhookFormat } from './webhook-payload.js';

export interface WebhookOutboxOptions {
  /** <out>/webhook-outbox; shared by every process that delivers. */
  directory: string;
  url: string;
  /** The shape of the body: json (the alert), slack, teams. */
  format?: WebhookFormat;
  /** The language of the slack and teams summaries (the json body is the alert as it is). */
  lang?: Lang;
  timeoutMs: number;
  retryMs: number;
  maxRetryMs: number;
  pollMs: number;
  logger: Logger;
}

const Envelope = z.object({
  alert: Alert,
  attempts: z.number().int().nonnegative(),
  nextAttemptAt: z.number(),
  lastError: z.string().nullable(),
});
type Envelope = z.infer<typeof Envelope>;

const HOST = hostname().replace(/[^A-Za-z0-9-]/g, '_');

/**
 * Webhook alerts live as files until the webhook has answered 2xx: pending/<alert>.json waits for
 * its next attempt; a deliverer claims it by renaming it into sending/ (atomic, so two processes on
 * a shared out directory never send the same file at once), POSTs it, and deletes it on success or
 * puts it back with a doubled delay. Nothing is dropped: a dead webhook just accumulates files, and
 * a process killed mid-send leaves a sending/ file that is put back once it is clearly orphaned.
 * Delivery is at least once; receivers dedupe on alertId (also sent as the Idempotency-Key header).
 */
export class WebhookOutbox {
  private readonly pending: string;
  private readonly sending: string;
  private readonly abort = new AbortController();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private rerun = false;
  private closed = false;

  constructor(private readonly options: WebhookOutboxOptions) {
    this.pending = join(options.directory, 'pending');
    this.sending = join(options.directory, 'sending');
  }

  async put(alert: Alert): Promise<void> {
    const envelope: Envelope = { alert, attempts: 0, nextAttemptAt: 0, lastError: null };
    await writeFileAtomic(join(this.pending, `${safeName(alert.alertId)}.json`), JSON.stringify(envelope));
    this.wake(0);
  }

  start(): void {
    this.wake(0);
  }

  /** Stops delivering; an in-flight POST is aborted and its alert stays pending for the next process. */
  async close(): Promise<void> {
    if (this.closed) return this.running ?? undefined;
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.abort.abort();
    await this.running;
  }

  private wake(delayMs: number): void {
    if (this.closed) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), Math.max(0, delayMs));
    this.timer.unref();
  }

  private run(): void {
    if (this.running) {
      this.rerun = true;
      return;
    }
    this.running = this.deliverDue()
      .catch((error: unknown) => {
        this.options.logger.warn({ err: error }, 'webhook-scan-failed');
        return this.options.pollMs;
      })
      .then((nextInMs) => {
        this.running = null;
        const again = this.rerun;
        this.rerun = false;
        this.wake(again ? 0 : Math.min(nextInMs, this.options.pollMs));
      });
  }

  /** Sends every due alert; returns how soon the next one falls due. */
  private async deliverDue(): Promise<number> {
    await mkdir(this.pending, { recursive: true });
    await mkdir(this.sending, { recursive: true });
    await this.recoverOrphans();
    let nextInMs = Number.POSITIVE_INFINITY;
    const due: Array<{ file: string; envelope: Envelope }> = [];
    for (const file of await listJson(this.pending)) {
      const envelope = await readEnvelope(join(this.pending, file));
      if (!envelope) continue;
      const wait = envelope.nextAttemptAt - Date.now();
      if (wait > 0) nextInMs = Math.min(nextInMs, wait);
      else due.push({ file, envelope });
    }
    due.sort((a, b) => a.envelope.alert.createdAt.localeCompare(b.envelope.alert.createdAt));
    for (const { file, envelope } of due) {
      if (this.closed) break;
      const retryIn = await this.deliverOne(file, envelope);
      if (retryIn !== null) nextInMs = Math.min(nextInMs, retryIn);
    }
    return nextInMs;
  }

  /** Returns null when delivered (or taken by another process), else the delay before the next attempt. */
  private async deliverOne(file: string, envelope: Envelope): Promise<number | null> {
    const claimed = join(this.sending, `${file.slice(0, -'.json'.length)}@${HOST}@${process.pid}@${Date.now()}.json`);
    try {
      await rename(join(this.pending, file), claimed);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    const { alert } = envelope;
    try {
      await this.post(alert);
      await rm(claimed, { force: true });
      this.options.logger.info({ alertId: alert.alertId, attempts: envelope.attempts + 1 }, 'webhook-delivered');
      return null;
    } catch (error) {
      const aborted = this.abort.signal.aborted;
      const attempts = aborted ? envelope.attempts : envelope.attempts + 1;
      const delay = aborted ? 0 : backoff(this.options.retryMs, this.options.maxRetryMs, attempts);
      const message = describeFailure(error);
      const retry: Envelope = { alert, attempts, nextAttemptAt: Date.now() + delay, lastError: message };
      await writeFileAtomic(join(this.pending, file), JSON.stringify(retry));
      await rm(claimed, { force: true });
      if (!aborted) this.options.logger.warn({ alertId: alert.alertId, attempts, retryInMs: delay, err: message }, 'webhook-retry');
      return delay;
    }
  }

  private async post(alert: Alert): Promise<void> {
    const response = await fetch(this.options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'rapportkoll', 'idempotency-key': alert.alertId },
      body: JSON.stringify(webhookBody(alert, this.options.format ?? 'json', this.options.lang ?? 'sv')),
      redirect: 'error',
      signal: AbortSignal.any([AbortSignal.timeout(this.options.timeoutMs), this.abort.signal]),
    });
    await response.body?.cancel();
    if (!response.ok) throw new Error(fillText(SERVICE_TEXT.webhookAnswered, this.options.lang ?? 'sv', { status: response.status }));
  }

  /**
   * A sending/ file whose process is gone (same host) or that is older than any POST can take
   * (any host) goes back to pending/.
   */
  private async recoverOrphans(): Promise<void> {
    const staleAfter = this.options.timeoutMs * 2 + 60_000;
    for (const file of await listJson(this.sending)) {
      const [name, host, pid, claimedAt] = file.slice(0, -'.json'.length).split('@');
      if (!name || !host || !pid || !claimedAt) continue;
      const deadHere = host === HOST && Number(pid) !== process.pid && !isAlive(Number(pid));
      const orphaned = deadHere || Date.now() - Number(claimedAt) > staleAfter;
      if (!orphaned) continue;
      try {
        await rename(join(this.sending, file), join(this.pending, `${name}.json`));
      } catch {
        // Another process recovered it first.
      }
    }
  }
}

/** Alerts in an outbox directory not yet accepted by the webhook. */
export async function outboxBacklog(directory: string): Promise<number> {
  // Counted by alert name over sending/, pending/ and sending/ again: an alert moving between the
  // folders while they are listed is seen at least once and counted once.
  const sending = async (): Promise<string[]> =>
    (await listJson(join(directory, 'sending'))).map((file) => file.slice(0, -'.json'.length).split('@')[0] ?? file);
  const before = await sending();
  const pending = (await listJson(join(directory, 'pending'))).map((file) => file.slice(0, -'.json'.length));
  return new Set([...before, ...pending, ...(await sending())]).size;
}

/** fetch's own message is just "fetch failed"; the cause says why (ECONNREFUSED, timeout…). */
function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as NodeJS.ErrnoException | undefined;
  return cause?.code ? `${error.message} (${cause.code})` : error.message;
}

function safeName(alertId: string): string {
  return alertId.replace(/[^A-Za-z0-9._-]/g, '_');
}

async function listJson(directory: string): Promise<string[]> {
  try {
    return (await readdir(directory)).filter((file) => file.endsWith('.json') && !file.startsWith('.'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

async function readEnvelope(path: string): Promise<Envelope | null> {
  try {
    const parsed = Envelope.safeParse(JSON.parse(await readFile(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
