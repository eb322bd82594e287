import { DamerauLevenshteinDistance, JaroWinklerDistance } from 'natural/lib/natural/distance/index.js';
import { foldDiacritics } from './normalize.js';
import { BoundedCache } from './bounded-cache.js';
import { stem } from './tokens.js';

/** A token prepared once for many comparisons. */
export interface MatchToken {
  /** As tokenized (lower case). */
  raw: string;
  /** Diacritics folded: "gävle" → "gavle". */
  folded: string;
  /** Porter stem, folded. */
  stem: string;
  /** Numbers ("2.0", "2021") only ever equal themselves. */
  numeric: boolean;
}

/** Labels and names repeat across a document: each word is prepared once. */
const prepared = new BoundedCache<string, MatchToken>(20_000);
const distances = new BoundedCache<string, number>(50_000);

export function matchToken(raw: string): MatchToken {
  return prepared.get(raw, () => ({ raw, folded: foldDiacritics(raw), stem: foldDiacritics(stem(raw)), numeric: /\d/.test(raw) }));
}

const MIN_PREFIX = 4;
/**
 * Endings by which inflected forms of one word differ once the stemmer has done what it could
 * ("insat"/"insats", "glapp"/"glappet"); anything longer is another word ("insats"/"insatsledare").
 */
const INFLECTION_ENDINGS = new Set([
  's',
  'e',
  'a',
  't',
  'n',
  'r',
  'en',
  'et',
  'er',
  'ar',
  'or',
  'na',
  'ne',
  'de',
  'te',
  'ad',
  'at',
  'es',
  'ns',
  'ts',
  'ens',
  'ets',
  'ers',
  'ade',
  'ats',
  'nas',
]);
const JARO_WINKLER_FLOOR = 0.93;

/**
 * How alike two words are, 0..1: same word or stem 1; an inflection the stemmer missed
 * ("insats"/"insatsens", "glappen"/"glappet") or a one-letter typo 0.9; two typos in a long
 * word 0.8. Numbers must be equal: "2.0" is not "3.0".
 */
export function tokenSimilarity(a: MatchToken, b: MatchToken): number {
  if (a.folded === b.folded || a.stem === b.stem) return 1;
  if (a.numeric || b.numeric) return 0;
  const shorter = a.stem.length <= b.stem.length ? a.stem : b.stem;
  const longer = shorter === a.stem ? b.stem : a.stem;
  if (
    shorter.length >= MIN_PREFIX &&
    longer.length - shorter.length <= 3 &&
    longer.startsWith(shorter) &&
    INFLECTION_ENDINGS.has(longer.slice(shorter.length))
  ) {
    return 0.9;
  }
  const length = Math.min(a.folded.length, b.folded.length);
  if (length < 5 || Math.abs(a.folded.length - b.folded.length) > 2) return 0;
  const maxEdits = length >= 9 ? 2 : 1;
  if (letterBagDifference(a.folded, b.folded) > 2 * maxEdits) return 0;
  const distance = distances.get(`${a.folded}\u0000${b.folded}`, () => DamerauLevenshteinDistance(a.folded, b.folded, { restricted: true }));
  if (distance <= 1) return 0.9;
  if (length >= 9 && distance <= 2 && JaroWinklerDistance(a.folded, b.folded) >= JARO_WINKLER_FLOOR) return 0.8;
  return 0;
}

/**
 * How many letters the two words do not share, counted with multiplicity. Each edit changes it
 * by at most 2, so it rules out most pairs before the (costly) edit distance is computed.
 */
function letterBagDifference(a: string, b: string): number {
  // Letters share buckets by their low byte; a shared bucket can only lower the count, so the
  // bound stays safe. Only the buckets the two words touch are read, and each is zeroed once read.
  addLetters(a, 1);
  addLetters(b, -1);
  return drainBuckets(a) + drainBuckets(b);
}

function addLetters(word: string, sign: number): void {
  for (let index = 0; index < word.length; index += 1) {
    const bucket = word.charCodeAt(index) & 0xff;
    LETTER_COUNTS[bucket] = (LETTER_COUNTS[bucket] ?? 0) + sign;
  }
}

function drainBuckets(word: string): number {
  let difference = 0;
  for (let index = 0; index < word.length; index += 1) {
    const bucket = word.charCodeAt(index) & 0xff;
    difference += Math.abs(LETTER_COUNTS[bucket] ?? 0);
    LETTER_COUNTS[bucket] = 0;
  }
  return difference;
}

const LETTER_COUNTS = new Int16Array(256);

/** The best similarity of `token` to any of `others` (by `similarity`, tokenSimilarity unless told), with its index (-1 when nothing is alike). */
export function bestMatch(
  token: MatchToken,
  others: MatchToken[],
  similarity: (a: MatchToken, b: MatchToken) => number = tokenSimilarity,
): { index: number; score: number } {
  let best = { index: -1, score: 0 };
  others.forEach((other, index) => {
    const score = similarity(token, other);
    if (score > best.score) best = { index, score };
  });
  return best;
}
