/**
 * The findings of each annual-report fixture through the whole pipeline (real readers, extractor
 * and rules): exactly the inconsistencies the document really contains (expected.json `findings`,
 * one per place), none of the things that look suspicious but hold (`mustNotFlag`).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCS_DIR } from '../../fixtures/build/paths.js';
import { processFile } from '../../pipeline/process-file.js';
import type { Finding } from '../../schemas/finding.js';
import { PipelineConfig } from '../../schemas/config.js';
import { arsredovisningFixtureFiles } from './support/fixtures.js';

const config = PipelineConfig.parse({});
const results = new Map<string, Promise<Finding[]>>();
function findingsOf(file: string): Promise<Finding[]> {
  let found = results.get(file);
  if (!found) {
    found = processFile(join(DOCS_DIR, file), config).then((result) => {
      expect(result.status).toBe('ok');
      return result.findings;
    });
    results.set(file, found);
  }
  return found;
}

function tally(ruleIds: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const id of ruleIds) counts[id] = (counts[id] ?? 0) + 1;
  return counts;
}

const find = (findings: Finding[], ruleId: string, ...words: string[]) =>
  findings.filter((f) => f.ruleId === ruleId && words.every((word) => f.message.includes(word)));

describe.each(arsredovisningFixtureFiles().map((f) => [f.file, f] as const))('%s', (file, { expected, format }) => {
  it('reports every inconsistency the document contains, once per place, and nothing else', async () => {
    const findings = await findingsOf(file);
    expect(tally(findings.map((f) => f.ruleId))).toEqual(tally(expected.findings.map((f) => f.ruleId)));
  });

  it('stays silent where the figures hold', async () => {
    const findings = await findingsOf(file);
    const planted = new Set(expected.findings.map((f) => f.ruleId));
    for (const { ruleId } of expected.mustNotFlag.filter((m) => !planted.has(m.ruleId))) expect(find(findings, ruleId)).toEqual([]);
  });

  it('points every finding at its page (PDF) and text', async () => {
    for (const finding of await findingsOf(file)) {
      expect(finding.evidence.length).toBeGreaterThan(0);
      for (const evidence of finding.evidence) {
        expect(evidence.text).not.toBe('');
        if (format === 'pdf') expect(evidence.page).toBeGreaterThanOrEqual(1);
        else expect(evidence.page).toBeNull();
      }
    }
  });
});

describe('the seed annual report (Samordningsförbund Gävleborg 2021)', () => {
  describe.each(['arsredovisning-gavleborg-2021.pdf', 'arsredovisning-gavleborg-2021.docx'])('%s', (file) => {
    it('flags "994 personer (609 kvinnor och 384 män)" once, with evidence from the prose and the goal table', async () => {
      const findings = find(await findingsOf(file), 'gender-sum-mismatch', '994', '993');
      expect(findings).toHaveLength(1);
      expect(findings[0]?.evidence.map((e) => e.section)).toEqual(['1.6', 'Mål 1']);
    });

    it('flags the 2020 count in the 2021 report and says (in Swedish) it is about 2020', async () => {
      const [finding, ...rest] = find(await findingsOf(file), 'gender-sum-mismatch', '938', '953');
      expect(rest).toEqual([]);
      expect(finding?.data).toMatchObject({ year: 2020, actual: 938, expected: 953 });
      expect(finding?.message).toContain('(avser 2020)');
      expect(finding?.evidence[0]?.text).toContain('2020');
    });

    it('flags the Ovanåker periods of the overview and the appendix', async () => {
      const [finding] = find(await findingsOf(file), 'period-mismatch', 'Ovanåker', '2020-03-01 – 2023-08-31', '2020-09-01 – 2023-08-01');
      expect(finding?.evidence.map((e) => e.text)).toEqual(
        expect.arrayContaining([expect.stringContaining('2020-03-01 – 2023-08-31'), expect.stringContaining('2020-09-01 – 2023-08-01')]),
      );
    });

    it('flags "2019-101-01" and "2022-06-3" as no dates', async () => {
      const findings = await findingsOf(file);
      expect(find(findings, 'invalid-date', '2019-101-01', 'månad 101')).toHaveLength(1);
      expect(find(findings, 'invalid-date', '”2022-06-3”', 'två siffror')).toHaveLength(1);
    });

    it('flags Insatskatalogen’s utfall of 144 tkr against a budget of 124 tkr', async () => {
      const [finding] = find(await findingsOf(file), 'outcome-exceeds-budget', 'Insatskatalogen', '144 tkr', '124 tkr');
      expect(finding?.evidence[0]?.text).toContain('144 tkr');
    });

    it('flags the 34 Ett hållbart arbetsliv participants the appendix counts as 21 + 17 + 10', async () => {
      const [finding] = find(await findingsOf(file), 'aggregate-mismatch', '34 personer', '21 + 17 + 10 = 48');
      expect(finding).toBeDefined();
    });

    it('does not flag the tkr totals (11 271, 11 415) nor the 39 %, which reconcile within rounding', async () => {
      const findings = await findingsOf(file);
      expect(find(findings, 'aggregate-mismatch', 'tkr')).toEqual([]);
      expect(find(findings, 'percentage-mismatch')).toEqual([]);
    });
  });
});

describe('the planted annual report (Älvkusten 2022)', () => {
  it.each(['arsredovisning-planted-2022.pdf', 'arsredovisning-planted-2022.docx'])('%s: each planted problem is found where it was planted', async (file) => {
    const findings = await findingsOf(file);
    expect(find(findings, 'aggregate-mismatch', '6 394 tkr')).toHaveLength(1);
    expect(find(findings, 'percentage-mismatch', '3 312 tkr', '27\u00a0%')).toHaveLength(1);
    expect(find(findings, 'period-reversed', 'Insatskatalogen', '2022-12-31 – 2022-01-01')).toHaveLength(1);
    expect(find(findings, 'period-mismatch', 'Kramfors')).toHaveLength(1);
    expect(find(findings, 'invalid-date', '2022-02-30')).toHaveLength(1);
    expect(find(findings, 'gender-sum-mismatch', 'Timrå', '12 kvinnor + 8 män = 20')).toHaveLength(1);
    expect(find(findings, 'outcome-exceeds-budget', 'Sollefteå', '470 tkr')).toHaveLength(1);
  });
});
