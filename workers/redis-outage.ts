import { Redis } from 'ioredis';
import type { QueueConfig } from '../schemas/queue-config.js';
import type { Logger } from './logger.js';
import { displayRedisUrl } from './redis.js';

/** Error codes and messages of a connection that is down, as ioredis and BullMQ report them. */
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ECONNABORTED']);
const CONNECTION_MESSAGES = /Connection is closed|connect ETIMEDOUT|Stream isn't writeable|MaxRetriesPerRequestError|LOADING|Socket closed unexpectedly/i;

export function isConnectionError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as NodeJS.ErrnoException).code;
  if (code && CONNECTION_CODES.has(code)) return true;
  if (error instanceof AggregateError) return error.errors.some(isConnectionError);
  return CONNECTION_MESSAGES.test(error.message);
}

export interface OutageWatch {
  /** Whether the error was a lost connection (and so is covered by the outage's one warning); otherwise the caller logs it. */
  absorb(error: unknown): boolean;
  close(): void;
}

/**
 * A Redis outage is one warning when it starts and one when it ends, not a stack trace per
 * reconnect attempt. A probe connection of its own tells when Redis is gone (its reconnects fail)
 * and when it is back (ready again); the queue's own connection errors meanwhile are absorbed.
 */
export function watchRedisOutages(config: QueueConfig, logger: Logger): OutageWatch {
  let outage: { since: number; reason: string; absorbed: number } | null = null;
  const begin = (error: unknown): void => {
    if (outage) {
      outage.absorbed += 1;
      return;
    }
    const reason = error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.message) : String(error);
    outage = { since: Date.now(), reason, absorbed: 0 };
    logger.warn({ redis: displayRedisUrl(config.redisUrl), reason }, 'redis-down');
  };
  const end = (): void => {
    if (!outage) return;
    logger.warn(
      { redis: displayRedisUrl(config.redisUrl), downSeconds: Math.round((Date.now() - outage.since) / 1000), errorsNotLogged: outage.absorbed },
      'redis-back',
    );
    outage = null;
  };
  const probe = new Redis(config.redisUrl, {
    connectionName: 'rapportkoll-probe',
    maxRetriesPerRequest: null,
    retryStrategy: (times) => Math.min(times * 250, 2_000),
  });
  probe.on('error', (error: unknown) => {
    if (isConnectionError(error)) begin(error);
  });
  let closing = false;
  probe.on('close', () => {
    // A dropped connection is the outage's start even before a reconnect attempt fails.
    if (!closing) begin(new Error('connection closed'));
  });
  probe.on('ready', end);
  return {
    absorb(error) {
      if (!isConnectionError(error)) return false;
      // The queue's connections may report a loss a moment after the probe is back: no new outage.
      if (probe.status === 'ready') logger.debug({ err: error }, 'redis-connection-error');
      else begin(error);
      return true;
    },
    close() {
      closing = true;
      probe.disconnect();
    },
  };
}

/**
 * BullMQ needs Redis to keep every key (`maxmemory-policy noeviction`): with an evicting policy a
 * full Redis silently drops jobs. Says so once at start; a Redis that does not allow CONFIG (some
 * managed services) is not asked twice.
 */
export async function warnUnlessNoEviction(config: QueueConfig, logger: Logger): Promise<void> {
  const client = new Redis(config.redisUrl, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
    connectionName: 'rapportkoll-check',
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    const answer = (await client.config('GET', 'maxmemory-policy')) as unknown;
    const policy = Array.isArray(answer) ? String(answer[1] ?? '') : '';
    if (policy && policy !== 'noeviction') {
      logger.warn({ redis: displayRedisUrl(config.redisUrl), maxmemoryPolicy: policy }, 'redis-may-evict');
    }
  } catch {
    // CONFIG not allowed or Redis gone again: the outage warning covers the latter.
  } finally {
    client.disconnect();
  }
}
