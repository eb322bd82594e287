import { distinguishingNames } from './places.js';
import { bestMatch, type MatchToken, matchToken } from './similarity.js';
import { contentTokens } from './tokens.js';

/** Words that say what kind of body something is, not which one: "Gävle kommun" is "Gävle". */
const GENERIC = new Set(['kommun', 'kommuns', 'kommunen', 'insats', 'insatsen', 'projekt', 'projektet']);

interface PreparedName {
  tokens: MatchToken[];
  places: Set<string>;
}

function prepare(name: string): PreparedName {
  const words = contentTokens(name).filter((token) => !GENERIC.has(token));
  // A lone footnote number left at the end ("… Hudiksvall 7") is not part of the name.
  while (words.length > 1 && /^\d{1,2}$/.test(words.at(-1) ?? '')) words.pop();
  return { tokens: words.map(matchToken), places: distinguishingNames(name) };
}

/** One side's places must all be among the other's: "Arbetsförmedlingen" fits "Arbetsförmedlingen och Försäkringskassan". */
function placesCompatible(a: Set<string>, b: Set<string>): boolean {
  const aInB = [...a].every((place) => b.has(place));
  const bInA = [...b].every((place) => a.has(place));
  return aInB || bInA;
}

function similarity(a: PreparedName, b: PreparedName): number {
  if (a.tokens.length === 0 || b.tokens.length === 0 || !placesCompatible(a.places, b.places)) return 0;
  const used = new Set<number>();
  let shared = 0;
  const [fewer, more] = a.tokens.length <= b.tokens.length ? [a.tokens, b.tokens] : [b.tokens, a.tokens];
  for (const token of fewer) {
    const free = more.map((other, index) => (used.has(index) ? matchToken('\u0000') : other));
    const best = bestMatch(token, free);
    if (best.index >= 0) {
      used.add(best.index);
      shared += best.score;
    }
  }
  // Overlap rewards a short name contained in a long one; Dice keeps "Mysam" from fitting every Mysam name equally.
  const overlap = shared / fewer.length;
  const dice = (2 * shared) / (a.tokens.length + b.tokens.length);
  return (overlap + dice) / 2;
}

/**
 * How alike two intervention names are, 0..1, after dropping dashes, footnote digits, "kommun"
 * and function words. 0 when they name different places or organisations: "Trisam 2.0 – Hofors"
 * is not "Trisam 2.0 Hudiksvalls kommun".
 */
export function nameSimilarity(a: string, b: string): number {
  return similarity(prepare(a), prepare(b));
}

export interface NameMatchOptions {
  /** Minimum similarity for a pair; default 0.6. */
  threshold?: number;
}

export interface NameMatch {
  /** Index into the first list. */
  a: number;
  /** Index into the second list. */
  b: number;
  score: number;
}

/**
 * Pairs the names of two lists (an overview list and the appendix blocks), best pairs first.
 * A name may pair with several on the other side only when it names all of their places or
 * organisations together ("Trisam 2.0 – Arbetsförmedlingen och Försäkringskassan" covers
 * "Trisam 2.0 - Arbetsförmedlingen" and "Trisam 2.0 – Försäkringskassan"). Sorted by `a`.
 */
export function matchNames(listA: string[], listB: string[], options: NameMatchOptions = {}): NameMatch[] {
  const threshold = options.threshold ?? 0.6;
  const preparedA = listA.map(prepare);
  const preparedB = listB.map(prepare);
  const candidates: NameMatch[] = [];
  preparedA.forEach((nameA, a) => {
    preparedB.forEach((nameB, b) => {
      const score = similarity(nameA, nameB);
      if (score >= threshold) candidates.push({ a, b, score });
    });
  });
  candidates.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  const byA = new Map<number, number[]>();
  const byB = new Map<number, number[]>();
  const accepted: NameMatch[] = [];
  for (const candidate of candidates) {
    const partnersOfA = byA.get(candidate.a) ?? [];
    const partnersOfB = byB.get(candidate.b) ?? [];
    if (
      partnersOfA.length > 0 &&
      !covers(
        preparedA[candidate.a],
        [...partnersOfA, candidate.b].map((b) => preparedB[b]),
      )
    )
      continue;
    if (
      partnersOfB.length > 0 &&
      !covers(
        preparedB[candidate.b],
        [...partnersOfB, candidate.a].map((a) => preparedA[a]),
      )
    )
      continue;
    accepted.push(candidate);
    byA.set(candidate.a, [...partnersOfA, candidate.b]);
    byB.set(candidate.b, [...partnersOfB, candidate.a]);
  }
  return accepted.sort((x, y) => x.a - y.a || x.b - y.b);
}

/** True when `whole` names each part's places, and the parts name different ones. */
function covers(whole: PreparedName | undefined, parts: (PreparedName | undefined)[]): boolean {
  if (!whole) return false;
  const seen = new Set<string>();
  for (const part of parts) {
    if (!part || part.places.size === 0) return false;
    for (const place of part.places) {
      if (!whole.places.has(place) || seen.has(place)) return false;
    }
    for (const place of part.places) seen.add(place);
  }
  return true;
}
