import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentResult } from '../../schemas/result.js';
import { FIXTURES, fixturePath } from './support/fixtures.js';
import { extract, parseResults, runCli } from './support/run-cli.js';
import { useScratchDir, writeJson } from './support/temp-dir.js';

const DOC = FIXTURES.slutrapportDocx;

/** Every rule of docs/rules.md whose default severity is warning or error. */
const WARNING_AND_ERROR_RULES = [
  'outcome-total-mismatch',
  'budget-total-mismatch',
  'budget-exceeds-granted',
  'outcome-zero-with-budget',
  'outcome-exceeds-budget',
  'gender-sum-mismatch',
  'aggregate-mismatch',
  'percentage-mismatch',
  'invalid-date',
  'period-reversed',
  'period-mismatch',
  'late-report',
  'empty-required-section',
  'checklist-unanswered',
  'unsigned-report',
  'personal-identity-number',
  'cross-document-mismatch',
];

let dir: string;

const scratch = useScratchDir();

beforeAll(async () => {
  dir = scratch();
});

describe('configuration file: validated, with a clear message when wrong', () => {
  it.each([
    { name: 'not JSON', content: '{ limits: ', says: 'är inte giltig JSON' },
    { name: 'a misspelt key', content: { limit: { maxBytes: 10 } }, says: 'limit' },
    { name: 'a misspelt limit', content: { limits: { maxbytes: 10 } }, says: 'maxbytes' },
    { name: 'a wrong type', content: { limits: { maxBytes: 'big' } }, says: 'limits.maxBytes' },
    {
      name: 'an unknown severity',
      content: { rules: { 'late-report': 'fatal' } },
      says: 'rules.late-report: Ogiltigt val: förväntade en av "error"|"warning"|"info"|"off"',
    },
    { name: 'a misspelt rule id', content: { rules: { 'late-reports': 'off' } }, says: 'rules: okänt regel-id "late-reports"; menade du "late-report"?' },
    { name: 'a run rule id in the wrong case', content: { rules: { 'Cross-Document-Mismatch': 'off' } }, says: 'menade du "cross-document-mismatch"?' },
    { name: 'a rule id like none', content: { rules: { 'be-nice': 'off' } }, says: 'okänt regel-id "be-nice"; regel-id:na finns i docs/rules.md' },
    {
      name: 'several mistakes at once',
      content: { rules: { 'late-reports': 'off', 'unsigned-report': 'loud' }, limits: { maxbytes: 1 } },
      says: 'limits: Okänd nyckel: "maxbytes"; rules.unsigned-report: Ogiltigt val',
    },
    { name: 'a heap too small to fail documents safely', content: { limits: { maxHeapMb: 16 } }, says: 'limits.maxHeapMb: måste vara minst 64' },
    {
      name: 'a template profile with a misspelt label',
      content: { templates: [{ id: 'norrskogen', name: 'Norrskogen', labels: { nmae: ['Projektnamn'] } }] },
      says: 'templates.0.labels',
    },
  ])('$name → exit 2', async ({ name, content, says }) => {
    const config = await writeJson(join(dir, `${name.replace(/\W+/g, '-')}.json`), content);
    const run = await runCli(['extract', DOC, '--config', config]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`konfigurationsfilen ${config}`);
    expect(run.stderr).toContain(says);
  });

  it('a --config file that does not exist → exit 2', async () => {
    const run = await runCli(['extract', DOC, '--config', join(dir, 'missing.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('kan inte läsa konfigurationsfilen');
  });

  it('./rapportkoll.config.json is used when --config is not given, and flags override it', async () => {
    const cwd = join(dir, 'with-default-config');
    await mkdir(cwd);
    await writeJson(join(cwd, 'rapportkoll.config.json'), { limits: { maxBytes: 100 } });
    const fromFile = await extract([fixturePath(DOC)], { cwd });
    expect(fromFile.results[0]?.error?.code).toBe('too-large');
    const overridden = await extract([fixturePath(DOC), '--max-bytes', '100000000'], { cwd });
    expect(overridden.results[0]?.error?.code ?? null).not.toBe('too-large');
  });
});

/** Needs the slutrapport reader, extractor and rules: the seed-like report has an error and several warnings. */
describe('rule severity from configuration, and --fail-on', () => {
  const findingsOf = (result: DocumentResult | undefined, ruleId: string) => result?.findings.filter((finding) => finding.ruleId === ruleId) ?? [];

  it('by default the report carries the catalogue severities', async () => {
    const { results } = await extract([DOC]);
    expect(results[0]?.status).toBe('ok');
    expect(findingsOf(results[0], 'checklist-unanswered').map((finding) => finding.severity)).toContain('warning');
    expect(findingsOf(results[0], 'outcome-total-mismatch').map((finding) => finding.severity)).toEqual(['error']);
  });

  it('a rule set to another severity reports with it; a rule set to "off" reports nothing', async () => {
    const config = await writeJson(join(dir, 'severities.json'), { rules: { 'checklist-unanswered': 'error', 'unsigned-report': 'off' } });
    const { results } = await extract([DOC, '--config', config]);
    const checklist = findingsOf(results[0], 'checklist-unanswered');
    expect(checklist.length).toBeGreaterThan(0);
    expect(checklist.every((finding) => finding.severity === 'error')).toBe(true);
    expect(findingsOf(results[0], 'unsigned-report')).toEqual([]);
  });

  it.each([
    { name: 'without --fail-on, findings do not matter', failOn: [], rules: {}, code: 0 },
    { name: '--fail-on error, with an error finding', failOn: ['--fail-on', 'error'], rules: {}, code: 1 },
    { name: '--fail-on error, the error made a warning', failOn: ['--fail-on', 'error'], rules: { 'outcome-total-mismatch': 'warning' }, code: 0 },
    { name: '--fail-on warning, with warnings', failOn: ['--fail-on', 'warning'], rules: { 'outcome-total-mismatch': 'warning' }, code: 1 },
    {
      name: '--fail-on warning, everything made info',
      failOn: ['--fail-on', 'warning'],
      rules: Object.fromEntries(WARNING_AND_ERROR_RULES.map((id) => [id, 'info'])),
      code: 0,
    },
  ])('$name → exit $code', async ({ failOn, rules, code }) => {
    const config = await writeJson(join(dir, `fail-on-${Math.random().toString(36).slice(2)}.json`), { rules });
    const run = await runCli(['extract', DOC, '--config', config, ...failOn]);
    expect(run.code).toBe(code);
    // The results are written whatever the exit status.
    expect(parseResults(run.stdout)).toHaveLength(1);
  });
});
