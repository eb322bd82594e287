import { franc } from 'franc';
import type { SlutrapportRecord } from '../schemas/slutrapport.js';
import { isNormalizedTemplateLabel, normalizeLabel } from './classify.js';
import type { DocModel } from './model.js';
import { numberedHeading, placedTexts } from './text-units.js';

/** The languages a report to a Nordic förbund can plausibly be written in; a short list keeps franc honest. */
export const CANDIDATE_LANGUAGES = ['swe', 'eng', 'nob', 'dan', 'fin', 'deu'];
export const UNDETERMINED = 'und';

/** Below this much narrative text franc guesses; say "und" instead. */
const MIN_NARRATIVE_CHARS = 80;
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

/** A heading with its number, however long its prompt runs ("7.2 Redovisa era totala kostnader …"). */
const SECTION_NUMBER = /^\d{1,2}(\.\d{1,2}){0,3}\.?\s+\p{Lu}/u;

/** How the template asks for an answer ("Beskriv …", "Ange …"); the answer is what follows. */
const INSTRUCTION = /^\(?(beskriv|ange|redovisa|redogör|fyll i|bifoga|skriv|förklara|motivera)\b/iu;

/**
 * ISO 639-3 code of the language the report's authors wrote in, from their own text only: the
 * slutrapport's section answers when extracted, otherwise the document's sentences minus headings,
 * labels and template instructions. A slutrapport answered in English is "eng" although every
 * label of the form is Swedish.
 */
export function detectLanguage(model: DocModel, record?: SlutrapportRecord | null): string {
  const answers = record ? slutrapportAnswers(record) : [];
  const texts = joinedLength(answers) >= MIN_NARRATIVE_CHARS ? answers : narrativeTexts(model);
  const text = texts.join('\n').slice(0, MAX_NARRATIVE_CHARS);
  if (text.length < MIN_NARRATIVE_CHARS) return UNDETERMINED;
  return franc(text, { only: CANDIDATE_LANGUAGES, minLength: MIN_NARRATIVE_CHARS });
}

function slutrapportAnswers(record: SlutrapportRecord): string[] {
  const sections = record.sections.map((section) => section.text);
  const goals = record.goalsAndOutcomes.flatMap((row) => [row.goal, row.outcome]);
  return [...sections, ...goals].filter((text) => wordCount(text) >= MIN_NARRATIVE_WORDS);
}

/** Paragraphs and cells that read as sentences someone wrote, not as the form around them. */
export function narrativeTexts(model: DocModel): string[] {
  const texts: string[] = [];
  for (const placed of placedTexts(model)) {
    if (placed.checklistRow || placed.paragraph?.headingLevel !== undefined || numberedHeading(placed)) continue;
    // "Aktiviteter (ange typ av aktiviteter …)" is a one-word label with a hint, not a sentence.
    if (wordCount(placed.text.replace(/\([^)]*\)/gu, ' ')) < MIN_NARRATIVE_WORDS || isTemplatePrompt(placed.text)) continue;
    texts.push(placed.text);
  }
  return texts;
}

/** Questions, instructions, parenthesised hints, labels and boilerplate of the form itself. */
function isTemplatePrompt(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.endsWith('?') || INSTRUCTION.test(trimmed) || SECTION_NUMBER.test(trimmed)) return true;
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
