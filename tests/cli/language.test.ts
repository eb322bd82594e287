/**
 * Swedish first (issue 16): the real CLI, built in dist/, says everything meant for people in
 * Swedish unless English is asked for with --lang en, RAPPORTKOLL_LANG or the configuration
 * file's "lang": its help, its usage and configuration errors, the reader's warnings and the
 * failure advice in the results. The JSON is otherwise the same in both languages.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentResult } from '../../schemas/result.js';
import { wordingProblems } from '../rules/support/messages.js';
import { FIXTURES } from './support/fixtures.js';
import { parseResults, runCli } from './support/run-cli.js';
import { useScratchDir } from './support/temp-dir.js';

const COMMANDS = ['extract', 'watch', 'worker', 'enqueue', 'status', 'reconcile', 'reprocess'];
const scratch = useScratchDir();

/** The descriptions in a help text: every line but the usage line (option names and values are the same in both languages). */
function descriptions(help: string): string {
  return help
    .split('\n')
    .filter((line) => !/^(Användning|Usage):/.test(line))
    .join('\n');
}

describe('help', () => {
  it.each(['', ...COMMANDS])('rapportkoll %s --help is in Swedish, and in English with --lang en', async (command) => {
    const args = command ? [command, '--help'] : ['--help'];
    const sv = await runCli(args);
    expect(sv.code).toBe(0);
    expect(sv.stdout).toMatch(/^Användning: rapportkoll/);
    expect(sv.stdout).toContain('Flaggor:');
    expect(sv.stdout).toContain('visa hjälp för kommandot');
    expect(wordingProblems(descriptions(sv.stdout), 'sv')).toEqual([]);
    const en = await runCli([...args, '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/^Usage: rapportkoll/);
    expect(en.stdout).toContain('display help for command');
    expect(en.stdout).not.toContain('Flaggor:');
  });

  it('RAPPORTKOLL_LANG=en and a configuration file\'s "lang": "en" give the English help; --lang sv wins over both', async () => {
    const viaEnv = await runCli(['extract', '--help'], { env: { RAPPORTKOLL_LANG: 'en' } });
    expect(viaEnv.stdout).toMatch(/^Usage:/);
    const config = join(scratch(), 'rapportkoll.config.json');
    await writeFile(config, JSON.stringify({ lang: 'en' }));
    const viaFile = await runCli(['extract', '--help', '--config', config]);
    expect(viaFile.stdout).toMatch(/^Usage:/);
    const flag = await runCli(['extract', '--help', '--lang', 'sv'], { env: { RAPPORTKOLL_LANG: 'en' } });
    expect(flag.stdout).toMatch(/^Användning:/);
  });
});

describe('configuration errors', () => {
  it.each([
    {
      name: 'a misspelt rule id',
      content: { rules: { 'late-reports': 'off' } },
      sv: 'rules: okänt regel-id "late-reports"; menade du "late-report"?',
      en: 'rules: unknown rule id "late-reports"; did you mean "late-report"?',
    },
    {
      name: 'a heap too small',
      content: { limits: { maxHeapMb: 8 } },
      sv: 'limits.maxHeapMb: måste vara minst 64 (MB)',
      en: 'limits.maxHeapMb: must be at least 64 (MB)',
    },
    { name: 'not JSON', content: '{ limits: ', sv: 'är inte giltig JSON', en: 'is not valid JSON' },
  ])('$name: in Swedish, and in English with --lang en', async ({ content, sv, en }) => {
    const config = join(scratch(), 'bad.json');
    await writeFile(config, typeof content === 'string' ? content : JSON.stringify(content));
    const swedish = await runCli(['extract', FIXTURES.slutrapportDocx, '--config', config]);
    expect(swedish.code).toBe(2);
    expect(swedish.stderr).toContain(sv);
    const english = await runCli(['extract', FIXTURES.slutrapportDocx, '--config', config, '--lang', 'en']);
    expect(english.code).toBe(2);
    expect(english.stderr).toContain(en);
  });

  it('a bad RAPPORTKOLL_LANG is named, in Swedish', async () => {
    const run = await runCli(['extract', FIXTURES.slutrapportDocx], { env: { RAPPORTKOLL_LANG: 'de' } });
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('rapportkoll: ogiltig konfiguration: RAPPORTKOLL_LANG: väntade "sv" eller "en", inte "de"');
  });
});

/** A result with every text for people left out: what must be the same in both languages. */
function withoutTexts(result: DocumentResult): unknown {
  return {
    ...result,
    findings: result.findings.map(({ message: _message, ...finding }) => finding),
    warnings: result.warnings.map(({ message: _message, ...warning }) => warning),
    error: result.error && { code: result.error.code },
  };
}

describe('results', () => {
  it("a reader's warnings and a failed document's advice are in Swedish, in English with --lang en, and nothing else differs", async () => {
    const files = [join(FIXTURES.badDir, 'external-resources.docx'), join(FIXTURES.badDir, 'truncated.docx'), join(FIXTURES.badDir, 'image.png')];
    const sv = parseResults((await runCli(['extract', ...files, '--quiet'])).stdout);
    const en = parseResults((await runCli(['extract', ...files, '--quiet', '--lang', 'en'])).stdout);
    expect(sv.map(withoutTexts)).toEqual(en.map(withoutTexts));
    const [external, truncated, image] = sv;
    expect(external?.warnings.map((warning) => warning.message)).toEqual([
      'Hänvisningar utanför dokumentet hoppades över och hämtades aldrig (2 länkar, 2 bilder)',
    ]);
    expect(en[0]?.warnings.map((warning) => warning.message)).toEqual(['External references were ignored and never fetched (2 hyperlinks, 2 images)']);
    for (const failed of [truncated, image]) {
      expect(failed?.status).toBe('failed');
      // What a library said about the damage is quoted as it said it, marked as such.
      const said = (failed?.error?.message ?? '').replace(/\(tekniskt: [^)]*\)/g, '');
      expect(wordingProblems(said, 'sv')).toEqual([]);
    }
    expect(en[1]?.error?.message).not.toBe(truncated?.error?.message);
  });

  it('the summary on stderr is in Swedish, and in English with --lang en', async () => {
    const sv = await runCli(['extract', FIXTURES.slutrapportDocx, join(FIXTURES.badDir, 'image.png')]);
    expect(sv.stderr).toMatch(/2 dokument: 1 ok, 1 misslyckades/);
    const en = await runCli(['extract', FIXTURES.slutrapportDocx, join(FIXTURES.badDir, 'image.png'), '--lang', 'en']);
    expect(en.stderr).toMatch(/2 documents: 1 ok, 1 failed/);
  });
});

describe('status', () => {
  it("--embedded's table on an out folder nobody watches: in Swedish, in English with --lang en; --json the same in both", async () => {
    const out = scratch();
    const sv = await runCli(['status', '--embedded', '--out', out]);
    expect(sv.code).toBe(4);
    expect(sv.stdout.split('\n')).toEqual([
      `watch --embedded, ut-mapp ${out}`,
      'hälsa           nedsatt: ingen levande `watch --embedded` på den här ut-mappen',
      'arbetare        ingen lever',
      'misslyckade 60 min 0 dokument, 0 andra',
      'senaste larm    inget',
      'webhook väntar  0',
      '',
    ]);
    const en = await runCli(['status', '--embedded', '--out', out, '--lang', 'en']);
    expect(en.stdout).toContain('health          degraded: no live `watch --embedded` on this out folder\n');
    const [jsonSv, jsonEn] = await Promise.all([
      runCli(['status', '--embedded', '--out', out, '--json']),
      runCli(['status', '--embedded', '--out', out, '--json', '--lang', 'en']),
    ]);
    const parsed = (text: string): unknown => JSON.parse(text) as unknown;
    expect(parsed(jsonSv.stdout)).toEqual(parsed(jsonEn.stdout));
  });
});
