import { describe, expect, it } from 'vitest';
import { partsOfRowsAbove } from '../../extractors/parse/index.js';

type Row = [string, number | null];

describe('partsOfRowsAbove: the rows that break down the row above them', () => {
  it.each<[string, Row[], number[]]>([
    [
      'a "varav" row',
      [
        ['Personal', 900],
        ['varav lön', 700],
        ['Lokaler', 100],
      ],
      [1],
    ],
    [
      '"därav", also without a figure above',
      [
        ['Personal', null],
        ['därav resor', 50],
      ],
      [1],
    ],
    [
      'dashed items under a row of their own that make up no more than it',
      [
        ['Personal', 900],
        ['- Lönekostnader', 700],
        ['- Sociala avgifter', 200],
        ['Lokaler', 100],
      ],
      [1, 2],
    ],
    [
      'dashed items that make up less than the row (a partial breakdown)',
      [
        ['Personal', 900],
        ['– Lönekostnader', 700],
        ['Lokaler', 100],
      ],
      [1],
    ],
    [
      'negative costs and their dashed items',
      [
        ['Kostnader för insatser', -8200],
        ['- Steget', -5000],
        ['- Vägen in', -3200],
      ],
      [1, 2],
    ],
    // Dashed items that are no breakdown: more than the row above, another sign, under no row of figures, every row dashed.
    [
      'dashed items worth more than the row above',
      [
        ['Personal', 900],
        ['- Lönekostnader', 700],
        ['- Sociala avgifter', 300],
      ],
      [],
    ],
    [
      'a dashed item of the other sign',
      [
        ['Intäkter', 900],
        ['- Återbetalning', -100],
      ],
      [],
    ],
    [
      'dashed items under a heading with no figure',
      [
        ['Kostnader', null],
        ['- Personal', 900],
        ['- Lokaler', 100],
      ],
      [],
    ],
    [
      'every row dashed',
      [
        ['- Personal', 900],
        ['- Lokaler', 100],
      ],
      [],
    ],
    [
      'no breakdown at all',
      [
        ['Personal', 900],
        ['Lokaler', 100],
        ['Summa', 1000],
      ],
      [],
    ],
  ])('%s', (_name, rows, parts) => {
    expect([...partsOfRowsAbove(rows.map(([label, value]) => ({ label, value })))].sort((a, b) => a - b)).toEqual(parts);
  });
});
