/**
 * The members' contributions for the year as an annual report's prose states them: the words that
 * name them (tilldelning, medlemsavgifter, medlemmarnas bidrag) or the year's bidrag or anslag, named
 * by its year; never next year's, a budget's or another year's.
 */
import { describe, expect, it } from 'vitest';
import { contributionIn } from '../../extractors/arsredovisning/front-matter.js';

describe("the members' contribution a sentence states", () => {
  it.each([
    ['Bidraget för 2010 var sammanlagt 7,08 miljoner kronor kronor.', 2010, 7_080_000],
    ['Anslaget för år 2015 uppgick till 4 200 tkr.', 2015, 4_200_000],
    ['Tilldelningen under 2019 var 12 500 000 kr från medlemmarna.', null, 12_500_000],
    ['Förbundets medlemsavgifter uppgick till 3,2 mkr.', 2020, 3_200_000],
    // The members' bidrag or the förbund's income from them, however it is said.
    ['Medlemmarnas bidrag till förbundet uppgick till 5,2 miljoner kronor.', 2020, 5_200_000],
    ['Förbundets intäkter från medlemmarna uppgick till 5 200 tkr.', 2020, 5_200_000],
    ['Tilldelningen från medlemmarna var 5 200 000 kronor 2020.', 2020, 5_200_000],
    // The members as the subject of giving it.
    ['Medlemmarna har bidragit med totalt 4.000.000 kr till förbundets verksamhet.', 2021, 4_000_000],
    ['Förbundets medlemmar tillsköt under 2021 sammanlagt 4 000 tkr.', 2021, 4_000_000],
    ['Medlemmarna har under året tillfört förbundet 4,5 mkr.', 2021, 4_500_000],
    // Last year's in brackets is a comparison; the amount is the one after the words that name it.
    ['Medlemsavgifterna för året uppgick till 7 200 tkr (2022: 7 000 tkr).', 2023, 7_200_000],
    ['Kansliets kostnader uppgick till 1 330 tkr, vilket motsvarar 18 % av medlemsavgifterna (7 200 tkr).', 2023, 7_200_000],
    ['Tilldelningen var 5,2 mkr, jämfört med 2019 då den var 4,8 mkr.', 2020, 5_200_000],
    // The whole, with one party's part after it.
    ['Medlemsavgifterna uppgick till 8 000 tkr, varav statens andel 4 000 tkr.', 2019, 8_000_000],
  ])('%j', (sentence, year, sek) => {
    expect(contributionIn(sentence, year)?.sek).toBe(sek);
  });

  it.each([
    // Capital from earlier years, another year's bidrag, one member's part, what the förbund gave, other money.
    ['Tillsammans med kapital från tidigare år hade förbundet 15,1 miljoner kronor till sitt förfogande 2010.', 2010],
    ['Bidraget för 2009 var 6,5 miljoner kronor.', 2010],
    ['Bidraget för 2010 från Försäkringskassan var 3,54 miljoner kronor.', 2010],
    ['Bidraget till insatsen Exempelbron för 2010 var 400 000 kr.', 2010],
    ['Anslaget för 2010 från Europeiska socialfonden, ESF, var 2 mkr.', 2010],
    // Next year's, a budget's, or another year's as a comparison.
    ['Medlemmarnas tilldelning för 2021 blir 6 000 000 kronor.', 2020],
    ['Inför 2021 har medlemmarna beslutat om en tilldelning på 6 000 000 kronor.', 2020],
    ['Medlemsavgifterna budgeteras till 6 000 tkr.', 2020],
    ['Budgeten för medlemsavgifter 2020 var 10 500 tkr men utfallet blev 10 000 tkr.', 2020],
    ['Enligt budget var tilldelningen 10 500 tkr.', 2020],
    ['Tilldelningen var 4,8 mkr år 2019.', 2020],
    // One party's part, named before the words for the contribution.
    ['Försäkringskassans medlemsavgift för 2019 var 4 000 tkr.', 2019],
    ['Statens andel av medlemsavgifterna var 4 000 tkr.', 2019],
    ['Kommunernas medlemsavgifter uppgick till 2 000 tkr.', 2019],
    ['Exempelby kommuns medlemsavgift uppgick till 500 tkr.', 2019],
    ['Region Exempels medlemsbidrag var 2 000 tkr.', 2019],
    // The members giving for next year, or a member giving to an insats.
    ['Medlemmarna kommer att bidra med 6 000 tkr under 2022.', 2021],
    ['Medlemmarna har bidragit med 4 000 tkr under 2020.', 2021],
  ])('%j is none', (sentence, year) => {
    expect(contributionIn(sentence, year)).toBeNull();
  });
});
