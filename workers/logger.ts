import { pino, type Logger } from 'pino';
import type { QueueConfig } from '../schemas/queue-config.js';
import { prettyDestination } from './pretty-log.js';

export type { Logger };

/**
 * Structured logs go to stderr so that stdout stays free for command output (status, enqueue).
 * The level is the queue configuration's (LOG_LEVEL, validated with the rest of it, default info).
 * On a terminal the lines are for a person (pretty-log.ts: Stockholm time, level, message, key
 * fields); anywhere else they are JSON, one object per line.
 */
export function createLogger(name: string, level: QueueConfig['logLevel'] = 'info'): Logger {
  const options = { name, level, base: { pid: process.pid } };
  if (process.stderr.isTTY) return pino(options, prettyDestination(2, !process.env.NO_COLOR));
  return pino(options, pino.destination({ fd: 2, sync: true }));
}
