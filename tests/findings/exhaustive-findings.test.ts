/**
 * Every fixture gives exactly the findings its expected.json lists: a missing finding fails, and
 * so does an extra one (a false alarm), matched by rule id and the figures of their data.
 */
import { describe, expect, it } from 'vitest';
import { messageOf } from '../../pipeline/rule-engine/registry.js';
import { wordingProblems } from '../rules/support/messages.js';
import { findingsOf, fixtureFiles, isPartOf, pair } from './expected-findings.js';

describe('isPartOf', () => {
  it.each([
    [{ actual: 40 }, { actual: 40, expected: 36 }, true],
    [{ actual: 41 }, { actual: 40, expected: 36 }, false],
    [{ date: { text: '2021-02-30' } }, { date: { problem: 'no-such-day', text: '2021-02-30' } }, true],
    [{ unanswered: ['a'] }, { unanswered: ['a', 'b'] }, false],
    [{ intervention: null }, { intervention: 'Trisam' }, false],
    [{ year: 2021 }, {}, false],
  ])('%j in %j: %s', (part, whole, expected) => {
    expect(isPartOf(part, whole)).toBe(expected);
  });
});

describe.each(fixtureFiles().map((fixture) => [fixture.file, fixture] as const))('%s', (_file, fixture) => {
  it('lists the figures of every finding it expects', () => {
    expect(fixture.findings.filter((finding) => finding.data === undefined)).toEqual([]);
  });

  // The whole pipeline over a document of up to 36 pages: more than the default test time on a busy machine.
  it('gives exactly the expected findings, by rule and figures: none missing, none extra', { timeout: 180_000 }, async () => {
    const findings = await findingsOf(fixture.path);
    const { extra, missing } = pair(findings, fixture.findings);
    expect({ extra, missing }).toEqual({ extra: [], missing: [] });
    // Each finding is worded from its data in Swedish (as made) and in English, with no placeholder left unfilled.
    for (const finding of findings) {
      expect(finding.message).toBe(messageOf(finding, 'sv'));
      for (const lang of ['sv', 'en'] as const) expect(wordingProblems(messageOf(finding, lang), 'en'), finding.ruleId).toEqual([]);
    }
  });
});
