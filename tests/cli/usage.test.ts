import { describe, expect, it } from 'vitest';
import { FIXTURES } from './support/fixtures.js';
import { runCli } from './support/run-cli.js';

const DOC = FIXTURES.slutrapportDocx;

describe('rapportkoll extract: usage errors exit 2 with one clear line on stderr and nothing on stdout', () => {
  it.each([
    { name: 'unknown option', args: ['extract', DOC, '--bogus'], says: "unknown option '--bogus'" },
    { name: 'no path', args: ['extract'], says: "missing required argument 'paths'" },
    { name: 'nonexistent path', args: ['extract', DOC, 'no/such/report.pdf'], says: 'no such file or folder: no/such/report.pdf' },
    { name: 'unknown format', args: ['extract', DOC, '--format', 'xml'], says: "'xml' is invalid" },
    { name: '--fail-on info', args: ['extract', DOC, '--fail-on', 'info'], says: "'info' is invalid" },
    { name: 'zero --max-bytes', args: ['extract', DOC, '--max-bytes', '0'], says: 'whole number of 1 or more' },
    { name: 'non-numeric --timeout-ms', args: ['extract', DOC, '--timeout-ms', 'soon'], says: 'whole number of 1 or more' },
    { name: 'unknown command', args: ['frobnicate'], says: "unknown command 'frobnicate'" },
  ])('$name', async ({ args, says }) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(says);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('no command at all prints the help on stderr and exits 2', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('extract [options] <paths...>');
  });

  it.each([{ args: ['--help'] }, { args: ['extract', '--help'] }, { args: ['--version'] }])('$args exits 0', async ({ args }) => {
    const run = await runCli(args);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toBe('');
  });
});
