/**
 * The identity of any report — the förbund as written, its organisationsnummer, the year or period,
 * its members — read from the document's own units in reading order (page furniture and docplayer's
 * list of other documents left out). Each value is the first statement of it, with its evidence;
 * null where the text does not say.
 */
import type { Count, Evidence, Period } from '../../schemas/common.js';
import { evidenceAt } from '../evidence.js';
import { foldDiacritics } from '../text/index.js';
import type { DocStructure, StructureUnit } from '../structure/index.js';
import { membersIn, partiesIn, withSuccessors } from './members.js';
import { type ParticipantScope, participantsIn } from './participants.js';
import { fieldLinesFrom, ownUnits, runningTitleUnits, SENTENCE_BREAK } from './opening.js';
import { findInsatsNames } from './insats-name.js';
import { findOrganisations, namedAsPartner } from './organisation.js';
import { findOrganisationNumber } from './organisation-number.js';
import { findOwnInterimPeriod, findMonthsOfYear, findRanPeriod, findStartEndPeriod, type PeriodFound } from './period.js';
import { documentType } from './document-type.js';
import { carriedCoverUnit } from './wrapper.js';
import { coverYear, findYears } from './year.js';

export { carriedReport, wrapperOf } from './wrapper.js';
export { finalReportEvidence } from './final-report.js';
export { documentType, namesForbund, opensWithInterimPeriod, type DocumentType, type ReportKind } from './document-type.js';
export { fieldLinesFrom, ownRowEnd, ownUnits } from './opening.js';

export interface Found<T> {
  value: T;
  evidence: Evidence;
}

export interface Identity {
  organisation: Found<string> | null;
  organisationNumber: Found<string> | null;
  year: Found<number> | null;
  /** For an interim report: the months it covers. */
  period: Found<Period> | null;
  members: Found<string[]> | null;
  /** The participants the report says it reached. */
  participantsReached: Found<Count> | null;
  /** For a project's report: the period it ran, as a sentence tells it ("pågick under perioden …"). */
  ranPeriod: Found<Period> | null;
  /** For a project's report: the name of its insats, as its opening writes it ("Projekt Ayande"). */
  insatsName: Found<string> | null;
}

export type IdentityField = keyof Identity;
const ALL_FIELDS: readonly IdentityField[] = [
  'organisation',
  'organisationNumber',
  'year',
  'period',
  'members',
  'participantsReached',
  'ranPeriod',
  'insatsName',
];
/** How far into the text an insats's name is looked for: its cover, title page and first lines lie well within. */
const INSATS_NAME_WORDS = 600;

/**
 * The fields asked for (all by default); the reading stops once each has been found. `participants`
 * says whose count the report gives: a final report's is its one insats's.
 */
export function readIdentity(structure: DocStructure, fields: readonly IdentityField[] = ALL_FIELDS, participants: ParticipantScope = 'forbund'): Identity {
  const identity: Identity = {
    organisation: null,
    organisationNumber: null,
    year: null,
    period: null,
    members: null,
    participantsReached: null,
    ranPeriod: null,
    insatsName: null,
  };
  // A field not asked for counts as found: its reader never runs.
  const skip = (field: IdentityField): boolean => !fields.includes(field) || identity[field] !== null;
  // A paper that carries a report (a kommun's protokoll, then the report): the förbund as the report's own cover names it.
  const cover = documentType(structure)?.type === 'wrapper' ? carriedCoverUnit(structure) : null;
  let reached = cover === null;
  // A list of the four kinds of party without a lead counts only when no sentence says who the members are.
  let parties: Found<string[]> | null = null;
  const units = ownUnits(structure);
  let words = 0;
  for (const [position, unit] of units.entries()) {
    if (fields.every((field) => identity[field] !== null)) break;
    reached ||= unit === cover;
    const text = unit.text;
    const at = (quote: string): Evidence => evidenceAt(unit.source, unit.section, quote);
    if (!skip('organisation') && reached) {
      // A förbund's report may name a partner förbund first; a project's names its förbund so ("i samverkan med Samordningsförbundet X").
      const name = findOrganisations(text).find((found) => participants === 'insats' || !namedAsPartner(text, found.index));
      if (name) identity.organisation = { value: name.name.replace(/\s+/gu, ' '), evidence: at(around(text, name.index, name.name.length)) };
    }
    if (!skip('organisationNumber')) {
      const number = findOrganisationNumber(text);
      if (number) identity.organisationNumber = { value: number.value, evidence: at(around(text, number.index, number.text.length)) };
    }
    if (!skip('year') && reached) identity.year = yearIn(unit) ?? coverYearAt(unit, units[position + 1] ?? null);
    if (!skip('period')) identity.period = foundPeriod(unit, findOwnInterimPeriod(text));
    // A form's fields typed as paragraphs of their own under this one, read once for the period and the participants.
    const fieldsBelow = skip('ranPeriod') && skip('participantsReached') ? '' : fieldLinesAfter(units, position);
    if (!skip('ranPeriod')) identity.ranPeriod = foundPeriod(unit, findRanPeriod(text) ?? findStartEndPeriod(text, fieldsBelow));
    if (!skip('members')) identity.members = membersOf(unit, membersIn, at);
    if (!skip('members') && !parties) parties = membersOf(unit, partiesIn, at);
    if (!skip('participantsReached')) identity.participantsReached = participantsOf(unit, at, participants, fieldsBelow);
    // Words are counted only while a name is looked for: an annual report's reading often runs to the document's end.
    if (!skip('insatsName') && words < INSATS_NAME_WORDS) {
      identity.insatsName = insatsNameIn(unit);
      words += (text.match(/\S+/gu) ?? []).length;
    }
  }
  // The carried report's cover states the year it is for; only when it does not, the paper's heading ("Årsredovisning 2012 för …", which may be a slip) gives it.
  if (!skip('members')) identity.members = parties;
  if (cover && !skip('year')) identity.year = ownUnits(structure).reduce<Found<number> | null>((found, unit) => found ?? yearIn(unit), null);
  // A cover that is a picture, or a title repeated as every page's header: only the running header ("Årsredovisning 2018",
  // "Delårsrapport 2020-01-01 – 2020-08-31", "Slutrapport projekt Steget") states what the text never does.
  for (const unit of runningTitleUnits(structure)) {
    if (!skip('year')) identity.year = yearIn(unit);
    if (!skip('period')) identity.period = foundPeriod(unit, findOwnInterimPeriod(unit.text));
    if (!skip('insatsName')) identity.insatsName = insatsNameIn(unit);
  }
  if (identity.organisation) identity.organisation = asWrittenInText(structure, asMostOftenNamed(structure, identity.organisation));
  return identity;
}

/**
 * An interim report whose title gives the year and whose text the months without it ("Delårsrapport
 * 2019" over "Perioden januari–augusti"): the period those months make in that year, or null.
 */
export function readMonthsOfYear(structure: DocStructure, year: number): Found<Period> | null {
  for (const unit of ownUnits(structure)) {
    const months = foundPeriod(unit, findMonthsOfYear(unit.text, year));
    if (months) return months;
  }
  return null;
}

/** A period found in the unit's text, with its words as the value's evidence and the sentence around them as the field's. */
function foundPeriod(unit: StructureUnit, found: PeriodFound | null): Found<Period> | null {
  if (!found) return null;
  const at = (quote: string): Evidence => evidenceAt(unit.source, unit.section, quote);
  return { value: { ...found.period, evidence: at(found.period.text) }, evidence: at(around(unit.text, found.index, found.period.text.length)) };
}

/** The first insats name the unit's text states, with the words around it as evidence. */
function insatsNameIn(unit: StructureUnit): Found<string> | null {
  const name = findInsatsNames(unit.text)[0];
  return name ? { value: name.name, evidence: evidenceAt(unit.source, unit.section, around(unit.text, name.index, name.name.length)) } : null;
}

/** How far the förbund's other mentions are counted: its covers, running headers and letterhead lie well within. */
const MENTION_WORDS = 3000;

/**
 * The name without the words a cover ran into it: "Samordningsförbundet Skellefteå Arbetsmarknadstorget
 * Skellefteå Ett samverkansprojekt …" on the cover, "Samordningsförbundet Skellefteå" in every running
 * header. A shorter form is taken only when the text writes it, whole, more often than the longer one.
 */
function asMostOftenNamed(structure: DocStructure, name: Found<string>): Found<string> {
  const counts = new Map<string, { count: number; first: Found<string> }>();
  let words = 0;
  for (const unit of ownUnits(structure)) {
    for (const found of findOrganisations(unit.text)) {
      const value = found.name.replace(/\s+/gu, ' ');
      const entry = counts.get(value);
      if (entry) entry.count++;
      else
        counts.set(value, { count: 1, first: { value, evidence: evidenceAt(unit.source, unit.section, around(unit.text, found.index, found.name.length)) } });
    }
    words += (unit.text.match(/\S+/gu) ?? []).length;
    if (words > MENTION_WORDS) break;
  }
  const own = counts.get(name.value)?.count ?? 0;
  const shorter = [...counts.entries()]
    .filter(([value, { count }]) => name.value.startsWith(`${value} `) && count > own)
    .sort(([a], [b]) => b.length - a.length)[0];
  return shorter ? shorter[1].first : name;
}

function coverYearAt(unit: StructureUnit, next: StructureUnit | null): Found<number> | null {
  const year = coverYear(unit.text, next?.text ?? null);
  return year ? { value: year.year, evidence: evidenceAt(unit.source, unit.section, year.text) } : null;
}

function yearIn(unit: StructureUnit): Found<number> | null {
  const year = findYears(unit.text)[0];
  return year ? { value: year.year, evidence: evidenceAt(unit.source, unit.section, around(unit.text, year.index, year.text.length)) } : null;
}

/**
 * How a name is written, best first: in running text's case rather than a cover's capitals
 * ("SJUHÄRADS SAMORDNINGSFÖRBUND" is the cover's lettering), and with the marks an OCR engine may
 * drop ("Samordningsforbundet Gotland", misread on one page of a scan).
 */
function spelling(value: string): number {
  return (value !== value.toUpperCase() ? 2 : 0) + (value !== foldDiacritics(value) ? 1 : 0);
}

/** The same name as the text writes it best elsewhere (`spelling`), or the name as found. */
function asWrittenInText(structure: DocStructure, name: Found<string>): Found<string> {
  if (spelling(name.value) === 3) return name;
  const wanted = foldDiacritics(name.value.toLowerCase());
  let best = name;
  for (const unit of ownUnits(structure)) {
    for (const found of findOrganisations(unit.text)) {
      const value = found.name.replace(/\s+/gu, ' ');
      if (foldDiacritics(value.toLowerCase()) === wanted && spelling(value) > spelling(best.value))
        best = { value, evidence: evidenceAt(unit.source, unit.section, around(unit.text, found.index, found.name.length)) };
    }
  }
  return best;
}

function membersOf(unit: StructureUnit, listed: (sentence: string) => string[] | null, at: (quote: string) => Evidence): Found<string[]> | null {
  const text = unit.text.replace(/\s+/gu, ' ');
  for (const sentence of text.split(SENTENCE_BREAK)) {
    const members = listed(sentence);
    if (members) return { value: withSuccessors(members, text), evidence: at(sentence) };
  }
  return null;
}

/** The form's field paragraphs right under a field paragraph ("Varav kvinnor: 30" / "Varav män: 34"), as one text. */
function fieldLinesAfter(units: readonly StructureUnit[], position: number): string {
  const run = fieldLinesFrom(units, position);
  return run < 2
    ? ''
    : units
        .slice(position + 1, position + run)
        .map((unit) => unit.text)
        .join(' ');
}

function participantsOf(unit: StructureUnit, at: (quote: string) => Evidence, scope: ParticipantScope, fieldsBelow: string): Found<Count> | null {
  const sentences = unit.text.replace(/\s+/gu, ' ').split(SENTENCE_BREAK);
  for (const [index, sentence] of sentences.entries()) {
    const count = participantsIn(sentence, sentences[index + 1] ?? fieldsBelow, scope);
    if (count) return { value: { ...count, evidence: at(count.text) }, evidence: at(count.text) };
  }
  return null;
}

/** The words around a match, for evidence: a transcript's paragraph may be a whole page. */
function around(text: string, index: number, length: number): string {
  const start = Math.max(0, text.lastIndexOf(' ', Math.max(0, index - 60)));
  const endAt = text.indexOf(' ', Math.min(text.length, index + length + 60));
  return text
    .slice(start, endAt === -1 ? text.length : endAt)
    .replace(/\s+/gu, ' ')
    .trim();
}
