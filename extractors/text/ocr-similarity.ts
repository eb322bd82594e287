import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/index.js';
import { BoundedCache } from './bounded-cache.js';
import { type MatchToken, tokenSimilarity } from './similarity.js';

/**
 * Letters OCR takes for one another by their shape ("l"/"i"/"j"/"1", "q"/"g", "0"/"o", "rn"/"m"), made
 * one before an OCR'd word is compared with a label's. Diacritics are already folded.
 */
const SHAPE_ALIKE: ReadonlyArray<readonly [RegExp, string]> = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
  [/cl/g, 'd'],
  // A dotted "j" loses its tail on a softened page: "Nej" read "Nei", "tjänstemän" "tiänstemän".
  [/[ijl1|!]/g, 'l'],
  [/[o0]/g, 'o'],
  [/[qg9]/g, 'g'],
  [/[s5]/g, 's'],
  [/[z2]/g, 'z'],
  [/[b8]/g, 'b'],
];

/** The folded word with the letters OCR takes for one another made one ("verksarnhetsplan" and "verksamhetsplan" alike). */
export function shapeFolded(folded: string): string {
  return SHAPE_ALIKE.reduce((text, [pattern, to]) => text.replace(pattern, to), folded);
}

/**
 * One letter misread beyond the shape-alike ones allowed for every this many letters of the word:
 * none in a shorter word, where one letter makes another word ("Datorn" is not "Datum").
 */
const LETTERS_PER_EDIT = 7;
/** Below a typist's one-letter typo (0.9): an OCR'd word two letters off counts, but less. */
const OCR_MISREAD = 0.85;

const scores = new BoundedCache<string, number>(50_000);

/**
 * How alike a word read by OCR (`read`) is to a label's word (`wanted`), 0..1: as tokenSimilarity,
 * and besides, equal once shape-alike letters are made one (0.9), or within one edit per seven
 * letters of them (0.85), so "Arbetssialiets" is "Arbetsställets". A label's number must still be
 * read as that number. For words read by OCR only: a text layer's letters are what was typed.
 */
export function ocrTokenSimilarity(wanted: MatchToken, read: MatchToken): number {
  const typed = tokenSimilarity(wanted, read);
  if (typed >= 0.9 || wanted.numeric) return typed;
  return Math.max(
    typed,
    scores.get(`${wanted.folded}\u0000${read.folded}`, () => shapeScore(shapeFolded(wanted.folded), shapeFolded(read.folded))),
  );
}

function shapeScore(wanted: string, read: string): number {
  if (wanted === read) return wanted.length >= 3 ? 0.9 : 0;
  const edits = Math.floor(Math.min(wanted.length, read.length) / LETTERS_PER_EDIT);
  if (edits === 0 || Math.abs(wanted.length - read.length) > edits) return 0;
  return DamerauLevenshteinDistance(wanted, read, { restricted: true }) <= edits ? OCR_MISREAD : 0;
}
