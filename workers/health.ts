import { Redis } from 'ioredis';
import { open } from 'node:fs/promises';
import { z } from 'zod';
import type { QueueConfig } from '../schemas/queue-config.js';
import { openDocumentQueue } from './document-queue.js';
import { DocumentJobData } from './document-job.js';
import { isLive, readFileBeats, readRedisBeats, type Beat } from './heartbeat.js';
import { alertsFile, outboxDirectory } from './out-folder.js';
import { ResultStore } from './result-store.js';
import { outboxBacklog } from './webhook-outbox.js';

/** What `rapportkoll status` reports; `problems` empty means healthy (docs/operations.md, "Health check"). */
export interface HealthReport {
  mode: 'queue' | 'embedded';
  health: 'ok' | 'degraded';
  /** One sentence per reason for "degraded". */
  problems: string[];
  workers: Array<Beat & { lastBeatSecondsAgo: number }>;
  /** Queue mode only. */
  counts: { waiting: number; active: number; delayed: number; completed: number; failed: number } | null;
  oldestWaiting: { sha256: string; path: string | null; queuedAt: string; waitingSeconds: number } | null;
  failedInWindow: {
    windowMinutes: number;
    /** Documents that failed as documents (corrupt, encrypted, too large…): a failed result, normal work. */
    documents: number;
    /** Jobs that failed for another reason: a crashed, killed or timed-out worker, a stalled job, a file never readable. */
    other: Array<{ sha256: string; path: string | null; reason: string; failedAt: string }>;
  };
  lastAlert: { alertId: string; type: string; severity: string; createdAt: string; path: string } | null;
  /** Alerts in <out>/webhook-outbox not yet accepted by the webhook. */
  webhookPending: number;
}

export interface HealthOptions {
  config: QueueConfig;
  outDir: string;
  windowMinutes: number;
  now?: number;
}

/** Enough of an alerts.jsonl line to count and show it; loose, so a newer schema's line still counts. */
const AlertLine = z.looseObject({
  alertId: z.string(),
  type: z.string(),
  severity: z.string(),
  createdAt: z.string(),
  document: z.looseObject({ path: z.string(), sha256: z.string() }),
  error: z.looseObject({ code: z.string(), message: z.string() }).nullable().optional(),
});
type AlertLine = z.infer<typeof AlertLine>;

/** How much of the end of alerts.jsonl is read: a window's alerts and the last one are at its end. */
const ALERTS_TAIL_BYTES = 8 * 1024 * 1024;

/** Queue mode: live workers from their Redis heartbeats, the queue's counts and its failed jobs. */
export async function queueHealth({ config, outDir, windowMinutes, now = Date.now() }: HealthOptions): Promise<HealthReport> {
  const since = now - windowMinutes * 60_000;
  const client = new Redis(config.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: true, connectionName: 'rapportkoll-status' });
  client.on('error', () => undefined);
  const queue = openDocumentQueue(config, { readOnly: true });
  try {
    const beats = await readRedisBeats(client, config);
    const raw = await queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'completed', 'failed');
    const counts = {
      waiting: (raw.waiting ?? 0) + (raw.prioritized ?? 0),
      active: raw.active ?? 0,
      delayed: raw.delayed ?? 0,
      completed: raw.completed ?? 0,
      failed: raw.failed ?? 0,
    };
    const [oldest] = await queue.getJobs(['waiting'], 0, 0, true);
    const oldestWaiting = oldest
      ? {
          sha256: String(oldest.id),
          path: DocumentJobData.safeParse(oldest.data).data?.originalPath ?? null,
          queuedAt: new Date(oldest.timestamp).toISOString(),
          waitingSeconds: Math.max(0, Math.round((now - oldest.timestamp) / 1000)),
        }
      : null;
    const store = new ResultStore(outDir);
    let documents = 0;
    const other: HealthReport['failedInWindow']['other'] = [];
    // Newest first: stop at the first job that failed before the window.
    for (let start = 0; ; start += 200) {
      const failed = await queue.getJobs(['failed'], start, start + 199, false);
      const inWindow = failed.filter((job) => (job.finishedOn ?? 0) >= since);
      for (const job of inWindow) {
        const sha256 = String(job.id);
        if ((await store.read(sha256))?.status === 'failed') documents += 1;
        else
          other.push({
            sha256,
            path: DocumentJobData.safeParse(job.data).data?.originalPath ?? null,
            reason: job.failedReason,
            failedAt: new Date(job.finishedOn ?? now).toISOString(),
          });
      }
      if (failed.length < 200 || inWindow.length < failed.length) break;
    }
    const alerts = await readAlertsTail(outDir);
    addJobFailedAlerts(other, alerts, since);
    const live = beats.filter((beat) => isLive(beat, now));
    return report('queue', live, counts, oldestWaiting, { windowMinutes, documents, other }, alerts, await outboxBacklog(outboxDirectory(outDir)), now);
  } finally {
    await queue.close();
    client.disconnect();
  }
}

/** `watch --embedded`: everything from the out folder, no Redis. */
export async function embeddedHealth({ outDir, windowMinutes, now = Date.now() }: HealthOptions): Promise<HealthReport> {
  const since = now - windowMinutes * 60_000;
  const live = (await readFileBeats(outDir)).filter((beat) => isLive(beat, now));
  const alerts = await readAlertsTail(outDir);
  const documents = alerts.filter((alert) => alert.type === 'failed' && alert.error?.code !== 'job-failed' && Date.parse(alert.createdAt) >= since).length;
  const other: HealthReport['failedInWindow']['other'] = [];
  addJobFailedAlerts(other, alerts, since);
  return report('embedded', live, null, null, { windowMinutes, documents, other }, alerts, await outboxBacklog(outboxDirectory(outDir)), now);
}

function report(
  mode: HealthReport['mode'],
  live: Beat[],
  counts: HealthReport['counts'],
  oldestWaiting: HealthReport['oldestWaiting'],
  failedInWindow: HealthReport['failedInWindow'],
  alerts: AlertLine[],
  webhookPending: number,
  now: number,
): HealthReport {
  const problems: string[] = [];
  if (live.length === 0) problems.push(mode === 'queue' ? 'no live worker: start `rapportkoll worker`' : 'no live `watch --embedded` on this out folder');
  const other = failedInWindow.other.length;
  if (other > 0)
    problems.push(`${other} job${other === 1 ? '' : 's'} failed in the last ${failedInWindow.windowMinutes} min for a reason other than the document`);
  const last = alerts.at(-1);
  return {
    mode,
    health: problems.length === 0 ? 'ok' : 'degraded',
    problems,
    workers: live.map((beat) => ({ ...beat, lastBeatSecondsAgo: Math.max(0, Math.round((now - Date.parse(beat.beatAt)) / 1000)) })),
    counts,
    oldestWaiting,
    failedInWindow,
    lastAlert: last ? { alertId: last.alertId, type: last.type, severity: last.severity, createdAt: last.createdAt, path: last.document.path } : null,
    webhookPending,
  };
}

/** A `job-failed` alert in the window (the queue or the embedded watcher gave up on a job) that is not listed yet. */
function addJobFailedAlerts(other: HealthReport['failedInWindow']['other'], alerts: AlertLine[], since: number): void {
  for (const alert of alerts) {
    if (alert.error?.code !== 'job-failed' || Date.parse(alert.createdAt) < since) continue;
    if (other.some((entry) => entry.sha256 === alert.document.sha256)) continue;
    other.push({ sha256: alert.document.sha256, path: alert.document.path, reason: alert.error.message, failedAt: alert.createdAt });
  }
}

/** The alerts at the end of <out>/alerts.jsonl, oldest first; a torn or foreign line is skipped. */
async function readAlertsTail(outDir: string): Promise<AlertLine[]> {
  let handle;
  try {
    handle = await open(alertsFile(outDir), 'r');
  } catch {
    return [];
  }
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, ALERTS_TAIL_BYTES);
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, size - length);
    const lines = buffer.toString('utf8').split('\n');
    if (length < size) lines.shift();
    const alerts: AlertLine[] = [];
    for (const line of lines) {
      if (!line.trim()) continue;
      try {
        const parsed = AlertLine.safeParse(JSON.parse(line));
        if (parsed.success) alerts.push(parsed.data);
      } catch {
        // A torn last line of a killed writer.
      }
    }
    return alerts;
  } finally {
    await handle.close();
  }
}
