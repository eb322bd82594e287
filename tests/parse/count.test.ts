import { describe, expect, it } from 'vitest';
import { findCounts, parseCount } from '../../extractors/parse/count.js';

describe('parseCount', () => {
  it.each([
    ['35 deltagare, 15 kvinnor, 9 män och 11 anonyma', [35, 15, 9, 11]],
    ['994 personer (609 kvinnor och 384 män)', [994, 609, 384, null]],
    ['122 (60 män, 61 kvinnor)', [122, 61, 60, null]],
    ['71 (43 kvinnor / 28 män)', [71, 43, 28, null]],
    ['410 personer (230 kvinnor/180 män)', [410, 230, 180, null]],
    ['410 personer (180 män/230 kvinnor)', [410, 230, 180, null]],
    // A number right after a slash is no count but after a gender's word: a school year's.
    ['Under läsåret 2021/22 deltagare i skolan: 40 deltagare', [40, null, null, null]],
    ['34 personer under året, (15 kvinnor och 19 män)', [34, 15, 19, null]],
    ['960 personers ärenden, 594 kvinnor och 365 män', [960, 594, 365, null]],
    ['totalt 21 deltagare deltagit i insatsen, 15 kvinnor, 6 män', [21, 15, 6, null]],
    ['960 unika personer (594 kvinnor och 365 män)', [960, 594, 365, null]],
    ['nått totalt 994\npersoner (609 kvinnor och 384 män)', [994, 609, 384, null]],
    ['15 kvinnor och 19 män', [null, 15, 19, null]],
    ['15 kvinnor och 19 män, totalt 34', [34, 15, 19, null]],
    ['8 kvinnor, 4 män av totalt 12', [12, 8, 4, null]],
    ['1 204 deltagare (640 kvinnor, 560 män, 4 med okänt kön)', [1204, 640, 560, 4]],
    ['2.000 personer deltagit i insatserna, varav 1.250 kvinnor och 750 män', [2000, 1250, 750, null]],
    ['17 deltagare', [17, null, null, null]],
    ['In total 42 participants took part, 25 women and 17 men', [42, 25, 17, null]],
    ['30 people (14 women, 13 men and 3 of unknown gender)', [30, 14, 13, 3]],
    ['187 deltagare (101 kvinnor, 84 män och 2 som inte angett kön)', [187, 101, 84, 2]],
    ['41 (23 kvinnor, 16 män, 2 ej angett kön)', [41, 23, 16, 2]],
    ['Under 2023 har 38 unga vuxna deltagit, 19 kvinnor och 19 män', [38, 19, 19, null]],
    ['Sedan start har 62 unga deltagit i insatsen, 27 kvinnor och 34 män', [62, 27, 34, null]],
    // No stated gender in other words, and a few such people counted in words.
    ['412 deltagare, varav 230 kvinnor, 180 män och 2 med annan könsidentitet', [412, 230, 180, 2]],
    ['50 deltagare varav 25 kvinnor, 24 män och 1 ickebinär', [50, 25, 24, 1]],
    ['Totalt 30 deltagare, 14 kvinnor och 15 män, 1 person med okänt kön', [30, 14, 15, 1]],
    ['64 personer (30 kvinnor och 33 män, en person har inte uppgett kön)', [64, 30, 33, 1]],
    ['40 deltagare (20 kvinnor, 18 män och två personer som inte velat ange kön)', [40, 20, 18, 2]],
    // People who chose not to state it, in the other ways reports say so.
    ['310 personer (165 kvinnor, 140 män och 5 som valt att inte uppge kön)', [310, 165, 140, 5]],
    ['40 deltagare, 20 kvinnor, 18 män och 2 som avstått från att ange kön', [40, 20, 18, 2]],
    ['40 deltagare, 20 kvinnor, 18 män och 2 som inte ville uppge kön', [40, 20, 18, 2]],
    ['40 deltagare, 20 kvinnor, 18 män och 2 som saknade uppgift om kön', [40, 20, 18, 2]],
    ['64 personer, 30 kvinnor och 32 män samt 2 personer som definierar sig som icke-binära', [64, 30, 32, 2]],
    ['120 deltagare (70 kvinnor, 48 män och 2 övriga)', [120, 70, 48, 2]],
    // "övriga" followed by a noun is other things, not people of another gender.
    ['120 deltagare (70 kvinnor, 48 män) och 2 övriga insatser', [120, 70, 48, null]],
    // An anonymous survey is no person of unknown gender.
    ['12 deltagare, 6 kvinnor och 6 män, svarade på en anonym enkät', [12, 6, 6, null]],
    ['20 deltagare lämnade 1 anonym utvärdering', [20, null, null, null]],
    ['11 anonyma deltagare, 5 kvinnor och 4 män, totalt 20', [20, 5, 4, 11]],
    // The rest of a breakdown in a word of its own, where nothing follows it.
    ['410 deltagare (230 kvinnor, 170 män, 10 ej angivet)', [410, 230, 170, 10]],
    ['410 deltagare (230 kvinnor, 170 män och 10 okänt)', [410, 230, 170, 10]],
    ['40 deltagare (20 kvinnor, 18 män, 2 vill ej uppge)', [40, 20, 18, 2]],
    // The label before its figure, as a form or a table read as text writes it.
    ['Kvinnor: 230, Män: 180, Totalt: 410', [410, 230, 180, null]],
    ['Antal deltagare: 410 (kvinnor 230, män 170)', [410, 230, 170, null]],
    ['Totalt antal deltagare: 64, varav kvinnor: 30 och män: 34', [64, 30, 34, null]],
    ['Deltagare: 410 (kvinnor: 230, män: 170, ej angivet: 10)', [410, 230, 170, 10]],
    ['Kvinnor: 230, Män: 170, Okänt: 10, Totalt: 410', [410, 230, 170, 10]],
    ['Kön: kvinnor 230, män 180', [null, 230, 180, null]],
    ['män 180 och kvinnor 230 samt 12 anonyma', [null, 230, 180, 12]],
    ['Deltagare: 12 kvinnor och 8 män', [null, 12, 8, null]],
    ['Kvinnor: 230 st, Män: 180 st, Totalt: 410 st', [410, 230, 180, null]],
    ['Kvinnor: 20, Män: 18, Ej angett: 2, Totalt: 40', [40, 20, 18, 2]],
    ['Kvinnor: 20, Män: 18, Övrigt: 2, Totalt: 40', [40, 20, 18, 2]],
  ])('%s', (text, [total, women, men, other]) => {
    expect(parseCount(text)).toMatchObject({ total, women, men, other });
  });

  it.each([
    ['33% (29% kvinnor, 41% män)'],
    ['46%, (45% kvinnor och 47% män)'],
    ['sjukpenning 33% (38% kvinnor, 24 män)'],
    ['stöd till 45 personer, 16-64 år (50% kvinnor, 50% män)'],
    ['Det finns 11 Trisam-team i Gävle'],
    ['totalt 4 representanter'],
    ['38 percent (40% women, 36% men)'],
    ['2021-10-01 – 2022-01-31'],
    // A label before a share, an age, a range or a sum; a gender's word and a figure alone, or "Totalt:" alone.
    ['Kvinnor: 56 %, män: 44 %'],
    ['kvinnor 25–29 år och män 30 år'],
    ['Kvinnor: 45 år, Män: 47 år'],
    ['kvinnor 18-29, män 30-64'],
    ['Kostnad per deltagare: 12 000 kr'],
    ['män 180'],
    ['Totalt: 410'],
    ['Deltagare: 2021'],
    ['3 okända faktorer påverkade resultatet'],
  ])('%s is not a count', (text) => {
    expect(parseCount(text)).toBeNull();
  });

  it('keeps the counted text', () => {
    expect(parseCount('Under 2021 har insatserna nått ut till 994 personer (609 kvinnor och 384 män).')?.text).toBe('994 personer (609 kvinnor och 384 män)');
  });
});

describe('the rest of a breakdown, counted in the sentence right after it', () => {
  it.each([
    ['310 deltagare, varav 170 kvinnor och 138 män. Två deltagare har inte angett kön.', [[310, 170, 138, 2]]],
    ['310 deltagare, varav 170 kvinnor och 138 män. För två deltagare saknas uppgift om kön.', [[310, 170, 138, 2]]],
    ['310 personer (170 kvinnor och 138 män). 2 deltagare har inte uppgett kön.', [[310, 170, 138, 2]]],
    ['310 deltagare, varav 170 kvinnor och 138 män. Två deltagare saknar uppgift om kön.', [[310, 170, 138, 2]]],
    ['98 unga, varav 50 kvinnor och 46 män. Två deltagare saknade uppgift om kön.', [[98, 50, 46, 2]]],
    ['120 deltagare, varav 70 kvinnor och 48 män. Två deltagare identifierade sig som annat.', [[120, 70, 48, 2]]],
    ['120 deltagare, varav 70 kvinnor och 48 män. För 2 deltagare är kön okänt.', [[120, 70, 48, 2]]],
    // A rest that does not make the total up is still the rest: the breakdown stays wrong, with it.
    ['310 deltagare, varav 170 kvinnor och 130 män. Två deltagare har inte angett kön.', [[310, 170, 130, 2]]],
    // A breakdown that adds up, or that counts its own other, takes nobody from the next sentence.
    [
      '310 deltagare, varav 170 kvinnor och 140 män. Två deltagare har inte angett kön.',
      [
        [310, 170, 140, null],
        [null, null, null, 2],
      ],
    ],
    [
      '30 deltagare, 14 kvinnor, 13 män och 1 ickebinär. Två deltagare har inte angett kön.',
      [
        [30, 14, 13, 1],
        [null, null, null, 2],
      ],
    ],
    // Another insats's people, further into the next sentence, are its own.
    [
      'Insats A hade 20 deltagare, varav 12 kvinnor och 6 män. Insats B hade 3 anonyma deltagare.',
      [
        [20, 12, 6, null],
        [null, null, null, 3],
      ],
    ],
    // A breakdown after two totals in one sentence is of the one it makes up; the nearest keeps its own count.
    [
      'Totalt 410 deltagare: 120 unga under 30 år, 290 över 30 år, varav 230 kvinnor och 180 män.',
      [
        [410, 230, 180, null],
        [120, null, null, null],
      ],
    ],
    [
      'Totalt 410 deltagare: 120 unga, varav 70 kvinnor och 50 män.',
      [
        [410, null, null, null],
        [120, 70, 50, null],
      ],
    ],
    [
      'Totalt 410 deltagare: 120 unga, varav 70 kvinnor och 40 män.',
      [
        [410, null, null, null],
        [120, 70, 40, null],
      ],
    ],
    [
      'Totalt 410 deltagare. Av dem var 120 unga, varav 230 kvinnor och 180 män.',
      [
        [410, null, null, null],
        [120, 230, 180, null],
      ],
    ],
  ])('%s', (text, counts) => {
    expect(findCounts(text).map(({ value }) => [value.total, value.women, value.men, value.other])).toEqual(counts);
  });
});

describe('the text of a count', () => {
  it.each([
    ['Totalt 27 deltagare (16 kvinnor, 11 män) har deltagit.', 'Totalt 27 deltagare (16 kvinnor, 11 män)'],
    ['Insatsen har sammanlagt 40 deltagare, 22 kvinnor och 18 män', 'sammanlagt 40 deltagare, 22 kvinnor och 18 män'],
    ['Under 2021 har insatserna nått ut till 994 personer (609 kvinnor och 384 män).', '994 personer (609 kvinnor och 384 män)'],
  ])('%s → %s', (text, expected) => {
    expect(parseCount(text)?.text).toBe(expected);
  });
});

describe('digit groups (issue 13)', () => {
  // A space, a no-break space and a thin space group thousands wherever the count stands.
  const spaces = [' ', '\u00a0', '\u2009'];
  const sentences = (n: string): [string, number | null][] => [
    [`Under 2023 har insatserna nått totalt ${n} personer (671 kvinnor och 455 män).`, 2023],
    [`Under 2023 nådde insatserna ${n} personer (671 kvinnor och 455 män).`, 2023],
    [`Insatserna har nått ${n} personer under 2023, varav 671 kvinnor och 455 män.`, 2023],
    [`671 kvinnor och 455 män, totalt ${n}, deltog under 2023.`, 2023],
    [`Totalt ${n} (671 kvinnor, 455 män) under året.`, null],
    [`Under 2023: ${n} deltagare, 671 kvinnor och 455 män.`, 2023],
    [`2023 nådde våra insatser totalt ${n} personer (671 kvinnor och 455 män).`, 2023],
    [`Av ${n} deltagare 2023 var 671 kvinnor och 455 män.`, 2023],
  ];
  it.each(spaces.flatMap((space) => sentences(`1${space}126`).map(([text, year]) => [JSON.stringify(space), text, year] as const)))(
    '%s: %s',
    (_space, text, year) => {
      const [count, ...rest] = findCounts(text);
      expect(rest).toEqual([]);
      expect(count?.value).toMatchObject({ total: 1126, women: 671, men: 455 });
      expect(count?.value.year ?? null).toBe(year);
    },
  );

  it.each([
    ['Under 2023 126 personer deltog (70 kvinnor och 56 män).', 126, 2023],
    ['År 2023 126 deltagare', 126, 2023],
    ['2023 1 126 personer (671 kvinnor och 455 män)', 1126, 2023],
    ['Sedan 2019 har 40 deltagare (20 kvinnor, 20 män) deltagit.', 40, null],
    ['Under insatsen 2021-10-01 – 2022-01-30 deltog 12 personer (7 kvinnor, 5 män).', 12, null],
  ])('a year followed by a count is two: %s', (text, total, year) => {
    const [count] = findCounts(text);
    expect(count?.value.total).toBe(total);
    expect(count?.value.year ?? null).toBe(year);
  });

  it('says which year each count of a comparison is about', () => {
    const text =
      'Under 2020 har insatserna nått 900 personer (500 kvinnor och 400 män), jämfört med 2019 då våra insatser nådde totalt 871 personer (502 kvinnor och 380 män).';
    expect(findCounts(text).map((found) => [found.value.total, found.value.year])).toEqual([
      [900, 2020],
      [871, 2019],
    ]);
  });
});

describe('findCounts', () => {
  it('separates counts by sentence and skips the percentages between them', () => {
    const text =
      'Insatsen har nått 960 unika personer (594 kvinnor och 365 män). Av dessa är de vanligaste ' +
      'försörjningarna försörjningsstöd 33% (29% kvinnor, 41% män) eller sjukpenning 33% (38% kvinnor, 24 män).';
    expect(findCounts(text).map((found) => found.value.total)).toEqual([960]);
  });

  it('reads the three scopes of an appendix block as three counts', () => {
    const text =
      'Resultat - Totalt har insatsen haft 35 deltagare, 15 kvinnor, 9 män, 11 anonyma.\n' +
      '- År 2021 har totalt 21 deltagare deltagit i insatsen, 15 kvinnor, 6 män.\n' +
      '- 12 deltagare har avslutat insatsen, 8 kvinnor, 4 män. Av avslutade har 25%';
    expect(findCounts(text).map((found) => [found.value.total, found.value.women, found.value.men, found.value.other])).toEqual([
      [35, 15, 9, 11],
      [21, 15, 6, null],
      [12, 8, 4, null],
    ]);
  });
});

describe('findCounts on a table run into text: labels and figures each on a line of its own', () => {
  const figures = (text: string) => findCounts(text).map(({ value }) => [value.total, value.women, value.men, value.other]);

  it.each([
    // The figure is the label's above it, not the word's below: "230 Män" is no count.
    ['Deltagare i insatserna\nKvinnor\n230\nMän\n180\nTotalt\n410'],
    ['Antal\n230\nMän\n180'],
    ['Tabell 2\n2020\nKvinnor\n230'],
    // A form's next label after a figure is not the figure's noun: "410 Kvinnor:" is no count of women.
    ['Antal deltagare\n410\nKvinnor:'],
  ])('%j gives no count', (text) => {
    expect(figures(text)).toEqual([]);
  });

  it.each([
    // A figure that ends a wrapped line of running text is the word's on the next.
    ['Totalt har insatsen haft 230\nkvinnor och 180 män som deltagare', [[null, 230, 180, null]]],
    ['Under året deltog 410\npersoner i förbundets insatser', [[410, null, null, null]]],
    // Fields one under the other, each a label and its figure.
    ['Antal deltagare: 410\nKvinnor: 230\nMän: 170', [[410, 230, 170, null]]],
    ['Antal deltagare: 410 Kvinnor: 230 Män: 170', [[410, 230, 170, null]]],
    ['Antal deltagare: 64\nVarav kvinnor: 30\nVarav män: 34', [[64, 30, 34, null]]],
    ['Antal deltagare: 410\nKvinnor: 230\nMän: 170\nEj angivet: 10', [[410, 230, 170, 10]]],
    ['Under året deltog 410 deltagare: 230 kvinnor och 180 män', [[410, 230, 180, null]]],
    // A label that says it counts needs no colon; a year or an age after it is no count.
    [
      'Antal deltagare 410, varav 120 nya deltagare, 230 kvinnor och 180 män',
      [
        [410, 230, 180, null],
        [120, null, null, null],
      ],
    ],
    ['Antal deltagare 410 (kvinnor 230, män 180)', [[410, 230, 180, null]]],
    ['Antal deltagare 2021 var 410', []],
    ['Antal deltagare 25 år och äldre: 120', []],
  ])('%j is read across the line', (text, counts) => {
    expect(figures(text)).toEqual(counts);
  });

  it.each([
    // The genders by their capital letters, as a pair of both.
    ['Antal deltagare: 410 (K 230, M 180)', [[410, 230, 180, null]]],
    ['Under året deltog 64 personer (K 30/M 34).', [[64, 30, 34, null]]],
    ['Deltagare 64, K: 30, M: 34', [[null, 30, 34, null]]],
    // A lone letter, a lower-case one or one glued to its figure is no gender.
    ['Under året deltog 64 personer, M 34.', [[64, null, null, null]]],
    ['Under året deltog 64 personer (k 30, m 34).', [[64, null, null, null]]],
    ['Under året deltog 64 personer (K30, M34).', [[64, null, null, null]]],
  ])('%j: the genders by their letters', (text, counts) => {
    expect(figures(text)).toEqual(counts);
  });
});

/** [total, women, men, other] of each count in the text. */
const figuresOf = (text: string, ocr: boolean) => findCounts(text, { ocr }).map(({ value }) => [value.total, value.women, value.men, value.other]);

describe("findCounts on OCR'd text: a gender word misread beside the other gender", () => {
  it.each<[string, (number | null)[][]]>([
    ['15 deltagare har avslutat insatsen, 8 kvinnor och 7 ‘man.', [[15, 8, 7, null]]],
    ['68 personer (35 kvinnor och 33 rnän)', [[68, 35, 33, null]]],
    ['41 deltagare, 23 kvlnnor och 18 män', [[41, 23, 18, null]]],
    ['27 deltagare, 12 kvinnar, 15 män', [[27, 12, 15, null]]],
    ['71 (43 kvinnor / 28 ’män)', [[71, 43, 28, null]]],
    ['122 (60 män, 61 kvirmor)', [[122, null, 60, null]]],
  ])('%s', (text, counts) => {
    expect(figuresOf(text, true)).toEqual(counts);
  });

  it.each<[string, (number | null)[][]]>([
    // Typed, a stray mark or a misread word is no gender word: as before.
    ['15 deltagare har avslutat insatsen, 8 kvinnor och 7 ‘man.', [[15, 8, null, null]]],
    ['68 personer (35 kvinnor och 33 rnän)', [[68, 35, null, null]]],
    ['41 deltagare, 23 kvlnnor och 18 män', [[41, null, 18, null]]],
  ])('a text layer reads it as before: %s', (text, counts) => {
    expect(figuresOf(text, false)).toEqual(counts);
  });

  it.each<[string, (number | null)[][]]>([
    // Not beside the other gender: "man" the pronoun, a misread word on its own.
    ['Under 2019 deltog 12 personer. Av dessa var 7 ‘man nöjda.', [[12, null, null, null]]],
    ['Vi har 7 ‘man i styrgruppen och 3 i beredningen', []],
    ['33 rnän deltog', []],
    // Beside the other gender, but not in a split with it.
    ['8 kvinnor deltog under 7 ‘man', [[null, 8, null, null]]],
    // Both misread: neither stands beside the other read as written.
    ['15 deltagare, 8 kvlnnor och 7 ‘man', [[15, null, null, null]]],
    // A word no misreading of a gender's.
    ['8 kvinnor och 7 mat', [[null, 8, null, null]]],
    ['8 kvinnor och 7 ‘kvinnor', [[null, 8, null, null]]],
  ])('no gender word: %s', (text, counts) => {
    expect(figuresOf(text, true)).toEqual(counts);
  });
});

describe('findCounts: a total split by gender in groups, one pair after another', () => {
  const counts = (text: string) => findCounts(text).map(({ value }) => [value.total, value.women, value.men, value.other]);

  it.each<[string, string, (number | null)[][]]>([
    [
      'two age groups joined by "samt"',
      'Totalt har 60 personer deltagit: 10 kvinnor och 12 män under 30 år samt 20 kvinnor och 18 män över 30 år.',
      [[60, 30, 30, null]],
    ],
    [
      'two places joined by a comma',
      'Insatserna har nått 85 deltagare, 20 kvinnor och 15 män i Norrtälje, 30 kvinnor och 20 män i Vallentuna.',
      [[85, 50, 35, null]],
    ],
    ['three groups', '90 deltagare: 10 kvinnor och 10 män i Ale, 20 kvinnor och 20 män i Kungälv och 15 kvinnor och 15 män i Tjörn.', [[90, 45, 45, null]]],
    // The second pair is a part of the first ("varav"), or the first pair is the whole already: each its own.
    [
      'a part taken after "varav"',
      'Projektet har haft 60 deltagare, 30 kvinnor och 29 män, varav 10 kvinnor och 12 män har gått till arbete.',
      [
        [60, 30, 29, null],
        [null, 10, 12, null],
      ],
    ],
    [
      'the first pair makes up the total',
      '60 deltagare, 30 kvinnor och 30 män under året och 10 kvinnor och 12 män året innan.',
      [
        [60, 30, 30, null],
        [null, 10, 12, null],
      ],
    ],
    [
      'the next pair in another sentence',
      'Totalt 60 deltagare, 10 kvinnor och 12 män under 30 år. Sedan kom 20 kvinnor och 18 män.',
      [
        [60, 10, 12, null],
        [null, 20, 18, null],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(counts(text)).toEqual(expected);
  });

  it('quotes the whole split, each group with its figures', () => {
    const [found] = findCounts('Totalt har 60 personer deltagit: 10 kvinnor och 12 män under 30 år samt 20 kvinnor och 18 män över 30 år.');
    expect(found?.value.text).toBe('60 personer deltagit: 10 kvinnor och 12 män under 30 år samt 20 kvinnor och 18 män');
  });
});
