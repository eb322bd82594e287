/**
 * The förbund's slutrapport template as the structure pass sees it: its numbered headings, which
 * tell its sections from the numbered form labels of section 2 ("3. Organisations och
 * arbetsställets namn"), and the headings a final report on any template uses.
 */
import type { Outline } from '../structure/index.js';
import { normalizeForMatch } from '../text/index.js';
import { labelAt } from './labels.js';
import { LABELS, MAIN_SECTIONS, SUBSECTIONS } from './template.js';

const FIELD_LABELS: string[] = Object.values(LABELS).flat();
const SECTIONS = [...MAIN_SECTIONS, ...SUBSECTIONS];

/** Headings of a project's final report or evaluation, on any template or on none. */
const FINAL_REPORT_HEADINGS = [
  'Slutrapport',
  'Slutredovisning',
  'Utvärdering',
  'Sammanfattning',
  'Inledning',
  'Bakgrund',
  'Syfte',
  'Mål',
  'Målgrupp',
  'Metod',
  'Arbetssätt',
  'Genomförande',
  'Aktiviteter',
  'Resultat',
  'Deltagare',
  'Ekonomi',
  'Analys',
  'Lärdomar',
  'Slutsatser',
  'Implementering',
  'Framgångsfaktorer',
  'Bilagor',
];

const TITLES = new Set([...FINAL_REPORT_HEADINGS, ...MAIN_SECTIONS.flatMap((section) => section.headings)].map(normalizeForMatch));

export const SLUTRAPPORT_OUTLINE: Outline = {
  isHeading(number, title) {
    const section = SECTIONS.find((entry) => entry.number === number);
    return section !== undefined && labelAt(title, section.headings) !== null;
  },
  isTitle: (title) => TITLES.has(normalizeForMatch(title)),
  isFieldLabel: (text) => labelAt(text, FIELD_LABELS) !== null,
  has: (number) => SECTIONS.some((entry) => entry.number === number),
};
