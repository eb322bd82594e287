/**
 * The words that say what a document is, as a reader finds them in any transcript: compared folded
 * (å → a) and in lower case, by their start ("årsredovisningen", "slutrapporten"), and with an OCR'd
 * scan's misreading of one letter in a long word ("Årsredovlsning", "Slutrapp0rt", "Verksarnhetsplan").
 */
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/index.js';
import { foldDiacritics } from '../text/index.js';

/**
 * The word as compared: lower case, diacritics folded, only letters, digits and hyphens kept, and no
 * hyphen between two letters ("Slut-rapport" as a line's end left it is "slutrapport").
 */
export function foldedWord(word: string): string {
  return foldDiacritics(word.toLowerCase())
    .replace(/[^\p{L}\d-]+/gu, '')
    .replace(/(?<=\p{L})-(?=\p{L})/gu, '');
}

export type ReportKind = 'arsredovisning' | 'delarsrapport' | 'slutrapport';

/** Words are matched folded (å → a) and lower case, by their start: "arsredovisningen", "slutrapporten". */
export const REPORT_WORDS: { kind: ReportKind; stems: string[] }[] = [
  // A förbund's "Verksamhetsberättelse 2019" is its year's report; dated, it counts as an annual report's title.
  { kind: 'arsredovisning', stems: ['arsredovisning', 'arsrapport', 'arsberattelse', 'verksamhetsberattelse'] },
  { kind: 'delarsrapport', stems: ['delarsrapport', 'delarsbokslut', 'delarsavstamning', 'delarsredovisning'] },
  { kind: 'slutrapport', stems: ['slutrapport', 'slutredovisning'] },
];

/** An evaluation is a slutrapport when it evaluates one insats (a project, a team), not a whole förbund. */
export const EVALUATION_STEMS = ['utvardering'];

/** Below this length a word misread is too likely another word ("budgets" → "budgeten"). */
const MIN_MISREAD_LENGTH = 10;

/** An OCR engine reads "m" as "rn": a word is also compared with its "rn" read as "m" ("verksarnhetsplan"). */
function readings(key: string): string[] {
  return key.includes('rn') ? [key, key.replaceAll('rn', 'm')] : [key];
}

/** One letter misread, left out or doubled, in a long word whose first letter is right (an OCR engine rarely misreads a capital). */
function misread(key: string, word: string): boolean {
  return word.length >= MIN_MISREAD_LENGTH && key[0] === word[0] && Math.abs(key.length - word.length) <= 1 && DamerauLevenshteinDistance(key, word) <= 1;
}

/** True when the folded word starts with the stem, or its start is the stem misread by one letter. */
export function startsLike(key: string, stem: string): boolean {
  return readings(key).some(
    (reading) =>
      reading.startsWith(stem) ||
      [stem.length, stem.length + 1, stem.length - 1].some((length) => reading.length >= length && misread(reading.slice(0, length), stem)),
  );
}

/** True when the folded word is the word, or the word misread by one letter. */
export function isLike(key: string, word: string): boolean {
  return readings(key).some((reading) => reading === word || misread(reading, word));
}

/** True for a word that names a kind of report or an evaluation ("Slutrapport", "Årsredovisningen", "Utvärdering"). */
export function namesKind(word: string): boolean {
  const key = foldedWord(word);
  return REPORT_WORDS.some((entry) => entry.stems.some((stem) => startsLike(key, stem))) || EVALUATION_STEMS.some((stem) => startsLike(key, stem));
}
