import { describe, expect, it } from 'vitest';
import { readStatedFigures, type ProseText } from '../../extractors/arsredovisning/stated-figures.js';

const at = (text: string): ProseText => ({ text, evidence: { page: 3, section: '1.3', text } });
const interventions = [
  { name: 'Jobbspåret – Mora', category: 'individ' as const },
  { name: 'Jobbspåret – Rättvik', category: 'individ' as const },
  { name: 'Lokala samverkansgrupper', category: 'struktur' as const },
];

describe('readStatedFigures: totals the prose states about the interventions', () => {
  it.each([
    [
      'Under 2021 har Samordningsförbundet finansierat rehabiliteringsinsatser för 11 271 tkr, vilket är en ökning från 2020 (10 170 tkr).',
      11_271_000,
      undefined,
    ],
    ['Förbrukade medel för samverkansinsatser 2021 var 11 415 tkr, inklusive kostnad för Insatskatalogen.', 11_415_000, undefined],
    ['Insatser riktade till individer har under året finansierats med 2 770 tkr.', 2_770_000, ['Jobbspåret – Mora', 'Jobbspåret – Rättvik']],
    ['Kostnaderna för strukturövergripande insatser uppgick till 610 tkr.', 610_000, ['Lokala samverkansgrupper']],
  ])('%s', (text, sek, covers) => {
    const [total, ...rest] = readStatedFigures([at(text)], interventions).statedTotals;
    expect(rest).toEqual([]);
    expect(total?.amount.sek).toBe(sek);
    expect(total?.covers).toEqual(covers);
    expect(total?.evidence).toEqual({ page: 3, section: '1.3', text });
  });

  it.each([
    'I Verksamhetsplan och budget 2021–2023 var 934 tkr tillgängliga för nya insatser under 2021.',
    'Insatsen Ett hållbart arbetsliv – Hofors beviljades med 934 tkr direkt efter budgeten var antagen.',
    'Insatskatalogen har finansierats med 144 tkr.',
    'Årets utfall avviker mot budget med 2 569 tkr.',
    'Kansliets kostnader var 1 390 tkr, vilket motsvarar 14 % av årets tilldelning (9 600 tkr).',
  ])('%s is no total of what the interventions used', (text) => {
    expect(readStatedFigures([at(text)], interventions).statedTotals).toEqual([]);
  });
});

describe('readStatedFigures: percentages with the figures they are computed from', () => {
  it('reads "P % av D är N" and a later "N dvs P %" of the same base', () => {
    const cells = [
      { ...at('20% av 13 320 tkr är 2 664 tkr'), label: 'Mål 4 Måttbeskrivning', group: 0 },
      { ...at('Utgående eget kapital är 5 232 tkr dvs 39%'), label: 'Mål 4 Utfall', group: 0 },
    ];
    const stated = readStatedFigures(cells, interventions).statedPercentages.map((p) => [p.percent, p.numerator.sek, p.denominator.sek]);
    expect(stated).toEqual([
      [20, 2_664_000, 13_320_000],
      [39, 5_232_000, 13_320_000],
    ]);
  });

  it('reads "N, vilket motsvarar P % av … (D)" and leaves a percentage without figures alone', () => {
    const stated = readStatedFigures(
      [at('Kansliets kostnader var 1 390 tkr, vilket motsvarar 14 % av årets tilldelning (9 600 tkr). Förbrukningsgraden var 90 %.')],
      interventions,
    ).statedPercentages.map((p) => [p.percent, p.numerator.sek, p.denominator.sek]);
    expect(stated).toEqual([[14, 1_390_000, 9_600_000]]);
  });
});

describe("readStatedFigures: the förbund's participants reached in the year", () => {
  it.each([
    ['Under året har förbundets insatser nått 310 personer, varav 165 kvinnor och 145 män.', 310],
    // Everyone since the förbund started is not the year's, though the gender rule still checks its split.
    ['Förbundet har haft 1 250 deltagare varav 700 kvinnor och 550 män sedan starten 2008.', null],
    ['Sedan förbundet bildades har dess insatser haft 1 250 deltagare, 700 kvinnor och 550 män.', null],
  ])('%s', (text, total) => {
    const figures = readStatedFigures([at(text)], interventions);
    expect(figures.participantsReached?.total ?? null).toBe(total);
    expect([figures.participantsReached, ...figures.statedCounts].filter((count) => count !== null)).toHaveLength(1);
  });
});
