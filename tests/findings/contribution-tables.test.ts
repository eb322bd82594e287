/**
 * An annual report that lists its members' contributions as a table of one amount per member
 * ("Medlem | Andel | Belopp (tkr)", or under a caption "Medlemsavgifter (tkr)"). Read as .docx and
 * as PDF by the real pipeline, it gives each party's amount in the unit the table or its caption
 * states, and exactly the findings listed: none where the split follows the law, one where a
 * party is off its share. A row of other money ("Extra bidrag från … till projektet") is no
 * member's, the rows of each kommun under the kommuner together ("varav Exempelby kommun") are a
 * breakdown, not more money, and a table of insatser that name the members, or of the members' seats on the board,
 * is no table of contributions.
 */
import { describe, expect, it } from 'vitest';
import { inFormats, processReport, reportIn, reportFolder } from './support/report-files.js';

const OPENING = [
  'Årsredovisning 2021',
  'Samordningsförbundet Exempelbygden',
  'Förvaltningsberättelse',
  'Förbundet finansieras av medlemmarna enligt lagen om finansiell samordning av rehabiliteringsinsatser.',
];

const WITH_SHARES = (region: string, total: string): string[][] => [
  ['Medlem', 'Andel', 'Belopp (tkr)'],
  ['Försäkringskassan', '50 %', '5 000'],
  ['Region Exempel', '25 %', region],
  ['Exempelby kommun', '12,5 %', '1 250'],
  ['Grannby kommun', '12,5 %', '1 250'],
  ['Summa', '100 %', total],
];

const WITH_EXTRA_MONEY: string[][] = [
  ['Medlem', 'Medlemsavgift'],
  ['Försäkringskassan', '5 000'],
  ['Region Exempel', '2 500'],
  ['Exempelby kommun', '1 250'],
  ['Grannby kommun', '1 250'],
  ['Extra bidrag från Exempelby kommun till projektet', '300'],
  ['Summa', '10 300'],
];

const TWO_YEARS_WITH_EXTRA_MONEY: string[][] = [
  ['Medlem', '2021', '2020'],
  ['Försäkringskassan', '5 000', '4 000'],
  ['Region Exempel', '2 500', '2 000'],
  ['Exempelby kommun', '1 250', '1 000'],
  ['Grannby kommun', '1 250', '1 000'],
  ['Extra bidrag från Exempelby kommun till projektet', '300', '0'],
  ['Summa', '10 300', '8 000'],
];

/** The kommuner together on one row, each kommun under it, as "varav" rows or on rows of their own. */
const KOMMUNER_TOGETHER = (each: (name: string) => string, kommuner: string): string[][] => [
  ['Medlem', 'Belopp (tkr)'],
  ['Försäkringskassan', '5 000'],
  ['Region Exempel', '2 500'],
  ['Kommunerna totalt', kommuner],
  [each('Exempelby kommun'), '1 250'],
  [each('Grannby kommun'), kommuner === '2 500' ? '1 250' : '2 250'],
  ['Summa', kommuner === '2 500' ? '10 000' : '11 000'],
];
const TOGETHER: [string, number][] = [
  ['Försäkringskassan', 5_000_000],
  ['Region Exempel', 2_500_000],
  ['Kommunerna totalt', 2_500_000],
];

const BOARD_SEATS: string[][] = [
  ['Medlem', 'Antal ledamöter'],
  ['Försäkringskassan', '2'],
  ['Region Exempel', '2'],
  ['Exempelby kommun', '1'],
  ['Grannby kommun', '1'],
];

const INSATS_COSTS: string[][] = [
  ['Insats', 'Kostnad (tkr)'],
  ['Samverkan med Försäkringskassan', '300'],
  ['Jobbcentrum Exempelby kommun', '1 200'],
  ['Region Exempel hälsoteam', '800'],
  ['Summa', '2 300'],
];

/** The state's half as Försäkringskassan's and Arbetsförmedlingen's rows. */
const STATE_AS_TWO_AGENCIES = (region: string, total: string): string[][] => [
  ['Medlem', 'Belopp (tkr)', 'Andel'],
  ['Försäkringskassan', '2 500', '25 %'],
  ['Arbetsförmedlingen', '2 500', '25 %'],
  ['Region Exempel', region, '25 %'],
  ['Exempelby kommun', '1 250', '12,5 %'],
  ['Grannby kommun', '1 250', '12,5 %'],
  ['Summa', total, '100 %'],
];
const TWO_AGENCIES: [string, number][] = [
  ['Försäkringskassan', 2_500_000],
  ['Arbetsförmedlingen', 2_500_000],
  ['Region Exempel', 2_500_000],
  ['Exempelby kommun', 1_250_000],
  ['Grannby kommun', 1_250_000],
];

const PARTIES: [string, number][] = [
  ['Försäkringskassan', 5_000_000],
  ['Region Exempel', 2_500_000],
  ['Exempelby kommun', 1_250_000],
  ['Grannby kommun', 1_250_000],
];

const CASES: [string, string, string[][], [string, number][], string[]][] = [
  ['a share column beside the amounts', 'Medlemsavgifter', WITH_SHARES('2 500', '10 000'), PARTIES, []],
  [
    'the region off its quarter',
    'Medlemsavgifter',
    WITH_SHARES('3 500', '11 000'),
    PARTIES.map(([party, sek]) => [party, party === 'Region Exempel' ? 3_500_000 : sek]),
    ['member-contribution-split'],
  ],
  ['the unit in the caption, a row of other money under the members', 'Medlemsavgifter (tkr)', WITH_EXTRA_MONEY, PARTIES, []],
  ['two years, a row of other money under the members', 'Medlemsavgifter (tkr)', TWO_YEARS_WITH_EXTRA_MONEY, PARTIES, []],
  ['the kommuner together, each on a "varav" row', 'Medlemsavgifter', KOMMUNER_TOGETHER((name) => `varav ${name}`, '2 500'), TOGETHER, []],
  ['the kommuner together, each on a row of its own', 'Medlemsavgifter', KOMMUNER_TOGETHER((name) => name, '2 500'), TOGETHER, []],
  [
    'the kommuner together off their quarter, each on a "varav" row',
    'Medlemsavgifter',
    KOMMUNER_TOGETHER((name) => `varav ${name}`, '3 500'),
    TOGETHER.map(([party, sek]) => [party, party === 'Kommunerna totalt' ? 3_500_000 : sek]),
    ['member-contribution-split'],
  ],
  ["the state's half as two agencies' rows", 'Medlemsavgifter', STATE_AS_TWO_AGENCIES('2 500', '10 000'), TWO_AGENCIES, []],
  [
    "the state's half as two agencies' rows, the region off its quarter",
    'Medlemsavgifter',
    STATE_AS_TWO_AGENCIES('3 500', '11 000'),
    TWO_AGENCIES.map(([party, sek]) => [party, party === 'Region Exempel' ? 3_500_000 : sek]),
    ['member-contribution-split'],
  ],
  ['a table of the members’ seats on the board', 'Styrelsens sammansättning', BOARD_SEATS, [], []],
  ['a table of insatser that name the members', 'Kostnader per insats', INSATS_COSTS, [], []],
];

const folder = reportFolder('contribution-tables');

describe('members’ contributions as a table of one amount each: the parties and the findings, exactly', () => {
  it.each(inFormats(CASES, ['docx', 'pdf'] as const))('%s (%s)', async (name, format, heading, rows, parties, findings) => {
    const tables = [{ heading, rows }];
    const result = await processReport(folder(), name, format, await reportIn(format, OPENING, tables));
    expect(result).toMatchObject({ status: 'ok', kind: 'arsredovisning' });
    const record = result.record as { contributions: { party: string; amount: { sek: number } }[] };
    expect(record.contributions.map((contribution) => [contribution.party, contribution.amount.sek])).toEqual(parties);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });
});
