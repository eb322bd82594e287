import { describe, expect, it } from 'vitest';
import { genderTableCounts } from '../../extractors/parse/gender-rows.js';

describe('genderTableCounts', () => {
  it.each([
    [
      'a count and its share',
      [
        ['Kön', 'Antal', 'Andel'],
        ['Kvinnor', '230', '56 %'],
        ['Män', '180', '44 %'],
        ['Totalt', '410', '100 %'],
      ],
      [{ total: 410, women: 230, men: 180, other: null, text: 'Antal: Kvinnor 230, Män 180, Totalt 410' }],
    ],
    [
      'a column per year, people of no stated gender, digit groups',
      [
        ['', '2021', '2020'],
        ['Kvinnor', '1 230', '1 210'],
        ['Män', '1 180', '1 170'],
        ['Annat/vill ej uppge', '10', '0'],
        ['Summa:', '2 420', '2 380'],
      ],
      [
        { total: 2420, women: 1230, men: 1180, other: 10, year: 2021 },
        { total: 2380, women: 1210, men: 1170, other: 0, year: 2020 },
      ],
    ],
    [
      'unique participants',
      [
        ['Deltagare', 'Antal unika deltagare'],
        ['Tjejer', '12'],
        ['Killar', '9'],
        ['Totalt', '21'],
      ],
      [{ total: 21, women: 12, men: 9 }],
    ],
    [
      'a split that makes its total beside rows of ages and a part',
      [
        ['Kön', 'Antal'],
        ['Kvinnor', '230'],
        ['Män', '180'],
        ['16–29 år', '150'],
        ['30–64 år', '260'],
        ['Totalt', '410'],
        ['varav nya', '120'],
      ],
      [{ total: 410, women: 230, men: 180 }],
    ],
    [
      'a split short of its total beside a part only',
      [
        ['År', 'Kvinnor', 'Män', 'Totalt', 'Varav unga'],
        ['2021', '230', '170', '410', '120'],
      ],
      [{ total: 410, women: 230, men: 170 }],
    ],
    [
      'across the header, a row per year',
      [
        ['År', 'Kvinnor', 'Män', 'Ej angivet', 'Totalt'],
        ['2021', '230', '170', '10', '410'],
        ['2020', '210', '170', '0', '380'],
      ],
      [
        { total: 410, women: 230, men: 170, other: 10, year: 2021, text: '2021: Kvinnor 230, Män 170, Ej angivet 10, Totalt 410' },
        { total: 380, women: 210, men: 170, other: 0, year: 2020 },
      ],
    ],
    [
      'women and men headed "K" and "M"',
      [
        ['År', 'K', 'M', 'Totalt'],
        ['2021', '230', '170', '400'],
      ],
      [{ total: 400, women: 230, men: 170, other: null, year: 2021, text: '2021: K 230, M 170, Totalt 400' }],
    ],
    [
      'the rest as "Vet ej"',
      [
        ['År', 'Kvinnor', 'Män', 'Vet ej', 'Totalt'],
        ['2021', '230', '170', '10', '410'],
      ],
      [{ total: 410, women: 230, men: 170, other: 10 }],
    ],
    [
      'across the header, one row of figures',
      [
        ['Kvinnor', 'Män', 'Antal deltagare'],
        ['230', '170', '400'],
      ],
      [{ total: 400, women: 230, men: 170, other: null, text: 'Kvinnor 230, Män 170, Antal deltagare 400' }],
    ],
  ])('%s', (_name, rows, counts) => {
    expect(genderTableCounts(rows).map((found) => found.count)).toMatchObject(counts);
  });

  it.each([
    [
      'an average age',
      [
        ['Kön', 'Medelålder'],
        ['Kvinnor', '34'],
        ['Män', '38'],
        ['Totalt', '36'],
      ],
    ],
    [
      'a share only',
      [
        ['Kön', 'Andel'],
        ['Kvinnor', '56'],
        ['Män', '44'],
        ['Totalt', '100'],
      ],
    ],
    [
      'money',
      [
        ['Kön', 'Kostnad (kr)'],
        ['Kvinnor', '56 000'],
        ['Män', '44 000'],
        ['Totalt', '100 000'],
      ],
    ],
    [
      'no header',
      [
        ['Kvinnor', '230'],
        ['Män', '180'],
        ['Totalt', '410'],
      ],
    ],
    [
      'no total row',
      [
        ['Kön', 'Antal'],
        ['Kvinnor', '230'],
        ['Män', '180'],
      ],
    ],
    [
      'insatser down the rows',
      [
        ['Insats', 'Antal'],
        ['Steget', '230'],
        ['Lotsen', '180'],
        ['Totalt', '410'],
      ],
    ],
    [
      'a figure with words',
      [
        ['Kön', 'Antal'],
        ['Kvinnor', '230 (56 %)'],
        ['Män', '180'],
        ['Totalt', '410'],
      ],
    ],
    [
      'a lone "K" is no gender',
      [
        ['År', 'K', 'Män', 'Totalt'],
        ['2021', '230', '170', '400'],
      ],
    ],
    [
      'an average age across the header',
      [
        ['', 'Kvinnor', 'Män', 'Totalt'],
        ['Medelålder', '34', '38', '36'],
      ],
    ],
    [
      'money across the header',
      [
        ['Kostnad (kr)', 'Kvinnor', 'Män', 'Totalt'],
        ['Insatser', '56 000', '44 000', '100 000'],
      ],
    ],
    [
      'two columns of women',
      [
        ['', 'Kvinnor', 'Kvinnor', 'Män', 'Totalt'],
        ['Steget', '12', '10', '9', '21'],
      ],
    ],
    [
      'a split short of its total beside a row the reader does not know',
      [
        ['Kön', 'Antal'],
        ['Kvinnor', '230'],
        ['Män', '170'],
        ['Ospecificerat', '10'],
        ['Totalt', '410'],
      ],
    ],
    [
      'a split short of its total beside a column the reader does not know',
      [
        ['År', 'Kvinnor', 'Män', 'Ospecificerat', 'Totalt'],
        ['2021', '230', '170', '10', '410'],
      ],
    ],
  ])('%s is no count', (_name, rows) => {
    expect(genderTableCounts(rows)).toEqual([]);
  });
});
