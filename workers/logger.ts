import { pino, type Logger } from 'pino';
import type { QueueConfig } from '../schemas/queue-config.js';

export type { Logger };

/**
 * Structured logs go to stderr so that stdout stays free for command output (status, enqueue).
 * The level is the queue configuration's (LOG_LEVEL, validated with the rest of it, default info).
 */
export function createLogger(name: string, level: QueueConfig['logLevel'] = 'info'): Logger {
  return pino({ name, level, base: { pid: process.pid } }, pino.destination({ fd: 2, sync: true }));
}
