/**
 * The parts of a samordningsförbund's annual or interim report, as their headings name them (a
 * municipal-style annual report: förvaltningsberättelse, the financial statements, notes, the
 * auditors' report). Unnumbered: each förbund numbers its own.
 */
import type { Outline } from '../structure/index.js';
import { normalizeForMatch } from '../text/index.js';

const HEADINGS = [
  'Årsredovisning',
  'Årsberättelse',
  'Verksamhetsberättelse',
  'Delårsrapport',
  'Delårsbokslut',
  'Ordförande har ordet',
  'Ordföranden har ordet',
  'Förbundschefen har ordet',
  'Förvaltningsberättelse',
  'Innehåll',
  'Innehållsförteckning',
  'Inledning',
  'Sammanfattning',
  'Om förbundet',
  'Organisation',
  'Förbundets medlemmar',
  'Medlemmar',
  'Styrelse',
  'Styrelsen',
  'Kansli',
  'Kansliet',
  'Beredningsgrupp',
  'Revision',
  'Revisorer',
  'Verksamhet',
  'Verksamheten',
  'Insatser',
  'Deltagare',
  'Samverkan',
  'Måluppfyllelse',
  'Uppföljning och utvärdering',
  'Uppföljning',
  'Utvärdering',
  'Ekonomi',
  'Ekonomisk redogörelse',
  'Ekonomisk översikt',
  'Väsentliga händelser',
  'Händelser av väsentlig betydelse',
  'God ekonomisk hushållning',
  'Balanskravsutredning',
  'Förväntad utveckling',
  'Framtid',
  'Personal',
  'Resultaträkning',
  'Balansräkning',
  'Kassaflödesanalys',
  'Finansieringsanalys',
  'Driftredovisning',
  'Noter',
  'Tilläggsupplysningar',
  'Redovisningsprinciper',
  'Redovisnings- och värderingsprinciper',
  'Underskrifter',
  'Revisionsberättelse',
  'Bilaga',
  'Bilagor',
];

const TITLES = new Set(HEADINGS.map(normalizeForMatch));

export const ANNUAL_REPORT_OUTLINE: Outline = {
  isHeading: () => false,
  isTitle: (title) => TITLES.has(normalizeForMatch(title)),
  isFieldLabel: () => false,
  has: () => false,
};
