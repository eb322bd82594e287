/**
 * The identity of any report — the förbund as written, its organisationsnummer, the year or the
 * period, its members — on snippets of the real corpus (fixtures/corpus/dev, shortened, people made
 * up), with the traps the texts set: another body's number in a footer, the board's decision date,
 * next year's report, a genitive, a cover's words after the name, docplayer's list of other
 * documents.
 */
import { describe, expect, it } from 'vitest';
import { readIdentity } from '../../extractors/identity/index.js';
import { findOrganisations } from '../../extractors/identity/organisation.js';
import { withoutPageMarks } from '../../extractors/identity/opening.js';
import {
  findInterimPeriod,
  findOwnInterimPeriod,
  findMonthsOfYear,
  findRanPeriod,
  findStartEndPeriod,
  type PeriodFound,
} from '../../extractors/identity/period.js';
import { extractDelarsrapport } from '../../extractors/arsredovisning/index.js';
import { coverYear, findYears } from '../../extractors/identity/year.js';
import { membersIn, partiesIn, withSuccessors } from '../../extractors/identity/members.js';
import { participantsIn } from '../../extractors/identity/participants.js';
import { transcriptStructure } from '../structure/support/documents.js';

/** A period found, as its two ends. */
function span(found: PeriodFound | null): { start: string | null; end: string | null } | null {
  return found ? { start: found.period.start, end: found.period.end } : null;
}

describe('organisation as written', () => {
  it.each([
    [
      'Samhällsekonomisk utvärdering Projekt Jobbcoach Samordningsförbundet Ale, Kungälv, Stenungsund och Tjörn Preliminär slutrapport',
      'Samordningsförbundet Ale, Kungälv, Stenungsund och Tjörn',
    ],
    ['På uppdrag av Samordningsförbundet Ale, Kungälv, Stenungsund och Tjörn Göteborg, payoff', 'Samordningsförbundet Ale, Kungälv, Stenungsund och Tjörn'],
    ['Fasställd av styrelsen för Samordningsförbundet i Kalmar län Organisationsnr', 'Samordningsförbundet i Kalmar län'],
    ['Projekt Ayande Samordningsförbundet Göteborg Väster payoff.nu Box 385', 'Samordningsförbundet Göteborg Väster'],
    ['Projekt På Spåret, Samordningsförbundet Finsam Gotland Slutrapport payoff', 'Samordningsförbundet Finsam Gotland'],
    ['Projekt På Spåret, Samordningsförbundet Finsam Gotland Slut-\nrapport payoff', 'Samordningsförbundet Finsam Gotland'],
    ['finansierat av Finansiella samordningsförbundet (Exsam) i Exempelby. Projektägare', 'Finansiella samordningsförbundet (Exsam) i Exempelby'],
    ['Delprojekt isak i Eskilstuna Samordningsförbundet RAR i Sörmland Östersund Preliminär rapport', 'Samordningsförbundet RAR i Sörmland'],
    ['ÅRSREDOVISNING 2010 Samordningsförbundet Lycksele LYSA Org nr: 222000-1784', 'Samordningsförbundet Lycksele LYSA'],
    ['1 Samordningsförbundet Göteborg Nordost Projekt Exsistre Årsredovisning 2012', 'Samordningsförbundet Göteborg Nordost'],
    ['Projekt SamCoach Slutrapport Samordningsförbundet Sollefteå kommun payoff kunskapens', 'Samordningsförbundet Sollefteå kommun'],
    ['Coachingteamet Samordningsförbundet FINSAM-Falun payoff Kunskapens väg', 'Samordningsförbundet FINSAM-Falun'],
    ['Projekt Unga med aktivitetsersättning Samordningsförbunden Skövde och HjoTiBorg payoff', 'Samordningsförbunden Skövde och HjoTiBorg'],
    ['Rehabkonsulentteamet, Västerbergslagens Samordningsförbund Slutrapport payoff', 'Västerbergslagens Samordningsförbund'],
    ['har studerat inte bara Finsam i Malmö, utan också', 'Finsam i Malmö'],
    ['i uppdrag att utvärdera Samordnings-förbundet Finsam i Malmö och de arbetslivsinriktade', 'Samordnings-förbundet Finsam i Malmö'],
    [
      'Inledning Samordningsförbundet i Huddinge, Botkyrka och Salem, (HBS), finansierar insatser',
      'Samordningsförbundet i Huddinge, Botkyrka och Salem, (HBS)',
    ],
    ['Samordningsförbundet Östra Östergötland, SAMÖÖ, är ett', 'Samordningsförbundet Östra Östergötland, SAMÖÖ'],
    ['ansvarsfrihet för Samordningsförbundet Botkyrka, Huddinge, Salems styrelse Till', 'Samordningsförbundet Botkyrka, Huddinge, Salem'],
    // A cover in capitals closes the name with its "LÄN"; an OCR'd one reads its "ö" and "ä" as "o" and "a".
    ['SAMORDNINGSFÖRBUNDET I EXEMPELBYGDS LÄN Förvaltningsberättelse', 'SAMORDNINGSFÖRBUNDET I EXEMPELBYGDS LÄN'],
    ['ARSREDOVISNING 2019 SAMORDNINGSFORBUNDET I EXEMPELBYGDS LAN', 'SAMORDNINGSFORBUNDET I EXEMPELBYGDS LAN'],
    ['Samordningsforbundet Exempelby bildades 2005', 'Samordningsforbundet Exempelby'],
    ['EXEMPELBYGDENS SAMORDNINGSFORBUND ARSREDOVISNING', 'EXEMPELBYGDENS SAMORDNINGSFORBUND'],
    ['Läs mer på www.samordningsforbundet.se om insatserna', null],
    // A name's own final "s" is no genitive's: a kommun whose name ends so, a name in "-us".
    ['Samordningsförbundet Västerås årsredovisning 2019', 'Samordningsförbundet Västerås'],
    ['Samordningsförbundet Exempelsus styrelse har sammanträtt', 'Samordningsförbundet Exempelsus'],
    ['Samordningsförbundet Exempelbys styrelse har sammanträtt', 'Samordningsförbundet Exempelby'],
    // A name in the genitive after its "län": the name without its "s".
    ['Samordningsförbundet Exempelbygd läns årsredovisning 2019', 'Samordningsförbundet Exempelbygd län'],
    ['Samordningsförbundet i Exempelbygd läns verksamhetsberättelse', 'Samordningsförbundet i Exempelbygd län'],
    ['Samordningsförbundet Borås bildades 2005', 'Samordningsförbundet Borås'],
    // An address after the name: a street and its number, or the name closed by its "län".
    ['Samordningsförbundet Exempelbygd län Kungsgatan 4, 123 45 Exempelstad', 'Samordningsförbundet Exempelbygd län'],
    ['Samordningsförbundet Finsam i Exempelby Torggatan 23 703 61 Exempelby', 'Samordningsförbundet Finsam i Exempelby'],
    ['Samordningsförbundet Norra Exempeldalen Storvägen 2 B, 910 10 Exempelby', 'Samordningsförbundet Norra Exempeldalen'],
    ['Samordningsförbundet i Exempelbygd län Slutrapport', 'Samordningsförbundet i Exempelbygd län'],
    // What the förbund does, then where: "för rehabilitering i …".
    ['Årsredovisning 2019 Samordningsförbundet för rehabilitering i Exempelby Sida 1 av 24', 'Samordningsförbundet för rehabilitering i Exempelby'],
    ['Samordningsförbundet för finansiell samordning i Exempelbygd län Box 12', 'Samordningsförbundet för finansiell samordning i Exempelbygd län'],
    ['samordningsförbundet för att i Exempelby', null],
    // The name without the definite form, and an acronym after a dash.
    ['Om Samordningsförbund Exempelbygd Samordningsförbund Exempelbygd ska främja samverkan', 'Samordningsförbund Exempelbygd'],
    ['verksamhetsansvarig för Samordningsförbundet Norra Exempelön – NEX . Trycksaker', 'Samordningsförbundet Norra Exempelön – NEX'],
    ['ÅRSREDOVISNING 2007 Samordningsförbundet 2007-01-01 2007-12-31', null],
    ['1 ÅRSREDOVISNING 2008 Samordningsförbundet Organisationsnummer:', null],
    ['Utvärdering Samordningsförbundets Samverkansteam', null],
    ['Samordningsförbundet.. Insa VASTERDALARNA ARSREDOVISNING 2010', null],
    ['Projekt Insikt är ett Finsamprojekt som har genomförts i samverkan', null],
    // The genitive before the word for a förbund, however written: a colon, a county, capitals.
    ['Verksamhetsberättelse för SAMEX:s samordningsförbund 2012', 'SAMEX:s samordningsförbund'],
    ['Styrelsen för Exempelby läns samordningsförbund har under året', 'Exempelby läns samordningsförbund'],
    ['ÅRSREDOVISNING FÖR EXEMPELBYGDENS SAMORDNINGSFÖRBUND Innehåll:', 'EXEMPELBYGDENS SAMORDNINGSFÖRBUND'],
    ['Till Norra Exempeldalens Samordningsförbund', 'Norra Exempeldalens Samordningsförbund'],
    // Only a region's word opens a two-word genitive; a project's name before the förbund's is none of it.
    ['Samhällsekonomisk utvärdering Projekt Lotsen Exempelås Samordningsförbund payoff', 'Exempelås Samordningsförbund'],
    ['Slutrapport Steget Vidare Exempelbygdens samordningsförbund', 'Exempelbygdens samordningsförbund'],
    ['Styrelsen för Centrala Exempelbygdens samordningsförbund', 'Centrala Exempelbygdens samordningsförbund'],
    // A short name after a dash, in capitals or not; a web page's section after a dash is no name.
    [
      'Årsredovisning 2014 Samordningsförbundet för rehabilitering i Exempelby - Sfex Sida 1 av 24',
      'Samordningsförbundet för rehabilitering i Exempelby - Sfex',
    ],
    ['Samordningsförbundet Södra Exempeldalen – Samex Box 12', 'Samordningsförbundet Södra Exempeldalen – Samex'],
    ['Samordningsförbundet Exempeldalen – Nyheter', 'Samordningsförbundet Exempeldalen'],
    ['Samordningsförbundet Exempeldalen - Årsredovisning 2019', 'Samordningsförbundet Exempeldalen'],
    // Another body after the name's "och" is beside the förbund, not in its name; places after "och" are.
    ['Projektet har finansierats av Samordningsförbundet Exempelbygd och Exempelby kommun.', 'Samordningsförbundet Exempelbygd'],
    ['Ett samarbete mellan Samordningsförbundet Exempelbygd och Region Exempel.', 'Samordningsförbundet Exempelbygd'],
    ['finansierat av Samordningsförbundet Exempelbygd och Europeiska socialfonden', 'Samordningsförbundet Exempelbygd'],
    ['med medel från Samordningsförbundet Exempelbygd & Försäkringskassan', 'Samordningsförbundet Exempelbygd'],
    ['Samordningsförbundet Exempelbygd och Exempelby stad driver insatsen', 'Samordningsförbundet Exempelbygd'],
    ['Samordningsförbundet Åby, Berg och Dal har finansierat insatsen', 'Samordningsförbundet Åby, Berg och Dal'],
    ['Samordningsförbundet Åby och Bergs kommuner', 'Samordningsförbundet Åby och Bergs kommuner'],
    // The same after a comma: a list of the bodies behind an insats; the förbund's acronym after its "län," stays.
    ['med stöd från Samordningsförbundet Exempelbygd, Exempelby kommun och Arbetsförmedlingen.', 'Samordningsförbundet Exempelbygd'],
    ['finansierat av Samordningsförbundet Exempelbygd, Region Exempel och Åby kommun.', 'Samordningsförbundet Exempelbygd'],
    ['Samordningsförbundet i Exempel län, Region Exempel och Försäkringskassan', 'Samordningsförbundet i Exempel län'],
    ['Samordningsförbundet i Exempel län, SAMEX, har finansierat', 'Samordningsförbundet i Exempel län, SAMEX'],
    // A decision paper's next line, a label or a body, is no part of the name; a name broken over lines is.
    ['§ 45 Årsredovisning 2019 för Samordningsförbundet Exempelbygd\nBeslut: Kommunfullmäktige beviljar', 'Samordningsförbundet Exempelbygd'],
    ['Årsredovisning 2019 – Samordningsförbundet Exempelbygd\nFörslag till beslut', 'Samordningsförbundet Exempelbygd'],
    ['Ansvarsfrihet för Samordningsförbundet Exempelbygd\nKommunstyrelsen föreslår', 'Samordningsförbundet Exempelbygd'],
    ['Samordningsförbundet\nÖstra Exempelbygd\nÅrsredovisning 2019', 'Samordningsförbundet\nÖstra Exempelbygd'],
    // A cover run into the text keeps its lines: the next line's sentence, or the förbund's name again, is no part of the name.
    ['Årsredovisning 2020\nSamordningsförbundet Exempelbygd\nFörbundet har under året finansierat sju insatser.', 'Samordningsförbundet Exempelbygd'],
    ['Årsrapport 2020\nSamordningsförbundet Exempelbygd\nFörbundets verksamhet präglades av pandemin.', 'Samordningsförbundet Exempelbygd'],
    ['Tertialrapport 2 2023\nSamordningsförbundet Exempelbygd\nPerioden januari–augusti 2023.', 'Samordningsförbundet Exempelbygd'],
    ['Årsredovisning 2019 för Finsam Exempelby\nFinsam Exempelby är ett samordningsförbund', 'Finsam Exempelby'],
    ['ÅRSBERÄTTELSE 2017\nSAMORDNINGSFÖRBUNDET EXEMPELBYGD\nFörbundet har under året arbetat med sex insatser.', 'SAMORDNINGSFÖRBUNDET EXEMPELBYGD'],
    ['SAMORDNINGSFÖRBUNDET I\nEXEMPELBYGDS LÄN\nÅrsredovisning 2019', 'SAMORDNINGSFÖRBUNDET I\nEXEMPELBYGDS LÄN'],
    // Two places joined by a slash, as förbund of two kommuner write themselves.
    ['1 Samordningsförbundet Exempelby/Provstad Dnr VERKSAMHETSBERÄTTELSE 2008', 'Samordningsförbundet Exempelby/Provstad'],
    ['Delårsrapport Samordningsförbundet Exempelby/Provstad - 1 -', 'Samordningsförbundet Exempelby/Provstad'],
    // Two places joined by an en dash, as typeset Swedish writes them; spaced, the dash brings a short name.
    ['Årsredovisning 2014 Samordningsförbundet Exempelby–Provstad Org nr 222000-8888', 'Samordningsförbundet Exempelby–Provstad'],
    ['Samordningsförbundet Exempelby – Exsam Box 12', 'Samordningsförbundet Exempelby – Exsam'],
  ])('%j → %j', (text, name) => {
    expect(findOrganisations(text)[0]?.name ?? null).toBe(name);
  });
});

describe('year of an annual report', () => {
  it.each([
    ['1 1(26) ÅRSREDOVISNING 2012 Samverkan är inte', 2012],
    ['ÅRSREDOVISNING med tillhörande VERKSAMHETSBERÄTTELSE 2010 Antagen', 2010],
    ['Årsredovisning med tillhörande verksamhetsberättelse för år 2014 Samordningsförbundet', 2014],
    ['Årsredovisning och revisionsberättelse avseende året 2014', 2014],
    ['Insa VASTERDALARNA ARSREDOVISNING 2010', 2010],
    ['Årsredovlsning 2013 Samordningsförbundet Exempelby', 2013],
    ['Samordningsförbundens årsredovisningar 2021 visar att', null],
    ['Årsredovisning för verksamhetsåret 2007-01-01 2007-12-31', 2007],
    ['Räkenskapsår 2010-01-01 2010-12-31', 2010],
    ['Årsredovisning för räkenskapsåret 2014', 2014],
    ['En summering av 2021 Årsredovisningen för 2021 undertecknades', 2021],
    ['Sammanfattning av verksamhetsåret 2022 Artikel', 2022],
    ['Protokollsutdrag §4 Årsredovisning 2014.pdf ÅR 2015 undertecknad', 2014],
    [
      'Årsredovisning och revisionsberättelse 2014 Nedansiljans samordningsförbund … Årsredovisning 2015 utgör uppföljning av innevarande års verksamhet.',
      2014,
    ],
    ['Samordningsförbundet Exempelbygd ÅRSREDOVISNING AVSEENDE 2007 ÅRS VERKSAMHET', 2007],
    ['Förvaltningsberättelse avseende 2010 års verksamhet', 2010],
    ['Samordningsförbundet Exempelbygd lämnar årsredovisning för perioden 2016-01-01 till 2016-12-31', 2016],
    // An interim report's title by any of its names, with the part of the year it is ("Tertialrapport 2, 2021").
    ['Tertialrapport 2, 2021 Samordningsförbundet Exempelbygd', 2021],
    ['Halvårsrapport 2020 Samordningsförbundet Exempelbygd', 2020],
    ['Delårsbokslut 1 2019', 2019],
    // A whole calendar year after the word that introduces it, in the other ways a period is written.
    ['Räkenskapsåret 1 januari – 31 december 2015', 2015],
    ['Förvaltningsberättelse för perioden 2015-01-01—2015-12-31', 2015],
    ['Redovisningen avser tiden 1/1 – 31/12 2015', 2015],
    ['Verksamhetsåret från januari till och med december 2015', 2015],
    ['Delårsrapport för räkenskapsåret 1 januari – 30 juni 2015', null],
    ['Under tiden 1 januari–31 december fanns två samordnare', null],
    ['Verksamhetsberättelse 2005 för Samordningsförbundet Exempelby', 2005],
    ['Perioden 2020-01-01 – 2020-04-30', null],
    ['Verksamhetsplan för 2015 års verksamhet', null],
    ['Beslutad av styrelsen 2017-03-29', null],
    ['Samordningsförbundet bildades den 1 april 2006 i enlighet med lagen 2003:1210', null],
    ['Summering av 2022 års konferens', null],
    // The year whose result the report accounts for, when the title's year was lost; the year compared with is not it.
    ['UNDERSKRIFTER KOMMENTAR TILL 2011 ÅRS EKONOMISKA RESULTAT RESULTATRÄKNING', 2011],
    ['Kommentarer till 2016 års bokslut', 2016],
    ['Resultatet är 300 tkr bättre jämfört med 2010 års resultat', null],
    ['Överskottet är högre än 2012 års resultat', null],
    // A title naming two things, the report's name the second, in lower case; a sentence's lower-case name is none.
    ['Bokslut och verksamhetsberättelse 2014', 2014],
    ['Ekonomi samt verksamhetsberättelse 2016 Samordningsförbundet Exempelbygd', 2016],
    ['Förbundet skriver varje år en verksamhetsberättelse 2014 års version', null],
    // The report says whose work in which year it covers, however long the förbund's name between.
    ['Denna årsredovisning avser Samordningsförbundet Exempeldalens verksamhet under 2019. Förbundet bildades 2006.', 2019],
    [
      'Denna årsredovisning avser Samordningsförbundet Norra Exempelland, Exempelby, Granby och Ekebygdens kommuner samt regionens verksamhet under 2019.',
      2019,
    ],
    ['Årsredovisningen omfattar förbundets verksamhet och ekonomi för år 2020.', 2020],
    ['Verksamhetsberättelsen sammanfattar Finsam Exempelbys arbete under året 2021.', 2021],
    ['Årsredovisningen avser verksamheten i 2019 års budget.', null],
    ['Årsredovisningen gäller verksamheten. Under 2019 startade två nya insatser.', null],
    // A year still to come after the report's name or the fiscal year's word: a plan's, a budget's, a forecast's.
    ['Årsredovisningen beskriver också verksamhetsplanen för 2021 och de insatser som förbundet finansierat.', null],
    ['Årsredovisningen innehåller även budget för 2021.', null],
    ['I årsredovisningen redovisas även planerna för 2021.', null],
    ['Årsredovisningen blickar framåt mot 2021.', null],
    ['Styrelsen fastställde i november budgeten för verksamhetsåret 2021.', null],
    ['Inför räkenskapsåret 2021 har förbundet tagit fram en ny plan.', null],
    ['Prognosen för verksamhetsåret 2021 visar ett underskott.', null],
    ['Under kommande verksamhetsår 2021 planeras två nya insatser.', null],
    // A year compared with.
    ['Kostnaderna är lägre jämfört med räkenskapsåret 2019.', null],
    // The day something was done to the report, within the next year.
    ['Årsredovisningen godkändes av styrelsen 2021-03-15.', null],
    ['Årsredovisningen ska godkännas senast 2021-04-30.', null],
    // The report's own year stays: an end of the year, an interim report's last day, a name before it.
    ['Årsredovisning 2020-12-31', 2020],
    ['Årsredovisning 2020-01-01 – 2020-12-31', 2020],
    ['Delårsrapport 2020-08-31', 2020],
    ['Årsredovisningen 2020 godkändes 2021-03-01', 2020],
    ['Årsredovisning för Samordningsförbundet Exempelby 2020', 2020],
    ['Årsredovisning för verksamhetsåret 2020 och verksamhetsplan 2021', 2020],
    ['Resultatet för verksamhetsåret 2020 blev ett överskott.', 2020],
    ['Under räkenskapsåret 2020 har förbundet finansierat fem insatser.', 2020],
  ])('%j → %j', (text, year) => {
    expect(findYears(text)[0]?.year ?? null).toBe(year);
  });

  it.each([
    // A cover's year on a line of its own, above or below the name, or before the name on one line.
    ['Årsredovisning', '2019', 2019],
    ['2016', 'ÅRSREDOVISNING', 2016],
    ['ÅRSREDOVISNING MED VERKSAMHETSBERÄTTELSE', '2010', 2010],
    ['2016 ÅRSREDOVISNING', null, 2016],
    // The year linked to the name after it, on the title's line; a sentence's is none.
    ['2021 års verksamhetsberättelse', null, 2021],
    ['Bokslut 2021 med verksamhetsberättelse', null, 2021],
    ['2020 års årsredovisning godkändes av styrelsen i mars', null, null],
    ['2021 års verksamhetsplan', null, null],
    // A whole calendar year on the line under the name; part of a year is an interim period.
    ['Årsredovisning', '2015-01-01 – 2015-12-31', 2015],
    ['ÅRSREDOVISNING', '1 januari – 31 december 2015', 2015],
    ['Årsredovisning', '2015-01-01 – 2015-06-30', null],
    ['Årsredovisning', '2015-01-01 – 2015-12-31 med jämförelser mot 2014', null],
    // The rest of the title on the line under the name: "för år 2013".
    ['ÅRSREDOVISNING', 'för år 2013', 2013],
    ['Årsredovisning', 'avseende 2013', 2013],
    ['Verksamhetsplan', 'för år 2014', null],
    ['Årsredovisning', 'för år 2013 och plan för 2014', null],
    // A line of other words, a sentence, a plan, a year beside no name.
    ['Samordningsförbundet Exempelbygd', '2019', null],
    ['Årsredovisningen godkändes av styrelsen i mars', '2019', null],
    ['2019', 'Förvaltningsberättelse', null],
    ['2016 Verksamhetsplan', null, null],
  ])('a cover line %j over %j → %j', (line, next, year) => {
    expect(coverYear(line, next)?.year ?? null).toBe(year);
  });

  it("passes over a plan's year and a date of approval to the year the report states later", async () => {
    const identity = readIdentity(
      await transcriptStructure([
        'Årsredovisning',
        'Samordningsförbundet Exempelby',
        'Årsredovisningen beskriver också verksamhetsplanen för 2021. Den godkändes av styrelsen 2021-03-15.',
        'Förvaltningsberättelse',
        'Under räkenskapsåret 2020 har förbundet finansierat fem insatser.',
      ]),
      ['year'],
    );
    expect(identity.year?.value).toBe(2020);
  });

  it('reads the year a cover sets on the line under the name', async () => {
    const identity = readIdentity(await transcriptStructure(['Årsredovisning', '2019', 'Samordningsförbundet Exempelbygd', 'Förvaltningsberättelse']), [
      'year',
    ]);
    expect(identity.year?.value).toBe(2019);
  });
});

describe('period of an interim report', () => {
  it.each([
    ['Under första halvåret 2022 har Förbundet haft intäkter', { start: '2022-01-01', end: '2022-06-30' }],
    ['Delårsrapport januari–augusti 2021', { start: '2021-01-01', end: '2021-08-31' }],
    ['Delårsbokslut per den 31 augusti 2019', { start: '2019-01-01', end: '2019-08-31' }],
    ['Perioden 2020-01-01 – 2020-04-30', { start: '2020-01-01', end: '2020-04-30' }],
    ['Styrelsen sammanträdde den 21 september 2022', null],
    // Months cut short, days at the ends, the year at both ends, "t o m", "år": the period as written.
    ['Delårsrapport jan–aug 2019', { start: '2019-01-01', end: '2019-08-31' }],
    ['DELÅRSRAPPORT JAN-JUNI 2019', { start: '2019-01-01', end: '2019-06-30' }],
    ['Delårsrapport 1 januari – 30 juni 2019', { start: '2019-01-01', end: '2019-06-30' }],
    ['Rapporten omfattar perioden 1 jan till 31 aug. 2019', { start: '2019-01-01', end: '2019-08-31' }],
    ['Delårsbokslut januari 2019 – augusti 2019', { start: '2019-01-01', end: '2019-08-31' }],
    ['Delårsrapport januari t o m augusti år 2019', { start: '2019-01-01', end: '2019-08-31' }],
    ['Delårsrapport 1/1 – 30/6 2019', { start: '2019-01-01', end: '2019-06-30' }],
    ['Delårsbokslut per 31 aug 2019', { start: '2019-01-01', end: '2019-08-31' }],
    ['Delårsrapport per augusti 2019', { start: '2019-01-01', end: '2019-08-31' }],
    ['Kostnaden per månad 2019 var lägre', null],
    // An interim report's name, then the month it runs to; its two dates glued by a dash.
    ['Delårsbokslut augusti 2019', { start: '2019-01-01', end: '2019-08-31' }],
    ['Tertialrapport april 2019 Samordningsförbundet Exempelbygd', { start: '2019-01-01', end: '2019-04-30' }],
    ['Delårsrapport 2019-01-01–2019-08-31', { start: '2019-01-01', end: '2019-08-31' }],
    // The name, then the day it runs to.
    ['Delårsrapport 2019-08-31', { start: '2019-01-01', end: '2019-08-31' }],
    ['Delårsbokslut 2019-06-30 Samordningsförbundet Exempelbygd', { start: '2019-01-01', end: '2019-06-30' }],
    ['Delårsrapport 2019-08-32', null],
    ['Årsredovisningen godkändes i augusti 2019', null],
    // A day the month does not have, ends the wrong way round, no year: no period is stated.
    ['Delårsrapport 1 januari – 31 juni 2019', null],
    ['Delårsrapport augusti–januari 2019', null],
    ['Delårsrapport 1/1 – 31/6 2019', null],
    ['Antal deltagare 1/1 – 30/6 enligt SUS', null],
    // A month inside a word is no month; a name is no month.
    ['Marknadsdagen – juni 2019 blev inställd', null],
    ['Kontaktperson Stefan – augusti 2019', null],
  ])('%j → %j', (text, period) => {
    expect(span(findInterimPeriod(text))).toEqual(period);
  });

  it.each([
    // The months without their year, under a title that gives it: after the words that introduce the report's own period, from January.
    ['Perioden januari–augusti', { start: '2019-01-01', end: '2019-08-31' }],
    ['Rapporten avser 1 januari till och med 30 juni.', { start: '2019-01-01', end: '2019-06-30' }],
    ['Delårsrapporten omfattar perioden jan–aug', { start: '2019-01-01', end: '2019-08-31' }],
    ['Under mars–maj genomfördes en utbildning för handläggare.', null],
    ['Perioden mars–augusti', null],
    ['Perioden januari–augusti 2018', null],
    ['Perioden januari–31 juni', null],
    // The part of the year, after the same words.
    ['Rapporten avser första halvåret.', { start: '2019-01-01', end: '2019-06-30' }],
    ['Delårsrapporten omfattar första tertialet', { start: '2019-01-01', end: '2019-04-30' }],
    ['Under första halvåret startade insatsen Steget.', null],
    ['Rapporten avser första halvåret 2018.', null],
  ])('%j in a report titled 2019 → %j', (text, period) => {
    expect(span(findMonthsOfYear(text, 2019))).toEqual(period);
  });

  it.each([
    // A period compared with, a forecast for the autumn, a pause in the spring, a budget's whole year, a project's years: not the report's own.
    ['Jämfört med motsvarande period föregående år, 2019-01-01 – 2019-08-31, har kostnaderna ökat.', null],
    ['Jämfört med samma period 2019 (januari–augusti 2019) har antalet deltagare ökat.', null],
    ['Prognosen för perioden september–december 2020 visar ett överskott.', null],
    ['Under perioden mars–maj 2020 pausades insatserna på grund av pandemin.', null],
    ['Budgeten för 2021-01-01 – 2021-12-31 fastställdes i november.', null],
    ['Insatsen Steget pågick 2018-03-01 – 2019-06-30.', null],
    // The report's own after another in the same paragraph; the ways it is stated stay.
    ['Under perioden mars–maj 2020 pausades insatserna. Delårsrapporten avser perioden 2020-01-01 – 2020-08-31.', { start: '2020-01-01', end: '2020-08-31' }],
    ['Perioden januari–augusti 2020 har präglats av pandemin.', { start: '2020-01-01', end: '2020-08-31' }],
    ['Delårsbokslut per den 31 augusti 2019', { start: '2019-01-01', end: '2019-08-31' }],
    ['Under första halvåret 2022 har Förbundet haft intäkter', { start: '2022-01-01', end: '2022-06-30' }],
    ['Perioden 2022-01 – 2022-08', { start: '2022-01-01', end: '2022-08-31' }],
    // A report named for the year's first tertial or quarter; a later one's name, or a halvår's, does not say its months.
    ['Tertialrapport 1 2022', { start: '2022-01-01', end: '2022-04-30' }],
    ['Tertialuppföljning T1 2022', { start: '2022-01-01', end: '2022-04-30' }],
    ['Delårsrapport T1 2022', { start: '2022-01-01', end: '2022-04-30' }],
    ['Kvartalsrapport 1 2022', { start: '2022-01-01', end: '2022-03-31' }],
    ['Delårsrapport Q1 2022', { start: '2022-01-01', end: '2022-03-31' }],
    ['Tertialrapport 2 2022', null],
    ['Delårsrapport 1 2022', null],
    ['Halvårsrapport 2022', null],
    ['Tertialrapport 1 2022–2023', null],
  ])("the report's own period: %j → %j", (text, period) => {
    expect(span(findOwnInterimPeriod(text))).toEqual(period);
  });

  it("an interim report's record passes over a period compared with to its own", async () => {
    const record = extractDelarsrapport(
      await transcriptStructure([
        'Delårsrapport 2020',
        'Samordningsförbundet Exempelbygd',
        'Jämfört med motsvarande period föregående år, 2019-01-01 – 2019-08-31, har kostnaderna ökat.',
        'Förvaltningsberättelse',
        'Rapporten avser perioden 2020-01-01 – 2020-08-31.',
      ]),
    );
    expect(record.period).toMatchObject({ start: '2020-01-01', end: '2020-08-31' });
  });

  it("an interim report's record takes the months under its title in the title's year", async () => {
    const record = extractDelarsrapport(
      await transcriptStructure(['Delårsrapport 2019', 'Samordningsförbundet Exempelbygd', 'Perioden januari–augusti', 'Förvaltningsberättelse']),
    );
    expect(record.period).toMatchObject({ start: '2019-01-01', end: '2019-08-31', text: 'januari–augusti' });
  });

  it.each(['Tertialrapport 2, 2021', 'Halvårsrapport 2021', 'Delårsbokslut 2021'])(
    'an interim report titled %j takes the months under it in the title’s year',
    async (title) => {
      const record = extractDelarsrapport(
        await transcriptStructure([title, 'Samordningsförbundet Exempelbygd', 'Rapporten omfattar perioden januari–augusti.', 'Förvaltningsberättelse']),
      );
      expect(record.period).toMatchObject({ start: '2021-01-01', end: '2021-08-31' });
    },
  );
});

describe('period a project ran, as a sentence tells it', () => {
  it.each([
    [
      'Exempelbron initierades av förbundet och pågick under perioden 1 januari 2012 till och med 31 december 2014.',
      { start: '2012-01-01', end: '2014-12-31' },
    ],
    ['Insatsen bedrevs 2019-03-01 – 2021-02-28 i Exempelby.', { start: '2019-03-01', end: '2021-02-28' }],
    // A form's label, then "från och med … till och med …".
    ['Projektperiod: från och med 1 september 2019 till och med 30 juni 2021', { start: '2019-09-01', end: '2021-06-30' }],
    ['Projektperiod: fr.o.m. 2019-09-01 t.o.m. 2021-06-30', { start: '2019-09-01', end: '2021-06-30' }],
    // A transcript that lost the dates, and a date that is no period the project ran.
    ['Projektet genomfördes under perioden fr o m t o m Projektet genomfördes huvudsakligen i Exempelby', null],
    ['Styrelsen sammanträdde den 21 september 2022 och beslutade att projektet pågick för länge.', null],
    // Months: the first day of the first to the last day of the last.
    ['Projektet Exempelvägen genomfördes under tiden december 2004 - december 2006.', { start: '2004-12-01', end: '2006-12-31' }],
    ['Exempelbron påbörjades september 2009 och pågår till maj 2013 och syftar till arbete.', { start: '2009-09-01', end: '2013-05-31' }],
    ['Insatsen startade i februari 2015 och avslutades i juni 2017.', { start: '2015-02-01', end: '2017-06-30' }],
    // Each end a day, told by its own verb.
    ['Projektet startade den 1 augusti 2012 och avslutades den 30 september 2014.', { start: '2012-08-01', end: '2014-09-30' }],
    ['Insatsen påbörjades 2016-02-01 och avslutades 2018-12-31.', { start: '2016-02-01', end: '2018-12-31' }],
    ['Projektet startade den 1 augusti 2012 och styrgruppen träffades den 30 september 2014.', null],
    ['Projektet drevs mellan mars 2010 och fram till april 2012.', { start: '2010-03-01', end: '2012-04-30' }],
    ['Projektets titel Exempelbron Projekttid oktober 2007 maj 2011 EU-program Landsbygdsprogrammet', { start: '2007-10-01', end: '2011-05-31' }],
    // A month the project started with no end (a transcript lost its year), two months of other things, and a form's duration.
    ['Projektet startade hösten 2007 och slutfördes under maj I Dalarna finns mark.', null],
    ['Projektet pågick mellan oktober 2009 och fram till januari Projektet har arbetat', null],
    ['Projektet startade i oktober 2007. Slutkonferensen hölls i maj 2011.', null],
    ['Styrelsen beslutade i oktober 2007 – maj 2011 kom ansökan.', null],
    ['Projekttid 36 månader oktober 2007 maj 2011', null],
    // A final report's form: the period its reporting is for.
    ['Rapportförfattare Anna Exempel Rapporteringen avser 2012-09-01 – 2014-11-30 Sammanfattning', { start: '2012-09-01', end: '2014-11-30' }],
    ['Slutredovisningen avser perioden 2016-01-01 till 2017-12-31.', { start: '2016-01-01', end: '2017-12-31' }],
    // A form's bare period label, its colon written.
    ['Insats: Samverkansteam Exempelby\nPeriod: 2018-01-01 – 2020-12-31\nKontaktperson: Anna Exempelsson', { start: '2018-01-01', end: '2020-12-31' }],
    ['Rapporteringsperiod: 2019-03-01 – 2021-02-28', { start: '2019-03-01', end: '2021-02-28' }],
    ['Perioden 2018-01-01 – 2020-12-31 jämförs med föregående.', null],
    // A project that "under perioden …" did something: the period it ran; not the people who did.
    ['Exempelbron är ett samverkansprojekt som under perioden mars 2010 till mars 2011 vänder sig till kvinnor.', { start: '2010-03-01', end: '2011-03-31' }],
    // The verb in the perfect: "har genomförts", "har bedrivits".
    ['Projektet har genomförts under tiden februari 2010 till och med oktober 2011.', { start: '2010-02-01', end: '2011-10-31' }],
    ['Insatsen har bedrivits under perioden 2018-01-01 – 2019-12-31 i Exempelby.', { start: '2018-01-01', end: '2019-12-31' }],
    ['Projektet, som under perioden 2019-01-01 – 2020-12-31 riktade sig till unga, hade två coacher.', { start: '2019-01-01', end: '2020-12-31' }],
    ['Deltagare som under perioden januari–mars 2020 skrevs in fick en coach.', null],
    ['Rapporteringen avser delårsbokslut och lämnas senast 2014-11-30.', null],
    // Whole years: a few words may stand between the verb and "under".
    ['Exempelhemmet var en försöksverksamhet som pågick i projektform under 2011 och 2012 i Exempelby.', { start: '2011-01-01', end: '2012-12-31' }],
    ['Insatsen bedrevs under åren 2016–2018 med två coacher.', { start: '2016-01-01', end: '2018-12-31' }],
    ['Projektet pågick 2019-2021.', { start: '2019-01-01', end: '2021-12-31' }],
    // A year of its own, other years' figures, a reversed or implausible span.
    ['Projektet pågick under 2012 och avslutades i december.', null],
    ['Utvärderingen genomfördes med 2019 och 2020 års enkäter.', null],
    ['Projektet pågick under 2014 och 2012 års medel användes.', null],
    ['Verksamheten bedrevs under 1990 och 2020 på samma sätt.', null],
    // "mellan … och …" with days, "från den … till den …", a form's "Genomförandeperiod".
    ['Projektet pågick mellan 2019-08-01 och 2021-07-31.', { start: '2019-08-01', end: '2021-07-31' }],
    ['Projektet pågick mellan den 1 augusti 2019 och den 31 juli 2021.', { start: '2019-08-01', end: '2021-07-31' }],
    ['Projektet pågick från den 1 augusti 2019 till den 31 juli 2021.', { start: '2019-08-01', end: '2021-07-31' }],
    ['Genomförandeperiod: 2019-08-01 – 2021-07-31', { start: '2019-08-01', end: '2021-07-31' }],
    // "och" joins two days only after "mellan": two days a sentence names otherwise are no period.
    ['Projektet startade 2019-08-01 och 2020-01-01 anställdes en coach.', null],
  ])('%j → %j', (text, period) => {
    expect(span(findRanPeriod(text))).toEqual(period);
  });
});

describe("period a project ran, as a form's start and end fields give it", () => {
  it.each<[string, string, { start: string; end: string } | null]>([
    ['Projektstart: 2019-08-01\nProjektslut: 2021-07-31', '', { start: '2019-08-01', end: '2021-07-31' }],
    ['Startdatum: 2019-08-01 Slutdatum: 2021-07-31', '', { start: '2019-08-01', end: '2021-07-31' }],
    ['Start: 1 augusti 2019', 'Slut: 31 juli 2021', { start: '2019-08-01', end: '2021-07-31' }],
    // An end before the start, an end that is no day, a start with no end field near it.
    ['Projektstart: 2021-08-01\nProjektslut: 2019-07-31', '', null],
    ['Projektstart: 2019-08-01\nProjektslut: pågår', '', null],
    ['Projektstart: 2019-08-01. Styrgruppen har träffats fyra gånger under året och arbetet har följt planen i stort. Slut: 2021-07-31', '', null],
    ['Nästa steg: start: 2022-01-10', '', null],
  ])('%j / %j → %j', (text, below, period) => {
    expect(span(findStartEndPeriod(text, below))).toEqual(period);
  });
});

describe('members as a sentence lists them', () => {
  it.each([
    [
      'Samordningsförbundet i Kalmar län bedriver sedan 1 oktober 2005 finansiell samordning mellan Försäkringskassan, Arbetsförmedlingen, Landstinget i Kalmar län och länets tolv kommuner.',
      ['Försäkringskassan', 'Arbetsförmedlingen', 'Landstinget i Kalmar län', 'länets tolv kommuner'],
    ],
    [
      'Finansiell samordning av rehabilitering mellan Försäkringskassan, Arbetsförmedlingen, Västra Götalandsregionen och kommunerna Lysekil, Munkedal, Sotenäs, Tanum och Strömstad ÅRSREDOVISNING med tillhörande',
      ['Försäkringskassan', 'Arbetsförmedlingen', 'Västra Götalandsregionen', 'Lysekil', 'Munkedal', 'Sotenäs', 'Tanum', 'Strömstad'],
    ],
    [
      'Samordningsförbundet är en fristående juridisk person som är bildat av parterna Malung-Sälens kommun, Vansbro kommun, Landstinget Dalarna, Arbetsförmedlingen och Försäkringskassan.',
      ['Malung-Sälens kommun', 'Vansbro kommun', 'Landstinget Dalarna', 'Arbetsförmedlingen', 'Försäkringskassan'],
    ],
    [
      'Medlemmar i förbundet är kommunerna Gagnef, Leksand och Rättvik, Arbetsförmedlingen, Försäkringskassan och Landstinget Dalarna.',
      ['Gagnef', 'Leksand', 'Rättvik', 'Arbetsförmedlingen', 'Försäkringskassan', 'Landstinget Dalarna'],
    ],
    [
      'Förbundet bildades 2007 med Länsarbetsnämnden, Försäkringskassan, Landstinget och kommunerna Åre och Krokom som medlemmar.',
      ['Länsarbetsnämnden', 'Försäkringskassan', 'Landstinget', 'Åre', 'Krokom'],
    ],
    ['Samordningsförbundet bildades 1 januari 2006.', null],
    // Kommuner after a colon, on a cover in capitals side by side, up to the report's title.
    [
      'EXEMPELBYGDENS SAMORDNINGSFÖRBUND i samverkan med Exempelbygdens kommuner: ÅBY BERG UPPDAL VÄSTERDAL ÅRSREDOVISNING FÖR EXEMPELBYGDENS SAMORDNINGSFÖRBUND Innehåll',
      ['ÅBY', 'BERG', 'UPPDAL', 'VÄSTERDAL'],
    ],
    ['Medlemskommuner: Åby, Berg och Dal.', ['Åby', 'Berg', 'Dal']],
    ['Förbundets medlemskommuner: Åby, Berg och Dal som alla ingått sedan 2008.', ['Åby', 'Berg', 'Dal']],
    // Kommuner where insatser run, and a colon with no names after it.
    ['Insatsen finns i fyra kommuner: Åby, Berg och Dal har egna team.', null],
    ['I samverkan med länets kommuner: se bilaga 2 för en förteckning.', null],
    // Other ways to say who the members are.
    [
      'Förbundet har som medlemmar Norrby kommun, Region Exempelby, Försäkringskassan och Arbetsförmedlingen.',
      ['Norrby kommun', 'Region Exempelby', 'Försäkringskassan', 'Arbetsförmedlingen'],
    ],
    [
      'Samordningsförbundet Exempelbygden består av Försäkringskassan, Arbetsförmedlingen, Region Exempelby och Norrby kommun.',
      ['Försäkringskassan', 'Arbetsförmedlingen', 'Region Exempelby', 'Norrby kommun'],
    ],
    [
      'Förbundet består av fyra parter: Försäkringskassan, Arbetsförmedlingen, Region Exempelby och Norrby kommun.',
      ['Försäkringskassan', 'Arbetsförmedlingen', 'Region Exempelby', 'Norrby kommun'],
    ],
    [
      'Parter i förbundet är Försäkringskassan, Arbetsförmedlingen, Region Exempelby och kommunerna Åby och Berg.',
      ['Försäkringskassan', 'Arbetsförmedlingen', 'Region Exempelby', 'Åby', 'Berg'],
    ],
    [
      'I samordningsförbundet ingår Försäkringskassan, Arbetsförmedlingen, Region Exempelby och kommunerna Åby och Berg.',
      ['Försäkringskassan', 'Arbetsförmedlingen', 'Region Exempelby', 'Åby', 'Berg'],
    ],
    [
      'Medlemmar: Försäkringskassan, Arbetsförmedlingen, Region Exempelby och Norrby kommun.',
      ['Försäkringskassan', 'Arbetsförmedlingen', 'Region Exempelby', 'Norrby kommun'],
    ],
    [
      'Förbundet har sju medlemmar: Försäkringskassan, Arbetsförmedlingen, Region Exempelby och kommunerna Åby, Berg, Dal och Norrby.',
      ['Försäkringskassan', 'Arbetsförmedlingen', 'Region Exempelby', 'Åby', 'Berg', 'Dal', 'Norrby'],
    ],
    // Names before a plural "kommuner" share it: each is a kommun.
    [
      'Förbundets medlemmar är Försäkringskassan, Arbetsförmedlingen, Region Exempelby samt Åby, Upplands Berg och Dals kommuner.',
      ['Försäkringskassan', 'Arbetsförmedlingen', 'Region Exempelby', 'Åby kommun', 'Upplands Berg kommun', 'Dals kommun'],
    ],
    [
      'Förbundet har som medlemmar Åby, Berg och Dals kommuner, Landstinget Exempelby, Försäkringskassan och Arbetsförmedlingen.',
      ['Åby kommun', 'Berg kommun', 'Dals kommun', 'Landstinget Exempelby', 'Försäkringskassan', 'Arbetsförmedlingen'],
    ],
    // Not the members: another body's members, what the förbund is made of, a colon with nothing listed.
    ['Styrelsens medlemmar: Åby kommun, Bergs kommun och Försäkringskassan.', null],
    ['Förbundet består av en styrelse, ett kansli och fyra beredningsgrupper.', null],
    ['Styrelsen består av Åby kommun, Bergs kommun och Försäkringskassan.', null],
    ['Medlemmar: se bilaga 1.', null],
    ['Åby, Berg och Dals kommuner har egna team.', null],
  ])('%j', (sentence, members) => {
    expect(membersIn(sentence)).toEqual(members);
  });
});

describe('members as a list of the four kinds of party, without a lead', () => {
  it.each([
    [
      'Till förbundets medlemmar; Arbetsförmedlingen, Försäkringskassan, Exempelby läns landsting samt kommunerna Norrby, Söderby och Österby.',
      ['Arbetsförmedlingen', 'Försäkringskassan', 'Exempelby läns landsting', 'Norrby', 'Söderby', 'Österby'],
    ],
    // A board table's organisation column run together, ordinary members then deputies: each party once; the name beside is a person's.
    [
      'Ersättare: Karin Provsson Per Exempelsson Åby kommun Försäkringskassan Arbetsförmedlingen Västra Götalandsregionen Bergs kommun Upplands Väsby kommun Försäkringskassan Arbetsförmedlingen Kansli',
      ['Åby kommun', 'Försäkringskassan', 'Arbetsförmedlingen', 'Västra Götalandsregionen', 'Bergs kommun', 'Upplands Väsby kommun'],
    ],
    [
      'Förbundet bildades 2005 enligt lagen (2003:1210) av Norrby kommun, Landstinget i Exempelby län, Försäkringskassan i Exempelby och Länsarbetsnämnden i Exempelby.',
      ['Norrby kommun', 'Landstinget i Exempelby län', 'Försäkringskassan i Exempelby', 'Länsarbetsnämnden i Exempelby'],
    ],
    // Partners of one insats, not all four kinds; four kinds but not one list.
    ['Insatsen drivs av Försäkringskassan och Arbetsförmedlingen tillsammans med Norrby kommun.', null],
    ['Försäkringskassan har bidragit med handläggare. Region Exempelby och Norrby kommun ger lokaler, och Arbetsförmedlingen coacher.', null],
  ])('%j', (sentence, members) => {
    expect(partiesIn(sentence)).toEqual(members);
  });

  it('names Arbetsförmedlingen where the text says it took the place of the Länsarbetsnämnd listed', () => {
    const founders = ['Norrby kommun', 'Försäkringskassan i Exempelby', 'Länsarbetsnämnden i Exempelby'];
    expect(withSuccessors(founders, 'Detta har inneburit att Arbetsförmedlingen övertagit Länsarbetsnämndens plats som ägare.')).toEqual([
      'Norrby kommun',
      'Försäkringskassan i Exempelby',
      'Arbetsförmedlingen',
    ]);
    expect(withSuccessors(founders, 'Arbetsförmedlingen har deltagit i styrelsens möten.')).toEqual(founders);
  });

  it('takes the members a sentence states before a list of parties elsewhere in the report', async () => {
    const identity = readIdentity(
      await transcriptStructure([
        'Styrelsen Ordinarie ledamöter Anna Provsson Åby kommun Försäkringskassan Arbetsförmedlingen Region Exempelby Bergs kommun',
        'Medlemmar i förbundet är kommunerna Åby och Berg, Arbetsförmedlingen, Försäkringskassan och Region Exempelby.',
      ]),
      ['members'],
    );
    expect(identity.members?.value).toEqual(['Åby', 'Berg', 'Arbetsförmedlingen', 'Försäkringskassan', 'Region Exempelby']);
  });
});

describe('participants reached, in any phrasing', () => {
  it.each([
    ['Under året har 2.000 personer deltagit i insatserna, varav 1.250 kvinnor och 750 män.', '', { total: 2000, women: 1250, men: 750 }],
    [
      'Förra året finansierades insatser för 78 personer under 2021, inklusive 35 deltagare i Upplands-Bro.',
      'Det har varit 47 kvinnor och 31 män som tagit del av insatserna.',
      { total: 78, women: 47, men: 31 },
    ],
    [
      'Under året har vi finansierat insatser för 95 personer.',
      'Det har varit 60 kvinnor och 36 män som tagit del av insatserna.',
      { total: 95, women: null, men: null },
    ],
    ['Analysen bygger på 42 individer av totalt 46 som deltagit i projekt Jobbcoach.', '', { total: 46, women: null, men: null }],
    ['Beräkningen gäller för 25 individer som deltagit i projekt Ayande.', '', { total: 25, women: null, men: null }],
    ['Alla beräkningar bygger på fem typfall kring vilka övriga 19 deltagare (totalt 24 st.) fördelats ut.', '', { total: 24, women: null, men: null }],
    ['Insatsen har nått ut till 34 personer under året.', '', { total: 34, women: null, men: null }],
    ['Projektet har sammanlagt genomfört timmar av olika aktiviteter för 263 unika deltagare.', '', { total: 263, women: null, men: null }],
    ['Under två år har kompetensutveckling tillförts projektets 88 deltagare, som alla står bättre rustade.', '', { total: 88, women: null, men: null }],
    ['Under två år har kompetensutveckling tillförts projektets88 deltagare.', '', { total: 88, women: null, men: null }],
    ['Projektets 3 deltagande kommuner har bidragit med lokaler.', '', null],
    ['Under 2022 har MIA vidare Roslagen arbetat med 176 personer.', '', null],
    ['Drygt 500 personer deltog i förbundets seminarier.', '', null],
    // "N personer (har) deltagit", with a split inside or after; what an insats or its evaluation covered.
    [
      'Förbundet har finansierat två insatser. 173 personer har deltagit i verksamheterna och 112 nya har tillkommit.',
      '',
      { total: 173, women: null, men: null },
    ],
    ['Planen var 30 personer per år men i praktiken har 147 personer deltagit eftersom fler tillkommit.', '', { total: 147, women: null, men: null }],
    ['Totalt har, under de fyra åren, 56 personer 25 kvinnor och 31 män deltagit i projektet.', '', { total: 56, women: 25, men: 31 }],
    ['Under året har 40 deltagare (18 kvinnor och 22 män) tagit del av insatsen.', '', { total: 40, women: 18, men: 22 }],
    ['Utvärderingen omfattar 135 deltagare, men utgår från ett urval av 16 deltagare.', '', { total: 135, women: null, men: null }],
    // As the register counts them, the split between commas.
    ['Totalt har 150 personer, 70 kvinnor och 80 män, registrerats som deltagare i insatserna.', '', { total: 150, women: 70, men: 80 }],
    ['Under året har 64 ungdomar skrivits in i Exempelteamet.', '', { total: 64, women: null, men: null }],
    ['Sammanlagt 30 personer har registrerats som deltagare i enkäten om förbundets webbinarier.', '', null],
    ['Förbundet har 12 personer registrerade i sitt nätverk.', '', null],
    // As a study enrolled them; not a comparison group or a sample.
    ['Av de 100 deltagare, 74 kvinnor och 26 män, som inkluderades i projektet har 86 avslutat programmet.', '', { total: 100, women: 74, men: 26 }],
    ['Under 2015 var det 45 ungdomar som skrevs in i Exempelteamet.', '', { total: 45, women: null, men: null }],
    ['De 40 personer som inkluderades i kontrollgruppen fick ingen coachning.', '', null],
    ['Sammanlagt 30 deltagare inkluderades i urvalet för intervjuer.', '', null],
    ['Insatsen omfattade totalt 62 unga vuxna i två kommuner.', '', { total: 62, women: null, men: null }],
    // Planned, not reached; the report's own interviews and steering group; a survey that covered people.
    ['Enligt planen skulle 30 personer per år delta i insatsen.', '', null],
    ['Sammanlagt 12 personer har deltagit i intervjuerna och fyra i fokusgrupper.', '', null],
    ['Nio personer har deltagit i styrgruppen, 7 personer har deltagit i projektets referensgrupp.', '', null],
    ['Enkäten omfattade 40 personer på arbetsförmedlingen.', '', null],
    // The count for all insatser as a table's label or a sentence gives it; "har" and the verb apart.
    ['Antalet deltagare i insatserna var 312, varav 150 kvinnor och 162 män.', '', { total: 312, women: 150, men: 162 }],
    ['Totalt antal deltagare: 312', '', { total: 312, women: null, men: null }],
    ['Antal unika deltagare i förbundets insatser uppgick till 405.', '', { total: 405, women: null, men: null }],
    ['312 deltagare har under året tagit del av insatserna.', '', { total: 312, women: null, men: null }],
    ['Totalt har 48 personer under projekttiden varit inskrivna.', '', { total: 48, women: null, men: null }],
    // One insats's count in an annual report's section on it, an outcome, the report's own survey or conference: none.
    ['Under året deltog 34 personer, 20 kvinnor och 14 män.', '', null],
    ['Antal deltagare: 34', '', null],
    ['Antal deltagare som gått till arbete: 12', '', null],
    ['Antal deltagare i enkäten: 40', '', null],
    ['120 personer har deltagit på förbundets konferens.', '', null],
    // All insatser's count with its time, or with "haft"; a split after a comma.
    ['Antal deltagare i insatserna under året: 178.', '', { total: 178, women: null, men: null }],
    ['Under året har förbundets insatser haft 412 unika deltagare.', '', { total: 412, women: null, men: null }],
    ['Insatserna har haft 412 deltagare (200 kvinnor, 212 män).', '', { total: 412, women: 200, men: 212 }],
    // The rest of no stated gender makes up the total: the split is kept; a split that misses the total is not.
    ['Insatserna har haft 412 deltagare: 200 kvinnor, 210 män och 2 personer som inte angett kön.', '', { total: 412, women: 200, men: 210 }],
    ['Insatserna har haft 412 deltagare (200 kvinnor, 210 män och 2 ej angivet).', '', { total: 412, women: 200, men: 210 }],
    ['Insatserna har haft 412 deltagare (200 kvinnor, 210 män och 1 ej angivet).', '', { total: 412, women: null, men: null }],
    ['Totalt har förbundets insatser under 2019 omfattat 412 personer.', '', { total: 412, women: null, men: null }],
    ['I förbundets insatser deltog totalt 412 personer.', '', { total: 412, women: null, men: null }],
    ['Under året har 412 individer varit aktuella i förbundets insatser.', '', { total: 412, women: null, men: null }],
    ['Antalet unika individer i insatserna var 412.', '', { total: 412, women: null, men: null }],
    // One insats's count, or one category's, in a förbund's report: not the förbund's.
    ['I de individinriktade insatserna deltog totalt 212 personer.', '', null],
    ['Insatsen har haft 34 deltagare.', '', null],
    ['Totalt deltog 34 personer i Exempelteamet.', '', null],
    // Everyone since the förbund or the insats started: not the year's.
    ['Totalt 1 250 personer har deltagit i förbundets insatser sedan starten 2008.', '', null],
    ['Sedan förbundet bildades har 1 250 personer deltagit i insatserna.', '', null],
    ['Sedan 2010 har insatserna haft 900 deltagare.', '', null],
  ])('%j', (sentence, next, count) => {
    const found = participantsIn(sentence, next);
    expect(found ? { total: found.total, women: found.women, men: found.men } : null).toEqual(count);
  });

  it.each([
    // A final report's count is its one insats's, however it says it.
    ['Totalt deltog 64 personer i projektet, varav 30 kvinnor och 34 män.', { total: 64, women: 30, men: 34 }],
    ['Under projekttiden deltog 64 deltagare.', { total: 64, women: null, men: null }],
    ['Under året deltog 34 personer, 20 kvinnor och 14 män.', { total: 34, women: 20, men: 14 }],
    ['Projektet har haft 87 deltagare.', { total: 87, women: null, men: null }],
    ['Insatsen hade totalt 64 inskrivna deltagare.', { total: 64, women: null, men: null }],
    ['Antal deltagare: 64 (30 kvinnor, 34 män)', { total: 64, women: 30, men: 34 }],
    ['Antal inskrivna deltagare totalt: 64', { total: 64, women: null, men: null }],
    // The subject's second verb, after its "och".
    ['Projektet pågick 2017-01-01 – 2019-12-31 och hade 84 deltagare.', { total: 84, women: null, men: null }],
    ['Insatsen startade i januari 2018 och har haft 52 deltagare, 30 kvinnor och 22 män.', { total: 52, women: 30, men: 22 }],
    // A final report's count since its start is its insats's whole count.
    ['Sedan starten 2017 har 64 personer deltagit i projektet.', { total: 64, women: null, men: null }],
    ['Projektet riktade sig till unga vuxna och hade som mål 60 deltagare.', null],
    // Planned or a goal's; the report's own interviews and steering group; an outcome.
    ['Planerat antal deltagare: 60', null],
    ['Mål antal deltagare: 60', null],
    ['I intervjuerna deltog 12 personer.', null],
    ['Vid styrgruppens möten deltog 8 personer.', null],
    ['Totalt deltog 40 personer i enkäten.', null],
    ['Antal deltagare som gått till arbete: 12', null],
  ])('in a final report: %j', (sentence, count) => {
    const found = participantsIn(sentence, '', 'insats');
    expect(found ? { total: found.total, women: found.women, men: found.men } : null).toEqual(count);
  });

  it.each([
    ['Förbundet har under året finansierat 16 individinriktade insatser med totalt ca 883 deltagare.', 883],
    ['Drygt 320 personer har deltagit i projektet.', 320],
    ['Insatsen har nått ut till närmare 90 personer.', 90],
    ['Över 300 ungdomar har tagit del av aktiviteterna.', 300],
    ['Cirka 45 individer som deltagit har fått arbete.', 45],
  ])('marks a qualified number approximate, keeping the number written: %j', (sentence, total) => {
    expect(participantsIn(sentence, '')).toMatchObject({ total, approximate: true });
  });

  it('leaves an exact count unmarked, and keeps a split only when it adds up to the approximate total', () => {
    expect(participantsIn('Totalt 24 personer har deltagit.', '')).not.toHaveProperty('approximate');
    expect(participantsIn('Drygt 320 personer har deltagit i projektet.', 'Av dem var 150 kvinnor och 168 män.')).toMatchObject({
      total: 320,
      women: null,
      men: null,
    });
  });
});

describe('identity of a whole document', () => {
  it.each([
    [
      "a cover that runs the förbund's name into the project's title; every running header names it alone",
      [
        '1 Samordningsförbundet Exempeldalen Vägen Vidare Exempelby Ett samverkansprojekt mellan Arbetsförmedlingen och Exempelby kommun Slutrapport På uppdrag av Samordningsförbundet Exempeldalen, Lokala samverkansgruppen.',
        '2 Samordningsförbundet Exempeldalen 1. SAMMANFATTNING Deltagare Personalen Aktiviteter',
        '3 Samordningsförbundet Exempeldalen 1. Sammanfattning Bakgrund Projektet har varit ett samverkansprojekt.',
      ],
      'Samordningsförbundet Exempeldalen',
    ],
    [
      'a name of several places, written whole twice and cut short once: the whole',
      [
        'Ämne: Ansvarsfrihet för Samordningsförbundet Norrby, Söderby, Västerby styrelse',
        'Till förbundsmedlemmarna i Samordningsförbundet Norrby. Söderby, Västerby; Arbetsförmedlingen, Försäkringskassan.',
        'Samordningsförbundet Norrby, Söderby, Västerby bifogar följande handlingar.',
      ],
      'Samordningsförbundet Norrby, Söderby, Västerby',
    ],
    [
      'a name that the text writes only once, with its acronym',
      ['Årsredovisning 2019 Samordningsförbundet Exempeldalen Östra, SAMEÖ', 'Förvaltningsberättelse Förbundet har under året finansierat tolv insatser.'],
      'Samordningsförbundet Exempeldalen Östra, SAMEÖ',
    ],
    [
      "an OCR'd cover that misread its ö, the running text spelling it right: the name as spelled",
      [
        'ARSREDOVISNING 2019 Samordningsforbundet Exempeldalen',
        'Förvaltningsberättelse Samordningsförbundet Exempeldalen har under året finansierat tolv insatser.',
      ],
      'Samordningsförbundet Exempeldalen',
    ],
    [
      'a cover in capitals that misread its Ö, the running text spelling it right: the name in its case',
      [
        'ÅRSREDOVISNING 2019 SAMORDNINGSFORBUNDET EXEMPELDALEN',
        'Förvaltningsberättelse Samordningsförbundet Exempeldalen har under året finansierat tolv insatser.',
      ],
      'Samordningsförbundet Exempeldalen',
    ],
    [
      'a scan that misreads its ö everywhere: the name as the text gives it',
      [
        'ARSREDOVISNING 2019 Samordningsforbundet Exempeldalen',
        'Forvaltningsberattelse Samordningsforbundet Exempeldalen har under aret finansierat tolv insatser.',
      ],
      'Samordningsforbundet Exempeldalen',
    ],
  ])('%s', async (_name, paragraphs, organisation) => {
    expect(readIdentity(await transcriptStructure(paragraphs)).organisation?.value).toBe(organisation);
  });

  it.each([
    'Under året har förbundet tillsammans med Samordningsförbundet Grannby genomfört en gemensam utbildning.',
    'Förbundet har i samverkan med Samordningsförbundet Grannby anställt en gemensam processledare.',
    'Ett avtal med Samordningsförbundet Grannby om gemensam revision tecknades i mars.',
  ])("an annual report's förbund, not the partner its opening names first: %j", async (sentence) => {
    const paragraphs = ['Årsredovisning 2020', sentence, 'Samordningsförbundet Norrvik har som medlemmar Försäkringskassan och Arbetsförmedlingen.'];
    expect(readIdentity(await transcriptStructure(paragraphs)).organisation?.value).toBe('Samordningsförbundet Norrvik');
  });

  it("a final report's förbund as its project names the one it works with", async () => {
    const paragraphs = ['Slutrapport Projekt Steget', 'Projektet har drivits i samverkan med Samordningsförbundet Grannby.', 'Deltagarna var 40.'];
    expect(readIdentity(await transcriptStructure(paragraphs), ['organisation'], 'insats').organisation?.value).toBe('Samordningsförbundet Grannby');
  });

  it("takes the förbund's own number, never another body's footer, and the year of the report carried, not the meeting dates or next year's", async () => {
    const identity = readIdentity(
      await transcriptStructure([
        'BESLUTSUNDERLAG\nLandstingsfullmäktige\nDatum\n2015-09-28',
        'Årsredovisning och revisionsberättelse 2014 Nedansiljans\nsamordningsförbund',
        'Uppföljning\nÅrsredovisning 2015 utgör uppföljning av innevarande års verksamhet.',
        'Postadress\nBox 712\n791 29 Falun\nOrg.nr: 232100-0180',
      ]),
    );
    expect(identity.organisation?.value).toBe('Nedansiljans samordningsförbund');
    expect(identity.organisationNumber).toBeNull();
    expect(identity.year?.value).toBe(2014);
  });

  it("names the förbund as the carried report's own cover does, not as the kommun's paper before it", async () => {
    const identity = readIdentity(
      await transcriptStructure([
        'EXEMPELBY KOMMUN SAMMANTRÄDESPROTOKOLL Kommunstyrelsen Ks 12 Årsredovisning 2018, Exempeldalens Samordningsförbund Förbundets årsredovisning godkänns och ledamöterna beviljas ansvarsfrihet.',
        'Årsredovisning 2018 Samordningsförbundet Exempeldalen',
        'Innehåll 1 Organisation 5 2 Förvaltningsberättelse 6 Resultaträkning 15 Balansräkning 16',
      ]),
    );
    expect(identity.organisation?.value).toBe('Samordningsförbundet Exempeldalen');
    expect(identity.year?.value).toBe(2018);
  });

  it("takes the year the carried report's own cover states, not a slip in the kommun's heading before it", async () => {
    const identity = readIdentity(
      await transcriptStructure([
        'Kommunledningsförvaltningen Tjänsteskrivelse Årsredovisning 2019 för Samordningsförbundet Exempeldalen Förslag till beslut Kommunfullmäktige lägger årsredovisningen för 2020 till handlingarna.',
        'Samordningsförbundet Exempeldalen Org.nr avger Verksamhetsberättelse avseende 2020 års verksamhet',
        'Sid 2(30) Innehållsförteckning Sammanfattning... 3',
      ]),
    );
    expect(identity.organisation?.value).toBe('Samordningsförbundet Exempeldalen');
    expect(identity.year?.value).toBe(2020);
  });

  it("takes the year of the report a case's papers carry, not the paper's diary numbers", async () => {
    const identity = readIdentity(
      await transcriptStructure([
        '1 Revisionsberättelse med bokslut för Samordningsförbundet Exempeldalen Handlingar i ärendet: Regionstyrelsens skrivelse till regionfullmäktige Revisionsberättelse för Samordningsförbundet Exempeldalen',
        '2 1(1) RS2020/112 Regionfullmäktige Bakgrund Samordningsförbundet är bildat av Regionen, Exempelby kommun, Försäkringskassan och Arbetsförmedlingen enligt lag 2003:1210 om finansiell samordning inom rehabiliteringsområdet. Förslag till beslut Regionstyrelsen föreslår regionfullmäktige besluta att bevilja styrelsen ansvarsfrihet för verksamhetsåret. REGIONSTYRELSEN Karin Exempel Ordförande',
        '3 Årsberättelse med bokslut för Samordningsförbundet Exempeldalen verksamhetsåret 2019 (Dnr 2020:03 / 2) 1 (12) Årsberättelse 2019',
        '4 1. Sammanfattning Målgruppen för den finansiella samordningen är personer i förvärvsaktiv ålder.',
      ]),
    );
    expect(identity.organisation?.value).toBe('Samordningsförbundet Exempeldalen');
    expect(identity.year?.value).toBe(2019);
  });

  it('takes a name on a cover in capitals with the case the running text writes it in', async () => {
    const identity = readIdentity(
      await transcriptStructure([
        'EXEMPELBYGDENS SAMORDNINGSFÖRBUND ÅRSREDOVISNING 2013',
        'Förvaltningsberättelse Exempelbygdens samordningsförbund bildades 2006 av kommunerna, regionen, Försäkringskassan och Arbetsförmedlingen.',
      ]),
    );
    expect(identity.organisation?.value).toBe('Exempelbygdens samordningsförbund');
  });

  it('reads a name and a title hyphenated at line ends as their words', async () => {
    const identity = readIdentity(
      await transcriptStructure(['Års-\nredovisning 2019\nSamordnings-\nförbundet Exempeldalen', 'Nedre Exempeldalens samordnings-\nförbund och IT-\nstöd']),
    );
    expect(identity.organisation?.value).toBe('Samordningsförbundet Exempeldalen');
    expect(identity.year?.value).toBe(2019);
  });

  it("reads nothing after docplayer's list of other documents", async () => {
    const identity = readIdentity(
      await transcriptStructure([
        'Organisationsnummer 222000-1750. Årsredovisning 2015. Februari 2015.',
        'Relevanta dokument\nInnehållsförteckning',
        'Kvartalsrapport Januari-Mars 2015 Samordningsförbundet Göteborg Centrum',
      ]),
    );
    expect(identity.organisationNumber?.value).toBe('222000-1750');
    expect(identity.year?.value).toBe(2015);
    expect(identity.organisation).toBeNull();
  });
});

describe('page marks glued before a page', () => {
  it.each([
    ['1 1(26) ÅRSREDOVISNING 2012', 'ÅRSREDOVISNING 2012'],
    ['2 2 Innehåll', 'Innehåll'],
    ['Sida 1 av 4 BESLUTSUNDERLAG', 'BESLUTSUNDERLAG'],
    ['Sid 1 (20) Projektnamn Exempelbron', 'Projektnamn Exempelbron'],
    ['1/4 Protokollsutdrag', 'Protokollsutdrag'],
    // A year is no page number; a word that starts like one is a word.
    ['2012 Årsredovisning', '2012 Årsredovisning'],
    ['Sidan visar förbundets insatser', 'Sidan visar förbundets insatser'],
  ])('%j → %j', (text, rest) => {
    expect(withoutPageMarks(text).trim()).toBe(rest);
  });
});
