/**
 * The förvaltningsberättelse's own statement of the year's result, equity and costs
 * (`readNarrativeFigures`): a sentence that states the year's level gives the figure, in kronor;
 * a change, another year's figure, a target or a ratio gives none.
 */
import { describe, expect, it } from 'vitest';
import { readNarrativeFigures } from '../../extractors/arsredovisning/statements/narrative.js';

const YEAR = 2021;

function figuresOf(sentence: string): [string, number][] {
  return readNarrativeFigures([{ text: sentence, evidence: { page: 1, section: null, text: sentence } }], YEAR).map((found) => [
    found.figure,
    found.amount.sek,
  ]);
}

describe('readNarrativeFigures', () => {
  it.each([
    ['Årets resultat blev ett överskott på 1,3 Mkr.', [['result', 1_300_000]]],
    ['Förbundet redovisar ett negativt resultat om 412 tkr för 2021.', [['result', -412_000]]],
    ['Utgående eget kapital är 5 232 tkr.', [['equity', 5_232_000]]],
    ['Det egna kapitalet uppgår till 3 300 tkr.', [['equity', 3_300_000]]],
    ['Det egna kapitalet uppgick vid årets slut till 3 300 tkr.', [['equity', 3_300_000]]],
    ['Förbundets egna kapital uppgick per den 31 december 2021 till 3 300 tkr.', [['equity', 3_300_000]]],
    ['Årets resultat 2021 var −412 tkr.', [['result', -412_000]]],
    ['Förbundet har bedrivit verksamhet för 12,1 Mkr.', [['costs', 12_100_000]]],
    // The result without "årets", the förbund's costs for the year, thousands grouped with points.
    ['Resultatet blev 150.000 kronor.', [['result', 150_000]]],
    ['Det ekonomiska resultatet för 2021 blev ett underskott på 150 tkr.', [['result', -150_000]]],
    ['Förbundets kostnader för året uppgick till 3,85 mkr.', [['costs', 3_850_000]]],
    ['Samordningsförbundets totala kostnader var 3 850 tkr.', [['costs', 3_850_000]]],
    ['Förbundet redovisar ett resultat på 215 tkr (föregående år −150 tkr).', [['result', 215_000]]],
    // The verb first, after a time or a conclusion that opens the sentence.
    ['Vid årets slut uppgick det egna kapitalet till 1 830 tkr.', [['equity', 1_830_000]]],
    ['Därmed blev årets resultat ett underskott på 150 tkr.', [['result', -150_000]]],
  ] as const)('%s', (sentence, expected) => {
    expect(figuresOf(sentence)).toEqual(expected);
  });

  it.each([
    'Det egna kapitalet minskade med 412 tkr under året.',
    'Det egna kapitalet uppgick vid årets början till 3 712 tkr.',
    'Ingående eget kapital var 3 712 tkr.',
    'Eget kapital 2020 var 3 712 tkr.',
    'Årets resultat 2020 var 100 tkr.',
    'Det egna kapitalet är 32 procent av intäkterna.',
    'Budgeterat resultat var −600 tkr.',
    'Prognosen för 2022 visar ett resultat på −1 200 tkr.',
    // An insats's result, another year's, a result compared with; the förbund's costs for something.
    'Resultatet för insatsen Steget blev 120 tkr.',
    'Resultatet för 2020 var 50 tkr.',
    'Resultatet blev 150 tkr bättre än budgeterat.',
    'Förbundets kostnader för insatser uppgick till 2 900 tkr.',
    // The verb first after another time, or a budget.
    'Vid årets början uppgick det egna kapitalet till 1 615 tkr.',
    'Föregående år var resultatet −150 tkr.',
    'Budgeterat var resultatet 0 tkr.',
  ])('none in "%s"', (sentence) => {
    expect(figuresOf(sentence)).toEqual([]);
  });

  // An interim report's figure of the year's end is last year's end's, or a forecast: not the period's.
  it.each([
    ['Det egna kapitalet per den 31 december uppgick till 1 830 tkr.', []],
    ['Eget kapital vid årets slut var 1 830 tkr enligt bokslutet.', []],
    ['Det egna kapitalet uppgick till 2 097 tkr.', [['equity', 2_097_000]]],
    ['Periodens resultat är 267 tkr.', [['result', 267_000]]],
    ['Per den 31 augusti uppgick eget kapital till 2 097 tkr.', [['equity', 2_097_000]]],
    ['Per den 31 december uppgick eget kapital till 1 830 tkr.', []],
  ] as const)('in an interim report, "%s"', (sentence, expected) => {
    const found = readNarrativeFigures([{ text: sentence, evidence: { page: 1, section: null, text: sentence } }], null, { interim: true });
    expect(found.map((figure) => [figure.figure, figure.amount.sek])).toEqual(expected);
  });
});
