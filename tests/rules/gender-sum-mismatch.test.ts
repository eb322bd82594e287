import { describe, expect, it } from 'vitest';
import { genderSumMismatch } from '../../pipeline/rules/gender-sum-mismatch.js';
import { defectKey } from '../../schemas/finding.js';
import { arsredovisning, arsredovisningInput, count, intervention, scoped, slutrapport, slutrapportInput, statedCount } from './support/builders.js';
import { findingsOf } from './support/findings.js';
import { inSwedish } from './support/messages.js';

describe('gender-sum-mismatch (slutrapport participants)', () => {
  it.each([
    ['40 deltagare, varav 22 kvinnor och 14 män', [[40, 36]]],
    ['35 deltagare, 15 kvinnor, 9 män och 11 anonyma', []],
    ['35 deltagare, 15 kvinnor och 9 män', [[35, 24]]],
    ['17 deltagare', []],
    ['12 deltagare varav 8 kvinnor', []],
    ['12 deltagare varav 14 kvinnor', [[12, 14]]],
    ['15 kvinnor och 19 män', []],
  ])('%s', (text, expected) => {
    const record = slutrapport({ participants: count(text, '4.3') });
    const findings = findingsOf(genderSumMismatch, slutrapportInput(record));
    expect(findings.map(({ data }) => [data.actual, data.expected])).toEqual(expected);
    for (const { data } of findings) expect(data.difference).toBe(data.actual - data.expected);
  });

  it('says the parts, their sum and the total', () => {
    const record = slutrapport({ participants: count('40 deltagare, varav 22 kvinnor och 14 män', '4.3') });
    const [finding] = findingsOf(genderSumMismatch, slutrapportInput(record));
    expect(finding?.message).toBe('"40 deltagare, varav 22 kvinnor och 14 män": 22 women + 14 men = 36, but the stated total is 40 (difference 4)');
    expect(inSwedish(genderSumMismatch, finding)).toBe(
      '”40 deltagare, varav 22 kvinnor och 14 män”: 22 kvinnor + 14 män = 36, men den angivna totalen är 40 (skillnad 4)',
    );
    expect(finding?.data).toEqual({
      intervention: null,
      count: { total: 40, women: 22, men: 14, other: null, text: '40 deltagare, varav 22 kvinnor och 14 män' },
      year: null,
      actual: 40,
      expected: 36,
      difference: 4,
      tolerance: 0,
      unit: 'persons',
    });
  });

  it('says when parts without both women and men exceed the total', () => {
    const record = slutrapport({ participants: count('12 deltagare varav 14 kvinnor', '4.3') });
    const [finding] = findingsOf(genderSumMismatch, slutrapportInput(record));
    expect(finding?.message).toBe('"12 deltagare varav 14 kvinnor": 14 women = 14, more than the stated total of 12 (difference 2)');
    expect(finding?.data).toMatchObject({ count: { total: 12, women: 14, men: null, other: null }, actual: 12, expected: 14, difference: -2 });
  });

  it('checks every other stated breakdown too, whatever year it is about, and says the year', () => {
    const record = slutrapport({
      participants: count('Under 2020 nådde insatsen 412 personer (230 kvinnor och 182 män)', '4.3'),
      statedCounts: [count('2019 nådde våra insatser totalt 871 personer (502 kvinnor och 380 män)', '6.1')],
    });
    const findings = findingsOf(genderSumMismatch, slutrapportInput(record));
    expect(findings.map(({ data }) => [data.year, data.actual, data.expected])).toEqual([[2019, 871, 882]]);
    expect(findings[0]?.message).toBe(
      '"totalt 871 personer (502 kvinnor och 380 män)" (about 2019): 502 women + 380 men = 882, but the stated total is 871 (difference 11)',
    );
    expect(findings[0]?.evidence[0]?.section).toBe('6.1');
  });

  it('reports nothing without participants', () => {
    expect(findingsOf(genderSumMismatch, slutrapportInput(slutrapport()))).toEqual([]);
  });
});

describe('gender-sum-mismatch (årsredovisning)', () => {
  const reached = count('994 personer (609 kvinnor och 384 män)', '1.6');
  const record = arsredovisning({
    participantsReached: reached,
    statedCounts: [
      // The same sentence again (it reached the record twice) and a goal table stating it too.
      { ...reached, label: 'nått ut till' },
      statedCount('960 unika personer (594 kvinnor och 365 män)'),
      {
        ...count('nått totalt 994 personer (609 kvinnor och 384 män)', 'Mål 1'),
        label: 'Mål 1',
        evidence: { page: 15, section: 'Mål 1', text: '2021 har vår insatser nått totalt 994 personer (609 kvinnor och 384 män).' },
      },
      statedCount('34 personer under året, (15 kvinnor och 19 män)'),
    ],
    interventions: [
      intervention('Trisam 2.0 Sandvikens kommun', { participants: [scoped('122 (60 män, 61 kvinnor)', 'total')] }),
      intervention('Ett hållbart arbetsliv - Ockelbo', {
        participants: [scoped('35 deltagare, 15 kvinnor, 9 män, 11 anonyma', 'total'), scoped('21 deltagare, 15 kvinnor, 6 män', 'year')],
      }),
    ],
  });

  it('flags each place a wrong count is stated, once per sentence (the check stage makes the same defect one finding)', () => {
    const findings = findingsOf(genderSumMismatch, arsredovisningInput(record));
    expect(findings.map((finding) => finding.data.intervention)).toEqual([null, null, null, 'Trisam 2.0 Sandvikens kommun']);
    expect(findings.map((finding) => finding.message)).toEqual([
      '"994 personer (609 kvinnor och 384 män)" (about 2021): 609 women + 384 men = 993, but the stated total is 994 (difference 1)',
      '"960 unika personer (594 kvinnor och 365 män)" (about 2021): 594 women + 365 men = 959, but the stated total is 960 (difference 1)',
      '"totalt 994 personer (609 kvinnor och 384 män)" (about 2021): 609 women + 384 men = 993, but the stated total is 994 (difference 1)',
      'Trisam 2.0 Sandvikens kommun: "122 (60 män, 61 kvinnor)": 61 women + 60 men = 121, but the stated total is 122 (difference 1)',
    ]);
  });

  it('points at the sentence', () => {
    const [first] = findingsOf(genderSumMismatch, arsredovisningInput(record));
    expect(first?.evidence[0]).toEqual({ page: 1, section: '1.6', text: '994 personer (609 kvinnor och 384 män)' });
  });

  it('gives the same figures stated twice in other words one defect key (issue 13 merges on it)', () => {
    const [inSection, , underGoal, inIntervention] = findingsOf(genderSumMismatch, arsredovisningInput(record));
    if (!inSection || !underGoal || !inIntervention) throw new Error('expected four findings');
    expect(inSection.data.count.text).not.toBe(underGoal.data.count.text);
    expect(defectKey(inSection)).toBe(defectKey(underGoal));
    expect(defectKey(inSection)).not.toBe(defectKey(inIntervention));
  });
});
