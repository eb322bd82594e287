import { describe, expect, it } from 'vitest';
import { tableCounts } from '../../extractors/parse/table-counts.js';

const counts = (rows: string[][]) => tableCounts(rows).map(({ count, row }) => [count.total, count.women, count.men, count.other, row]);

describe('tableCounts', () => {
  it.each([
    [
      'a form typed as a table, its split under its total',
      [
        ['Antal deltagare', '64'],
        ['Varav kvinnor', '30'],
        ['Varav män', '34'],
      ],
      [[64, 30, 34, null, 0]],
    ],
    [
      'the rest in a row of its own, a row of another field between',
      [
        ['Projektnamn', 'Steget'],
        ['Deltagare totalt:', '410'],
        ['Kvinnor:', '230'],
        ['Män:', '170'],
        ['Ej angivet:', '10'],
      ],
      [[410, 230, 170, 10, 1]],
    ],
    [
      'a table by gender keeps its own reading',
      [
        ['Kön', 'Antal'],
        ['Kvinnor', '230'],
        ['Män', '180'],
        ['Totalt', '410'],
      ],
      [[410, 230, 180, null, 3]],
    ],
  ])('%s', (_name, rows, expected) => {
    expect(counts(rows)).toEqual(expected);
  });

  it.each([
    [
      'no row that says it counts people: ages, perhaps',
      [
        ['Kvinnor', '34'],
        ['Män', '38'],
        ['Totalt', '36'],
      ],
    ],
    [
      'a row of more than one figure',
      [
        ['Antal deltagare', '64', '58'],
        ['Kvinnor', '30', '28'],
        ['Män', '34', '30'],
      ],
    ],
    [
      'a total without a split',
      [
        ['Antal deltagare', '64'],
        ['Antal avslutade', '40'],
      ],
    ],
  ])('no count: %s', (_name, rows) => {
    expect(counts(rows)).toEqual([]);
  });
});
