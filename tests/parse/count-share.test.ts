import { describe, expect, it } from 'vitest';
import { findCountShares } from '../../extractors/parse/count-share.js';

const shares = (text: string): [number, number, number][] => findCountShares(text).map(({ value }) => [value.part, value.whole, value.percent]);

describe('findCountShares', () => {
  it.each([
    // The share after its counts, in parentheses or after a comma.
    ['Av dem har 30 av 65 deltagare (46 %) gått vidare till arbete.', [[30, 65, 46]]],
    ['30 av de 65 deltagarna (46,2 %) har gått till studier.', [[30, 65, 46.2]]],
    ['Under året gick 1 200 av totalt 2 000 deltagare (60 procent) vidare.', [[1200, 2000, 60]]],
    ['Insatsen nådde 30 av 65, dvs. 46 %, av dem som anvisades.', [[30, 65, 46]]],
    ['Målet nåddes för 30 av 65 deltagare, vilket motsvarar 46 %.', [[30, 65, 46]]],
    ['30 of 65 participants (46 %) moved on to work.', [[30, 65, 46]]],
    // The share before its counts.
    ['79 % (75 av 95) av de i personalen som svarat på frågan har svarat ja.', [[75, 95, 79]]],
    ['46 procent (30 av de 65 deltagarna) gick till arbete.', [[30, 65, 46]]],
    // The whole first.
    ['Av de 86 deltagarna har 69 (80 %) minskat sin sjukskrivning.', [[69, 86, 80]]],
    ['Av 65 deltagare var 30 kvinnor (46 %).', [[30, 65, 46]]],
    ['Av 65 deltagare under året har 30 (46 %) gått till arbete.', [[30, 65, 46]]],
    ['Av 65 avslutade deltagare gick 30 personer (46 %) till arbete och 10 (15 %) till studier.', [[30, 65, 46]]],
    // A part of a count of people right after it.
    ['Under året deltog 64 deltagare, varav 30 kvinnor (47 %) och 34 män (53 %).', [[30, 64, 47]]],
    ['Totalt 410 personer (varav 230 kvinnor (56 %)).', [[230, 410, 56]]],
    // Two shares in one sentence.
    [
      '30 av 65 (46 %) gick till arbete och 10 av 65 (15 %) till studier.',
      [
        [30, 65, 46],
        [10, 65, 15],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(shares(text)).toEqual(expected);
  });

  it.each([
    // Amounts: percentage-mismatch's.
    '500 tkr av 1 000 tkr (50 %) har använts.',
    '500 av 1 000 kronor (50 %) har använts.',
    // A qualified share, or one with more than a percentage in its parentheses.
    'Insatsen hade 30 av 65 deltagare (ca 46 %).',
    '30 av 65 deltagare (52 % av kvinnorna) gick till arbete.',
    '30 av 65 personer (2020: 52 %).',
    '30 av 65 deltagare (+12 %) jämfört med förra året.',
    // A count told roughly: its share may be of the exact one.
    'Insatsen nådde ca 300 av 650 deltagare (48 %).',
    'Av 650 deltagare har drygt 300 (48 %) gått till arbete.',
    'Under året deltog drygt 64 deltagare, varav 30 kvinnor (47 %).',
    'Knappt 46 % (30 av 65) gick till arbete.',
    // The share is of another whole.
    '30 av 65 deltagare (25 %) av samtliga 120 inskrivna gick till arbete.',
    'Av 65 deltagare hade 30 (46 %) av dem arbete.',
    'Under året deltog 64 deltagare, varav 30 kvinnor (52 % av alla kvinnor i målgruppen).',
    // After a comma, a share of something else.
    '30 av 65 deltagare, 52 % kvinnor, har avslutat.',
    // Years, decimals and dates are no counts.
    '3 av 2021 års ärenden (10 %) gällde unga.',
    'Sida 2 av 34',
    '2,5 av 10 (25 %) tjänster',
    // A whole the reader cannot see beside the share.
    'Av dessa började 52 personer arbeta eller studera. Det motsvarar 40 procent av de avslutade deltagarna.',
    'Av dem har 69 personer (80 %) minskat sin sjukskrivning.',
    'Av 65 deltagare har 30 gått till arbete och 10 (15 %) till studier.',
    // A part larger than its whole is no share of it.
    '80 av 65 (123 %)',
    'Det var 0 av 0 (0 %) som avbröt.',
  ])('not a share of two counts: %s', (text) => {
    expect(shares(text)).toEqual([]);
  });
});
