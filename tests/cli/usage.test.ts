import { describe, expect, it } from 'vitest';
import { FIXTURES } from './support/fixtures.js';
import { runCli } from './support/run-cli.js';

const DOC = FIXTURES.slutrapportDocx;

describe('rapportkoll extract: usage errors exit 2 with one clear line on stderr and nothing on stdout, in Swedish unless --lang en', () => {
  it.each([
    { name: 'unknown option', args: ['extract', DOC, '--bogus'], sv: "fel: okänd flagga '--bogus'", en: "error: unknown option '--bogus'" },
    { name: 'no path', args: ['extract'], sv: "fel: argumentet 'paths' saknas", en: "error: missing required argument 'paths'" },
    {
      name: 'nonexistent path',
      args: ['extract', DOC, 'no/such/report.pdf'],
      sv: 'rapportkoll: filen eller mappen finns inte: no/such/report.pdf',
      en: 'rapportkoll: no such file or folder: no/such/report.pdf',
    },
    {
      name: 'unknown format',
      args: ['extract', DOC, '--format', 'xml'],
      sv: "värdet 'xml' för flaggan '--format <format>' är ogiltigt",
      en: "'xml' is invalid",
    },
    { name: '--fail-on info', args: ['extract', DOC, '--fail-on', 'info'], sv: 'Tillåtna värden: error, warning.', en: "'info' is invalid" },
    { name: 'zero --max-bytes', args: ['extract', DOC, '--max-bytes', '0'], sv: 'väntade ett heltal, 1 eller mer', en: 'whole number of 1 or more' },
    {
      name: 'non-numeric --timeout-ms',
      args: ['extract', DOC, '--timeout-ms', 'soon'],
      sv: 'väntade ett heltal, 1 eller mer',
      en: 'whole number of 1 or more',
    },
    { name: 'unknown command', args: ['frobnicate'], sv: "fel: okänt kommando 'frobnicate'", en: "unknown command 'frobnicate'" },
    {
      name: '--resume without --out',
      args: ['extract', DOC, '--resume'],
      sv: 'rapportkoll: --resume kräver --out <mapp>',
      en: 'rapportkoll: --resume needs --out <dir>',
    },
  ])('$name', async ({ args, sv, en }) => {
    for (const [lang, says] of [
      [[], sv],
      [['--lang', 'en'], en],
    ] as const) {
      const run = await runCli([...args, ...lang]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(says);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
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
