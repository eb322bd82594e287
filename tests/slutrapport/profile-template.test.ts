/**
 * A second slutrapport template, read through its template profile alone: reports on the made-up
 * Samordningsförbundet Fjällforsen's form (other labels, other section numbers, the outcome column
 * before the budget column) run through the whole pipeline with the kansli's configuration file
 * (fixtures/docs/profile-template/rapportkoll.config.json). Each gives the values put in and exactly
 * the findings planted: a missing one fails, and so does an extra one.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../fixtures/build/docx/index.js';
import { BUILD_DIR } from '../../fixtures/build/paths.js';
import { ExpectedProfileReports } from '../../fixtures/build/profile-template/expected.js';
import { profileReportDocx } from '../../fixtures/build/profile-template/docx.js';
import { PROFILE_REPORTS, PROFILE_TEMPLATE_DIR, profileConfig } from '../../fixtures/build/profile-template/main.js';
import { processFile } from '../../pipeline/process-file.js';
import { PipelineConfig } from '../../schemas/config.js';
import { DocumentResult } from '../../schemas/result.js';
import type { SlutrapportRecord } from '../../schemas/slutrapport.js';
import { expectSameText } from './support/contract.js';
import { budgetOf, count, money, period, signaturesOf } from './support/normalise.js';

const CONFIG_FILE = join(PROFILE_TEMPLATE_DIR, 'rapportkoll.config.json');
const configJson: unknown = JSON.parse(readFileSync(CONFIG_FILE, 'utf8'));
const withProfile = PipelineConfig.parse(configJson);
const expectedAll = ExpectedProfileReports.parse(JSON.parse(readFileSync(join(PROFILE_TEMPLATE_DIR, 'expected.json'), 'utf8')));

const results = new Map<string, Promise<DocumentResult>>();
function resultOf(file: string, config = withProfile): Promise<DocumentResult> {
  const key = `${file}\u0000${config === withProfile ? 'profile' : 'none'}`;
  let result = results.get(key);
  if (!result) results.set(key, (result = processFile(join(PROFILE_TEMPLATE_DIR, file), config).then((made) => DocumentResult.parse(made))));
  return result;
}

async function recordOf(file: string): Promise<SlutrapportRecord> {
  const result = await resultOf(file);
  if (result.kind !== 'slutrapport' || !result.record) throw new Error(`${file} is ${result.kind}, not a slutrapport`);
  return result.record as SlutrapportRecord;
}

function tally(ruleIds: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const id of ruleIds) counts[id] = (counts[id] ?? 0) + 1;
  return counts;
}

const cases = Object.entries(expectedAll).flatMap(([name, expected]) =>
  expected.files.map((file) => [file, { name, expected, format: file.endsWith('.pdf') ? ('pdf' as const) : ('docx' as const) }] as const),
);

describe('the configuration file of the second template', () => {
  it('is the profile the fixtures were drawn from, and valid', () => {
    expect(configJson).toEqual(profileConfig());
    expect(withProfile.templates.map((profile) => profile.id)).toEqual(['fjallforsen']);
  });

  it('is the worked example of docs/kansli.md, word for word', () => {
    const page = readFileSync(join(BUILD_DIR, '..', '..', 'docs', 'kansli.md'), 'utf8');
    const example = page.split('### Worked example')[1]?.match(/```json\n([\s\S]*?)```/)?.[1];
    expect(example).toBeDefined();
    expect(JSON.parse(example ?? '')).toEqual(configJson);
  });

  it.each(Object.keys(PROFILE_REPORTS))('%s.docx is byte-identical to a fresh build and its PDF was exported from it', async (name) => {
    const report = PROFILE_REPORTS[name];
    if (!report) throw new Error(name);
    const committed = readFileSync(join(PROFILE_TEMPLATE_DIR, `${name}.docx`));
    expect(Buffer.compare(await buildDocx(profileReportDocx(report)), committed)).toBe(0);
    const hash = createHash('sha256').update(committed).update('pdf').digest('hex');
    expect(readFileSync(join(BUILD_DIR, 'conversion-hashes', `fixtures__docs__profile-template__${name}.pdf.sha256`), 'utf8').trim()).toBe(hash);
  });
});

describe.each(cases)('%s, read with the Fjällforsen profile', (file, { expected, format }) => {
  const want = expected.record;

  it('is an ok slutrapport in Swedish', async () => {
    expect(await resultOf(file)).toMatchObject({ status: 'ok', kind: 'slutrapport', language: expected.language });
  });

  it('reads the office line and the project box', async () => {
    const r = await recordOf(file);
    expect(r.registrationNumber).toBe(want.registrationNumber);
    expect(r.receivedDate).toBe(want.receivedDate);
    expect(r.intervention.name).toBe(want.intervention.name);
    expect(period(r.intervention.plannedPeriod)).toEqual(want.intervention.plannedPeriod);
    expect(r.intervention.intakeEndDate).toBe(want.intervention.intakeEndDate);
    expect(money(r.intervention.granted)).toEqual(want.intervention.granted);
  });

  it('reads the project owner’s "Label: value" lines', async () => {
    const r = await recordOf(file);
    expect(r.responsible).toEqual(want.responsible);
    expect(r.applicants).toEqual([]);
  });

  it('lists the form’s sections in order, blank exactly where nothing was written', async () => {
    const r = await recordOf(file);
    expect(r.sections.map((section) => section.number)).toEqual(want.sections);
    expect(r.sections.filter((section) => section.text === '').map((section) => section.number)).toEqual(want.blankSections);
  });

  it('reads the goal table of 4.1, the participants of 3.3 and the signature of 7', async () => {
    const r = await recordOf(file);
    expectSameText(r.goalsAndOutcomes, want.goalsAndOutcomes, format);
    expect(count(r.participants)).toEqual(want.participants);
    expect(r.participants?.evidence?.section).toBe('3.3');
    expect(signaturesOf(r)).toEqual(want.signatures);
  });

  it('reads the cost table of 5.1 with its outcome column before its budget column', async () => {
    const r = await recordOf(file);
    expect(budgetOf(r)).toEqual({
      rows: want.budget.rows.map((row) => ({ ...row, budget: row.budget && { ...row.budget }, outcome: row.outcome && { ...row.outcome } })),
      total: want.budget.total,
    });
  });

  it('gives exactly the findings planted, each with evidence', async () => {
    const result = await resultOf(file);
    expect(tally(result.findings.map((finding) => finding.ruleId))).toEqual(tally(expected.findings.map((finding) => finding.ruleId)));
    for (const finding of result.findings) {
      expect(finding.evidence.length).toBeGreaterThan(0);
      for (const evidence of finding.evidence) expect(format === 'pdf' ? (evidence.page ?? 0) >= 1 : evidence.page === null).toBe(true);
    }
  });
});

describe('the second template without its profile', () => {
  it.each(cases.map(([file]) => file))('%s: the label only the profile names ("Ärendenr") stays unread', async (file) => {
    const result = await resultOf(file, PipelineConfig.parse({}));
    expect(result.status).toBe('ok');
    const record = result.record as SlutrapportRecord | null;
    expect(record?.registrationNumber ?? null).toBeNull();
  });

  it.each(cases.map(([file]) => file))('%s: names the template it was read on, and only on it are blank sections required', async (file) => {
    const withIt = await resultOf(file);
    const without = await resultOf(file, PipelineConfig.parse({}));
    expect((withIt.record as SlutrapportRecord).template?.id).toBe('fjallforsen');
    expect((without.record as SlutrapportRecord).template).toBeNull();
    expect(without.findings.filter((finding) => finding.ruleId === 'empty-required-section')).toEqual([]);
  });
});
