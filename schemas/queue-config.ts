import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { Severity } from './common.js';

const positiveMs = z.coerce.number().int().positive();

/**
 * Configuration of queue mode (watch, worker, enqueue, status). Every field can come from the
 * environment (QUEUE_CONFIG_ENV) or a CLI flag; flags win. Numbers are coerced because both arrive
 * as strings.
 */
export const QueueConfig = z.object({
  redisUrl: z.url({ protocol: /^rediss?$/ }).default('redis://127.0.0.1:6379'),
  /** BullMQ queue name; separate names give separate fleets on one Redis. */
  queueName: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,100}$/)
    .default('documents'),
  /** Redis key prefix of every queue key. */
  prefix: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,50}$/)
    .default('rapportkoll'),
  /** Results, alerts, spool, processed/ and failed/; shared storage when workers run on several machines. */
  outDir: z.string().min(1).default('./rapportkoll-out'),
  /** Documents parsed at the same time by one process (one worker thread each). */
  concurrency: z.coerce
    .number()
    .int()
    .min(1)
    .max(64)
    .default(() => availableParallelism()),
  /** Whole-job limit, a backstop above the per-document parse limit of the pipeline. */
  jobTimeoutMs: positiveMs.default(120_000),
  /** Attempts for transient faults (file not yet readable, Redis hiccup); bad documents never retry. */
  attempts: z.coerce.number().int().min(1).max(100).default(5),
  /** First retry delay; doubles each attempt. */
  backoffMs: positiveMs.default(5_000),
  /** A killed worker's job is taken over after about lockDurationMs + stalledIntervalMs. */
  lockDurationMs: positiveMs.default(30_000),
  stalledIntervalMs: positiveMs.default(30_000),
  /** A job that stalls more often than this (it keeps killing its worker) fails. */
  maxStalledCount: z.coerce.number().int().min(0).max(100).default(2),
  /** Findings at or above this severity raise an alert; failed documents always do. */
  alertSeverity: Severity.default('warning'),
  webhookUrl: z
    .url({ protocol: /^https?$/ })
    .nullable()
    .default(null),
  /** The body POSTed: json (the alert as in alerts.jsonl), slack (a one-line Swedish `text`; Mattermost, Rocket.Chat), teams (an Adaptive Card). */
  webhookFormat: z.enum(['json', 'slack', 'teams']).default('json'),
  /** Keep names, e-mail addresses, phone numbers and personnummer out of what the webhook is sent. */
  webhookRedact: z.union([z.boolean(), z.stringbool()]).default(true),
  webhookTimeoutMs: positiveMs.default(10_000),
  /** First redelivery delay of a webhook alert; doubles up to webhookMaxRetryMs, forever. */
  webhookRetryMs: positiveMs.default(2_000),
  webhookMaxRetryMs: positiveMs.default(600_000),
  /** How often the webhook outbox is scanned for due alerts. */
  outboxPollMs: positiveMs.default(5_000),
  /** A dropped file is measured this often… */
  stabilityPollMs: positiveMs.default(1_000),
  /** …and taken when its size stayed the same this many polls in a row and its format looks complete. */
  stablePolls: z.coerce.number().int().min(1).max(100).default(2),
  /** A file whose format never looks complete is taken anyway (to end as a failed result) after this quiet time. */
  incompleteGraceMs: positiveMs.default(60_000),
  /** Poll the inbox instead of OS events: needed on SMB/NFS shares whose changes are made by other machines. */
  usePolling: z.union([z.boolean(), z.stringbool()]).default(false),
  /** How often the watcher asks the queue whether its documents are done. */
  stateCheckMs: positiveMs.default(1_000),
  /** processed/ and failed/ copies, results and alerts older than this many days are removed (watch, hourly); null keeps everything. */
  retentionDays: z.coerce.number().int().min(1).max(36_500).nullable().default(null),
  /** pino level of the stderr log. */
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** How often a worker or `watch --embedded` tells `status` it is alive; three missed beats count as dead. */
  heartbeatMs: positiveMs.default(5_000),
});
export type QueueConfig = z.infer<typeof QueueConfig>;

/** The environment variable of each field. */
export const QUEUE_CONFIG_ENV = {
  redisUrl: 'REDIS_URL',
  queueName: 'RAPPORTKOLL_QUEUE',
  prefix: 'RAPPORTKOLL_REDIS_PREFIX',
  outDir: 'RAPPORTKOLL_OUT',
  concurrency: 'RAPPORTKOLL_CONCURRENCY',
  jobTimeoutMs: 'RAPPORTKOLL_JOB_TIMEOUT_MS',
  attempts: 'RAPPORTKOLL_ATTEMPTS',
  backoffMs: 'RAPPORTKOLL_BACKOFF_MS',
  lockDurationMs: 'RAPPORTKOLL_LOCK_DURATION_MS',
  stalledIntervalMs: 'RAPPORTKOLL_STALLED_INTERVAL_MS',
  maxStalledCount: 'RAPPORTKOLL_MAX_STALLED_COUNT',
  alertSeverity: 'RAPPORTKOLL_ALERT_SEVERITY',
  webhookUrl: 'ALERT_WEBHOOK_URL',
  webhookFormat: 'ALERT_WEBHOOK_FORMAT',
  webhookRedact: 'ALERT_WEBHOOK_REDACT',
  webhookTimeoutMs: 'ALERT_WEBHOOK_TIMEOUT_MS',
  webhookRetryMs: 'ALERT_WEBHOOK_RETRY_MS',
  webhookMaxRetryMs: 'ALERT_WEBHOOK_MAX_RETRY_MS',
  outboxPollMs: 'ALERT_WEBHOOK_POLL_MS',
  stabilityPollMs: 'RAPPORTKOLL_STABILITY_POLL_MS',
  stablePolls: 'RAPPORTKOLL_STABLE_POLLS',
  incompleteGraceMs: 'RAPPORTKOLL_INCOMPLETE_GRACE_MS',
  usePolling: 'RAPPORTKOLL_USE_POLLING',
  stateCheckMs: 'RAPPORTKOLL_STATE_CHECK_MS',
  retentionDays: 'RAPPORTKOLL_RETENTION_DAYS',
  logLevel: 'LOG_LEVEL',
  heartbeatMs: 'RAPPORTKOLL_HEARTBEAT_MS',
} as const satisfies Record<keyof QueueConfig, string>;

/** Where each field sits in the configuration file (rapportkoll.config.json): its section and key. */
export const QUEUE_CONFIG_FILE = {
  redisUrl: ['queue', 'redisUrl'],
  queueName: ['queue', 'name'],
  prefix: ['queue', 'prefix'],
  outDir: ['queue', 'out'],
  concurrency: ['queue', 'concurrency'],
  jobTimeoutMs: ['queue', 'jobTimeoutMs'],
  attempts: ['queue', 'attempts'],
  backoffMs: ['queue', 'backoffMs'],
  lockDurationMs: ['queue', 'lockDurationMs'],
  stalledIntervalMs: ['queue', 'stalledIntervalMs'],
  maxStalledCount: ['queue', 'maxStalledCount'],
  alertSeverity: ['alerts', 'severity'],
  webhookUrl: ['webhook', 'url'],
  webhookFormat: ['webhook', 'format'],
  webhookRedact: ['webhook', 'redact'],
  webhookTimeoutMs: ['webhook', 'timeoutMs'],
  webhookRetryMs: ['webhook', 'retryMs'],
  webhookMaxRetryMs: ['webhook', 'maxRetryMs'],
  outboxPollMs: ['webhook', 'pollMs'],
  stabilityPollMs: ['inbox', 'stabilityPollMs'],
  stablePolls: ['inbox', 'stablePolls'],
  incompleteGraceMs: ['inbox', 'incompleteGraceMs'],
  usePolling: ['inbox', 'poll'],
  stateCheckMs: ['queue', 'stateCheckMs'],
  retentionDays: ['retention', 'days'],
  logLevel: ['log', 'level'],
  heartbeatMs: ['queue', 'heartbeatMs'],
} as const satisfies Record<keyof QueueConfig, readonly [string, string]>;

/** The queue settings as read from the configuration file, keyed by field; validated with the rest (loadQueueConfig). */
export type QueueConfigFileValues = Partial<Record<keyof QueueConfig, unknown>>;
