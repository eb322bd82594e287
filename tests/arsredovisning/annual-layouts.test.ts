/**
 * Annual reports in four other förbund's layouts (fixtures/docs/annual-layouts/): interventions
 * as sections of running text, participant follow-up as a table in an appendix, a goal section
 * with indicator tables. Through the whole pipeline each gives its interventions, goals and
 * participants, and exactly the findings planted in it: a missing one fails, and so does an extra.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annualLayoutDocx } from '../../fixtures/build/annual-layouts/docx.js';
import { ExpectedAnnualLayouts } from '../../fixtures/build/annual-layouts/expected.js';
import { ANNUAL_LAYOUTS, ANNUAL_LAYOUTS_DIR, footerOf } from '../../fixtures/build/annual-layouts/main.js';
import { buildDocx } from '../../fixtures/build/docx/index.js';
import { BUILD_DIR } from '../../fixtures/build/paths.js';
import { processFile } from '../../pipeline/process-file.js';
import type { ArsredovisningRecord } from '../../schemas/arsredovisning.js';
import { PipelineConfig } from '../../schemas/config.js';
import { DocumentResult } from '../../schemas/result.js';

const config = PipelineConfig.parse({});
const expectedAll = ExpectedAnnualLayouts.parse(JSON.parse(readFileSync(join(ANNUAL_LAYOUTS_DIR, 'expected.json'), 'utf8')));

const results = new Map<string, Promise<DocumentResult>>();
function resultOf(file: string): Promise<DocumentResult> {
  let result = results.get(file);
  if (!result) results.set(file, (result = processFile(join(ANNUAL_LAYOUTS_DIR, file), config).then((made) => DocumentResult.parse(made))));
  return result;
}

async function recordOf(file: string): Promise<ArsredovisningRecord> {
  const result = await resultOf(file);
  if (result.kind !== 'arsredovisning' || !result.record) throw new Error(`${file} is ${result.kind}, not an annual report`);
  return result.record as ArsredovisningRecord;
}

function tally(ruleIds: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const id of ruleIds) counts[id] = (counts[id] ?? 0) + 1;
  return counts;
}

const cases = Object.entries(expectedAll).flatMap(([name, expected]) => expected.files.map((file) => [file, { name, expected }] as const));

describe('the annual reports in other layouts', () => {
  it('are the layouts built, each with at least one planted finding', () => {
    expect(Object.keys(expectedAll)).toEqual(ANNUAL_LAYOUTS.map((report) => report.name));
    expect(Object.values(expectedAll).every((expected) => expected.findings.length >= 1)).toBe(true);
  });

  it.each(ANNUAL_LAYOUTS.map((report) => [report.name, report] as const))(
    '%s.docx is byte-identical to a fresh build and its PDF was exported from it',
    async (name, report) => {
      const committed = readFileSync(join(ANNUAL_LAYOUTS_DIR, `${name}.docx`));
      expect(Buffer.compare(await buildDocx(annualLayoutDocx(report, footerOf(report))), committed)).toBe(0);
      const hash = createHash('sha256').update(committed).update('pdf').digest('hex');
      expect(readFileSync(join(BUILD_DIR, 'conversion-hashes', `fixtures__docs__annual-layouts__${name}.pdf.sha256`), 'utf8').trim()).toBe(hash);
    },
  );
});

describe.each(cases)('%s', (file, { expected }) => {
  it('is an ok annual report in Swedish of its förbund and year', async () => {
    expect(await resultOf(file)).toMatchObject({ status: 'ok', kind: 'arsredovisning', language: 'swe' });
    const record = await recordOf(file);
    expect({ organisation: record.organisation, year: record.year }).toEqual({ organisation: expected.organisation, year: expected.year });
  });

  it('gives its interventions with period, budget, utfall, huvudman and participants', async () => {
    const record = await recordOf(file);
    const amount = (money: { sek: number; unit: string } | null) => (money ? { sek: money.sek, unit: money.unit } : null);
    expect(
      record.interventions.map((intervention) => ({
        name: intervention.name,
        period: intervention.period ? { start: intervention.period.start, end: intervention.period.end } : null,
        budget: amount(intervention.budget),
        outcome: amount(intervention.outcome),
        lead: intervention.lead,
        participants: intervention.participants.map((count) => ({ total: count.total, women: count.women, men: count.men, scope: count.scope })),
      })),
    ).toEqual(expected.interventions);
  });

  it('gives its goals with their assessment, and the participants reached as stated', async () => {
    const record = await recordOf(file);
    expect(record.goals.map((goal) => ({ number: goal.number, title: goal.title, assessment: goal.assessment }))).toEqual(expected.goals);
    const reached = record.participantsReached;
    expect(reached ? { total: reached.total, women: reached.women, men: reached.men } : null).toEqual(expected.participantsReached);
  });

  it('gives exactly the findings planted, each with evidence on its page', async () => {
    const result = await resultOf(file);
    expect(tally(result.findings.map((finding) => finding.ruleId))).toEqual(tally(expected.findings.map((finding) => finding.ruleId)));
    for (const finding of result.findings) {
      expect(finding.evidence.length).toBeGreaterThan(0);
      for (const evidence of finding.evidence) expect(file.endsWith('.pdf') ? (evidence.page ?? 0) >= 1 : evidence.page === null).toBe(true);
    }
  });
});
