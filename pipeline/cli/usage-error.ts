/** Exit statuses of `rapportkoll extract` (docs/operations.md, "Commands and exit statuses"). */
export const EXIT_OK = 0;
/** With --fail-on: a finding of that severity or worse. Also: the run itself broke (message on stderr). */
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** The command line cannot be acted on: one line on stderr, exit status 2, no stack trace. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
