/**
 * Template profiles turned into what the slutrapport extractor reads with: a förbund's numbered
 * sections, the labels of its fields and tables, its instructions and cost categories (data, see
 * schemas/template-profile.ts), and the outline the structure pass tells its headings by.
 * Gävleborg's profile is built in (profiles/gavleborg.json); a kansli adds its own in the
 * configuration file. A document that matches no profile is read generically: common wordings of
 * the labels, and each part of the record looked for in the whole document rather than in a section.
 */
import { TemplateProfile, type TemplateField, type TemplatePart } from '../../schemas/template-profile.js';
import type { DocStructure, Outline } from '../structure/index.js';
import { normalizeForMatch } from '../text/index.js';
import { labelAt } from './labels.js';
import gavleborg from './profiles/gavleborg.json' with { type: 'json' };

/** One numbered section of a template. */
export interface TemplateSection {
  /** "4" for a main heading, "4.1" for a numbered subsection. */
  number: string;
  /** The heading's wordings, without the number. */
  headings: string[];
  /** Explanatory text the template prints under the heading (it is part of the title, never the answer). */
  instructions: string[];
  holds: TemplatePart | null;
}

export type TemplateLabels = Readonly<Record<TemplateField, readonly string[]>>;

/** A profile ready to read with. */
export interface TemplateReading {
  /** The profile's id; "generic" when no profile matched. */
  id: string;
  /** Whose template it is, in words ("Samordningsförbund Gävleborg: slutrapport för insatser"). */
  name: string;
  mains: TemplateSection[];
  subsections: TemplateSection[];
  labels: TemplateLabels;
  boilerplate: readonly string[];
  costCategories: readonly string[];
  /** The section where the form asks for the participants (looked at first for their count). */
  participantsSection: string | null;
  /** The number of the section holding `part`, or null when the template has none (read from the whole document). */
  sectionOf(part: TemplatePart): string | null;
  outline: Outline;
}

/**
 * Common wordings of each field's label, for a document on no known template and for the fields a
 * profile leaves out. Whole phrases only: a single common word ("Projekt", "Period") starts too
 * many sentences of a free-text report to be a label.
 */
export const COMMON_LABELS: TemplateLabels = {
  registrationNumber: ['Diarienummer', 'Diarienr', 'Dnr', 'Ärendenummer', 'Registration number'],
  officeSignature: ['Signatur'],
  receivedDate: ['Ankomstdatum', 'Ankomstdag', 'Datum för ankomst', 'Inkommen', 'Date received'],
  name: [
    'Insatsens namn',
    'Namn på insatsen',
    'Projektets namn',
    'Namn på projektet',
    'Projektnamn',
    'Projektbenämning',
    'Insatsnamn',
    'Name of the intervention',
  ],
  plannedPeriod: ['Planerad insatstid', 'Projektperiod', 'Insatsperiod', 'Projekttid', 'Planned period'],
  intakeEndDate: ['Slutdatum för intag av deltagare', 'Sista intag av deltagare', 'End date for admission of participants'],
  granted: ['Totalt beviljade medel', 'Beviljade medel', 'Beviljat belopp', 'Beviljat stöd', 'Total funds granted'],
  applicantOrganisation: ['Sökande organisation', 'Organisation and workplace'],
  applicantContact: ['Kontaktperson', 'Contact person'],
  email: ['E-postadress', 'E-post', 'Mejladress', 'Email address', 'E-mail'],
  applicantPhone: ['Telefonnummer', 'Telefon', 'Mobiltelefonnummer', 'Mobiltelefon', 'Phone number'],
  responsibleOrganisation: ['Projektägare', 'Insatsägare', 'Huvudman', 'Name of organisation'],
  responsibleWorkplace: ['Arbetsställets namn', 'Name of workplace'],
  responsibleContact: ['Projektledare', 'Kontaktperson', 'Contact person'],
  responsiblePhone: ['Mobiltelefonnummer', 'Mobiltelefon', 'Telefonnummer', 'Telefon', 'Phone number'],
  postalCode: ['Postnummer', 'Postal code'],
  postalAddress: ['Postadress', 'Postal address'],
  place: ['Ort', 'Place'],
  date: ['Datum', 'Date'],
  organisationOwner: ['Organisation - Insatsägare/huvudman', 'Organisation - Projektägare'],
  organisationPartner: ['Organisation - Samverkanspart', 'Organisation - Partner'],
  signatureLine: ['Underskrift', 'Signature'],
  printedName: ['Namnförtydligande', 'Printed name'],
  goalsColumn: ['Mål', 'Målsättning', 'Förväntat resultat', 'Goal'],
  outcomeColumn: [
    'Utfall',
    'Uppnått resultat',
    'Resultat',
    'Faktiskt utfall',
    'Verkligt utfall',
    'Förbrukat',
    'Förbrukade medel',
    'Upparbetat',
    'Faktiska kostnader',
    'Verkliga kostnader',
    'Outcome',
  ],
  costColumn: ['Kostnadsslag', 'Kostnadspost', 'Kostnad', 'Cost category', 'Type of cost'],
  budgetColumn: [
    'Budget',
    'Budgeterat',
    'Budgeterat belopp',
    'Budgeterade kostnader',
    'Beviljat',
    'Beviljad budget',
    'Beviljade medel',
    'Beviljat belopp',
    'Ursprunglig budget',
  ],
  totalRow: ['Summa', 'Delsumma', 'Totalsumma', 'Totalt', 'Total', 'Sammanlagt'],
  yes: ['Ja', 'Yes'],
  no: ['Nej', 'No'],
};

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

const depth = (number: string): number => number.split('.').length;

function outlineOf(sections: TemplateSection[], labels: TemplateLabels): Outline {
  const fieldLabels = Object.values(labels).flat();
  const titles = new Set(
    [...FINAL_REPORT_HEADINGS, ...sections.filter((section) => depth(section.number) === 1).flatMap((section) => section.headings)].map(normalizeForMatch),
  );
  return {
    isHeading(number, title) {
      const section = sections.find((entry) => entry.number === number);
      return section !== undefined && labelAt(title, section.headings) !== null;
    },
    isTitle: (title) => titles.has(normalizeForMatch(title)),
    isFieldLabel: (text) => labelAt(text, fieldLabels) !== null,
    has: (number) => sections.some((entry) => entry.number === number),
  };
}

const readings = new WeakMap<TemplateProfile, TemplateReading>();

/** The profile ready to read with: its labels, and the common wordings for the fields it leaves out. */
export function readingOf(profile: TemplateProfile): TemplateReading {
  const known = readings.get(profile);
  if (known) return known;
  const sections: TemplateSection[] = profile.sections.map((section) => ({
    number: section.number,
    headings: section.headings,
    instructions: section.instructions,
    holds: section.holds ?? null,
  }));
  const labels = { ...COMMON_LABELS, ...profile.labels } as TemplateLabels;
  const reading: TemplateReading = {
    id: profile.id,
    name: profile.name,
    mains: sections.filter((section) => depth(section.number) === 1),
    subsections: sections.filter((section) => depth(section.number) === 2),
    labels,
    boilerplate: profile.boilerplate,
    costCategories: profile.costCategories,
    participantsSection: profile.sections.find((section) => section.participants)?.number ?? null,
    sectionOf: (part) => sections.find((section) => section.holds === part)?.number ?? null,
    outline: outlineOf(sections, labels),
  };
  readings.set(profile, reading);
  return reading;
}

/** Samordningsförbund Gävleborg's slutrapport template. */
export const GAVLEBORG_PROFILE: TemplateProfile = TemplateProfile.parse(gavleborg);
export const BUILT_IN_PROFILES: readonly TemplateProfile[] = [GAVLEBORG_PROFILE];

/** The reading of a document that matches no profile. */
export const GENERIC_READING: TemplateReading = readingOf(TemplateProfile.parse({ id: 'generic', name: 'Ingen känd mall' }));

/** The built-in profiles and then the configured ones: every profile a document may be on. */
export function allProfiles(configured: readonly TemplateProfile[] = []): TemplateProfile[] {
  return [...BUILT_IN_PROFILES, ...configured];
}

/** A profile must account for this much of the document to be its template. */
const MIN_SCORE = 2;
/** A profile's own words on the first page count as much as this many of its sections. */
const RECOGNISED_WEIGHT = 3;
const FIRST_PAGE_ROWS = 400;

/**
 * How well the document fits the profile: its sections found under their numbers and headings,
 * and the profile's own words on the first page.
 */
function scoreOf(structure: DocStructure, reading: TemplateReading, profile: TemplateProfile): number {
  const found = structure.sections.filter((section) => reading.outline.isHeading(section.number, section.title)).length;
  if (profile.recognisedBy.length === 0) return found;
  const wanted = profile.recognisedBy.map(normalizeForMatch);
  const recognised = structure.rows
    .slice(0, FIRST_PAGE_ROWS)
    .some((row) => row.cells.some((cell) => wanted.some((words) => normalizeForMatch(cell.text).includes(words))));
  return found + (recognised ? RECOGNISED_WEIGHT : 0);
}

/** The template the document is on: the best-fitting profile (a configured one wins a tie), or the generic reading. */
export function chooseReading(structure: DocStructure, configured: readonly TemplateProfile[] = []): TemplateReading {
  let best: { reading: TemplateReading; score: number } | null = null;
  for (const profile of [...configured, ...BUILT_IN_PROFILES]) {
    const reading = readingOf(profile);
    const score = scoreOf(structure, reading, profile);
    if (score >= MIN_SCORE && (!best || score > best.score)) best = { reading, score };
  }
  return best?.reading ?? GENERIC_READING;
}

/**
 * The configured profile whose form the document is, strongly enough to call it a slutrapport when
 * the classifier could not tell (a kansli's own form shares few words with the built-in template):
 * its own first-page words, or three of its sections under their numbers and headings.
 */
export function recognisedProfile(structure: DocStructure, configured: readonly TemplateProfile[]): TemplateProfile | null {
  let best: { profile: TemplateProfile; score: number } | null = null;
  for (const profile of configured) {
    const score = scoreOf(structure, readingOf(profile), profile);
    if (score >= RECOGNISED_WEIGHT && (!best || score > best.score)) best = { profile, score };
  }
  return best?.profile ?? null;
}
