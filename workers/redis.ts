import { Redis } from 'ioredis';
import type { ConnectionOptions } from 'bullmq';
import type { QueueConfig } from '../schemas/queue-config.js';
import { RedisUnavailableError } from './errors.js';
import { fillText, SERVICE_TEXT } from './texts.js';

/** BullMQ connection options; maxRetriesPerRequest null lets workers ride out a Redis restart. */
export function bullConnection(config: QueueConfig): ConnectionOptions {
  return { url: config.redisUrl, maxRetriesPerRequest: null, connectionName: 'rapportkoll' };
}

/** The URL without its password, for messages. */
export function displayRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString().replace(/\/$/, '');
  } catch {
    return url;
  }
}

/**
 * Fails fast with one actionable sentence instead of BullMQ's endless reconnect attempts, so that
 * `watch` without --embedded tells a kansli user what to do when Redis is not running.
 */
export async function assertRedisReachable(url: string, timeoutMs = 2_000): Promise<void> {
  // ioredis keeps a failing CLI alive with its connect and disconnect timers (2 s each), so the wait
  // is bounded here with an unref'd timer and the disconnect timer is kept short.
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 0,
    disconnectTimeout: 50,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  let lastError: Error | null = null;
  client.on('error', (error: Error) => {
    lastError = error;
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    timer.unref();
  });
  try {
    await Promise.race([client.connect().then(() => client.ping()), timeout]);
  } catch (error) {
    const cause = lastError ?? error;
    const reason = cause instanceof Error ? ((cause as NodeJS.ErrnoException).code ?? cause.message) : String(cause);
    const redis = displayRedisUrl(url);
    throw new RedisUnavailableError(fillText(SERVICE_TEXT.redisUnreachable, 'en', { redis, reason }), redis, reason);
  } finally {
    clearTimeout(timer);
    client.disconnect();
  }
}
