import { describe, expect, it } from 'vitest';
import { contributorKind } from '../../extractors/arsredovisning/statements/contributions.js';
import { memberContributionSplit } from '../../pipeline/rules/member-contribution-split.js';
import type { Contribution } from '../../schemas/arsredovisning.js';
import { arsredovisning, arsredovisningInput, evidence, tkrCell } from './support/builders.js';
import { findingsOf } from './support/findings.js';
import { inSwedish, nb } from './support/messages.js';

function check(rows: [string, string][]) {
  const contributions: Contribution[] = rows.map(([party, amount]) => {
    const kind = contributorKind(party, []);
    if (!kind) throw new Error(`no party: ${party}`);
    return { party, kind, amount: tkrCell(amount)!, evidence: evidence(`${party} ${amount}`, 'Not 1') };
  });
  return findingsOf(memberContributionSplit, arsredovisningInput(arsredovisning({ contributions })));
}

describe('member-contribution-split', () => {
  it.each([
    [
      'the seed: 6 660 / 3 330 / 3 330',
      [
        ['Försäkringskassan och Arbetsförmedlingen', '6 660'],
        ['Region Gävleborg', '3 330'],
        ['Länets kommuner', '3 330'],
      ],
      [],
    ],
    [
      'kommuner one by one',
      [
        ['Försäkringskassan', '2 000'],
        ['Region Dalarna', '1 000'],
        ['Falu kommun', '600'],
        ['Borlänge kommun', '400'],
      ],
      [],
    ],
    [
      'Gotland pays the regional quarter too: not a slip',
      [
        ['Staten genom Försäkringskassan', '4 000'],
        ['Region Gotland', '4 000'],
      ],
      [],
    ],
    [
      'rounding: 1 tkr off',
      [
        ['Försäkringskassan', '6 661'],
        ['Region Gävleborg', '3 330'],
        ['Länets kommuner', '3 330'],
      ],
      [],
    ],
    [
      'the region pays 3 500',
      [
        ['Försäkringskassan', '6 660'],
        ['Region Gävleborg', '3 500'],
        ['Länets kommuner', '3 330'],
      ],
      ['regions'],
    ],
    [
      'the kommuner pay 3 000',
      [
        ['Försäkringskassan', '6 660'],
        ['Region Gävleborg', '3 330'],
        ['Länets kommuner', '3 000'],
      ],
      ['kommuner'],
    ],
    [
      'the state pays 7 000',
      [
        ['Försäkringskassan', '7 000'],
        ['Region Gävleborg', '3 330'],
        ['Länets kommuner', '3 330'],
      ],
      ['state'],
    ],
    [
      'Gotland with the state short',
      [
        ['Försäkringskassan', '3 000'],
        ['Region Gotland', '4 000'],
      ],
      ['state'],
    ],
    [
      'no region stated: nothing to say',
      [
        ['Försäkringskassan', '7 000'],
        ['Länets kommuner', '3 330'],
      ],
      [],
    ],
  ] as const)('%s', (_name, rows, parties) => {
    expect(check(rows.map(([p, a]) => [p, a])).map((f) => f.data.party)).toEqual(parties);
  });

  it('says which party is off and by how much', () => {
    const [finding] = check([
      ['Försäkringskassan', '6 660'],
      ['Region Gävleborg', '3 500'],
      ['Länets kommuner', '3 330'],
    ]);
    expect(finding?.message).toBe(
      'The region(s) contribute 3 500 000 kr of 13 490 000 kr, but lag (2003:1210) 5 § makes their share a quarter: 3 330 000 kr (difference 170 000 kr; rounding tolerance 2 000 kr for 4 figures in tkr)',
    );
    expect(inSwedish(memberContributionSplit, finding)).toBe(
      nb`Regionen eller regionerna bidrar med 3~500~000~kr av 13~490~000~kr, men enligt lag (2003:1210) 5 § är deras andel en fjärdedel: 3~330~000~kr (skillnad 170~000~kr; avrundningstolerans 2~000~kr för 4 belopp i tkr)`,
    );
    expect(finding?.data).toMatchObject({ party: 'regions', share: 0.25, total: 13_490_000, actual: 3_500_000, expected: 3_330_000, difference: 170_000 });
  });

  it('names the state, not Försäkringskassan alone, where Arbetsförmedlingen pays part of its half', () => {
    const [finding] = check([
      ['Försäkringskassan', '3 000'],
      ['Arbetsförmedlingen', '3 000'],
      ['Region Gävleborg', '3 330'],
      ['Länets kommuner', '3 330'],
    ]);
    expect(finding?.data).toMatchObject({ party: 'state', actual: 6_000_000, expected: 6_660_000 });
    expect(inSwedish(memberContributionSplit, finding)).toMatch(/^Staten \(Försäkringskassan, Arbetsförmedlingen\) bidrar med 6\u00a0000\u00a0000\u00a0kr/u);
  });
});
