import { franc } from 'franc';
import type { SlutrapportRecord } from '../schemas/slutrapport.js';
import { isNormalizedTemplateLabel, normalizeLabel } from './classify.js';
import type { DocStructure } from './structure/index.js';

/** The languages a report to a Nordic förbund can plausibly be written in; a short list keeps franc honest. */
export const CANDIDATE_LANGUAGES = ['swe', 'eng', 'nob', 'dan', 'fin', 'deu'];
export const UNDETERMINED = 'und';

/** Below this much narrative text franc guesses; say "und" instead. */
const MIN_NARRATIVE_CHARS = 80;
/**
 * Less running text than this (two lines of a cover's names and affiliations: "Epidemiologi- och
 * registercentrum Syd, Skånes universitetssjukvård" came out German) is read with the headings.
 */
const ENOUGH_NARRATIVE_CHARS = 400;
/** Titles alone are terse: more of them are needed than of sentences. */
const MIN_HEADING_CHARS = 160;
/** franc's trigram profile settles long before this; the cap keeps huge reports cheap. */
const MAX_NARRATIVE_CHARS = 20_000;
/** Shorter texts are labels, field values, names and figures rather than sentences someone wrote. */
const MIN_NARRATIVE_WORDS = 6;

/**
 * The template's own instructions to the person filling it in, which would otherwise make every
 * report on it Swedish. Normalised (see normalizeLabel); a unit containing one is left out.
 */
const TEMPLATE_BOILERPLATE = [
  'denna mall ska anvandas',
  'fyll i det gra faltet',
  'alla befintliga rubriker ska kommenteras',
  'syfte med rapporten ar',
  'ska sammanstallas och redovisas',
  'ska skickas till samordningsforbundet',
  'finner du pa forbundets',
  'kontaktuppgifter till forbundet',
  'glom inte att spara',
  'undertecknad forsakrar',
  'underskrift av person',
];

/** How the template asks for an answer ("Beskriv …", "Ange …"); the answer is what follows. */
const INSTRUCTION = /^\(?(beskriv|ange|redovisa|redogör|fyll i|bifoga|skriv|förklara|motivera)\b/iu;

/**
 * ISO 639-3 code of the language the report's authors wrote in, from their own text only: the
 * slutrapport's section answers when extracted, otherwise the document's running text as the
 * structure pass left it (headings, page chrome, tables of contents, lists of names and OCR noise set
 * aside) minus the form's labels and instructions. A slutrapport answered in English is "eng"
 * although every label of the form is Swedish.
 */
export function detectLanguage(structure: DocStructure, record?: SlutrapportRecord | null): string {
  const answers = record ? slutrapportAnswers(record) : [];
  const narrative = joinedLength(answers) >= MIN_NARRATIVE_CHARS ? answers : narrativeTexts(structure);
  // A cover and a table of contents with little or no running text (a transcript's opening, a line or two of
  // names and affiliations): the authors' own headings are their words too.
  const texts = joinedLength(narrative) >= ENOUGH_NARRATIVE_CHARS ? narrative : [...narrative, ...headingTexts(structure)];
  const minLength = texts === narrative ? MIN_NARRATIVE_CHARS : MIN_HEADING_CHARS;
  const text = texts.join('\n').slice(0, MAX_NARRATIVE_CHARS);
  if (text.length < minLength) return UNDETERMINED;
  return franc(text, { only: candidatesFor(text), minLength });
}

/**
 * The document's own words besides its running text: its headings' titles, its tables of contents
 * and short lines (a cover's title in capitals, which reads like a list of names), lower-cased (a
 * contents in capitals is the same words), without dot leaders, page numbers or the form's labels
 * and prompts; page furniture and OCR debris stay out.
 */
function headingTexts(structure: DocStructure): string[] {
  const bodies = structure.units
    .filter((unit) => !unit.checklistRow && (unit.role === 'text' || unit.role === 'contents' || unit.role === 'names'))
    .map((unit) => unit.body);
  return [...structure.headings.map((heading) => heading.title), ...bodies]
    .filter((text) => !isTemplatePrompt(text))
    .map((text) =>
      text
        .replace(/[.…·_]{2,}/gu, ' ')
        .replace(/\d+(?:\.\d+)*/gu, ' ')
        .replace(/\s+/gu, ' ')
        .trim()
        .toLowerCase(),
    )
    .filter((text) => /\p{L}{3}/u.test(text));
}

/**
 * ä and ö are Swedish (and Finnish, German) letters, æ and ø Danish and Norwegian ones: a text
 * that writes the one and never the other is not in the other's languages, however its trigrams
 * lean (short Swedish texts full of names come out Danish otherwise).
 */
function candidatesFor(text: string): string[] {
  const swedishLetters = (text.match(/[äöÄÖ]/gu) ?? []).length;
  const danishLetters = (text.match(/[æøÆØ]/gu) ?? []).length;
  if (swedishLetters >= 1 && danishLetters === 0) return CANDIDATE_LANGUAGES.filter((code) => code !== 'dan' && code !== 'nob');
  return CANDIDATE_LANGUAGES;
}

function slutrapportAnswers(record: SlutrapportRecord): string[] {
  const sections = record.sections.map((section) => section.text);
  const goals = record.goalsAndOutcomes.flatMap((row) => [row.goal, row.outcome]);
  return [...sections, ...goals].filter((text) => wordCount(text) >= MIN_NARRATIVE_WORDS);
}

/** The running text of paragraphs and cells that read as sentences someone wrote, not as the form around them. */
export function narrativeTexts(structure: DocStructure): string[] {
  const texts: string[] = [];
  for (const unit of structure.units) {
    if (unit.checklistRow || unit.role !== 'text') continue;
    // "Aktiviteter (ange typ av aktiviteter …)" is a one-word label with a hint, not a sentence.
    if (wordCount(unit.body.replace(/\([^)]*\)/gu, ' ')) < MIN_NARRATIVE_WORDS || isTemplatePrompt(unit.body)) continue;
    // A sentence that is mostly names says little of its language.
    if (wordCount(unit.prose) >= MIN_NARRATIVE_WORDS) texts.push(unit.prose);
  }
  return texts;
}

/** Questions, instructions, parenthesised hints, labels and boilerplate of the form itself. */
function isTemplatePrompt(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.endsWith('?') || INSTRUCTION.test(trimmed)) return true;
  const normalized = normalizeLabel(trimmed);
  if (isNormalizedTemplateLabel(normalized)) return true;
  return TEMPLATE_BOILERPLATE.some((phrase) => normalized.includes(phrase));
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
}

function joinedLength(texts: string[]): number {
  return texts.reduce((sum, text) => sum + text.length + 1, 0);
}
