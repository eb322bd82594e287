/**
 * The words that say what a document is, as a reader finds them in any transcript: compared folded
 * (å → a) and in lower case, by their start ("årsredovisningen", "slutrapporten"), and with an OCR'd
 * scan's misreading of one letter in a long word ("Årsredovlsning", "Slutrapp0rt", "Verksarnhetsplan").
 */
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/index.js';
import { BoundedCache } from '../text/bounded-cache.js';
import { foldDiacritics, shapeFolded } from '../text/index.js';

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
  { kind: 'arsredovisning', stems: ['arsredovisning', 'arsrapport', 'arsberattelse', 'arsbokslut', 'verksamhetsberattelse'] },
  // A report on part of the year by any of its names: the half year's, a tertial's, a quarter's.
  {
    kind: 'delarsrapport',
    stems: [
      'delarsrapport',
      'delarsbokslut',
      'delarsavstamning',
      'delarsredovisning',
      'delarsuppfoljning',
      'halvarsrapport',
      'halvarsbokslut',
      'halvarsredovisning',
      'halvarsuppfoljning',
      'tertialrapport',
      'tertialbokslut',
      'tertialuppfoljning',
      'kvartalsrapport',
    ],
  },
  // A final evaluation ("Slututvärdering av …", "Slutlig utvärdering av …": title-keys.ts) is the final report by its name.
  { kind: 'slutrapport', stems: ['slutrapport', 'slutredovisning', 'slututvardering', 'avslutningsrapport'] },
];

/**
 * An evaluation is a slutrapport when it evaluates one insats (a project, a team), not a whole förbund;
 * a "Slututvärdering" is the final one by its name, whatever it names (a "Halvtidsutvärdering" is one on the way: document-type.ts).
 */
export const EVALUATION_STEMS = ['utvardering', 'slututvardering'];

/** Below this length a word misread is too likely another word ("budgets" → "budgeten"). */
const MIN_MISREAD_LENGTH = 10;

/** One letter misread, left out or doubled, in a long word whose first letter is right (an OCR engine rarely misreads a capital). */
function misread(key: string, word: string): boolean {
  return word.length >= MIN_MISREAD_LENGTH && key[0] === word[0] && Math.abs(key.length - word.length) <= 1 && DamerauLevenshteinDistance(key, word) <= 1;
}

const shapes = new BoundedCache<string, string>(20_000);

/**
 * The word and the stem compared as written, and again with the letters OCR takes for one another
 * made one (text/ocr-similarity.ts: "rn" for "m", "l" for "i", "0" for "o"): "Verksarnhetsberättelse",
 * "lnnehållsförteckning".
 */
function eitherWay(key: string, stem: string, compare: (key: string, stem: string) => boolean): boolean {
  if (compare(key, stem)) return true;
  const shaped = (word: string): string => shapes.get(word, () => shapeFolded(word));
  return compare(shaped(key), shaped(stem));
}

function startsLikeAsWritten(key: string, stem: string): boolean {
  if (key.startsWith(stem)) return true;
  if (stem.length < MIN_MISREAD_LENGTH || key[0] !== stem[0] || key.length < stem.length - 1) return false;
  return [stem.length, stem.length + 1, stem.length - 1].some((length) => key.length >= length && misread(key.slice(0, length), stem));
}

/** True when the folded word starts with the stem, or its start is the stem misread by one letter. */
export function startsLike(key: string, stem: string): boolean {
  return eitherWay(key, stem, startsLikeAsWritten);
}

/** True when the folded word is the word, or the word misread by one letter. */
export function isLike(key: string, word: string): boolean {
  return eitherWay(key, word, (read, wanted) => read === wanted || misread(read, wanted));
}

/** True for a word that names a kind of report or an evaluation ("Slutrapport", "Årsredovisningen", "Utvärdering"). */
export function namesKind(word: string): boolean {
  const key = foldedWord(word);
  return REPORT_WORDS.some((entry) => entry.stems.some((stem) => startsLike(key, stem))) || EVALUATION_STEMS.some((stem) => startsLike(key, stem));
}
