import { describe, expect, it } from 'vitest';
import { onePerDefect } from '../../pipeline/rule-engine/one-per-defect.js';

const place = (section: string, text: string) => ({ page: null, section, text });
const finding = (ruleId: string, data: unknown, ...evidence: ReturnType<typeof place>[]) => ({ ruleId, data, evidence });
const count = (text: string, total: number) => ({
  intervention: null,
  count: { total, women: 609, men: 384, other: null, text },
  year: 2021,
  actual: total,
  expected: 993,
});

describe('onePerDefect (the check stage)', () => {
  it('makes the same figures of one rule stated in two places one finding with evidence from both', () => {
    const merged = onePerDefect([
      finding('gender-sum-mismatch', count('994 personer (609 kvinnor och 384 män)', 994), place('1.6', 'Under 2021 … 994 personer')),
      finding('gender-sum-mismatch', count('totalt 994 personer (609 kvinnor och 384 män)', 994), place('Mål 1', '2021 har … 994 personer')),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.evidence.map((evidence) => evidence.section)).toEqual(['1.6', 'Mål 1']);
  });

  it.each([
    ['other figures', finding('gender-sum-mismatch', count('995 personer', 995), place('Mål 1', '995'))],
    ['another rule', finding('aggregate-mismatch', count('994 personer', 994), place('Mål 1', '994'))],
    ['another year', finding('gender-sum-mismatch', { ...count('994 personer', 994), year: 2020 }, place('Mål 1', '994'))],
    ['another subject', finding('gender-sum-mismatch', { ...count('994 personer', 994), intervention: 'Trisam' }, place('Mål 1', '994'))],
  ])('keeps findings apart that differ by %s', (_what, other) => {
    const first = finding('gender-sum-mismatch', count('994 personer', 994), place('1.6', '994'));
    expect(onePerDefect([first, other])).toHaveLength(2);
  });

  it('does not repeat a place stated twice', () => {
    const same = place('1.6', '994 personer');
    const merged = onePerDefect([finding('gender-sum-mismatch', count('a', 994), same), finding('gender-sum-mismatch', count('b', 994), same)]);
    expect(merged[0]?.evidence).toEqual([same]);
  });
});
