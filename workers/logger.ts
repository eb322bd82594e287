import { pino, type Logger, type LoggerOptions } from 'pino';
import type { Lang, Wording } from '../schemas/config.js';
import type { QueueConfig } from '../schemas/queue-config.js';
import { prettyDestination } from './pretty-log.js';
import { fillText, isLogEvent, LOG_TEXT } from './texts.js';

export type { Logger };

/**
 * Structured logs go to stderr so that stdout stays free for command output (status, enqueue).
 * The level is the queue configuration's (LOG_LEVEL, validated with the rest of it, default info).
 * On a terminal the lines are for a person (pretty-log.ts: Stockholm time, level, message, key
 * fields); anywhere else they are JSON, one object per line.
 *
 * Code logs an event id from workers/texts.ts (`logger.info({ path }, 'inbox-file-done')`); the
 * line carries it as `event`, for scripts and tests, and `msg` is its text in `lang`, Swedish
 * unless English is asked for.
 */
export function createLogger(name: string, level: QueueConfig['logLevel'] = 'info', lang: Lang = 'sv'): Logger {
  const options = loggerOptions(name, level, lang);
  if (process.stderr.isTTY) return pino(options, prettyDestination(2, !process.env.NO_COLOR));
  return pino(options, pino.destination({ fd: 2, sync: true }));
}

/** The options of every rapportkoll logger: its name, level and the events' words in `lang`. */
export function loggerOptions(name: string, level: QueueConfig['logLevel'] = 'info', lang: Lang = 'sv'): LoggerOptions {
  return { name, level, base: { pid: process.pid }, hooks: { logMethod: inLanguage(lang) } };
}

function isWording(value: unknown): value is Wording {
  if (value === null || typeof value !== 'object') return false;
  const keys = Object.keys(value);
  return keys.length === 2 && typeof (value as Record<string, unknown>).sv === 'string' && typeof (value as Record<string, unknown>).en === 'string';
}

type LogMethod = NonNullable<NonNullable<LoggerOptions['hooks']>['logMethod']>;

/** Puts the event id in the line and its words in `lang` as the message. */
function inLanguage(lang: Lang): LogMethod {
  return function (this: Logger, args, method) {
    const [first, second, ...rest] = args as unknown[];
    if (isLogEvent(first)) return method.call(this, { event: first }, LOG_TEXT[first][lang]);
    if (first !== null && typeof first === 'object' && isLogEvent(second)) {
      // A field worded in both languages ({ sv, en }, as a reason is) is said in `lang` too.
      const fields = Object.fromEntries(Object.entries(first).map(([key, value]: [string, unknown]) => [key, isWording(value) ? value[lang] : value]));
      return method.apply(this, [{ event: second, ...fields }, fillText(LOG_TEXT[second], lang, fields), ...rest] as Parameters<typeof method>);
    }
    return method.apply(this, args);
  };
}

/**
 * OCR's progress in the log, a line per scanned page (a scan takes seconds a page, so a quiet log
 * would look hung): the file, the page and how far along the document's OCR'd pages it is.
 */
export function logOcrPage(logger: Logger): (path: string, page: number, position: number, total: number) => void {
  return (path, page, position, total) => {
    if (position === 0) logger.info({ path, pages: total }, 'ocr-started');
    else logger.info({ path, page, position, total }, 'ocr-page');
  };
}
