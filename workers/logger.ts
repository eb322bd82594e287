import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Structured logs go to stderr so that stdout stays free for command output (status, enqueue).
 * LOG_LEVEL picks the level (default info).
 */
export function createLogger(name: string): Logger {
  return pino({ name, level: process.env.LOG_LEVEL ?? 'info', base: { pid: process.pid } }, pino.destination({ fd: 2, sync: true }));
}
