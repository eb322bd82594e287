/**
 * The kind of a document from its title, cover, table of contents and headings, on openings of
 * real reports (fixtures/corpus/dev, shortened, people made up) read through the .docx reader as
 * one paragraph per group, as the transcripts give them: covers and tables of contents run
 * together, OCR misspellings, web pages, papers that carry a report and papers that only speak
 * of one.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocx, p } from '../../fixtures/build/docx/index.js';
import { classifyDocument } from '../../extractors/classify.js';
import { processFile } from '../../pipeline/process-file.js';
import { PipelineConfig } from '../../schemas/config.js';
import { DocumentResult, SCHEMA_VERSION } from '../../schemas/result.js';
import { transcriptStructure } from '../structure/support/documents.js';

type Case = [name: string, paragraphs: string[], kind: string];

const TOC = 'Innehåll Förvaltningsberättelse 2 Styrelse 2 Kansli 2 Verksamhet 3 Ekonomi 8 Resultaträkning 11 Balansräkning 12 Noter 13';
const PROSE =
  'Förbundet har under året arbetat vidare med de insatser som styrelsen beslutat om, och samverkan mellan parterna har fördjupats på flera orter i länet.';

const ANNUAL: Case[] = [
  [
    'a cover and a table of contents run together',
    [
      `ÅRSREDOVISNING 2007 Samordningsförbundet 2007-01-01 2007-12-31 Organisationsnummer: 222000-2014`,
      `Årsredovisning för verksamhetsåret 2007-01-01 2007-12-31 Samordningsförbundet avger härmed följande årsredovisning Sid ${TOC}`,
    ],
    'arsredovisning',
  ],
  [
    'a cover with a quotation run into it',
    [
      `1 1(26) ÅRSREDOVISNING 2012 Samverkan är inte ett tillstånd som går att uppnå vid ett givet tillfälle Fasställd av styrelsen för Samordningsförbundet i Kalmar län Organisationsnr`,
      PROSE,
    ],
    'arsredovisning',
  ],
  [
    '"årsredovisning med tillhörande verksamhetsberättelse"',
    [
      '1 Samordningsförbundet Norra Bohuslän Org. nr Finansiell samordning av rehabilitering mellan Försäkringskassan, Arbetsförmedlingen, Västra Götalandsregionen och kommunerna Lysekil, Munkedal, Sotenäs, Tanum och Strömstad ÅRSREDOVISNING med tillhörande VERKSAMHETSBERÄTTELSE 2010 Antagen av Samordningsförbundet Norra Bohuslän',
      PROSE,
    ],
    'arsredovisning',
  ],
  [
    "an OCR'd cover after a receiving stamp",
    [
      '1 Organisationsnummer: LANDSTINGET DAlARNA INK D N R.. Samordningsförbundet.. Insa VASTERDALARNA ARSREDOVISNING 2010',
      `2 Förvaltningsberättelse Verksanlhet... 2 Organisation... 2 Verksamhetsberättelse... 3 Framtiden... 6 RESULTATRÄKNING... 7 BALANSRÄKNING... 8`,
    ],
    'arsredovisning',
  ],
  [
    'a web summary of the year',
    [
      'Sammanfattning av verksamhetsåret 2022',
      'Artikel skriven av Förbundschef Maria Exempel',
      'Under våren har förbundet arbetat med årsredovisningen och bokslut av verksamhetsåret 2022.',
    ],
    'arsredovisning',
  ],
  [
    '"En summering av 2021"',
    ['En summering av 2021', 'Årsredovisningen för 2021 undertecknades av styrelsen i fredags. Förbundet har bedrivit insatser för 4 310 tkr.'],
    'arsredovisning',
  ],
  [
    'a decision paper that attaches the annual report',
    [
      'BESLUTSUNDERLAG',
      'Landstingsfullmäktige',
      'Årsredovisning och revisionsberättelse 2014 Nedansiljans\nsamordningsförbund',
      'Styrelsen för Finsam Nedansiljans Samordningsförbund beviljas ansvarsfrihet för verksamhetsåret 2014.',
      'I ärendet redovisas följande dokument:\na)\nBeslutsunderlag\nb)\nÅrsredovisning och revisionsberättelse',
    ],
    'arsredovisning',
  ],
  ['an årsbokslut', ['Årsbokslut 2019', 'Samordningsförbundet Exempel', 'Förvaltningsberättelse', 'Resultaträkning'], 'arsredovisning'],
  [
    "a title that names the förbund and its räkenskapsår after a link: the förbund's name is no word between the report's name and its year",
    ['Årsredovisning för Samordningsförbundet Finsam Exempelby-Provstad avseende räkenskapsåret 2019', 'Förbundet har under året finansierat sex insatser.'],
    'arsredovisning',
  ],
  [
    'an årsredovisning titled by its year as two dates glued by a dash',
    ['Årsredovisning 2021-01-01—2021-12-31', 'Samordningsförbundet Exempel', 'Förbundet har under året finansierat sex insatser.'],
    'arsredovisning',
  ],
  [
    "an OCR'd cover whose every Å, Ä and Ö was read without its marks",
    ['ARSREDOVISNING 2019', 'SAMORDNINGSFORBUNDET I EXEMPELBYGDS LAN', 'Forvaltningsberattelse', 'Forbundet har under aret finansierat sju insatser.'],
    'arsredovisning',
  ],
  [
    'a title that gives its year after "för år", beyond four words of the name',
    [
      'Årsredovisning med tillhörande verksamhetsberättelse för år 2014',
      'Samordningsförbundet Exempelbygden, org nr 222000-1234',
      'Förbundet har under året finansierat åtta insatser.',
    ],
    'arsredovisning',
  ],
  [
    'a title whose year is linked to the name before it',
    ['Bokslut 2021 med verksamhetsberättelse', 'Samordningsförbundet Exempelbygden', 'Förbundet har under året finansierat åtta insatser.'],
    'arsredovisning',
  ],
  [
    "a title of the year's report, the year first",
    ['2021 års verksamhetsberättelse', 'Samordningsförbundet Exempelbygden', 'Förbundet har under året finansierat åtta insatser.'],
    'arsredovisning',
  ],
  [
    'a cover of two names run into the text, its lines kept',
    ['Bokslut och verksamhetsberättelse 2015\nSamordningsförbundet Exempelbygden\nFörbundet har under året finansierat åtta insatser.'],
    'arsredovisning',
  ],
];

// A förbund's cover with words of projects that name none, and a förbund's first part on a project (its insatser come in the text).
const ANNUAL_WITH_PROJECTS: Case[] = [
  // An årsredovisning of a project is its owner's account of it: here the förbund's, which owns the project.
  [
    "a förbund's årsredovisning of a project it owns",
    [
      'Samordningsförbundet Exempelbygden Projekt Exempelsteget Årsredovisning 2012',
      'Följande dokument kompletterar förbundets årsredovisning för den del som rör projektet Exempelsteget.',
    ],
    'arsredovisning',
  ],
  [
    'a subtitle of projects and insatser in general',
    ['Årsredovisning 2021', 'Projekt och insatser i samverkan', 'Samordningsförbundet Exempelbygden', 'Förbundet har under året finansierat fem insatser.'],
    'arsredovisning',
  ],
  [
    'a project named three lines under the title, after the förbund and a heading',
    [
      'Årsredovisning 2021',
      'Samordningsförbundet Exempelbygden',
      'Förvaltningsberättelse',
      'Projekt Steget vidare',
      'Projektet har under året haft 64 deltagare.',
    ],
    'arsredovisning',
  ],
  [
    'a cover run into the text, a project and its period further on',
    [
      'Årsredovisning 2021 Samordningsförbundet Exempelbygden Förvaltningsberättelse Insatser Projekt Steget vidare Projektperiod: 2020-01-01 – 2022-12-31. Förbundet har under året finansierat fem insatser.',
    ],
    'arsredovisning',
  ],
];

const INTERIM: Case[] = [
  [
    'a delårsrapport titled by its period, the two dates glued by a dash',
    ['Delårsrapport 2021-01-01–2021-08-31', 'Samordningsförbundet Exempel', 'Förbundet har under perioden finansierat sex insatser.'],
    'delarsrapport',
  ],
  [
    "a delårsrapport with the annual report's parts",
    ['Delårsrapport januari–augusti 2021', 'Samordningsförbundet Exempel', 'Förvaltningsberättelse', 'Resultaträkning', 'Balansräkning'],
    'delarsrapport',
  ],
  [
    'a delårsbokslut',
    ['Delårsbokslut 2019-08-31', 'Förvaltningsberättelse', 'Samordningsförbundets resultat för perioden', 'Resultaträkning', 'Balansräkning'],
    'delarsrapport',
  ],
  // A kommun's or a company's interim accounts speak of no förbund: not this product's delårsrapport.
  ['a delårsbokslut of no förbund', ['Delårsbokslut 2019-08-31', 'Förvaltningsberättelse', 'Resultaträkning', 'Balansräkning'], 'unknown'],
  // The half year's, a tertial's or a quarter's report is one on part of the year too.
  [
    'a halvårsrapport',
    ['Halvårsrapport 2019', 'Samordningsförbundet Exempel', 'Förbundet har under första halvåret finansierat sju insatser.'],
    'delarsrapport',
  ],
  ['a tertialrapport', ['Tertialrapport 1 2021', 'Samordningsförbundet Exempel', 'Rapporten avser perioden januari–april 2021.'], 'delarsrapport'],
  ['a kvartalsrapport', ['Kvartalsrapport januari–mars 2015', 'Samordningsförbundet Exempel', 'Förvaltningsberättelse'], 'delarsrapport'],
  [
    "a landsting's tertialrapport",
    ['Tertialrapport I januari–april 2008', 'Landstinget Exempel', 'Landstingsstyrelsen godkänner tertialrapporten.'],
    'unknown',
  ],
  [
    'a web summary of a delårsavstämning',
    [
      'Delårsavstämning av förbundets verksamhet',
      'Varje år genomför förbundet en gemensam delårsavstämning med Beredningsgruppen och Styrelsen.',
      'Ekonomisk sammanfattning av Samordningsförbundets första halvår',
      'Under första halvåret 2022 har Förbundet haft intäkter som uppgått till 5,28 milj.kr.',
      'Engagerande slutrapport om sociala företag',
    ],
    'delarsrapport',
  ],
];

const FINAL: Case[] = [
  // An evaluation named by a compound, or of a name the opening calls a project.
  [
    'an evaluation named by a compound, its pilot project after it',
    [
      'En kulturell buffé för hälsan',
      'Fokusgruppsutvärdering av pilotprojektet ”Exempelvägen” på Vårdcentralen Exempelby Anna Provsson Utvärderingsrapport 2015:1',
      'Förord Exempelvägen innebär att personer med långvarig sjukskrivning kan få hjälp att i grupp bryta isoleringen.',
    ],
    'slutrapport',
  ],
  [
    'a project evaluation named by the compound alone',
    [
      'EXEMPEL KONSULT Behandlingsmottagningen EXEMPEL Projektutvärdering Exempelstad Anna Provsson',
      'Innehållsförteckning Bakgrund... 3 Utvärderingsuppdraget... 3 Metod och projektupplägg... 3',
    ],
    'slutrapport',
  ],
  [
    'an evaluation of a name the opening calls a project',
    [
      'Utvärdering av Exempelvägen i Region Exempel Maj 2016',
      'Högskolan har av Region Exempel fått i uppdrag att utvärdera projektet Exempelvägen. Uppdraget har genomförts under perioden april 2014 – maj 2016.',
    ],
    'slutrapport',
  ],
  [
    'an evaluation of a name the opening calls a project in "utvärderingen av projektet …"',
    ['Utvärdering av Exempelvägen 2019', 'Rapporten redovisar utvärderingen av projektet Exempelvägen i tre kommuner.'],
    'slutrapport',
  ],
  [
    "a letter-spaced cover as a transcript splits it, then a funder's instructions heading the form",
    [
      '1 S LUTRAP P O RT P R OJ E KTET VÄGEN VIDARE Projektägare: Föreningen Exempel c/o Anna Exempel Exempelgården EXEMPELBY , Projektledare: Bo Prov',
      '2 Anvisning till slutrapport för projektstöd. A. Uppgifter om stödmottagaren Föreningen Exempel C. Sammanfattning av projektet Projektet genomfördes under perioden fr o m t o m',
    ],
    'slutrapport',
  ],
  [
    'an evaluation of a project named as a compound in the definite form',
    [
      '1 PROV 1(12) Utvärdering av PROV-projektet Exempelkonsult AB',
      '2 PROV 2(12) Utvärdering av PROV-projektet Innehåll: 1. Inledning 2. Kort om projektets organisation 3. Syfte med utvärderingen 4. Utvärdering av projektmålen',
      '3 PROV 3(12) 1. Inledning PROV är ett EU-projekt för unga vuxna i Exempelbygd. Projektet har bedrivits från 1 augusti 2005 till 30 november 2007.',
    ],
    'slutrapport',
  ],
  [
    "a funder's final-report form filled in, its labels run into one paragraph",
    [
      '1 PK Slutrapport Projektnamn: Gemensam väg Diarienr: 2011-3010123 Projektperiod (ÅÅMMDD-ÅÅMMDD): 110101-121231 Syftet med en enhetlig mall för slutrapportering är att underlätta spridning av resultat och metoder. 1. Sammanfattning Ge en sammanfattande beskrivning av projektidé och framkomna resultat.',
    ],
    'slutrapport',
  ],
  [
    'an evaluation of a project, "Slutrapport" on its cover',
    [
      '1 Samhällsekonomiska bokslut, utvärderingar och analyser Samhällsekonomisk utvärdering Projekt Duellen Slutrapport Samordningsförbundet RAR i Södermanland payoff kunskapens väg 6, östersund',
      '2 Innehåll Sammanfattning... 3 Inledning... 7 Duellen... 7 Syfte och mål... 8',
    ],
    'slutrapport',
  ],
  [
    'an evaluation of an insats without the word slutrapport',
    [
      '1 Utvärdering av sociala investeringar Samhällsekonomisk utvärdering Insats Trampolinen Trollhättan, payoff kunskapens väg 6, östersund',
      '2 Innehåll Sammanfattning... 4 Inledning... 6',
    ],
    'slutrapport',
  ],
  [
    'an evaluation of a team',
    [
      '1 Utvärdering av sociala investeringar Utvärdering Samordningsförbundets Samverkansteam På uppdrag av Samordningsförbundet Ale, Kungälv, Stenungsund och Tjörn',
    ],
    'slutrapport',
  ],
  [
    '"Slutrapport för utvärderingen"',
    ['1 LILIL Unga kvinnor samverkansprocess och samverkansobjekt Slutrapport för utvärderingen Sofia Exempel 1', '2 Innehåll Förord... 3 Sammanfattning... 4'],
    'slutrapport',
  ],
  [
    '"Slutredovisning av projekt"',
    [
      '1 Slutredovisning av projekt Exsistre Följande redovisning är en slutredovisning av projekt Exsistre som medfinansierats med stöd från Europeiska Socialfonden.',
    ],
    'slutrapport',
  ],
  [
    'a final report that never names its kind: the project told after the fact, its aim in the past, lessons, its financier',
    [
      'Erfarenheter av att utveckla arbetsförmågebedömningar för personer långt från arbetsmarknaden',
      'Förord Vi har under åren fått arbeta med att utveckla metoder i nära samverkan med kommunerna, inom ramen för Samordningsförbundet Exempeldalen. Med denna rapport vill vi dela med oss av våra resultat och erfarenheter. Projektledare: Anna Exempel. Övriga i teamet under projektets sista år (2014): två arbetsterapeuter och en psykolog.',
      'Sammanfattning Syftet med projektet har varit att i team utreda arbetsförmåga med strukturerade metoder. Framgångsfaktorerna beskrivs i kapitel 4.',
    ],
    'slutrapport',
  ],
  [
    'a final evaluation of an insats, with no title word: its period over, its financier, what was learnt',
    [
      'Steg för steg – om insatsen Nyckeln i Exempelby 2016–2019',
      'Insatsen bedrevs under perioden 2016-03-01 till 2019-02-28 och finansierades av Samordningsförbundet Exempelbygd. Målet med insatsen var att fler unga skulle börja arbeta eller studera.',
      'Lärdomar Vad har vi lärt oss? Samverkan mellan handläggarna var avgörande.',
    ],
    'slutrapport',
  ],
  [
    'an ESF form\'s "Slutrapport genomförande" run into its first page, the project\'s period and financier',
    [
      'Sid 1 (20) Projektnamn Exempelmodellen Slutrapport genomförande Sammanfattning Ge en sammanfattande beskrivning av projektidé och framkomna resultat. Exempelmodellen initierades av Samordningsförbundet Exempelbygd och pågick under perioden 1 januari 2012 till och med 31 december 2014. Projektet hade ett antal samverkande parter.',
    ],
    'slutrapport',
  ],
  [
    "a pre-study's final report heading a nämnd's paper",
    [
      '2014-11-11 1 (9) Socialnämnden Slutrapport - förstudie inom Europeiska socialfonden Beslutsunderlag skrivelse den 11 november 2014 Sammanfattning I en rapport till ESF sammanfattas det arbete som gjorts under året.',
      '2014-11-11 2 (9) Slutrapport förstudie Bakgrund och syfte Arbetslösheten i kommunen är hög bland unga vuxna.',
    ],
    'slutrapport',
  ],
  [
    'a final report on no template: what the project brought, its funding, participants told after the fact, its time over',
    [
      'Vägen tillbaka i Exempelstad 2015–2017',
      'Projektet har fått ekonomiskt stöd från Europeiska socialfonden och drevs av kommunens arbetsmarknadsenhet. Projektet avslutades i december 2017.',
      'Totalt har 61 personer skrivits in. Insatsen har lett till att 23 av dem fått arbete eller börjat studera.',
    ],
    'slutrapport',
  ],
  [
    "an interview study of one project's participants: the report of it, its aim in the past, its funding, who took part",
    [
      'Att komma tillbaka – en intervjustudie',
      'I denna rapport redovisas intervjuer med tolv personer som varit inskrivna i Språngbrädan, ett projekt i Exempelby.',
      'Syftet med projektet har varit att deltagarna ska närma sig arbetsmarknaden. Projektet fick medel från Allmänna arvsfonden.',
    ],
    'slutrapport',
  ],
  [
    "a kommun project's report on a funder's headings: its time over, results and lessons, what it brought, its leader",
    [
      '2019 Byaservice i Exempelfjäll Exempelfjälls kommun Anna Exempel Projektledare',
      'Innehåll Bakgrund Syfte och mål Arbetssätt Resultat och effekter vilka resultat som projektet har medfört Diskussion framgångsfaktorer Slutsatser',
      'Projektet genomfördes under 2018 och 2019 i tre byar.',
    ],
    'slutrapport',
  ],
  [
    "a funder's template filled in: its title still the template's, the pre-study told after the fact",
    [
      '1(9) Mall för slutrapport förstudie Syftet med enhetliga mallar är att underlätta spridningen av resultat. Slutrapporten ska göras i bifogad mall.',
      '2(9) Projektnamn: Brobygget Sammanfattning Beskriv kortfattat förstudien: Syftet med förstudien har varit att fyra kommuner kartlagt behoven av stöd för unga vuxna med psykisk ohälsa.',
    ],
    'slutrapport',
  ],
  [
    "a funder's template filled in: the project's name in its field, the rest a pre-study's summary",
    [
      '1 1(11) Mall för slutrapport förprojektering Syftet med enhetliga mallar för slutrapportering är att underlätta spridningen av resultat. Slutrapporten ska göras i bifogad mall.',
      '2 2(11) Slutrapport förprojektering Projektnamn: Exempelvägen Projektnummer (fylls i av projektansvarig): Sammanfattning (max 2 A4-sidor) Beskriv kortfattat projektidén: Förstudien har kartlagt behoven hos unga vuxna i tre kommuner.',
    ],
    'slutrapport',
  ],
  [
    'a final evaluation that sums up its reports on the way',
    ['Slututvärdering av projektet Exempelvägen – en sammanfattning av delrapporterna', 'Projektet pågick 2019–2022 och nådde 120 deltagare.'],
    'slutrapport',
  ],
  [
    'an evaluation of "ett … projekt": the indefinite article names one project',
    [
      'UTVÄRDERING AV BROBYGGET Ett arbetsinriktat samverkansprojekt Anna Exempel Handledare: Bo Exempel Exempelhögskolan, 2015',
      'FÖRORD Exempelby kommun genomförde under två år ett projekt för långtidssjukskrivna. Denna rapport är resultatet av utvärderingen.',
    ],
    'slutrapport',
  ],
  [
    'an evaluation cover that names its insats after a subtitle',
    [
      '1 Utvärdering av sociala insatser Samhällsekonomisk utvärdering Genomförd inom ramen för en kurs i utvärderingsmetodik vid Exempelinstitutet Insats Nästa Steg Exempelkonsult AB',
      '2 Innehåll Sammanfattning 3 Inledning 5 Målgrupp 5 Ekonomisk analys 9 Slutsatser 14',
    ],
    'slutrapport',
  ],
  [
    "an evaluation with no title word: the project carried out in years gone by, its funder, the report as the evaluation's result",
    [
      'Vägen vidare i Exempelby',
      'FÖRORD Exempelby stadsdelsförvaltning genomförde under 2018 och 2019 ett rehabiliteringsprojekt finansierat av Svenska ESF-rådet. Denna rapport är resultatet av den utvärdering som Exempelhögskolan utförde.',
      'Syftet med projektet var att långtidssjukskrivna skulle komma tillbaka till arbete.',
    ],
    'slutrapport',
  ],
  [
    'a summary that tells the project as over and whether its aims were met, its leader and funder',
    [
      'Nästa Steg – sammanfattande bedömning',
      'Nästa Steg har varit ett projekt med två syften: att fler unga ska börja arbeta och att kommunens arbetssätt ska förändras. Det första syftet har uppnåtts. Det andra syftet har inte uppnåtts.',
      'Projektledare: Anna Exempel. Nästa Steg finansierades av Samordningsförbundet Exempeldalen.',
    ],
    'slutrapport',
  ],
];

const NEGATIVE: Case[] = [
  // An insats's own report of its year or its tertial to the förbund that funds it: not the förbund's annual or interim report.
  [
    "a project's årsrapport, the project named under the title",
    ['Årsrapport 2021', 'Projekt Steget vidare', 'Samordningsförbundet Exempelbygden', 'Under året har projektet haft 64 deltagare.'],
    'unknown',
  ],
  [
    "a project's årsrapport, the project named over the title",
    ['Projekt Steget vidare', 'Årsrapport 2021', 'Samordningsförbundet Exempelbygden', 'Under året har projektet haft 64 deltagare.'],
    'unknown',
  ],
  [
    "a project's årsrapport, named in the title",
    ['Årsrapport 2021 för FIA-projektet', 'Samordningsförbundet Exempelbygden', 'Arbetet har följt planen.'],
    'unknown',
  ],
  [
    "a project's årsrapport on a form, its labels on the cover",
    [
      'Årsrapport 2021\nSamordningsförbundet Exempelbygden\nProjektnamn: Steget vidare\nProjektperiod: 2020-01-01 – 2022-12-31\nUnder året har projektet haft 64 deltagare.',
    ],
    'unknown',
  ],
  [
    "an insats's tertialrapport",
    ['Tertialrapport 2 2021', 'Insats Trampolinen', 'Samordningsförbundet Exempelbygden', 'Under tertialet har insatsen haft 24 deltagare.'],
    'unknown',
  ],
  // An evaluation of a whole förbund, by a compound or of a name never called a project; a mid-term one.
  [
    'a process evaluation of a whole förbund',
    ['Processutvärdering av Samordningsförbundet Exempelbygden', 'Utvärderingen omfattar förbundets samtliga insatser 2015–2018.'],
    'unknown',
  ],
  [
    'an evaluation of a name the opening never calls a project',
    ['Utvärdering av Finsam i Exempel län', 'Utvärderingen omfattar förbundets samtliga insatser och styrelsens arbete 2015–2018.'],
    'unknown',
  ],
  ['a mid-term evaluation of a project', ['Halvtidsutvärdering av projektet Exempelvägen', 'Projektet pågår till 2021.'], 'unknown'],
  [
    "an evaluation's report on the way: its cover's next line says so",
    [
      'ETT EXEMPELPERSPEKTIV',
      'Lärande utvärdering av Projekt Exempelvägen',
      'Delrapport 2',
      'Anna Exempel – Exempelbyrån Mars 2015',
      'INNEHÅLL 1. BAKGRUND 2. PROJEKTPROCESSEN',
    ],
    'unknown',
  ],
  ["…or its title's", ['Utvärdering av projektet Exempelsteget – lägesrapport', 'Projektet startade 2019 och pågår till 2022.'], 'unknown'],
  [
    'the same page, its title run into its first sentence',
    [
      'Utvärdering av Exempelmottagningen Mellersta Exempel Vid start av insatsen Exempelmottagningen i mellersta Exempel hösten 2018 var målgruppen barn och unga vuxna som missbrukar alkohol. Slutrapporten finns publicerad här sedan tidigare, och bifogat finns även en utvärdering av insatsen.',
    ],
    'unknown',
  ],
  [
    "a förbund's page on an evaluation: it tells of the insats, not of evaluating it",
    [
      'Utvärdering av Exempelmottagningen Mellersta Exempel',
      'Vid start av insatsen Exempelmottagningen hösten 2018 var målgruppen barn och unga vuxna.',
      'Slutrapporten finns publicerad här sedan tidigare, och bifogat finns även en utvärdering av insatsen.',
    ],
    'unknown',
  ],
  // A headline or a sentence about the report, and a page of many reports: none of them the report.
  [
    'news that the annual report is done, with nothing of the year in it',
    [
      'Årsredovisning 2019 är klar',
      'Publicerad 2020-03-20',
      'Styrelsen för Samordningsförbundet Exempelbygden har godkänt årsredovisningen för 2019. Den skickas nu till medlemmarna för beslut om ansvarsfrihet.',
    ],
    'unknown',
  ],
  [
    "a kommun's decision on ansvarsfrihet that only speaks of the report",
    [
      'Beslut om ansvarsfrihet för styrelsen i Samordningsförbundet Exempelbygden för 2019',
      'Kommunfullmäktige beviljar styrelsen ansvarsfrihet för verksamhetsåret 2019. Årsredovisningen har tidigare delgivits fullmäktige.',
    ],
    'unknown',
  ],
  [
    "a förbund's page of many final reports",
    [
      'Slutrapporter',
      'Här hittar du slutrapporter från avslutade insatser som Samordningsförbundet Exempelbygden har finansierat.',
      'Projekt Vägen (2019)',
      'Projekt Bron (2018)',
    ],
    'unknown',
  ],
  [
    "a kommun's news item on a project it ran: one kind of evidence is not a report",
    ['Kommunen satsar på unga', 'Kommunen bedrev under 2021 ett projekt för unga vuxna och vill nu göra arbetssättet permanent. Läs mer på vår webbplats.'],
    'unknown',
  ],
  [
    "a funder's blank template: its prompts name results and the project's name, nothing is told",
    [
      'Mall för slutrapport förstudie Syftet med enhetliga mallar är att underlätta spridningen av resultat.',
      'Projektnamn: Sammanfattning Beskriv projektets resultat och erfarenheter. Vad har ni lärt er? Projektledare:',
    ],
    'unknown',
  ],
  [
    "the same funder's blank template, its name field followed by the next field",
    [
      '1 1(11) Mall för slutrapport förprojektering Syftet med enhetliga mallar för slutrapportering är att underlätta spridningen av resultat. Slutrapporten ska göras i bifogad mall.',
      '2 2(11) Slutrapport förprojektering Projektnamn: Projektnummer (fylls i av projektansvarig): Sammanfattning (max 2 A4-sidor) Beskriv kortfattat projektidén och de framsteg som gjordes i förprojekteringen.',
    ],
    'unknown',
  ],
  [
    "a consultancy's page on an evaluation it is doing: the evaluation spoken of in a sentence",
    [
      'Exempelkonsult genomför en lärande utvärdering av projektet Nästa Steg på uppdrag av Exempelby kommun',
      'Projektet pågår till hösten 2026. Kontakta oss för mer information.',
    ],
    'unknown',
  ],
  [
    'an evaluation of several projects named by a plural compound',
    ['Utvärdering av de arbetsinriktade samverkansprojekten Alfa, Beta och Gamma', 'Rapporten samlar tre utvärderingar med gemensam inledning.'],
    'unknown',
  ],
  [
    "a förbund's page on its insatser: funded with its support, participants who took part, one project's effect",
    [
      'Våra insatser',
      'Samordningsförbundet finansierar insatser med stöd av sina fyra medlemmar. Insatserna drivs med medel från samordningsförbundet.',
      'Många deltagare som har deltagit i våra insatser har gått vidare till arbete. Projektet Steget har lett till nya arbetssätt.',
    ],
    'unknown',
  ],
  [
    'a news item on a project that ended: two kinds of evidence are not a report',
    ['Nyhet: Kliv avslutas', 'Projektet Kliv avslutades vid årsskiftet. Personer som varit inskrivna erbjuds fortsatt stöd av kommunen.'],
    'unknown',
  ],
  [
    'an evaluation plan for one project: a plan, whatever it plans',
    [
      '1 Exempelforskning AB Utvärderingsplan Rapporttitel Kontinuerlig utvärdering av projekt Partnerskap Exempelbanan',
      '2 UTVÄRDERINGSPLAN för kontinuerlig utvärdering av projekt Partnerskap Exempelbanan. 1. Bakgrund I partnerskapet ingår tolv kommuner och fyra regioner.',
    ],
    'unknown',
  ],
  [
    'a handlingsplan for a project',
    ['Handlingsplan för projektet Steget vidare 2020–2022', 'Projektet ska under 2021 starta tre grupper och följa upp deltagarna.'],
    'unknown',
  ],
  [
    'an evaluation of a kind of projects, not of one',
    ['Flyktingguider och familjekontakter. En utvärdering av 37a-projekt', 'Rapporten beskriver hur ett trettiotal projekt i landet arbetat.'],
    'unknown',
  ],
  [
    'a news item titled with a report word',
    ['Delårsrapport', 'Protokollet från styrelsemötet 200826 är nu justerat och utlagt på digitala anslagstavlan.', 'En delårsrapport fastställdes också.'],
    'unknown',
  ],
  [
    'news of a board meeting that approved the annual report',
    [
      'Styrelsesammanträdet 22 mars 2023',
      'Vid förbundets andra styrelsemöte 2023 hade styrelsen en lägesrapport från verksamheten och tre stora beslutsärenden.',
      'Årsredovisningen för 2022 godkändes',
      'Kostnader på 10,3 m.kr',
    ],
    'unknown',
  ],
  ['a budget', ['Samordningsförbundet Göteborg Centrum Budget 2010 med plan för år', 'Förvaltningsberättelse', 'Resultaträkning'], 'unknown'],
  [
    "an auditors' report on the annual report",
    [
      '1 2 3 Revisionsrapport Genomförd på uppdrag av revisorerna April 2011 Samordningsförbundet Botkyrka Granskning av årsredovisning',
      '26 Innehåll Missivskrivelse Inledning Granskning av årsredovisningen Resultaträkning Resultat Balansräkning',
    ],
    'unknown',
  ],
  [
    "a kommun's protokoll that only speaks of the annual report",
    [
      '1 SAMMANTRÄDESPROTOKOLL Kommunstyrelsen 27 (29) Ks 23. Årsredovisning, revisionsberättelse och ansvarsfrihet för Samordningsförbundet i Kalmar län 2014',
      'Samordningsförbundet i Kalmar län redovisar i skrivelse 23 mars 2015 årsredovisning och revisionsberättelse.',
    ],
    'unknown',
  ],
  [
    'an evaluation of a whole förbund',
    [
      '1 Utvärdering av sociala investeringar Utvärdering Finsam Lund Rapport Anders Exempel Östersund, payoff kunskapens väg 6',
      '2 Innehållsförteckning Rapport... 1 Sammanfattning... 4 Inledning... 6',
    ],
    'unknown',
  ],
  [
    "docplayer's list of other documents after an opening that is none",
    [
      '1 januari 2015 31 augusti 2015',
      'Relevanta dokument Årsredovisning för 2014 Förvaltningsberättelse avseende 2010 års verksamhet Resultaträkning Balansräkning',
    ],
    'unknown',
  ],
  [
    "a kommun's ärende on another body's annual report: it decides on the report, the report does not follow",
    [
      '1 Ärende nr 25 Årsredovisning 2014 för regionförbundet Exempelbygden 1',
      '2 Exempelby kommun Kommunstyrelsens arbetsutskott SAMMANTRÄDESPROTOKOLL Årsredovisning 2014 för regionförbundet Exempelbygden Kommunstyrelsen föreslår kommunfullmäktige besluta att godkänna årsredovisningen. Beslutsunderlag Årsredovisning 2014 för regionförbundet Exempelbygden Justerare Utdragsbestyrkande',
    ],
    'unknown',
  ],
  [
    "a förbund's page of finished projects, one of them linking its final report",
    [
      'Avslutade projekt',
      'Nedan projekt är avslutade. Kontakta kansliet om du vill ta del av rapporterna.',
      'Slutrapport: SOCIAL HÄNSYN I UPPHANDLING - SLUTRAPPORT.docx',
      'VÄXA bedrevs som ett metodutvecklingsprojekt under två år för personer långt från arbetsmarknaden.',
    ],
    'unknown',
  ],
  [
    'a news item on a project that has ended',
    [
      'Nyheter 2019-05-02',
      'Projektet Exempelsteget avslutades i december. Projektledaren berättar om vad som fungerade och vad som kan bli bättre, och förbundets styrelse beslutar i juni om en fortsättning.',
    ],
    'unknown',
  ],
];

describe('kinds', () => {
  it.each([...ANNUAL, ...ANNUAL_WITH_PROJECTS, ...INTERIM, ...FINAL, ...NEGATIVE])('%s', async (_name, paragraphs, kind) => {
    expect(classifyDocument(await transcriptStructure(paragraphs)).kind).toBe(kind);
  });

  it('a paper that carries a report names itself in wrappedIn: its kind as written and the ärende', async () => {
    const classification = classifyDocument(await transcriptStructure(ANNUAL[6]?.[1] ?? []));
    expect(classification.wrappedIn).toMatchObject({
      kind: 'beslutsunderlag',
      title: 'Årsredovisning och revisionsberättelse 2014 Nedansiljans samordningsförbund',
    });
  });

  it("ends the ärende at the förbund's name, not at the decision paper's next line", async () => {
    const classification = classifyDocument(
      await transcriptStructure([
        'ÅBY KOMMUN\nProtokollsutdrag\nKommunfullmäktige 2020-04-20\n§ 45 Årsredovisning 2019 för Samordningsförbundet Exempelbygd\nBeslut: Kommunfullmäktige beviljar styrelsen ansvarsfrihet för 2019.',
        'Årsredovisning 2019\nSamordningsförbundet Exempelbygd',
        'Förvaltningsberättelse Samordningsförbundet Exempelbygd bildades 2007 av Försäkringskassan, Arbetsförmedlingen, Region Exempel och Åby kommun.',
        'Resultaträkning Balansräkning Noter',
      ]),
    );
    expect(classification).toMatchObject({
      kind: 'arsredovisning',
      wrappedIn: { kind: 'protokollsutdrag', title: 'Årsredovisning 2019 för Samordningsförbundet Exempelbygd' },
    });
  });
});

describe('an interim report through the pipeline', () => {
  it("is a delarsrapport result of schema version 2: the annual report's record with a period, wrappedIn null", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rapportkoll-kinds-'));
    try {
      const path = join(dir, 'delarsrapport.docx');
      const body = [
        'Delårsrapport 2021',
        'Samordningsförbundet Exempel',
        'Förvaltningsberättelse',
        'Rapporten avser perioden januari–augusti 2021.',
        'Resultaträkning',
        'Balansräkning',
      ].map((text) => p(text));
      await writeFile(path, await buildDocx({ body }));
      const result = DocumentResult.parse(await processFile(path, PipelineConfig.parse({})));
      expect(result).toMatchObject({ schemaVersion: SCHEMA_VERSION, status: 'ok', kind: 'delarsrapport', wrappedIn: null });
      expect(SCHEMA_VERSION).toBe(2);
      expect(result.record).toMatchObject({ organisation: 'Samordningsförbundet Exempel', period: { start: '2021-01-01', end: '2021-08-31' } });
      expect(result.record).not.toHaveProperty('year');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
