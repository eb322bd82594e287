import { describe, expect, it } from 'vitest';
import { parseCellAmount } from '../../extractors/arsredovisning/statements/grid.js';
import { findMoney, parseAmount, parseMoney, readFigureCell, signedFigures, unitNamed } from '../../extractors/parse/money.js';

describe('parseMoney', () => {
  it.each([
    ['1250000 Kr', 1_250_000, 'kr', 0],
    ['1 250 000 kr', 1_250_000, 'kr', 0],
    ['1\u00A0250\u00A0000 kr', 1_250_000, 'kr', 0],
    ['1\u2009250\u2009000 kr', 1_250_000, 'kr', 0],
    ['1\u202F250\u202F000 SEK', 1_250_000, 'kr', 0],
    ['270 000:-', 270_000, 'kr', 0],
    ['12 500 kronor', 12_500, 'kr', 0],
    ['10.000 kr', 10_000, 'kr', 0],
    ['4 981 tkr', 4_981_000, 'tkr', 0],
    ['13 320 tkr', 13_320_000, 'tkr', 0],
    ['2 664 Tkr', 2_664_000, 'tkr', 0],
    ['75 TKR', 75_000, 'tkr', 0],
    ['5 tusen kronor', 5_000, 'tkr', 0],
    ['1,25 mkr', 1_250_000, 'mkr', 2],
    ['8, 1 Mkr', 8_100_000, 'mkr', 1],
    ['1,1 m.kr', 1_100_000, 'mkr', 1],
    ['2 MSEK', 2_000_000, 'mkr', 0],
    ['3 miljoner kronor', 3_000_000, 'mkr', 0],
    ['1,5 milj. kr', 1_500_000, 'mkr', 1],
    ['Utfall ekonomi 144 tkr (redovisas i kanslibudget)', 144_000, 'tkr', 0],
    ['Budget 2021 894 tkr', 894_000, 'tkr', 0],
    ['avviker med -2 569 tkr', -2_569_000, 'tkr', 0],
    // Thousands grouped with points or commas, as older reports and spreadsheets set them.
    ['1.250.000 kr', 1_250_000, 'kr', 0],
    ['Budget 2.500.000 kronor', 2_500_000, 'kr', 0],
    ['1.250.000:-', 1_250_000, 'kr', 0],
    ['1.250.000,50 kr', 1_250_001, 'kr', 2],
    ['1,250,000 kr', 1_250_000, 'kr', 0],
    ['250,000 kr', 250_000, 'kr', 0],
    ['1.250 tkr', 1_250_000, 'tkr', 0],
    ['12.345.678 tkr', 12_345_678_000, 'tkr', 0],
    // A comma is the decimal mark in tkr and mkr; a point before fewer than three digits is one too.
    ['1,250 tkr', 1_250, 'tkr', 3],
    ['1.250 mkr', 1_250_000, 'mkr', 3],
    ['3.5 mkr', 3_500_000, 'mkr', 1],
  ])('%s → %d (%s)', (text, sek, unit, decimals) => {
    expect(parseMoney(text)).toMatchObject({ sek, unit, decimals });
  });

  it('keeps the text as written', () => {
    expect(parseMoney('Totalt 1250000 Kr.')?.text).toBe('1250000 Kr');
  });

  it.each([['1250000'], ['2021'], ['2022-01-24'], ['39%'], ['Tfn: 070-123 45 67'], ['026-17 97 52'], ['12 krukor'], ['i tkr'], ['']])(
    '%s is not money',
    (text) => {
      expect(parseMoney(text)).toBeNull();
    },
  );

  it('does not read the day of a date into the amount after it', () => {
    expect(parseMoney('2021-12-31 250 kr')?.sek).toBe(250);
  });
});

describe('findMoney', () => {
  it('finds every amount with offsets', () => {
    const text = '20% av 13 320 tkr är 2 664 tkr';
    const found = findMoney(text);
    expect(found.map((item) => item.value.sek)).toEqual([13_320_000, 2_664_000]);
    expect(found.map((item) => text.slice(item.start, item.end).trim())).toEqual(['13 320 tkr', '2 664 tkr']);
  });

  it('does not glue a year to the amount after it', () => {
    expect(findMoney('Budget 2021 1 530 tkr, 2020 (10 170 tkr)').map((item) => item.value.sek)).toEqual([1_530_000, 10_170_000]);
  });
});

describe('parseAmount', () => {
  it.each([
    ['1250000', 'kr', 1_250_000, 'kr'],
    ['1 250', 'tkr', 1_250_000, 'tkr'],
    ['0', 'kr', 0, 'kr'],
    ['300 tkr', 'kr', 300_000, 'tkr'],
    ['1.000.000', 'kr', 1_000_000, 'kr'],
    ['250.000', 'kr', 250_000, 'kr'],
    ['1,000,000', 'kr', 1_000_000, 'kr'],
    ['250,000', 'kr', 250_000, 'kr'],
    ['1.250', 'tkr', 1_250_000, 'tkr'],
    ['-1.250.000', 'kr', -1_250_000, 'kr'],
    ['kr 1 250 000', 'tkr', 1_250_000, 'kr'],
    ['SEK 250 000', 'kr', 250_000, 'kr'],
  ] as const)('%s with default %s', (text, unit, sek, written) => {
    expect(parseAmount(text, unit)).toMatchObject({ sek, unit: written });
  });

  it.each([[''], ['–'], ['-'], ['2021-12-31'], ['45%'], ['se bilaga'], ['2021.12.31'], ['1.2.3'], ['1.000.0000'], ['kr'], ['SEK bilaga']])(
    '%s is not an amount',
    (text) => {
      expect(parseAmount(text, 'kr')).toBeNull();
    },
  );
});

describe('unitNamed', () => {
  it.each([
    ['tkr', 'tkr'],
    ['Belopp i tusental kronor', 'tkr'],
    ['Ekonomisk redovisning (tkr)', 'tkr'],
    ['KSEK', 'tkr'],
    ['Mkr', 'mkr'],
    ['miljoner kronor', 'mkr'],
    ['kronor', null],
    ['Belopp i kr', null],
    ['Utkrävande av ansvar', null],
  ])('%j → %j', (written, unit) => {
    expect(unitNamed(written)).toBe(unit);
  });
});

describe('readFigureCell', () => {
  const read = (text: string) => readFigureCell(text, (figures) => parseAmount(figures, 'kr'));

  it.each([
    ['950 000', 950_000],
    ['950 000 *', 950_000],
    ['950 000¹', 950_000],
    ['950 000 (2)', 950_000],
    ['950 000 (prel.)', 950_000],
    ['950 000*)', 950_000],
    ['950 000 1)', 950_000],
  ])('%j is the figure', (text, sek) => {
    expect(read(text)).toMatchObject({ money: { sek }, unread: null });
  });

  it.each([[''], ['–'], ['-'], ['kr'], ['- kr'], ['Inga'], ['inget'], ['Ej aktuellt']])('%j is nothing', (text) => {
    expect(read(text)).toEqual({ money: null, unread: null });
  });

  it.each([['ca 950 000'], ['se bilaga'], ['950 000 eller 960 000'], ['Se not 4'], ['saknas']])('%j is kept as written', (text) => {
    expect(read(text)).toEqual({ money: null, unread: text });
  });
});

describe('parseCellAmount', () => {
  it.each([
    ['1 718', 'tkr', 1_718_000],
    ['(54)', 'tkr', -54_000],
    ['1 718-', 'tkr', -1_718_000],
    ['4 000 tkr', 'kr', 4_000_000],
    ['-2 000 tkr', 'kr', -2_000_000],
    ['250 000 kr', 'tkr', 250_000],
    ['1.718.000', 'kr', 1_718_000],
  ] as const)('%j in %s', (text, unit, sek) => {
    expect(parseCellAmount(text, unit)?.sek).toBe(sek);
  });

  it.each([['ca 1 700'], ['Not 4'], ['2021-12-31'], ['1 718 - 1 900']])('%j is not an amount', (text) => {
    expect(parseCellAmount(text, 'tkr')).toBeNull();
  });
});

describe('signedFigures', () => {
  it.each([
    ['(20 000)', '20 000', true],
    ['– 20 000', '20 000', true],
    ['−20 000', '20 000', true],
    ['1 718-', '1 718', true],
    ['+20 000', '20 000', false],
    ['20 000', '20 000', false],
    ['–', '–', false],
    ['2019-2021', '2019-2021', false],
  ] as const)('%s → %s, below zero: %s', (text, figures, below) => {
    expect(signedFigures(text)).toEqual({ figures, below });
  });
});
