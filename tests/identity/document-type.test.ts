/**
 * What a document is, told from its opening's structure and vocabulary rather than one template's
 * wording: a decision paper, protokoll or bilaga followed by the report's own cover and contents
 * carries that report; a report's name inside a sentence, a guide on how to write one and the act
 * of reporting are no report; a document that says what it is in a sentence about itself is that
 * kind; a project's plan and its reports on the way are no final report. Made-up förbund and people; the shapes are those of the real corpus
 * (fixtures/corpus/dev).
 */
import { describe, expect, it } from 'vitest';
import { classifyDocument } from '../../extractors/classify.js';
import { BODY, H1, pdfStructure, transcriptStructure } from '../structure/support/documents.js';

type Case = [name: string, paragraphs: string[], kind: string, wrapper: string | null];

const CARRIED: Case[] = [
  [
    "a tjänsteskrivelse followed, pages later, by the förbund's verksamhetsberättelse whose board says what it gives",
    [
      '1 Kommunledningsförvaltningen Tjänsteskrivelse Datum Ks/2021: Årsredovisning 2019 för Samordningsförbundet Exempeldalen Sammanfattning Årsredovisningen har överlämnats till medlemskommunerna. Förslag till beslut Kommunfullmäktige lägger årsredovisningen för 2020 till handlingarna.',
      '2',
      '3',
      '4 Samordningsförbundet Exempeldalen Org.nr avger Verksamhetsberättelse avseende 2020 års verksamhet Tillsammans blir vi starkare än var för sig, och det arbetet pågår varje dag i alla våra verksamheter och hos alla våra parter. Postadress: Besöksadress: Kontaktuppgifter: Organisationsnr: Plusgiro: Storgatan 1, Tel: E-post: EXEMPELSTAD Internet:',
      '5 Sid 2(30) Innehållsförteckning Sammanfattning... 3 Bakgrund... 4',
    ],
    'arsredovisning',
    'tjänsteskrivelse',
  ],
  [
    "a beslutsförslag followed by the annual report's cover and contents",
    [
      'E3 BESLUTSFÖRSLAG Årsredovisning 2019 för Exempelbygdens samordningsförbund Kommunstyrelsen föreslår Kommunfullmäktige besluta: Kommunfullmäktige beviljar för sin del styrelsen ansvarsfrihet för verksamhetsåret 2019.',
      '2 Dnr 2020/KS0042 Kommunfullmäktige Förbundsstyrelsen har fastställt årsredovisningen och revisorerna har tillstyrkt att ledamöterna beviljas ansvarsfrihet.',
      '3 EXEMPELBYGDENS SAMORDNINGSFÖRBUND i samverkan med kommunerna ÅRSREDOVISNING FÖR EXEMPELBYGDENS SAMORDNINGSFÖRBUND Innehåll: Inledning och ändamål... 2 Årets verksamheter... 2 Ekonomi... 6',
    ],
    'arsredovisning',
    'beslutsförslag',
  ],
  [
    'a sammanträdesprotokoll with the annual report after it',
    [
      'SAMMANTRÄDESPROTOKOLL Kommunstyrelsen Sammanträdesdatum 2019-04-02 § 47 Årsredovisning 2018 för Samordningsförbundet Exempeldalen Kommunstyrelsen föreslår fullmäktige att bevilja styrelsen ansvarsfrihet.',
      'Årsredovisning 2018 Samordningsförbundet Exempeldalen Innehållsförteckning Förvaltningsberättelse 3 Verksamhet 5 Resultaträkning 9 Balansräkning 10',
    ],
    'arsredovisning',
    'sammanträdesprotokoll',
  ],
  [
    "a kommun's bilaga whose pages are the annual report",
    [
      'Bilaga 3, kommunfullmäktige 10 juni 2020',
      '(1) 2019 ÅRSREDOVISNING',
      '(2) Samordningsförbundet Exempelbygd län Kungsgatan 4, 123 45 Exempelstad',
      '(3) Årsredovisning 2019 Samordningsförbundet Exempelbygd län lämnar årsredovisning för perioden 2019-01-01 till 2019-12-31 Innehållsförteckning Förvaltningsberättelse 4 Ordföranden har ordet 4',
    ],
    'arsredovisning',
    'bilaga',
  ],
  [
    "a förbund's letter on ansvarsfrihet, printed as a landsting's bilaga, listing the annual report among its attachments",
    [
      'Bilaga 12 b 2020-05-10 1 (1) Regionfullmäktige Exempelland Kommunfullmäktige i Exempelby Försäkringskassan Arbetsförmedlingen Ansvarsfrihet för styrelsen i Samordningsförbundet Exempeldalen Samordningsförbundets revisorer har granskat förbundets verksamhet och årsredovisning för 2019. Medlemmarna ska ta ställning till om styrelsen beviljas ansvarsfrihet för verksamhetsåret 2019. Bilagor: - Revisionsberättelse 2019 - Granskning av årsbokslut och årsredovisning 2019 - Årsredovisning 2019 Hälsningar Karin Exempel Sekreterare Samordningsförbundet Exempeldalen',
    ],
    'arsredovisning',
    'bilaga',
  ],
  [
    "a tjänsteskrivelse whose attachments, comma by comma, hold the förbund's interim report",
    [
      'Tjänsteskrivelse 2021-09-14 Delårsrapport för Samordningsförbundet Exempeldalen',
      'Förbundet har lämnat sin rapport för årets första halvår till medlemmarna. Bifogade handlingar: Protokollsutdrag från förbundsstyrelsen, Delårsrapport januari–juni 2021',
    ],
    'delarsrapport',
    'tjänsteskrivelse',
  ],
  [
    "an agenda item's cover sheet titled by the auditors' report, its papers listed, then the förbund's Årsberättelse and its first numbered part",
    [
      '1 Revisionsberättelse med bokslut för Samordningsförbundet Exempeldalen Handlingar i ärendet: Regionstyrelsens skrivelse till regionfullmäktige Revisionsberättelse för Samordningsförbundet Exempeldalen',
      '2 1(1) RS2020/112 Regionfullmäktige Revisionsberättelse för Samordningsförbundet Exempeldalen Bakgrund Samordningsförbundet är bildat av Regionen, Exempelby kommun, Försäkringskassan och Arbetsförmedlingen enligt lag 2003:1210 om finansiell samordning inom rehabiliteringsområdet. Förslag till beslut Regionstyrelsen föreslår regionfullmäktige besluta att bevilja styrelsen ansvarsfrihet för verksamhetsåret. REGIONSTYRELSEN Karin Exempel Ordförande',
      '3 Årsberättelse med bokslut för Samordningsförbundet Exempeldalen verksamhetsåret 2019 Vår vision: ARBETE FÖR ALLA 1 (12) Årsberättelse 2019',
      '4 1. Sammanfattning Målgruppen för den finansiella samordningen är personer i förvärvsaktiv ålder.',
    ],
    'arsredovisning',
    'handlingar i ärendet',
  ],
];

const NOT_CARRIED: Case[] = [
  [
    "an agenda item's cover sheet on the auditors' report whose papers are the auditors' and the kommun's only",
    [
      '1 Revisionsberättelse för Samordningsförbundet Exempeldalen Handlingar i ärendet: Kommunstyrelsens skrivelse till kommunfullmäktige Revisionsberättelse 2019',
      '2 Kommunstyrelsen föreslår kommunfullmäktige att bevilja styrelsen för Samordningsförbundet Exempeldalen ansvarsfrihet för verksamhetsåret 2019. Revisorerna har granskat förbundets verksamhet och tillstyrker att styrelsens ledamöter beviljas ansvarsfrihet. KOMMUNSTYRELSEN Karin Exempel Ordförande',
    ],
    'unknown',
    null,
  ],
  [
    "a paper headed by the förbund's annual report whose own first part is numbered",
    [
      'Tjänsteskrivelse Årsredovisning 2019 för Samordningsförbundet Exempeldalen 1. Sammanfattning Förbundet har lämnat sin årsredovisning till medlemmarna. 2. Förslag till beslut Kommunfullmäktige beviljar styrelsen ansvarsfrihet.',
    ],
    'unknown',
    null,
  ],
  [
    "a protokoll whose attachments are the auditors' papers, not the report",
    [
      'Protokollsutdrag Kommunstyrelsen § 31 Ansvarsfrihet för Samordningsförbundet Exempeldalen 2019',
      'Kommunstyrelsen föreslår fullmäktige att bevilja styrelsen ansvarsfrihet. Bilagor: Revisionsberättelse 2019, Granskningsrapport från revisorerna',
    ],
    'unknown',
    null,
  ],
  [
    "a kommun's protokoll sending its own annual report to fullmäktige, no financial coordination spoken of",
    [
      'Protokollsutdrag Kommunstyrelsen § 45 Årsredovisning 2019 för Exempelby kommun',
      'Kommunstyrelsen föreslår fullmäktige att godkänna årsredovisningen. Bilagor: - Årsredovisning 2019 - Revisorernas granskning',
    ],
    'unknown',
    null,
  ],
  [
    'a protokoll that speaks of the annual report and its parts in sentences',
    [
      'SAMMANTRÄDESPROTOKOLL Kommunstyrelsen § 12 Ansvarsfrihet för Samordningsförbundet Exempeldalen 2018',
      'Samordningsförbundet Exempeldalen har lämnat årsredovisningen för 2018. Årsredovisningen innehåller förvaltningsberättelse, resultaträkning och balansräkning.',
    ],
    'unknown',
    null,
  ],
];

const NO_REPORT: Case[] = [
  [
    "a räddningstjänstförbund's annual report: 'förbundet' and its member kommuner, no financial coordination",
    [
      'Årsredovisning 2019',
      'Räddningstjänsten Exempelälv',
      'Förvaltningsberättelse Förbundet har under året genomfört 412 räddningsinsatser i medlemskommunerna och 30 tillsyner enligt lagen om skydd mot olyckor.',
    ],
    'unknown',
    null,
  ],
  [
    "a company's annual report",
    [
      'Årsredovisning 2008',
      'Exempel Trafik AB (publ)',
      'Innehåll Vd har ordet 2 Förvaltningsberättelse 4 Resultaträkning 8 Balansräkning 9',
      'Styrelsen och verkställande direktören för Exempel Trafik AB avger härmed årsredovisning för räkenskapsåret 2008.',
    ],
    'unknown',
    null,
  ],
  [
    "a förening's verksamhetsberättelse and annual report",
    [
      'Verksamhetsberättelse och årsredovisning 2016',
      'Föreningen Exempelhjälpen är en ideell förening för anhöriga. Föreningen har under året haft 1 200 medlemmar i 14 lokalföreningar.',
    ],
    'unknown',
    null,
  ],
  [
    "a kommun's own annual report: its cover and contents, no förbund named",
    [
      '(1)',
      'Årsredovisning 2021',
      'Exempelby kommun',
      '(2)',
      'Innehåll',
      'Kommunstyrelsens ordförande ...5',
      'Förvaltningsberättelse ...7',
      'Bolag och kommunalförbund ... 11',
      'Resultat och balansräkning kommunen och koncernen ...64',
    ],
    'unknown',
    null,
  ],
  [
    "a region's own annual report",
    ['Region Exempelland Årsredovisning 2019', 'Innehåll Regiondirektören har ordet 3 Förvaltningsberättelse 5 Resultaträkning 40 Balansräkning 41'],
    'unknown',
    null,
  ],
  [
    'a final report spoken of in a sentence as the one to come',
    ['Projektet pågår till december. Den slutliga rapporten lämnas till styrelsen i mars och publiceras därefter på webbplatsen.'],
    'unknown',
    null,
  ],
  [
    'a report word inside a sentence of running text',
    [
      'Samordningsförbunden i länet bedriver verksamhet enligt lagen om finansiell samordning av rehabiliteringsinsatser. Under 2019 bedrev tolv samordningsförbund verksamhet i länet och samtliga har lämnat årsredovisning med revisionsberättelse för verksamhetsåret.',
      'Regionfullmäktige beviljar samtliga samordningsförbund ansvarsfrihet för 2019.',
    ],
    'unknown',
    null,
  ],
  [
    'a guide on how to write a final report',
    [
      'Struktur för slutrapport',
      'Slutrapporten ska ha fokus på projektets måluppfyllelse, analys och lärdomar genom svar på frågorna nedan.',
      '1. Kort sammanfattning av projektets verksamhet',
      '2. I vilken utsträckning har projektets mål uppnåtts?',
    ],
    'unknown',
    null,
  ],
  [
    'a template for an annual report',
    ['Mall för årsredovisning', 'Förvaltningsberättelse', 'Här beskrivs förbundets verksamhet under året.', 'Resultaträkning', 'Balansräkning'],
    'unknown',
    null,
  ],
  [
    'the act of reporting, not a report',
    [
      'Slutrapportering av projektmedel',
      'Tidsplan',
      'En slutrapport om projektet ska lämnas senast två månader efter att projektet avslutats. Till slutrapporteringen hör ekonomiska underlag och en sammanfattning av projektets resultat.',
    ],
    'unknown',
    null,
  ],
];

/**
 * Another body's own annual or interim report: its cover names it after the title, and its running text
 * may well speak of Arbetsförmedlingen, Försäkringskassan or a förbund it works beside.
 */
const ANOTHER_BODYS_REPORT: Case[] = [
  [
    "a kommun's annual report whose foreword speaks of Arbetsförmedlingen",
    [
      'Årsredovisning 2019',
      'Exempelby kommun',
      'Kommunstyrelsens ordförande har ordet',
      'Året har präglats av en stark arbetsmarknad. Arbetslösheten minskade och samarbetet med Arbetsförmedlingen har utvecklats under året.',
    ],
    'unknown',
    null,
  ],
  [
    "a region's interim report whose opening speaks of Försäkringskassan",
    [
      'Delårsrapport januari–augusti 2021',
      'Region Exempel',
      'Vårdens tillgänglighet har förbättrats. Regionen samarbetar med Försäkringskassan kring sjukskrivningsprocessen.',
    ],
    'unknown',
    null,
  ],
  [
    "a company's annual report, its name in the title",
    [
      'Årsredovisning 2020 för Exempelby Bostäder AB',
      'Styrelsen och verkställande direktören avger härmed följande årsredovisning. Bolaget samarbetar med kommunen och Arbetsförmedlingen kring praktikplatser.',
    ],
    'unknown',
    null,
  ],
  [
    "a förening's verksamhetsberättelse that names the förbund it works beside",
    [
      'Verksamhetsberättelse 2019',
      'Exempelby Brukarförening',
      'Föreningen har under året samverkat med Samordningsförbundet Exempelbygd kring insatsen Stegvis.',
    ],
    'unknown',
    null,
  ],
  [
    "another kommunalförbund's annual report run into one paragraph",
    ['Årsredovisning 2018 Exempelbygdens Kommunalförbund Förbundet har under året samverkat med Arbetsförmedlingen kring feriearbeten för unga.'],
    'unknown',
    null,
  ],
  // A förbund's own cover names the förbund, or its members with the state's two among them.
  [
    "a förbund's annual report whose cover lists its members",
    [
      'Årsredovisning 2019',
      'Exempelby kommun, Region Exempel, Försäkringskassan och Arbetsförmedlingen i samverkan',
      'Förvaltningsberättelse',
      'Förbundet har under året finansierat sex insatser för personer i behov av samordnad rehabilitering.',
    ],
    'arsredovisning',
    null,
  ],
  [
    "a förbund's annual report with its name above the title and a member kommun under it",
    ['Samordningsförbundet Exempelbygd', 'Årsredovisning 2019', 'Exempelby kommun', 'Förvaltningsberättelse'],
    'arsredovisning',
    null,
  ],
  [
    "a förbund's annual report whose running text, after the cover, names a kommun",
    [
      'Årsredovisning 2019',
      'Förvaltningsberättelse',
      'Verksamheten bedrivs i Exempelby kommun tillsammans med Region Exempel, Försäkringskassan och Arbetsförmedlingen. Samordningsförbundet Exempelbygd har funnits sedan 2008.',
    ],
    'arsredovisning',
    null,
  ],
  [
    "a förbund's annual report whose cover lists its members as bodies and the state, naming neither agency",
    [
      'Årsredovisning 2019',
      'Exempelby kommun, Region Exempel och staten i samverkan',
      'Förvaltningsberättelse',
      'Förbundet finansierar insatser med Arbetsförmedlingen.',
    ],
    'arsredovisning',
    null,
  ],
  [
    "a förbund's annual report whose cover credits its printer",
    [
      'Årsredovisning 2014',
      'Grafisk produktion: Exempeltryck AB',
      'Förvaltningsberättelse för räkenskapsåret 2014. Samordningsförbundet Exempelbygd har under året …',
    ],
    'arsredovisning',
    null,
  ],
  [
    'the same, its cover run into one paragraph',
    ['Årsredovisning 2014 Grafisk produktion: Exempeltryck AB Innehåll 1. Bakgrund 3 Förvaltningsberättelse Samordningsförbundet Exempelbygd'],
    'arsredovisning',
    null,
  ],
  ['a förbund named "kommun" on its cover', ['Årsredovisning 2019', 'Samordningsförbundet Exempelby kommun', 'Förvaltningsberättelse'], 'arsredovisning', null],
];

/** Papers about a report: a meeting's agenda, a nämnd's statement on it, the material that goes into it. */
const ABOUT_A_REPORT: Case[] = [
  [
    "a board meeting's föredragningslista with the annual report among its items",
    ['Föredragningslista', 'Samordningsförbundet Exempelbygd', 'Årsredovisning 2019 för beslut. Delårsrapport januari–augusti för kännedom.'],
    'unknown',
    null,
  ],
  [
    "a nämnd's yttrande on a förbund's annual report",
    [
      'Yttrande över Samordningsförbundet Exempelbygds årsredovisning 2019',
      'Socialnämnden',
      'Socialnämnden har tagit del av årsredovisningen och har inget att invända.',
    ],
    'unknown',
    null,
  ],
  [
    "the insatser's material for the annual report",
    ['Underlag till årsredovisning 2019', 'Samordningsförbundet Exempelbygd', 'Insatsernas underlag ska lämnas senast 15 januari.'],
    'unknown',
    null,
  ],
  [
    'an agenda with the annual report after it',
    [
      'Dagordning Förbundsstyrelsen 2019-03-20 § 5 Årsredovisning 2018',
      'Årsredovisning 2018 Samordningsförbundet Exempeldalen Innehållsförteckning Förvaltningsberättelse 3 Verksamhet 5 Resultaträkning 9 Balansräkning 10',
    ],
    'arsredovisning',
    'dagordning',
  ],
];

/** A report by another of its names: a final report's "avslutningsrapport", an interim report's "uppföljning" or "halvårsredovisning". */
const OTHER_NAMES: Case[] = [
  [
    'an avslutningsrapport',
    ['Avslutningsrapport', 'Projekt Vägen Vidare', 'Samordningsförbundet Exempelbygd', 'Projektet pågick 2017-01-01 – 2019-12-31 och hade 84 deltagare.'],
    'slutrapport',
    null,
  ],
  [
    "a förbund's delårsuppföljning",
    [
      'Delårsuppföljning januari–augusti 2019',
      'Samordningsförbundet Exempelbygd',
      'Förbundet har under perioden finansierat sex insatser med totalt 140 deltagare.',
    ],
    'delarsrapport',
    null,
  ],
  [
    "a förbund's tertialuppföljning",
    ['Tertialuppföljning 2 2019', 'Samordningsförbundet Exempelbygd', 'Förbundet har under perioden finansierat sex insatser.'],
    'delarsrapport',
    null,
  ],
  [
    "a förbund's halvårsredovisning",
    ['Halvårsredovisning 2019', 'Samordningsförbundet Exempelbygd', 'Redovisningen omfattar perioden januari–juni 2019.'],
    'delarsrapport',
    null,
  ],
  [
    "a region's tertialuppföljning",
    ['Tertialuppföljning 2 2019', 'Region Exempel', 'Regionen samarbetar med Försäkringskassan kring sjukskrivningsprocessen.'],
    'unknown',
    null,
  ],
];

/** An interim report dated by the day it runs to: the day and month lead to its year. */
const DATED_BY_ITS_LAST_DAY: Case[] = [
  [
    'a delårsbokslut "per den 31 augusti"',
    ['Delårsbokslut per den 31 augusti 2020', 'Samordningsförbundet Exempelbygden', 'Organisationsnummer 222000-6666'],
    'delarsrapport',
    null,
  ],
  [
    'a delårsrapport "för perioden 1 januari – 30 juni"',
    ['Delårsrapport för perioden 1 januari – 30 juni 2020', 'Samordningsförbundet Exempelbygden'],
    'delarsrapport',
    null,
  ],
  // Without a year the title still names no year.
  ['a delårsrapport "per den 31 augusti", no year', ['Delårsrapport per den 31 augusti', 'Samordningsförbundet Exempelbygden'], 'unknown', null],
];

const STILL_REPORTS: Case[] = [
  [
    "a förbund's annual report that names no förbund but speaks of 'förbundet' and samordnad rehabilitering",
    ['Årsredovisning 2019', 'Förbundet har under året finansierat elva insatser för personer som behöver samordnad rehabilitering.'],
    'arsredovisning',
    null,
  ],
  [
    "a university's evaluation of one project, 'En utvärderande studie av ett projekt'",
    ['EXEMPELSPÅRET Vägledning', '- En utvärderande studie av ett projekt om coachning av arbetslösa', 'Högskolan i Exempelstad Rapport nr 2009:3'],
    'slutrapport',
    null,
  ],
  [
    "a förbund's annual report whose cover names a member kommun beside its title",
    [
      'Årsredovisning 2019 Exempelby kommun Exempeldal kommun',
      'Samordningsförbundet Exempeldalen',
      'Innehåll Förvaltningsberättelse 3 Resultaträkning 9 Balansräkning 10',
    ],
    'arsredovisning',
    null,
  ],
  [
    "an annual report labelled as an agenda's appendix: 'Bilaga 3 –' before its own title",
    [
      'P 4 – Bilaga 3 – Exempelby Årsredovisning 2019 Samordningsförbundet Exempeldalen Sida 1 av 20 Innehållsförteckning: 1 Förvaltningsberättelse ....... 3 2 Resultaträkning ....... 12',
    ],
    'arsredovisning',
    null,
  ],
  [
    "a partner's final account labelled as an appendix: 'Bilaga 1:' before its own title",
    [
      'Bilaga 1: Exempelföreningens slutredovisning av verksamhet inom projektet: Exempelvägen',
      'INNEHÅLLSFÖRTECKNING 1. Sammanfattning 3 2. Projektbeskrivning 4 3. Indikatorer 7',
      '1. SAMMANFATTNING I samband med projektets avslutande kan vi konstatera att vi idag har en starkare struktur för nya kooperativ. Projektet har medverkat till 30 nya företag.',
    ],
    'slutrapport',
    null,
  ],
  [
    "an evaluator's closing report on one EU project, 'Avslutande rapport' for 'slutrapport'",
    [
      '1 Avslutande rapport i den lärande utvärderingen av EU-projektet Exempelvägen i Exempelby Ett projekt med stärkta deltagare',
      '2 Förord Denna rapport skrevs i Exempelby i juni av utvärderaren.',
    ],
    'slutrapport',
    null,
  ],
  [
    "ESF's template for a pre-study's final report, filled in: its target groups and its working group told after the fact",
    [
      '1 1(8) Mall för slutrapport förprojektering Slutrapporten ska göras i bifogad mall. Under varje rubrik finns en kort text om vad avsnittet ska innehålla.',
      '2 2(8) Projektnamn: Exempelkraft Sammanfattning Beskriv kortfattat projektidén. Idén kommer från vår vardag med arbetsgivare och arbetssökande. Förprojekteringens målgrupper har varit unga vuxna och personer som står långt från arbetsmarknaden. Vi har bildat en arbetsgrupp som bestått av projektledaren och två medarbetare.',
    ],
    'slutrapport',
    null,
  ],
  [
    'a headline in which a report word follows a verb',
    [
      'Exempelteamet lämnar slutrapport',
      'Projekt Exempelteamet är ett Finsamprojekt som har genomförts i samverkan mellan Arbetsförmedlingen och kommunen under 2023. Projektet har kartlagt behovet hos långtidsarbetslösa.',
      'Läs slutrapporten här.',
    ],
    'slutrapport',
    null,
  ],
  [
    '"Preliminär slutrapport" after a capitalised word on a cover run into one paragraph',
    [
      '1 Samhällsekonomisk utvärdering Projekt Exempelcoach Samordningsförbundet Exempeldalen Preliminär slutrapport Utvärderare AB',
      '2 Innehåll Sammanfattning... 3 Inledning... 5',
    ],
    'slutrapport',
    null,
  ],
  [
    "a project's final report on a funder's form",
    [
      '1 Sid 1 (12) Projektnamn Exempelbygd i Samverkan Slutrapport genomförande Sammanfattning Ge en sammanfattande beskrivning av projektidé och framkomna resultat. Projektet har under två år arbetat med kompetensutveckling.',
    ],
    'slutrapport',
    null,
  ],
  [
    "a project's final evaluation, named so on its cover",
    [
      '1 SLUTUTVÄRDERING AV PROJEKT EXEMPELVÄGEN (SAMORDNAD REHABILITERING TILL ARBETE) Författare: Anna Exempel, Utvärderare AB Konsultrapport',
      '2 SAMMANFATTNING UPPDRAG Utvärderare AB har fått i uppdrag att utvärdera projektet. Detta är den andra av två rapporter och följer upp projektets måluppfyllelse.',
    ],
    'slutrapport',
    null,
  ],
  [
    'a final evaluation whose title names its subject without calling it a project',
    [
      '1 SLUTLIG UTVÄRDERING AV EXEMPELBRON UNGA VUXNA KORTVERSION',
      '2 Innehåll Inledning... 3 Metod... 4 Resultat... 6 Rekommendationer... 9',
      '3 Inledning Exempelbron är ett samarbete mellan två kommuner och deras gymnasieskolor.',
    ],
    'slutrapport',
    null,
  ],
  [
    'an avslutande utvärderingsrapport, its cover and contents run into one paragraph',
    [
      '1 Avslutande utvärderingsrapport Metodstöd Exempelstad Utvärderare AB 2019 Innehåll Sammanfattning 3 Bakgrund 4 Resultat 7 Slutsatser 12',
      '2 Sammanfattning Metodstödet har under tre år erbjudit handledning till handläggare.',
    ],
    'slutrapport',
    null,
  ],
  [
    'a slututvärdering of a trial named on its cover',
    ['Slututvärdering Exempelmodellen i Norrby', 'Sammanfattning Modellen prövades i fyra kommuner.'],
    'slutrapport',
    null,
  ],
];

const DECLARED: Case[] = [
  [
    'a final evaluation that says what it is in its introduction',
    [
      '1 Myndighetssamverkan kring Exempelteamet Utvärdering av Exempelteamet Anna Exempel, Fil. Dr.',
      '2 Utvärderingsuppdraget Uppdraget har följt verksamheten under tre år. Denna rapport utgör en slutrapport och avrapportering av utvärderingsuppdraget.',
    ],
    'slutrapport',
    null,
  ],
  [
    'a study that calls itself the final reporting of an evaluation, after a clause on its parts',
    [
      '1 Arbete i Exempelby? Införande och resultat av en metod. En forskningsstudie. Anna Exempel Inledning Uppdraget Denna rapport, som består av två delar, är en slutrapportering av ett utvärderingsuppdrag som samordningsförbundet gav kunskapscentrumet.',
    ],
    'slutrapport',
    null,
  ],
  [
    'a report whose clause says it is a part on the way, not a final reporting',
    ['1 Exempelstudien Inledning Denna rapport, som är den första delrapporten, beskriver projektets första år.'],
    'unknown',
    null,
  ],
  [
    "a project's report that calls itself a slutredovisning",
    ['1 Redovisning av projekt Exempelväg', 'Följande redovisning är en slutredovisning av projekt Exempelväg som finansierats av samordningsförbundet.'],
    'slutrapport',
    null,
  ],
  [
    'an annual report whose board "avger härmed följande årsredovisning"',
    [
      '1 Samordningsförbundet Exempelby Organisationsnummer 222000-0000',
      '2 Styrelsen för Samordningsförbundet Exempelby avger härmed följande årsredovisning för räkenskapsåret 2011.',
      '3 Förvaltningsberättelse Samordningsförbundet Exempelby bildades 2005.',
    ],
    'arsredovisning',
    null,
  ],
  [
    "a förbund's dated verksamhetsberättelse with its statements",
    ['Verksamhetsberättelse 2005 för Samordningsförbundet Exempelby', 'Förvaltningsberättelse', 'Resultaträkning', 'Balansräkning'],
    'arsredovisning',
    null,
  ],
];

const ON_THE_WAY: Case[] = [
  [
    "a project's mid-term evaluation",
    ['Halvtidsutvärdering av projekt Exempelteamet', 'Sammanfattning Utvärderingen följer projektets första hälft. Slututvärderingen lämnas 2023.'],
    'unknown',
    null,
  ],
  [
    "a project's partial evaluation",
    ['DELUTVÄRDERING AV PROJEKT EXEMPELVÄGEN Utvärderare AB', 'Sammanfattning Rapporten beskriver projektets första år.'],
    'unknown',
    null,
  ],
  [
    'a project plan',
    ['Projektplan Exempelteamet 2020–2022', 'Projektets syfte', 'Projektets mål', 'En slutrapport lämnas när projektet avslutats.'],
    'unknown',
    null,
  ],
  [
    "a project's first part report",
    ['Delrapport 1 Exempelteamet', 'Sammanfattning', 'Projektet har under första året tagit emot 20 deltagare.', 'Slutrapporten lämnas 2023.'],
    'unknown',
    null,
  ],
  [
    'a working paper of a follow-up study',
    [
      'Exempelvägen Följeforskning, arbetsrapport 1 Anna Exempel',
      'Sammanfattning I denna rapport presenteras resultat från följeforskningen av projektet Exempelvägen.',
    ],
    'unknown',
    null,
  ],
];

/** A förbund's web page on its annual report: a summary of the year it is for, or only news that it was adopted. */
const PAGES_ON_A_REPORT: Case[] = [
  [
    'a headline without its year over the year told in brief',
    [
      'Årsredovisningen godkänd',
      'Vid styrelsemötet i Samordningsförbundet Exempeldalen den 20 mars fastställdes årsredovisningen för 2023.',
      'Verksamheten 2023 i korthet:',
      '• De insatser som förbundet finansierar har haft 150 deltagare, varav 80 kvinnor och 70 män.',
    ],
    'arsredovisning',
    null,
  ],
  [
    'the same, its summary headed by the year alone',
    [
      'Årsredovisningen fastställd',
      'På Samordningsförbundet Exempeldalens styrelsemöte fastställdes årsredovisningen.',
      '2023 i sammanfattning:',
      '· Totalt har 120 personer deltagit i insatserna.',
    ],
    'arsredovisning',
    null,
  ],
  [
    'news that the annual report was adopted, with one figure from it and no year told in brief',
    [
      'Årsredovisning och protokoll',
      'Vid styrelsens möte fastställdes årsredovisningen som berättar om goda resultat i de insatser Samordningsförbundet Exempeldalen finansierar.',
      'Styrelseprotokollet är nu justerat och finns under rubriken Dokument.',
    ],
    'unknown',
    null,
  ],
  [
    "a plan's page telling next year in brief",
    ['Verksamhetsplan 2024', 'Samordningsförbundet Exempeldalen', 'Verksamheten 2024 i korthet:', '• Förbundet planerar att finansiera sex insatser.'],
    'unknown',
    null,
  ],
];

/** What a scan, a transcript or a layout does to a cover: the kind it names stays. */
const TRANSCRIBED: Case[] = [
  [
    "an OCR'd cover whose kind word lost a letter",
    ['Projekt Exempelbron', 'Slutrapp0rt', 'Samordningsförbundet Exempeldalen', 'Projektet pågick från 2019 till 2021 och tog emot 40 deltagare.'],
    'slutrapport',
    null,
  ],
  [
    "an OCR'd annual report's cover and contents",
    ['ÅRSREDOVlSNING 2019', 'Samordningsförbundet Exempeldalen', 'Innehåll\nFörvaltningsberättelse 3\nResultaträkning 8\nBalansräkning 9'],
    'arsredovisning',
    null,
  ],
  [
    'a cover whose title is hyphenated at a line end',
    ['Års-\nredovisning 2019\nSamordnings-\nförbundet Exempeldalen', 'Innehåll\nFörvaltningsberättelse 3\nResultaträkning 8\nBalansräkning 9'],
    'arsredovisning',
    null,
  ],
  [
    "a web page's headline run into its text",
    ['2023-05-02 Exempelteamet lämnar slutrapport Projekt Exempelteamet har under två år stöttat unga vuxna på väg mot arbete eller studier.'],
    'slutrapport',
    null,
  ],
  [
    "a web page's year summary under a letterhead",
    ['Region Exempel, Regionkansliet', 'Sammanfattning av verksamhetsåret 2021', 'Under året har förbundet finansierat elva insatser.'],
    'arsredovisning',
    null,
  ],
  [
    "a beslutsunderlag followed by an OCR'd annual report's cover and contents",
    [
      'BESLUTSUNDERLAG Landstingsfullmäktige Datum 2015-09-28 Ansvarsfrihet för Samordningsförbundet Exempeldalen',
      'Årsredovlsning 2014 Samordningsförbundet Exempeldalen lnnehållsförteckning Förvaltningsberättelse 3 Resultaträkning 8',
    ],
    'arsredovisning',
    'beslutsunderlag',
  ],
  [
    'an annual report that sets its year above the title and loses its contents in one paragraph',
    ['(1) 2016 ÅRSREDOVISNING (2) Samordningsförbundet Exempeldalen Storgatan 27, 123 45 Exempelstad Grafisk form: Exempelbyrån AB'],
    'arsredovisning',
    null,
  ],
  [
    'an annual report whose cover has no year but whose board says what it gives',
    [
      '1 ÅRSREDOVISNING Samordningsförbundet Exempeldalen Organisationsnummer: Perioden 2 Styrelsen för Samordningsförbundet Exempeldalen avger härmed följande årsredovisning.',
    ],
    'arsredovisning',
    null,
  ],
  [
    'a final evaluation spoken of in a sentence',
    ['Under hösten påbörjas en slutlig utvärdering av insatsen, som redovisas för styrelsen i december. Mer om insatsen finns på webbplatsen.'],
    'unknown',
    null,
  ],
  [
    "a plan for a project's final evaluation",
    ['Plan för slututvärdering av projekt Exempelteamet', 'Utvärderingens frågor', 'Tidplan', 'Slututvärderingen lämnas i juni 2024.'],
    'unknown',
    null,
  ],
  [
    'a final report spoken of in a sentence',
    ['I mars lämnade projektet sin slutrapport till styrelsen, som godkände den. Mer om projektet finns på webbplatsen.'],
    'unknown',
    null,
  ],
];

/**
 * A cover that is a picture: the text begins with the table of contents, which names the report's parts
 * (a budget's outcome, the auditors' report, an appendix), not what the document is. Without a title, an
 * annual report's parts are any body's: the opening must name the förbund.
 */
const UNTITLED: Case[] = [
  [
    "an annual report whose contents list the auditors' report, run into one paragraph",
    [
      'Innehåll\nOrdföranden har ordet 3\nFörvaltningsberättelse 4\nResultaträkning 12\nBalansräkning 13\nNoter 14\nRevisionsberättelse 16',
      'Ordföranden har ordet',
      'År 2019 var ett år då Samordningsförbundet Exempeldalen fortsatte att utveckla samverkan mellan kommunerna, regionen, Försäkringskassan och Arbetsförmedlingen.',
      'Förvaltningsberättelse',
      'Samordningsförbundet Exempeldalen, organisationsnummer 222000-0000, lämnar härmed årsredovisning för verksamhetsåret 2019.',
    ],
    'arsredovisning',
    null,
  ],
  [
    'the same with each entry a paragraph of its own, as a Word table of contents gives them',
    [
      'Innehållsförteckning',
      'Ordföranden har ordet\t3',
      'Förvaltningsberättelse\t4',
      'Budget och utfall\t9',
      'Resultaträkning\t12',
      'Balansräkning\t13',
      'Bilaga 1 Revisionsberättelse\t16',
      'Förvaltningsberättelse',
      'Samordningsförbundet Exempeldalen, organisationsnummer 222000-0000, lämnar härmed årsredovisning för verksamhetsåret 2019.',
    ],
    'arsredovisning',
    null,
  ],
  [
    "an annual report whose contents list the year's budget and plan",
    [
      'Innehåll\nFörvaltningsberättelse 3\nVerksamhetsplan och budget 2019 – uppföljning 6\nResultaträkning 10\nBalansräkning 11\nNoter 12',
      'Förvaltningsberättelse',
      'Samordningsförbundet Exempeldalen har sitt säte i Exempelstad. Förbundets medlemmar är Exempelstads kommun, Region Exempel, Försäkringskassan och Arbetsförmedlingen.',
    ],
    'arsredovisning',
    null,
  ],
  [
    "a kommun's annual report without its cover, which speaks of the förbund it is a member of",
    [
      'Innehåll\nFörvaltningsberättelse 3\nResultaträkning 30\nBalansräkning 31\nNoter 33',
      'Förvaltningsberättelse',
      'Exempelstads kommun redovisar för 2019 ett resultat på 12 miljoner kronor. Samverkan med Försäkringskassan och Arbetsförmedlingen inom samordningsförbundet har fortsatt.',
    ],
    'unknown',
    null,
  ],
  [
    "a company's annual report without its cover",
    [
      'Innehåll\nFörvaltningsberättelse 2\nResultaträkning 5\nBalansräkning 6\nKassaflödesanalys 8\nNoter 9',
      'Förvaltningsberättelse',
      'Styrelsen och verkställande direktören för Exempelbo AB får härmed avge årsredovisning för räkenskapsåret 2019. Bolaget förvaltar 1 200 lägenheter.',
    ],
    'unknown',
    null,
  ],
  [
    "a förbund's plan and budget without its cover",
    [
      'Innehåll\nInledning 2\nVerksamhetsplan 3\nBudget 2020 8\nResultatbudget 9',
      'Inledning',
      'Samordningsförbundet Exempeldalen lägger här fram verksamhetsplan och budget för 2020. Styrelsen fastställer planen i december.',
    ],
    'unknown',
    null,
  ],
  [
    "an interim report without its cover whose board 'lämnar härmed' it",
    [
      'Innehåll\nFörvaltningsberättelse 3\nResultaträkning 7\nBalansräkning 8\nNoter 9',
      'Förvaltningsberättelse',
      'Styrelsen för Samordningsförbundet Exempeldalen lämnar härmed delårsrapport för perioden 2020-01-01 – 2020-08-31.',
    ],
    'delarsrapport',
    null,
  ],
  [
    "an interim report without its cover that its head 'överlämnar' as a delårsbokslut",
    [
      'Innehåll\nFörvaltningsberättelse 3\nResultaträkning 7\nBalansräkning 8\nNoter 9',
      'Förvaltningsberättelse',
      'Förbundschefen överlämnar härmed delårsbokslut för Samordningsförbundet Exempeldalen per den 31 augusti 2020.',
    ],
    'delarsrapport',
    null,
  ],
  [
    "an interim report without its cover that speaks of itself as 'denna delårsrapport'",
    [
      'Innehåll\nFörvaltningsberättelse 3\nResultaträkning 7\nBalansräkning 8\nNoter 9',
      'Förvaltningsberättelse',
      'I denna delårsrapport redovisar Samordningsförbundet Exempeldalen verksamhet och ekonomi för perioden 1 januari – 30 juni 2021.',
    ],
    'delarsrapport',
    null,
  ],
  [
    "an annual report without its cover that speaks of the year's interim report",
    [
      'Innehåll\nFörvaltningsberättelse 3\nResultaträkning 7\nBalansräkning 8\nNoter 9',
      'Förvaltningsberättelse',
      'Samordningsförbundet Exempeldalen lämnar härmed årsredovisning för 2019. Under året har styrelsen behandlat delårsrapporten per augusti.',
    ],
    'arsredovisning',
    null,
  ],
  [
    "a region's interim report without its cover whose board 'lämnar härmed' it",
    [
      'Innehåll\nFörvaltningsberättelse 3\nResultaträkning 7\nBalansräkning 8\nNoter 9',
      'Förvaltningsberättelse',
      'Regionstyrelsen lämnar härmed delårsrapport för Region Exempel för perioden januari–augusti 2020. Samverkan med Försäkringskassan har fortsatt.',
    ],
    'unknown',
    null,
  ],
  [
    "the auditors' report, its contents listing the annual report's parts it appends",
    [
      'Innehåll\nRevisionsberättelse 2\nGranskningsrapport 3\nBilaga 1 Förvaltningsberättelse 5\nBilaga 2 Resultaträkning 7',
      'Revisionsberättelse',
      'Vi har granskat Samordningsförbundet Exempeldalens verksamhet under 2019. Vi bedömer att styrelsen i allt väsentligt bedrivit verksamheten på ett ändamålsenligt sätt.',
    ],
    'unknown',
    null,
  ],
];

/** A plan spoken of in a sentence is what the text is about, not what the document is; a plan's title is. */
const A_PLAN_SPOKEN_OF: Case[] = [
  [
    "an annual report without its cover whose opening speaks of the next year's plan",
    [
      'Innehåll\nFörvaltningsberättelse 3\nResultaträkning 10\nBalansräkning 11\nNoter 12',
      'Förvaltningsberättelse',
      'Samordningsförbundet Exempeldalen bildades 2008. Styrelsen beslutade i december att fastställa verksamhetsplanen för 2023. Förbundets medlemmar är Exempelstads kommun och Försäkringskassan.',
    ],
    'arsredovisning',
    null,
  ],
  [
    'a final report without the word, whose opening speaks of the action plan the project made',
    [
      'Steget vidare 2017–2019',
      'Projektet Steget vidare tog fram en gemensam handlingsplan för unga vuxna i Exempelstad. Projektet pågick från januari 2017 till december 2019 och finansierades av Samordningsförbundet Exempeldalen.',
      'Syftet med projektet har varit att fler unga vuxna ska nå arbete eller studier. Totalt har 84 personer deltagit i projektet, 40 kvinnor och 44 män.',
      'Resultat och erfarenheter',
      'Projektet har lett till att samverkan mellan kommunen och Arbetsförmedlingen har stärkts.',
    ],
    'slutrapport',
    null,
  ],
  [
    "a plan whose title is the plan's, over the project before it told in the past",
    [
      'Handlingsplan för unga vuxna 2024',
      'Projektet Steget vidare pågick från januari 2017 till december 2019 och finansierades av Samordningsförbundet Exempeldalen. Syftet med projektet har varit att fler unga vuxna ska nå arbete eller studier.',
      'Totalt har 84 personer deltagit i projektet. Resultat och erfarenheter från projektet ligger till grund för planen.',
    ],
    'unknown',
    null,
  ],
];

/**
 * Without a title an interim report's parts (förvaltningsberättelse, resultaträkning, balansräkning) are an
 * annual report's: the period the opening states tells them apart, when it runs from New Year to a day
 * before the year's end and is the document's own, not another report's.
 */
const UNTITLED_PARTS = (statement: string, result: 'Årets' | 'Periodens'): string[] => [
  'Innehåll\nFörvaltningsberättelse 3\nResultaträkning 6\nBalansräkning 7',
  'Förvaltningsberättelse',
  `Samordningsförbundet Exempeldalen bedriver finansiell samordning enligt lagen (2003:1210). ${statement}`,
  'Medlemmar är Försäkringskassan, Arbetsförmedlingen, Region Exempelland samt Exempelstads kommun.',
  'Resultaträkning',
  `Verksamhetens intäkter 2 800 000\nVerksamhetens kostnader -2 650 000\n${result} resultat 150 000`,
  'Balansräkning',
  'Summa tillgångar 2 200 000\nEget kapital 1 600 000\nKortfristiga skulder 600 000\nSumma eget kapital och skulder 2 200 000',
];

const UNTITLED_PERIOD: Case[] = [
  [
    'an untitled interim report whose opening states its period',
    UNTITLED_PARTS('Rapporten avser perioden 2020-01-01 – 2020-08-31.', 'Periodens'),
    'delarsrapport',
    null,
  ],
  ['the same with its months in words', UNTITLED_PARTS('Här redovisas verksamheten under perioden januari–juni 2021.', 'Periodens'), 'delarsrapport', null],
  [
    "an untitled annual report whose opening speaks of the year's interim report and its period",
    UNTITLED_PARTS(
      'Styrelsen har under året behandlat delårsrapporten för perioden 2019-01-01 – 2019-08-31 och fastställt verksamhetsplanen för 2020.',
      'Årets',
    ),
    'arsredovisning',
    null,
  ],
  [
    'an untitled annual report whose opening states its whole year',
    UNTITLED_PARTS('Rapporten avser perioden 2019-01-01 – 2019-12-31.', 'Årets'),
    'arsredovisning',
    null,
  ],
  [
    "a förbund's first annual report, from the middle of the year to its end",
    UNTITLED_PARTS('Förbundet bildades den 1 juli 2019. Rapporten avser perioden 2019-07-01 – 2019-12-31, förbundets första verksamhetsår.', 'Årets'),
    'arsredovisning',
    null,
  ],
];

describe('document kind from structure and vocabulary', () => {
  it.each([
    ...CARRIED,
    ...NOT_CARRIED,
    ...NO_REPORT,
    ...ANOTHER_BODYS_REPORT,
    ...ABOUT_A_REPORT,
    ...OTHER_NAMES,
    ...DATED_BY_ITS_LAST_DAY,
    ...STILL_REPORTS,
    ...DECLARED,
    ...ON_THE_WAY,
    ...PAGES_ON_A_REPORT,
    ...TRANSCRIBED,
    ...UNTITLED,
    ...A_PLAN_SPOKEN_OF,
    ...UNTITLED_PERIOD,
  ])('%s', async (_name, paragraphs, kind, wrapper) => {
    const classification = classifyDocument(await transcriptStructure(paragraphs));
    expect(classification.kind).toBe(kind);
    expect(classification.wrappedIn?.kind ?? null).toBe(wrapper);
  });
});

describe("a wrapper's title: the ärende it is about", () => {
  it.each([
    [
      'a beslutsförslag whose heading runs into the ärende',
      [
        'E3 BESLUTSFÖRSLAG Årsredovisning 2019 för Exempelbygdens samordningsförbund Kommunstyrelsen föreslår Kommunfullmäktige besluta: Kommunfullmäktige beviljar styrelsen ansvarsfrihet.',
        '3 EXEMPELBYGDENS SAMORDNINGSFÖRBUND ÅRSREDOVISNING 2019 Innehåll: Inledning 2 Årets verksamheter 2 Ekonomi 6',
      ],
      'Årsredovisning 2019 för Exempelbygdens samordningsförbund',
    ],
    [
      "a protokoll's ärende after its paragraph numbers",
      [
        '1 EXEMPELBY KOMMUN SAMMANTRÄDESPROTOKOLL Kommunstyrelsen Blad 41 Ks 138 Dnr 137/ Årsredovisning 2018, Exempeldalens Samordningsförbund Från Samordningsförbundet Exempeldalen har inkommit årsredovisning.',
        'Årsredovisning 2018 Samordningsförbundet Exempeldalen Innehållsförteckning Förvaltningsberättelse 3 Resultaträkning 8',
      ],
      'Årsredovisning 2018, Exempeldalens Samordningsförbund',
    ],
    [
      "an agenda item's cover sheet: the case its papers are for, not the carried report's own title",
      [
        '1 Revisionsberättelse med bokslut för Samordningsförbundet Exempeldalen Handlingar i ärendet: Regionstyrelsens skrivelse till regionfullmäktige',
        '2 Regionfullmäktige Bakgrund Samordningsförbundet är bildat av Regionen, Exempelby kommun, Försäkringskassan och Arbetsförmedlingen enligt lag 2003:1210 om finansiell samordning inom rehabiliteringsområdet. Förslag till beslut Regionstyrelsen föreslår regionfullmäktige besluta att bevilja styrelsen ansvarsfrihet för verksamhetsåret. REGIONSTYRELSEN Karin Exempel Ordförande',
        '3 Årsberättelse med bokslut för Samordningsförbundet Exempeldalen verksamhetsåret 2019 1 (12) Årsberättelse 2019',
        '4 1. Sammanfattning Målgruppen för den finansiella samordningen är personer i förvärvsaktiv ålder.',
      ],
      'Revisionsberättelse med bokslut för Samordningsförbundet Exempeldalen',
    ],
  ])('%s', async (_name, paragraphs, title) => {
    expect(classifyDocument(await transcriptStructure(paragraphs)).wrappedIn?.title).toBe(title);
  });

  it("is the paper's name up to its date, never a letter's closing (the attachments' last item, a greeting and a secretary's name before the förbund's)", async () => {
    const { wrappedIn } = classifyDocument(
      await transcriptStructure([
        'Bilaga 12 b 2020-05-10 1 (1) Ansvarsfrihet för styrelsen i Samordningsförbundet Exempeldalen Medlemmarna ska ta ställning till ansvarsfrihet för verksamhetsåret 2019. Bilagor: - Revisionsberättelse 2019 - Årsredovisning 2019 Hälsningar Karin Exempel Sekreterare Samordningsförbundet Exempeldalen',
      ]),
    );
    expect(wrappedIn?.kind).toBe('bilaga');
    expect(wrappedIn?.title).toBe('Bilaga 12 b');
    expect(wrappedIn?.title).not.toContain('Karin');
  });
});

describe('a cover under a receiving stamp', () => {
  it("is read past the stamp's lines: a long slogan and then the evaluation's title still stand in the opening", async () => {
    const slogan =
      '”Ta vara på varje dag här, gör det bästa av tiden du har, så får du se vad framtiden ger, men ge den en ärlig chans och gör det bästa av det” (Deltagare)';
    const structure = await pdfStructure((flow) => {
      flow.paragraph('NORRBYNS KOMMUN\nKommunstyrelsen\nInk. 2016 -03- 14\nDnr KS 2016/118', BODY);
      flow.paragraph('EXEMPELVÄGEN', H1);
      flow.paragraph('Karriärstöd', H1);
      flow.paragraph(slogan, BODY);
      flow.paragraph('– En utvärderande studie av ett projekt om coachning av arbetslösa', BODY);
      flow.paragraph('Förord Utvärderingen bygger på uppgifter som samlats in under den tid projektet pågick.', BODY);
    });
    expect(classifyDocument(structure).kind).toBe('slutrapport');
  });
});
