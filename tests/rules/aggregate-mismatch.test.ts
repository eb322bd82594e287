import { describe, expect, it } from 'vitest';
import { aggregateMismatch } from '../../pipeline/rules/aggregate-mismatch.js';
import type { StatedTotal } from '../../schemas/arsredovisning.js';
import { interventions2021 } from './support/annual-report-2021.js';
import { arsredovisning, arsredovisningInput, evidence, money, statedCount } from './support/builders.js';
import { findingsOf } from './support/findings.js';
import { inSwedish, nb } from './support/messages.js';

function total(label: string, amount: string, covers?: string[]): StatedTotal {
  return { label, amount: money(amount, '1.6'), evidence: evidence(`${label} ${amount}`, '1.6'), ...(covers ? { covers } : {}) };
}

function check(totals: StatedTotal[]) {
  return findingsOf(aggregateMismatch, arsredovisningInput(arsredovisning({ interventions: interventions2021(), statedTotals: totals })));
}

describe('aggregate-mismatch (amounts)', () => {
  it('accepts the seed: 11 271 tkr for the 17 insatser outside the kansli budget, 11 415 tkr including Insatskatalogen', () => {
    expect(
      check([
        total('finansierat rehabiliteringsinsatser för', '11 271 tkr'),
        total('Förbrukade medel för samverkansinsatser 2021 var, inklusive kostnad för Insatskatalogen', '11 415 tkr'),
      ]),
    ).toEqual([]);
  });

  it.each([
    ['a total no covering reconciles with', total('finansierat rehabiliteringsinsatser för', '11 350 tkr'), 1],
    ['"inklusive Insatskatalogen" rules out the reading without it', total('Förbrukade medel, inklusive kostnad för Insatskatalogen', '11 271 tkr'), 1],
    ['"exklusive Insatskatalogen" rules out the reading with it', total('Förbrukade medel exklusive Insatskatalogen', '11 415 tkr'), 1],
    ['a total that names its interventions', total('Ett hållbart arbetsliv kostade', '2 266 tkr', ['Ett hållbart arbetsliv']), 0],
    ['a wrong total that names its interventions', total('Ett hållbart arbetsliv kostade', '2 400 tkr', ['Ett hållbart arbetsliv']), 1],
    ['a total that lists its interventions by name', total('Mysam kostade', '710 tkr', ['Mysam']), 0],
    [
      'a total listing two interventions, wrong',
      total('Förstudierna kostade', '400 tkr', ['Förstudie - Utveckling av egenmakt Hudiksvall', 'Förstudie - Minska glappet Mysam Gävle']),
      1,
    ],
    ['a budget total', total('Budget för samverkansinsatser', '12 543 tkr'), 0],
  ])('%s', (_name, stated, expected) => {
    expect(check([stated])).toHaveLength(expected);
  });

  describe('when the appendix does not say Insatskatalogen is paid from the kansli budget', () => {
    const withoutNote = () =>
      interventions2021().map((item) => (item.outcome?.text.includes('kanslibudget') ? { ...item, outcome: money('144 tkr', null) } : item));
    const checkWithout = (totals: StatedTotal[]) =>
      findingsOf(aggregateMismatch, arsredovisningInput(arsredovisning({ interventions: withoutNote(), statedTotals: totals })));

    it('reads a total beside one "inklusive kostnad för Insatskatalogen" as the one without it', () => {
      expect(
        checkWithout([
          total('finansierat rehabiliteringsinsatser för', '11 271 tkr'),
          total('Förbrukade medel för samverkansinsatser, inklusive kostnad för Insatskatalogen', '11 415 tkr'),
        ]),
      ).toEqual([]);
    });

    it('has no such reading for the smaller total alone', () => {
      expect(checkWithout([total('finansierat rehabiliteringsinsatser för', '11 271 tkr')])).toHaveLength(1);
    });
  });

  it('says the stated total, the closest sum, the difference and the tolerance', () => {
    const [finding] = check([total('finansierat rehabiliteringsinsatser för', '11 350 tkr')]);
    expect(finding?.message).toBe(
      '"finansierat rehabiliteringsinsatser för" states 11 350 tkr (11 350 000 kr), but the utfall of all 18 interventions ' +
        'add up to 11 416 000 kr (difference 66 000 kr; rounding tolerance 9 500 kr for 19 figures in tkr; ' +
        'none of the 2 plausible readings of what it covers reconciles)',
    );
    expect(inSwedish(aggregateMismatch, finding)).toBe(
      nb`”finansierat rehabiliteringsinsatser för” anger 11 350 tkr (11~350~000~kr), men utfallen för alla 18 insatser summerar till 11~416~000~kr (skillnad 66~000~kr; avrundningstolerans 9~500~kr för 19 belopp i tkr; ingen av de 2 rimliga tolkningarna av vad den omfattar stämmer)`,
    );
    expect(finding?.data).toEqual({
      figure: 'amount',
      statement: { text: 'finansierat rehabiliteringsinsatser för', amount: { sek: 11_350_000, unit: 'tkr', text: '11 350 tkr', decimals: 0 } },
      column: 'outcome',
      covering: { reading: 'all' },
      interventions: interventions2021().map((item) => item.name),
      readings: 2,
      actual: 11_350_000,
      expected: 11_416_000,
      difference: -66_000,
      tolerance: 9_500,
      unit: 'kr',
      rounding: { figures: 19, unit: 'tkr' },
    });
  });

  it('names the reading it compared with: the interventions named, or all but some and why', () => {
    const [named] = check([total('Ett hållbart arbetsliv kostade', '2 400 tkr', ['Ett hållbart arbetsliv'])]);
    expect(named?.message).toBe(
      '"Ett hållbart arbetsliv kostade" states 2 400 tkr (2 400 000 kr), but the utfall of the interventions it covers (Ett hållbart arbetsliv) ' +
        'add up to 2 266 000 kr (difference 134 000 kr; rounding tolerance 2 000 kr for 4 figures in tkr)',
    );
    expect(named?.data).toMatchObject({
      covering: { reading: 'named', covers: ['Ett hållbart arbetsliv'] },
      interventions: ['Ett hållbart arbetsliv - Ockelbo', 'Ett hållbart arbetsliv - Ovanåker', 'Ett hållbart arbetsliv - Hofors'],
      readings: 1,
      actual: 2_400_000,
      expected: 2_266_000,
      difference: 134_000,
    });
    const [except] = check([total('Förbrukade medel exklusive Insatskatalogen', '11 415 tkr')]);
    expect(except?.message).toBe(
      '"Förbrukade medel exklusive Insatskatalogen" states 11 415 tkr (11 415 000 kr), but the utfall of all interventions except ' +
        'Insatskatalogen Gävleborg (reported separately) add up to 11 272 000 kr (difference 143 000 kr; rounding tolerance 9 000 kr for 18 figures in tkr)',
    );
    expect(except?.data).toMatchObject({
      covering: { reading: 'all-except', excluded: ['Insatskatalogen Gävleborg'], why: 'reported-separately' },
      readings: 1,
    });
  });

  it('says nothing when a covered intervention has no utfall', () => {
    const interventions = interventions2021().map((item, index) => (index === 0 ? { ...item, outcome: null } : item));
    const record = arsredovisning({ interventions, statedTotals: [total('finansierat rehabiliteringsinsatser för', '99 999 tkr')] });
    expect(findingsOf(aggregateMismatch, arsredovisningInput(record))).toEqual([]);
  });
});

describe('aggregate-mismatch (counts with covers)', () => {
  function checkCount(text: string, covers: string[]) {
    const record = arsredovisning({ interventions: interventions2021(), statedCounts: [statedCount(text, { covers, scope: 'year' })] });
    return findingsOf(aggregateMismatch, arsredovisningInput(record));
  }

  it('flags the seed: 34 participants of Ett hållbart arbetsliv against 21 + 17 + 10 in the appendix', () => {
    const [finding, ...rest] = checkCount('34 personer under året, (15 kvinnor och 19 män)', ['Ett hållbart arbetsliv']);
    expect(rest).toEqual([]);
    expect(finding?.message).toBe(
      '"34 personer under året, (15 kvinnor och 19 män)" is stated for Ett hållbart arbetsliv, but its 3 interventions report for the year: ' +
        '21 + 17 + 10 = 48 participants against 34 (difference 14); 15 + 7 + 3 = 25 women against 15 (difference 10); ' +
        '6 + 10 + 7 = 23 men against 19 (difference 4)',
    );
    expect(finding?.data).toEqual({
      figure: 'count',
      statement: { text: '34 personer under året, (15 kvinnor och 19 män)', covers: ['Ett hållbart arbetsliv'] },
      scope: 'year',
      interventions: ['Ett hållbart arbetsliv - Ockelbo', 'Ett hållbart arbetsliv - Ovanåker', 'Ett hållbart arbetsliv - Hofors'],
      parts: [
        { part: 'total', values: [21, 17, 10], actual: 34, expected: 48, difference: -14 },
        { part: 'women', values: [15, 7, 3], actual: 15, expected: 25, difference: -10 },
        { part: 'men', values: [6, 10, 7], actual: 19, expected: 23, difference: -4 },
      ],
      tolerance: 0,
      unit: 'persons',
    });
  });

  it.each([
    ['a count that matches', '48 personer under året (25 kvinnor och 23 män)', ['Ett hållbart arbetsliv'], 0],
    [
      'the same, by appendix names',
      '34 personer under året',
      ['Ett hållbart arbetsliv - Ockelbo', 'Ett hållbart arbetsliv - Ovanåker', 'Ett hållbart arbetsliv - Hofors'],
      1,
    ],
    ['covered interventions without that count', '960 unika personer (594 kvinnor och 365 män)', ['Trisam 2.0'], 0],
    ['a phrase naming no intervention', '12 personer (6 kvinnor och 6 män)', ['Jobbsteget'], 0],
    // One who took part in two insatser counts once among unique people: fewer than the insatser's sum, and right.
    ['unique people, fewer than the insatser count', '34 unika personer under året (15 kvinnor och 19 män)', ['Ett hållbart arbetsliv'], 0],
    ['each person counted once', '34 personer under året (15 kvinnor och 19 män), där varje person räknas bara en gång', ['Ett hållbart arbetsliv'], 0],
    // The people who came in this year, where the insatser count those from last year too.
    ['new people, fewer than the insatser count', '34 nya deltagare under året (15 kvinnor och 19 män)', ['Ett hållbart arbetsliv'], 0],
    ['new people spoken of, but a count of all', '34 personer under året (15 kvinnor och 19 män), varav flera i nya insatser', ['Ett hållbart arbetsliv'], 1],
  ])('%s', (_name, text, covers, expected) => {
    expect(checkCount(text, [...covers])).toHaveLength(expected);
  });
});
