import { describe, expect, it } from 'vitest';
import type { InterventionMention } from '../../pipeline/link/mention.js';
import { crossDocumentMismatch } from '../../pipeline/rules/cross-document-mismatch.js';
import { runRunRules } from '../../pipeline/rule-engine/run-rules.js';
import type { Lang } from '../../schemas/config.js';
import { annualMention, reportMention, sha } from './support/mentions.js';
import { assertWellWorded, nb } from './support/messages.js';

/** The rule's findings as the run makes them (English, unless asked): the message built from the data, each held to the contract and worded in both languages. */
function check(...mentions: InterventionMention[]) {
  return checkIn('en', ...mentions);
}

function checkIn(lang: Lang, ...mentions: InterventionMention[]) {
  const findings = runRunRules({ linkId: 'L00001', mentions }, {}, [crossDocumentMismatch], lang);
  for (const finding of findings) assertWellWorded(crossDocumentMismatch.meta.id, crossDocumentMismatch.meta.messages, finding.data);
  return findings;
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
    [
      'each annual report that disagrees is its own finding',
      [report(), annual(1, 2021, { period: '2021-03-01 – 2022-12-31' }), annual(2, 2022, { period: '2021-01-01 – 2023-06-30' })],
      ['period arsredovisning-1.docx', 'period arsredovisning-2.docx'],
    ],
    ['a side that is not a real date is not compared', [report(), annual(1, 2021, { period: '2021-01-01 – 2022-02-30' })], []],
    ['yearly utfall add up to more than granted', [report(), annual(1, 2021, { outcome: '480 tkr' }), annual(2, 2022, { outcome: '520 tkr' })], ['granted']],
    ['one year alone over the granted amount', [report(), annual(1, 2021, { outcome: '950 tkr' })], ['granted']],
    ['over by less than the tkr rounding allows', [report(), annual(1, 2021, { outcome: '450 tkr' }), annual(2, 2022, { outcome: '451 tkr' })], []],
    ['two copies of one year count once', [report(), annual(1, 2021, { outcome: '600 tkr' }), annual(2, 2021, { outcome: '600 tkr' })], []],
    [
      'an annual report without a year cannot be counted',
      [report(), annual(1, 2021, { outcome: '600 tkr' }), annualMention(NAME, 0, { documentIndex: 2, year: null, outcome: '600 tkr' })],
      [],
    ],
    ['no granted amount, nothing to compare the money with', [report({ granted: null }), annual(1, 2021, { outcome: '2 000 tkr' })], []],
    ['no period in the slutrapport', [report({ period: null }), annual(1, 2021, { period: '2021-03-01 – 2022-12-31' })], []],
    [
      'annual reports alone may differ (a prolonged intervention)',
      [annual(1, 2021, { period: '2021-01-01 – 2022-06-30' }), annual(2, 2022, { period: '2021-01-01 – 2022-12-31' })],
      [],
    ],
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
    expect(checkIn('sv', report(), annual(1, 2021, { period: '2021-03-01 – 2022-12-31' }))[0]?.message).toBe(
      nb`Arbetslinjen Piteå: slutrapporten (slutrapport-0.docx) anger den planerade perioden ”2021-01-01 – 2022-12-31” men årsredovisningen 2021 ` +
        nb`(arsredovisning-1.docx, ”Arbetslinjen Piteå”) anger ”2021-03-01 – 2022-12-31” (årsredovisningens startdatum är 59~dagar senare)`,
    );
    expect(finding?.linkId).toBe('L00001');
    expect(finding?.evidence.map((item) => [item.document.path, item.text])).toEqual([
      ['slutrapport-0.docx', '2021-01-01 – 2022-12-31'],
      ['arsredovisning-1.docx', '2021-03-01 – 2022-12-31'],
    ]);
    expect(finding?.data).toEqual({
      compared: 'period',
      intervention: NAME,
      slutrapport: {
        document: { path: 'slutrapport-0.docx', sha256: sha(0) },
        period: { start: '2021-01-01', end: '2022-12-31', text: '2021-01-01 – 2022-12-31' },
      },
      arsredovisning: {
        document: { path: 'arsredovisning-1.docx', sha256: sha(1) },
        year: 2021,
        intervention: NAME,
        period: { start: '2021-03-01', end: '2022-12-31', text: '2021-03-01 – 2022-12-31' },
      },
      differences: [{ side: 'start', days: 59 }],
    });
  });

  it('states the yearly utfall, their sum, the granted amount and the tolerance', () => {
    const [finding] = check(report(), annual(1, 2021, { outcome: '480 tkr' }), annual(2, 2022, { outcome: '520 tkr' }));
    expect(finding?.message).toBe(
      'Arbetslinjen Piteå: the yearly utfall of 2 annual reports add up to 1 000 000 kr (2021: 480 tkr (480 000 kr), 2022: 520 tkr (520 000 kr)) ' +
        'but the slutrapport (slutrapport-0.docx) says 900 000 kr was granted (100 000 kr more than granted; rounding tolerance 1 500 kr for 3 figures in tkr)',
    );
    expect(checkIn('sv', report(), annual(1, 2021, { outcome: '480 tkr' }), annual(2, 2022, { outcome: '520 tkr' }))[0]?.message).toBe(
      nb`Arbetslinjen Piteå: de årliga utfallen i 2 årsredovisningar summerar till 1~000~000~kr (2021: 480 tkr (480~000~kr), 2022: 520 tkr (520~000~kr)) ` +
        nb`men slutrapporten (slutrapport-0.docx) anger att 900~000~kr beviljades (100~000~kr mer än beviljat; avrundningstolerans 1~500~kr för 3 belopp i tkr)`,
    );
    expect(finding?.evidence.map((item) => [item.document.path, item.text])).toEqual([
      ['slutrapport-0.docx', '900 000 kr'],
      ['arsredovisning-1.docx', '480 tkr'],
      ['arsredovisning-2.docx', '520 tkr'],
    ]);
    const tkr = (thousands: number) => ({ sek: thousands * 1000, unit: 'tkr', text: `${thousands} tkr`, decimals: 0 });
    expect(finding?.data).toEqual({
      compared: 'granted',
      intervention: NAME,
      slutrapport: { document: { path: 'slutrapport-0.docx', sha256: sha(0) }, granted: { sek: 900_000, unit: 'kr', text: '900 000 kr', decimals: 0 } },
      arsredovisningar: [
        { document: { path: 'arsredovisning-1.docx', sha256: sha(1) }, year: 2021, intervention: NAME, outcome: tkr(480) },
        { document: { path: 'arsredovisning-2.docx', sha256: sha(2) }, year: 2022, intervention: NAME, outcome: tkr(520) },
      ],
      actual: 1_000_000,
      expected: 900_000,
      difference: 100_000,
      tolerance: 1_500,
      unit: 'kr',
      rounding: { figures: 3, unit: 'tkr' },
    });
  });

  it('names the one annual report when a single year is over', () => {
    const [finding] = check(report({ name: null }), annual(1, 2021, { outcome: '950 tkr' }));
    expect(finding?.message).toBe(
      'The intervention: the utfall of the årsredovisning 2021 (arsredovisning-1.docx, "Arbetslinjen Piteå") is 950 000 kr (2021: 950 tkr (950 000 kr)) ' +
        'but the slutrapport (slutrapport-0.docx) says 900 000 kr was granted (50 000 kr more than granted; rounding tolerance 1 000 kr for 2 figures in tkr)',
    );
    expect(finding?.data).toMatchObject({ compared: 'granted', intervention: null, actual: 950_000, expected: 900_000, difference: 50_000, tolerance: 1_000 });
  });

  it('points at the intervention when a value has no evidence of its own', () => {
    const bare = annual(1, 2021, { period: '2021-03-01 – 2022-12-31' });
    const withoutEvidence = { ...bare, period: bare.period ? { ...bare.period, evidence: undefined } : null };
    const [finding] = check(report(), withoutEvidence);
    expect(finding?.evidence[1]).toEqual({ page: null, section: `Insatsnamn ${NAME}`, text: NAME, document: withoutEvidence.document });
  });
});
