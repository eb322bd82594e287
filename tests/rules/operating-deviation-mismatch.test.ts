import { describe, expect, it } from 'vitest';
import { operatingDeviationMismatch } from '../../pipeline/rules/operating-deviation-mismatch.js';
import { arsredovisning, arsredovisningInput, operatingStatement, statements } from './support/builders.js';
import { findingsOf } from './support/findings.js';
import { inSwedish, nb } from './support/messages.js';

function check(row: [string, string | null, string | null, string | null]) {
  const operating = operatingStatement([row]);
  return findingsOf(operatingDeviationMismatch, arsredovisningInput(arsredovisning({ statements: statements({ operating }) })));
}

describe('operating-deviation-mismatch', () => {
  it.each([
    ['costs negative: utfall − budget', ['Samverkansinsatser', '−13 840', '−11 271', '2 569'], 0],
    ['costs positive: budget − utfall', ['Samverkansinsatser', '13 840', '11 271', '2 569'], 0],
    ['an overrun', ['Övriga externa kostnader', '−947', '−1 024', '−77'], 0],
    ['a dash for zero', ['Medlemsavgifter', '13 320', '13 320', '–'], 0],
    ['avvikelse 2 659 where the figures give 2 569', ['Samverkansinsatser', '−13 840', '−11 271', '2 659'], 1],
    ['1 tkr off is rounding of three tkr figures', ['Samverkansinsatser', '−13 840', '−11 271', '2 570'], 0],
    ['no avvikelse column', ['Samverkansinsatser', '−13 840', '−11 271', null], 0],
    ['an avvikelse left blank, as a result row leaves it', ['Årets resultat', '0', '350', ''], 0],
  ] as const)('%s', (_name, row, expected) => {
    expect(check([...row])).toHaveLength(expected);
  });

  type Row = [string, string | null, string | null, string | null];
  const checkRows = (rows: Row[]) =>
    findingsOf(operatingDeviationMismatch, arsredovisningInput(arsredovisning({ statements: statements({ operating: operatingStatement(rows) }) })));

  it.each([
    [
      'one row of three off: a typo',
      [
        ['Insatser', '−4 000', '−3 800', '300'],
        ['Kansli', '−1 200', '−1 150', '50'],
        ['Styrelse', '−200', '−190', '10'],
      ],
      ['Insatser'],
    ],
    [
      'two rows of three off: another difference (the change since last year), nothing said',
      [
        ['Insatser', '−4 000', '−3 800', '300'],
        ['Kansli', '−1 200', '−1 150', '50'],
        ['Styrelse', '−200', '−190', '20'],
      ],
      [],
    ],
    [
      'half the rows off is still a column of avvikelser',
      [
        ['Insatser', '−4 000', '−3 800', '300'],
        ['Kansli', '−1 200', '−1 150', '50'],
        ['Styrelse', '−200', '−190', '20'],
        ['Revision', '−100', '−100', '0'],
      ],
      ['Insatser', 'Styrelse'],
    ],
    [
      'rows without an avvikelse do not count',
      [
        ['Insatser', '−4 000', '−3 800', '300'],
        ['Kansli', '−1 200', '−1 150', ''],
        ['Styrelse', '−200', '−190', null],
      ],
      ['Insatser'],
    ],
  ] as [string, Row[], string[]][])('a column: %s', (_name, rows, activities) => {
    expect(checkRows(rows).map((finding) => (finding.data as { activity: string }).activity)).toEqual(activities);
  });

  it('says the figures', () => {
    const [finding] = check(['Samverkansinsatser', '−13 840', '−11 271', '2 659']);
    expect(finding?.message).toBe(
      'Driftredovisning, Samverkansinsatser: budget −13 840 tkr (−13 840 000 kr) and utfall −11 271 tkr (−11 271 000 kr) differ by 2 569 000 kr but the avvikelse says 2 659 tkr (2 659 000 kr) (difference 90 000 kr; rounding tolerance 1 500 kr for 3 figures in tkr)',
    );
    expect(inSwedish(operatingDeviationMismatch, finding)).toBe(
      nb`Driftredovisning, Samverkansinsatser: budget −13 840 tkr (−13~840~000~kr) och utfall −11 271 tkr (−11~271~000~kr) skiljer sig med 2~569~000~kr men avvikelsen anges till 2 659 tkr (2~659~000~kr) (skillnad 90~000~kr; avrundningstolerans 1~500~kr för 3 belopp i tkr)`,
    );
    expect(finding?.data).toMatchObject({ activity: 'Samverkansinsatser', actual: 2_659_000, expected: 2_569_000, difference: 90_000 });
  });
});
