import { describe, expect, it } from 'vitest';
import { countsIn } from '../../extractors/arsredovisning/counts.js';
import { coveredBy } from '../../extractors/arsredovisning/covers.js';

describe('countsIn: a count with the statement it was read from and its scope', () => {
  it.each([
    [
      '- Totalt har insatsen haft 35 deltagare, 15 kvinnor, 9 män, 11 anonyma.',
      'Totalt har insatsen haft 35 deltagare, 15 kvinnor, 9 män, 11 anonyma.',
      'total',
    ],
    [
      '- År 2021 har totalt 21 deltagare deltagit i insatsen, 15 kvinnor, 6 män.',
      'År 2021 har totalt 21 deltagare deltagit i insatsen, 15 kvinnor, 6 män.',
      'year',
    ],
    [
      '- 12 deltagare har avslutat insatsen, 8 kvinnor, 4 män. Av avslutade har 25% gått vidare.',
      '12 deltagare har avslutat insatsen, 8 kvinnor, 4 män.',
      'completed',
    ],
    ['- 2 deltagare har avslutat insatsen, ingen har gått till arbete.', '2 deltagare har avslutat insatsen', 'completed'],
    [
      'Sammantaget har 122 (60 män, 61 kvinnor) ärenden remitterats, totalt har 20,5% gått till egen försörjning.',
      'Sammantaget har 122 (60 män, 61 kvinnor) ärenden remitterats',
      'total',
    ],
    [
      '960 personers ärenden, 594 kvinnor och 365 män, har lyfts i Trisam-team under 2021.',
      '960 personers ärenden, 594 kvinnor och 365 män, har lyfts i Trisam-team under 2021.',
      'year',
    ],
    [
      '2020 nådde våra insatser totalt 938 personer (552 kvinnor och 401 män).',
      '2020 nådde våra insatser totalt 938 personer (552 kvinnor och 401 män).',
      'year',
    ],
    ['Sedan 2019 har insatsen haft 48 deltagare, 22 kvinnor och 26 män.', 'Sedan 2019 har insatsen haft 48 deltagare, 22 kvinnor och 26 män.', 'total'],
    ['Insatsen har haft 17 deltagare, 7 kvinnor, 10 män.', 'Insatsen har haft 17 deltagare, 7 kvinnor, 10 män.', 'total'],
    ['Antal deltagare 2023: 41 (23 kvinnor, 16 män, 2 ej angett kön).', 'Antal deltagare 2023: 41 (23 kvinnor, 16 män, 2 ej angett kön).', 'year'],
    [
      '14 deltagare har avslutat insatsen under året, varav 8 har börjat arbeta, övriga söker vidare.',
      '14 deltagare har avslutat insatsen under året, varav 8 har börjat arbeta',
      'completed',
    ],
  ])('%s', (text, statement, scope) => {
    const [found, ...rest] = countsIn(text, 'total');
    expect(rest).toEqual([]);
    expect(found?.statement).toBe(statement);
    expect(found?.count.text).toBe(statement);
    expect(found?.scope).toBe(scope);
  });

  it('reads no count from a table of cases per year or a percentage breakdown', () => {
    expect(countsIn('Totalt antal unika ärenden 694 923 960', 'year')).toEqual([]);
    expect(countsIn('sjukpenning 33% (38% kvinnor, 24 män)', 'year')).toEqual([]);
  });
});

describe('coveredBy: which appendix interventions a sentence speaks of', () => {
  const names = [
    'Ett hållbart arbetsliv - Ockelbo',
    'Ett hållbart arbetsliv - Ovanåker',
    'Trisam 2.0 Bollnäs kommun',
    'Trisam 2.0 Gävle kommun',
    'Lokal individinsats efter Trisam i Hudiksvall',
    'Förstudie - Minska glappet Mysam Gävle',
    'Mysam',
  ];

  it.each([
    ['Insatserna Ett Hållbart arbetsliv har nått ut till 34 personer', ['Ett hållbart arbetsliv - Ockelbo', 'Ett hållbart arbetsliv - Ovanåker']],
    ['Insatsen Trisam 2.0 har nått 960 unika personer', ['Trisam 2.0 Bollnäs kommun', 'Trisam 2.0 Gävle kommun']],
    ['960 personers ärenden har lyfts i Trisam-team under 2021', ['Trisam 2.0 Bollnäs kommun', 'Trisam 2.0 Gävle kommun']],
    ['Insatsen Ett hållbart arbetsliv – Ovanåker har haft 17 deltagare', ['Ett hållbart arbetsliv - Ovanåker']],
    ['Under 2021 har Samordningsförbund Gävleborgs insatser nått ut till 994 personer', []],
    ['I de lokala grupperna (Mysam) har 70 chefer träffats', ['Mysam']],
  ])('%s', (sentence, covered) => {
    expect(coveredBy(sentence, names)).toEqual(covered);
  });
});
