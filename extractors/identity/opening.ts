/**
 * The document as its author wrote it, in reading order: page furniture left out, and nothing after
 * docplayer's "Relevanta dokument" (a list of other documents' titles the transcript appends,
 * never facts about this one). Its opening words are the cover, or a web page's title.
 */
import { contentsStart, type DocStructure, isFieldLine, type StructureUnit } from '../structure/index.js';
import { closedCompound } from '../text/hyphenation.js';
import { namesKind } from './kind-words.js';

/** Between two sentences of running text: a full stop, a question or an exclamation, and a capital next. */
export const SENTENCE_BREAK = /(?<=[.!?])\s+(?=\p{Lu})/u;

/** docplayer's list of other documents starts with these words. */
const OTHER_DOCUMENTS = /^\s*Relevanta dokument\b/u;

/** A word hyphenated at a line's end: its letters, the hyphen and the break, the next line's word. */
const HYPHENATED_AT_LINE_END = /(\p{L}+)-[ \t]*\n[ \t]*(?=(\S+))/gu;

/**
 * The text as its words were written: a compound hyphenated at a line's end closed again, when
 * Swedish writes it closed ("Samordnings-" / "förbundet") or it is a word that names a kind of
 * document ("Slut-" / "rapport").
 */
function unhyphenated(text: string): string {
  if (!text.includes('-\n') && !/-[ \t]+\n/u.test(text)) return text;
  return text.replace(HYPHENATED_AT_LINE_END, (written, stem: string, after: string) =>
    closedCompound(stem, after) || namesKind(`${stem}${after}`) ? stem : written,
  );
}

const ownUnitsOf = new WeakMap<DocStructure, StructureUnit[]>();

/**
 * The units that belong to the document, in reading order, their words whole where a line's end
 * hyphenated them (the same array and units on every call: identity and classification compare them).
 */
export function ownUnits(structure: DocStructure): StructureUnit[] {
  const known = ownUnitsOf.get(structure);
  if (known) return known;
  const units: StructureUnit[] = [];
  for (const unit of structure.units) {
    if (OTHER_DOCUMENTS.test(unit.text)) break;
    if (unit.role === 'furniture' || unit.container === 'footnote') continue;
    const text = unhyphenated(unit.text);
    units.push(text === unit.text ? unit : { ...unit, text });
  }
  ownUnitsOf.set(structure, units);
  return units;
}

/** The first row (DocStructure.rows) of docplayer's list of other documents; rows.length when there is none. */
export function ownRowEnd(structure: DocStructure): number {
  const cut = structure.units.find((unit) => OTHER_DOCUMENTS.test(unit.text));
  if (!cut?.paragraph) return structure.rows.length;
  const row = structure.rows.findIndex((candidate) => candidate.origin === cut.paragraph);
  return row === -1 ? structure.rows.length : row;
}

/**
 * A page number docplayer glues before a page ("1 1(26) ÅRSREDOVISNING", "2 2 Innehåll", "1 2 3 4 5 6 7
 * Årsredovisning"), and a template's own ("Sida 1 av 4", "Sid 1 (20)", "1/4").
 */
const LEADING_PAGE_MARKS =
  /^(?:\s*(?:(?:[Ss]ida|[Ss]id|SIDA|SID)\s+\d{1,3}(?:\s*\(\d{1,3}\)|\s+av\s+\d{1,3})?|\d{1,3}(?:\s?\(\d{1,3}\)|\/\d{1,3})?|\(\d{1,3}\))(?=\s))+/u;

export interface OpeningWord {
  word: string;
  unit: StructureUnit;
  /** The word stands in a table of contents' entries: it names a part of the document, not the document. */
  inContents: boolean;
  /** The word opens a line of its unit (a cover's lines a transcript ran together keep their breaks). */
  lineStart?: boolean;
}

function opensLine(text: string, index: number): boolean {
  return index === 0 || /\n[ \t]*$/u.test(text.slice(Math.max(0, index - 8), index));
}

/** The text without the page marks docplayer glued before it. */
export function withoutPageMarks(text: string): string {
  return text.replace(LEADING_PAGE_MARKS, '');
}

/** The first `count` words of the document, each with its unit, page marks left out. */
export function openingWords(structure: DocStructure, count: number): OpeningWord[] {
  const words: OpeningWord[] = [];
  for (const unit of ownUnits(structure)) {
    const text = withoutPageMarks(unit.text);
    // A unit that is one entry of a table of contents spread over paragraphs holds no list of its own: all of it is the entry.
    const contents = unit.role === 'contents' ? (contentsStart(text) ?? 0) : null;
    for (const match of text.matchAll(/\S+/gu)) {
      words.push({ word: match[0], unit, inContents: contents !== null && match.index >= contents, lineStart: opensLine(text, match.index) });
      if (words.length >= count) return words;
    }
  }
  return words;
}

const runningTitlesOf = new WeakMap<DocStructure, StructureUnit[]>();

/**
 * The running headers and footers, each as a unit of its own in page order: set aside from the
 * content, they are read only where the document says nothing of what it is or which year it is
 * for (a cover that is a picture).
 */
export function runningTitleUnits(structure: DocStructure): StructureUnit[] {
  const known = runningTitlesOf.get(structure);
  if (known) return known;
  const units: StructureUnit[] = [];
  const seen = new Set<string>();
  for (const item of structure.furniture) {
    if (item.kind !== 'running-header' || seen.has(item.text)) continue;
    seen.add(item.text);
    units.push({
      text: item.text,
      source: item.source,
      container: 'paragraph',
      paragraph: null,
      checklistRow: false,
      role: 'furniture',
      section: null,
      body: '',
      prose: '',
      heading: null,
    });
  }
  runningTitlesOf.set(structure, units);
  return units;
}

/** A unit's words, as openingWords gives them. */
export function unitWords(unit: StructureUnit): OpeningWord[] {
  return [...unit.text.matchAll(/\S+/gu)].map((match) => ({ word: match[0], unit, inContents: false, lineStart: opensLine(unit.text, match.index) }));
}

function isFieldUnit(unit: StructureUnit): boolean {
  return unit.container === 'paragraph' && isFieldLine(unit.text);
}

/**
 * The fields a form types as paragraphs one under the other ("Antal deltagare: 64" / "Varav
 * kvinnor: 30" / "Varav män: 34"), from `position` on, in one section: how many units they run to
 * (0 when the unit there is no such field). A count's split is read across them, as across the lines
 * of one paragraph.
 */
export function fieldLinesFrom(units: readonly StructureUnit[], position: number): number {
  const first = units[position];
  if (!first || !isFieldUnit(first)) return 0;
  let end = position + 1;
  while (end < units.length && units[end]?.section === first.section && isFieldUnit(units[end] as StructureUnit)) end += 1;
  return end - position;
}
