import { describe, expect, it } from 'vitest';
import type { InterventionMention } from '../../pipeline/link/mention.js';
import { crossDocumentMismatch } from '../../pipeline/rules/cross-document-mismatch.js';
import { annualMention, reportMention } from './support/mentions.js';

function check(...mentions: InterventionMention[]) {
  return crossDocumentMismatch.check({ linkId: 'L00001', mentions });
}

/** What each finding is about: the period against one annual report, or the money. */
function kinds(mentions: InterventionMention[]): string[] {
  return check(...mentions).map((finding) => (finding.message.includes('planned period') ? `period ${finding.evidence[1]?.document.path ?? ''}` : 'granted'));
}

const NAME = 'Arbetslinjen Piteå';
const report = (overrides: Parameters<typeof reportMention>[1] = {}) =>
  reportMention(NAME, { documentIndex: 0, period: '2021-01-01 – 2022-12-31', granted: '900 000 kr', ...overrides });
const annual = (documentIndex: number, year: number, overrides: Parameters<typeof annualMention>[2] = {}) =>
  annualMention(NAME, year, { documentIndex, period: '2021-01-01 – 2022-12-31', ...overrides });

describe('cross-document-mismatch', () => {
  it.each([
    ['the same period, utfall within the granted amount', [report(), annual(1, 2021, { outcome: '400 tkr' }), annual(2, 2022, { outcome: '480 tkr' })], []],
    ['the annual report starts two months later', [report(), annual(1, 2021, { period: '2021-03-01 – 2022-12-31' })], ['period arsredovisning-1.docx']],
    ['each annual report that disagrees is its own finding', [report(), annual(1, 2021, { period: '2021-03-01 – 2022-12-31' }), annual(2, 2022, { period: '2021-01-01 – 2023-06-30' })], ['period arsredovisning-1.docx', 'period arsredovisning-2.docx']],
    ['a side that is not a real date is not compared', [report(), annual(1, 2021, { period: '2021-01-01 – 2022-02-30' })], []],
    ['yearly utfall add up to more than granted', [report(), annual(1, 2021, { outcome: '480 tkr' }), annual(2, 2022, { outcome: '520 tkr' })], ['granted']],
    ['one year alone over the granted amount', [report(), annual(1, 2021, { outcome: '950 tkr' })], ['granted']],
    ['over by less than the tkr rounding allows', [report(), annual(1, 2021, { outcome: '450 tkr' }), annual(2, 2022, { outcome: '451 tkr' })], []],
    ['two copies of one year count once', [report(), annual(1, 2021, { outcome: '600 tkr' }), annual(2, 2021, { outcome: '600 tkr' })], []],
    ['an annual report without a year cannot be counted', [report(), annual(1, 2021, { outcome: '600 tkr' }), annualMention(NAME, 0, { documentIndex: 2, year: null, outcome: '600 tkr' })], []],
    ['no granted amount, nothing to compare the money with', [report({ granted: null }), annual(1, 2021, { outcome: '2 000 tkr' })], []],
    ['no period in the slutrapport', [report({ period: null }), annual(1, 2021, { period: '2021-03-01 – 2022-12-31' })], []],
    ['annual reports alone may differ (a prolonged intervention)', [annual(1, 2021, { period: '2021-01-01 – 2022-06-30' }), annual(2, 2022, { period: '2021-01-01 – 2022-12-31' })], []],
    ['a slutrapport alone', [report()], []],
  ] as const)('%s', (_case, mentions, expected) => {
    expect(kinds([...mentions])).toEqual(expected);
  });

  it('states both periods and the difference, with evidence in each document', () => {
    const [finding] = check(report(), annual(1, 2021, { period: '2021-03-01 – 2022-12-31' }));
    expect(finding?.message).toBe(
      'Arbetslinjen Piteå: the slutrapport (slutrapport-0.docx) gives the planned period "2021-01-01 – 2022-12-31" but the årsredovisning 2021 ' +
        '(arsredovisning-1.docx, "Arbetslinjen Piteå") says "2021-03-01 – 2022-12-31" (the årsredovisning\'s start is 59 days later)',
    );
    expect(finding?.linkId).toBe('L00001');
    expect(finding?.evidence.map((item) => [item.document.path, item.text])).toEqual([
      ['slutrapport-0.docx', '2021-01-01 – 2022-12-31'],
      ['arsredovisning-1.docx', '2021-03-01 – 2022-12-31'],
    ]);
  });

  it('states the yearly utfall, their sum, the granted amount and the tolerance', () => {
    const [finding] = check(report(), annual(1, 2021, { outcome: '480 tkr' }), annual(2, 2022, { outcome: '520 tkr' }));
    expect(finding?.message).toBe(
      'Arbetslinjen Piteå: the yearly utfall of 2 annual reports add up to 1 000 000 kr (2021: 480 tkr (480 000 kr), 2022: 520 tkr (520 000 kr)) ' +
        'but the slutrapport (slutrapport-0.docx) says 900 000 kr was granted (100 000 kr more than granted; rounding tolerance 1 500 kr for 3 figures in tkr)',
    );
    expect(finding?.evidence.map((item) => [item.document.path, item.text])).toEqual([
      ['slutrapport-0.docx', '900 000 kr'],
      ['arsredovisning-1.docx', '480 tkr'],
      ['arsredovisning-2.docx', '520 tkr'],
    ]);
  });

  it('points at the intervention when a value has no evidence of its own', () => {
    const bare = annual(1, 2021, { period: '2021-03-01 – 2022-12-31' });
    const withoutEvidence = { ...bare, period: bare.period ? { ...bare.period, evidence: undefined } : null };
    const [finding] = check(report(), withoutEvidence);
    expect(finding?.evidence[1]).toEqual({ page: null, section: `Insatsnamn ${NAME}`, text: NAME, document: withoutEvidence.document });
  });
});
