/**
 * An annual report that tells the members' contributions per party in a sentence, not a table:
 * "varav Försäkringskassan 2 000 tkr, Region Exempel 1 000 tkr och kommunerna tillsammans 1 000 tkr",
 * "Försäkringskassan bidrog med …, regionen med …", last year's figures in brackets. Read as .docx
 * and as PDF by the real pipeline, each gives exactly the findings listed: none for the law's split,
 * one per party off it; none where the sentence is about money paid out to insatser or counts the
 * kommuner both together and one by one.
 */
import { describe, expect, it } from 'vitest';
import { inFormats, processReport, reportDocx, reportIn, reportFolder } from './support/report-files.js';

const opening = (sentence: string): string[] => [
  'Årsredovisning 2021',
  'Samordningsförbundet Exempelbygden',
  'Förvaltningsberättelse',
  `Förbundets medlemmar är Försäkringskassan, Region Exempel samt Exempelby och Annanby kommuner. ${sentence}`,
];

const CASES: [string, string, string[]][] = [
  [
    'the law\'s split after "varav"',
    'Medlemsavgifterna för 2021 uppgick till 4 000 tkr, varav Försäkringskassan 2 000 tkr, Region Exempel 1 000 tkr och kommunerna tillsammans 1 000 tkr.',
    [],
  ],
  [
    'a region and kommuner off the split',
    'Medlemsavgifterna för 2021 uppgick till 4 000 tkr, varav Försäkringskassan 2 000 tkr, Region Exempel 1 500 tkr och kommunerna tillsammans 500 tkr.',
    ['member-contribution-split', 'member-contribution-split'],
  ],
  [
    'the members as the subject, thousands grouped with points',
    'Medlemmarna har bidragit med totalt 4.000.000 kr, varav Försäkringskassan 2.000.000 kr, Region Exempel 1.000.000 kr och kommunerna tillsammans 1.000.000 kr.',
    [],
  ],
  [
    'the members as the subject, thousands grouped with points, a region and kommuner off the split',
    'Medlemmarna har bidragit med totalt 4.000.000 kr, varav Försäkringskassan 2.000.000 kr, Region Exempel 1.500.000 kr och kommunerna tillsammans 500.000 kr.',
    ['member-contribution-split', 'member-contribution-split'],
  ],
  [
    "the state's half as two agencies' amounts",
    'Medlemsavgifterna för 2021 uppgick till 4 000 tkr, varav Försäkringskassan 1 000 tkr, Arbetsförmedlingen 1 000 tkr, Region Exempel 1 000 tkr och kommunerna tillsammans 1 000 tkr.',
    [],
  ],
  [
    "the state's half as two agencies' amounts, the region's over its quarter",
    'Medlemsavgifterna för 2021 uppgick till 4 000 tkr, varav Försäkringskassan 1 000 tkr, Arbetsförmedlingen 500 tkr, Region Exempel 1 500 tkr och kommunerna tillsammans 1 000 tkr.',
    ['member-contribution-split', 'member-contribution-split'],
  ],
  ['the split told with verbs', 'Försäkringskassan bidrog med 2 000 tkr, regionen med 1 000 tkr och kommunerna med 1 000 tkr.', []],
  [
    "each kommun, last year's figures in brackets",
    'Medlemsavgifterna 2021 uppgick till 4 000 tkr (3 800 tkr), varav Försäkringskassan 2 000 tkr (1 900 tkr), Region Exempel 1 000 tkr (950 tkr), Exempelby kommun 600 tkr (570 tkr) och Annanby kommun 400 tkr (380 tkr).',
    [],
  ],
  ['money paid out to insatser', 'Tilldelningen till insatserna var Exempelby kommun 600 tkr, Annanby kommun 400 tkr och Försäkringskassan 200 tkr.', []],
  [
    'the kommuner together and one by one',
    'Medlemsavgifterna var Försäkringskassan 2 000 tkr, Region Exempel 1 000 tkr och kommunerna 1 000 tkr, varav Exempelby kommun 600 tkr och Annanby kommun 400 tkr.',
    [],
  ],
];

const folder = reportFolder('contributions-in-prose');

describe("members' contributions told in a sentence: the findings, exactly", () => {
  it.each(inFormats(CASES, ['docx', 'pdf'] as const))('%s (%s)', async (name, format, sentence, findings) => {
    const lines = opening(sentence);
    const result = await processReport(folder(), name, format, await reportIn(format, lines, []));
    expect(result).toMatchObject({ status: 'ok', kind: 'arsredovisning' });
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });

  it('keeps each party as written with its amount and the sentence as evidence', async () => {
    const [, sentence] = CASES[0] ?? ['', ''];
    const result = await processReport(folder(), 'record', 'docx', await reportDocx(opening(sentence), []));
    expect(result.record).toMatchObject({
      contributions: [
        { party: 'Försäkringskassan', kind: 'state', amount: { sek: 2_000_000, unit: 'tkr', text: '2 000 tkr' }, evidence: { text: sentence } },
        { party: 'Region Exempel', kind: 'region', amount: { sek: 1_000_000 } },
        { party: 'kommunerna', kind: 'kommun', amount: { sek: 1_000_000 } },
      ],
    });
  });
});
