/**
 * What a heading looks like, in one place: a section number in front of a title ("4.1 Bakgrund…",
 * "7. Ekonomisk rapport", a Word list label "4.1" beside the text, "4.1" alone on its line with the
 * title on the next), and a heading a transcript runs into its paragraph ("Förvaltningsberättelse
 * Samordningsförbundet … bildades …"). Which of these are the document's sections is outline.ts's
 * decision.
 */
import { headingLineOf, type FormRow } from './rows.js';

/** A numbered line that may be a heading, before the outline decides. */
export interface HeadingCandidate {
  row: number;
  /** [4, 1] for "4.1". */
  parts: number[];
  title: string;
  /** 2 when the number stands alone on its row and the title is on the next. */
  rowsUsed: number;
  /** Written "4." or "4)" (or as a Word list label), not just "4 …". */
  dotted: boolean;
}

const DEEP_HEADING = /^(\d{1,2}(?:\.\d{1,2}){2,3})\.?\s+(?<title>\p{L}.*)$/su;
const SUB_HEADING = /^(\d{1,2})\s?\.\s?(\d{1,2})\.?(?:\s+|(?=\p{L}))(?<title>[\p{L}(].*)$/su;
const MAIN_HEADING = /^(\d{1,2})\s?(?:(?<dot>[.)])\s*|\s+)(?<title>\p{L}.*)$/su;
const NUMBER_ONLY = /^(\d{1,2})(?:\s?\.\s?(\d{1,2}))?\.?$/;
/** "4.1 Bakgrund", "7. Ekonomisk", "3 Ansvarig": a number and a capitalised title, as a field's value may not start. */
const NUMBERED_START = /^\d{1,2}(?:\.\d{1,2})?\.?\s+\p{Lu}/u;

/** The number and title of a line that starts like a numbered heading, or null. */
export function numberedLine(text: string): Omit<HeadingCandidate, 'row' | 'rowsUsed'> | null {
  const deep = text.match(DEEP_HEADING);
  if (deep?.[1]) return { parts: deep[1].split('.').map(Number), title: deep.groups?.['title'] ?? '', dotted: true };
  const sub = text.match(SUB_HEADING);
  if (sub) return { parts: [Number(sub[1]), Number(sub[2])], title: sub.groups?.['title'] ?? '', dotted: true };
  const main = text.match(MAIN_HEADING);
  if (main) return { parts: [Number(main[1])], title: main.groups?.['title'] ?? '', dotted: main.groups?.['dot'] !== undefined };
  return null;
}

/** A heading's words without its section number ("3.2 Steget före" → "Steget före", "7. Ekonomisk rapport" → "Ekonomisk rapport"); "2021 års resultat" keeps its year. */
export function withoutSectionNumber(text: string): string {
  return numberedLine(text)?.title.trim() ?? text;
}

/** A line that starts a new numbered section, so that a value above it cannot run on into it. */
export function startsNumberedHeading(text: string): boolean {
  return NUMBERED_START.test(text);
}

/** The heading candidate at row `index`, or null. */
export function candidateAt(rows: FormRow[], index: number): HeadingCandidate | null {
  const row = rows[index];
  if (!row) return null;
  const text = headingLineOf(row);
  if (!text) return null;
  const alone = text.match(NUMBER_ONLY);
  if (alone) {
    const next = rows[index + 1];
    const title = next ? headingLineOf(next) : null;
    if (!title || !/^\p{L}/u.test(title)) return null;
    return { row: index, parts: alone[2] ? [Number(alone[1]), Number(alone[2])] : [Number(alone[1])], title, rowsUsed: 2, dotted: true };
  }
  const numbered = numberedLine(text);
  return numbered ? { row: index, ...numbered, rowsUsed: 1 } : null;
}

/** A run-in heading's title is a few words: "Förvaltningsberättelse", "Verksamhetens mål och inriktning". */
const MAX_RUN_IN_WORDS = 6;
/** What follows it must be running text, not the rest of a heading or a label. */
const MIN_BODY_WORDS = 12;
/** Small words a sentence-case title may hold in lower case. */
const TITLE_WORD = /^(?:\p{Ll}[\p{L}-]*|och|i|av|för|med|på|om|till|samt|&|–|-)$/u;

export interface RunIn {
  title: string;
  /** Where the paragraph's own text starts after the title. */
  bodyStart: number;
}

/**
 * A heading run into the text that follows it, as a transcript gives a page: a capitalised word
 * and the lower-case words of a sentence-case title, then a capitalised word that starts the
 * running text ("Förvaltningsberättelse Samordningsförbundet Norra Bohuslän bildades …"). `known`
 * says whether a title is one the kinds of report use, which is how a one-word title is told from
 * a sentence's subject.
 */
export function runInHeading(text: string, known: (title: string) => boolean): RunIn | null {
  const words = [...text.matchAll(/\S+/gu)];
  const first = words[0]?.[0] ?? '';
  // "Förvaltningsberättelse", or a cover's capitals: "VERKSAMHETSBERÄTTELSE".
  if (!/^\p{Lu}(?:\p{Ll}|\p{Lu}{2,})/u.test(first)) return null;
  let end = 1;
  while (end < words.length && end < MAX_RUN_IN_WORDS && TITLE_WORD.test(words[end]?.[0] ?? '')) end++;
  const next = words[end];
  if (!next || !/^\p{Lu}/u.test(next[0]) || words.length - end < MIN_BODY_WORDS) return null;
  const title = words
    .slice(0, end)
    .map((word) => word[0])
    .join(' ')
    .replace(/[:.]$/u, '');
  // A title ends in a noun, not in a small word, and a sentence does not stop inside it.
  if (/[.!?,;]$/u.test(words[end - 1]?.[0] ?? '') || /^(?:och|i|av|för|med|på|om|till|samt|&|–|-)$/u.test(words[end - 1]?.[0] ?? '')) return null;
  if (!known(title)) return null;
  return { title, bodyStart: next.index ?? text.length };
}
