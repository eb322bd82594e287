import { CommanderError } from 'commander';
import { ExportFolderError } from '../pipeline/output/export-folder.js';
import { ConfigError, RedisUnavailableError } from '../workers/errors.js';
import { printable } from '../pipeline/support/printable.js';
import { fillText, SERVICE_TEXT } from '../workers/texts.js';
import { fill, TEXT } from './texts.js';
import { say, uiLang } from './ui-lang.js';

/** Exit statuses of every command (docs/operations.md, "Commands and exit statuses"). */
export const EXIT_OK = 0;
/** With --fail-on: a finding of that severity or worse. Also: the run itself broke (message on stderr). */
export const EXIT_FINDINGS = 1;
export const EXIT_FAILURE = 1;
/** The command line, the configuration or the environment cannot be acted on. */
export const EXIT_USAGE = 2;
/** watch, worker, enqueue, status: Redis cannot be reached. */
export const EXIT_REDIS_UNREACHABLE = 3;
/** status: the service runs but is degraded (no live worker, or jobs failed for a reason other than the document). */
export const EXIT_DEGRADED = 4;

/** The command line cannot be acted on: one line on stderr, exit status 2, no stack trace. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * The one place an error becomes an exit status. What the person running rapportkoll can fix
 * (usage, configuration, an output folder that cannot be used, Redis not running) is one line on
 * stderr; anything else stopped the run, and a bug's stack says where.
 */
export function exitStatusOf(error: unknown, stderr: { write(text: string): unknown } = process.stderr): number {
  if (error instanceof CommanderError) {
    // Commander has already printed its message; --help and --version are the exits with status 0.
    return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
  }
  if (error instanceof UsageError || error instanceof ConfigError || error instanceof ExportFolderError) {
    stderr.write(`rapportkoll: ${printable(error.message)}\n`);
    return EXIT_USAGE;
  }
  if (error instanceof RedisUnavailableError) {
    stderr.write(`rapportkoll: ${printable(fillText(SERVICE_TEXT.redisUnreachable, uiLang(), { redis: error.redis, reason: error.reason }))}\n`);
    return EXIT_REDIS_UNREACHABLE;
  }
  // A stack keeps its lines; inside each, what a file name brought is escaped.
  const reason = describeFailure(error).split('\n').map(printable).join('\n');
  stderr.write(`rapportkoll: ${fill(say(TEXT.runStopped), { reason })}\n`);
  return EXIT_FAILURE;
}

/** A system error (EACCES, ENOSPC…) says all in its message; anything else is a bug, and its stack says where. */
function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return typeof (error as NodeJS.ErrnoException).code === 'string' ? error.message : (error.stack ?? error.message);
}
