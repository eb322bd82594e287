/**
 * Finding a template label at the start of a line or cell, and what follows it. The fuzzy
 * comparison is extractors/text's `labelScore`; this only decides where the label ends, so that
 * "Planerad insatstid (åååå-mm-dd) 2019-12-01 – 2021-12-31" yields the period as the value.
 */
import { contentTokens, labelScore, type LabelScore, type MatchToken, matchToken, ocrTokenSimilarity, tokenSimilarity } from '../text/index.js';

export interface LabelOptions {
  /**
   * The text was read by OCR (a scanned page): its words may be misread in letters of like shape
   * ("Arbetssialiets namn"), which a text layer's never are, so only such text is read this loosely.
   */
  ocr?: boolean;
}

export interface LabelHit {
  /** The wording that matched. */
  wording: string;
  /** What follows the label on the same line, without separators or format hints; '' when nothing. */
  rest: string;
}

/**
 * Word ends (offsets) of the text; "2.0", "åååå-mm-dd" and "E-postadress" are one word each, while
 * "namn/titel" ends a word at "namn" too, so a label can end before its slashed alternative.
 */
function wordEnds(text: string): number[] {
  return [...text.matchAll(/[\p{L}\p{N}]+(?:[.,\-–][\p{L}\p{N}]+)*/gu)].map((match) => match.index + match[0].length);
}

/**
 * Separators, format hints ("– åååå-mm-dd", "fr.o.m. – t.o.m."), bracketed instructions ("(ange typ
 * av lokal)") and a slashed alternative wording ("Insatsens namn/titel") after a label.
 */
const LEADING_NOISE =
  /^(?:[\s:;.,?!|–—-]+|\((?:[^()\d]*)\)|\[(?:[^[\]\d]*)\]|(?:[åay]{2,4}-?m{1,2}-?d{1,2}|[åay]{4}mmdd)(?![\p{L}\d])|(?:fr\.?\s?o\.?\s?m|t\.?\s?o\.?\s?m)\.?(?![\p{L}\d])|\/\s?\p{L}[\p{L}-]*)/iu;

function cleanRest(rest: string): string {
  let text = rest;
  for (let guard = 0; guard < 20; guard += 1) {
    const match = text.match(LEADING_NOISE);
    if (!match || match[0] === '') break;
    text = text.slice(match[0].length);
  }
  return text.trim();
}

const COVERAGE = 0.85;
/** Lines are looked up against the same labels many times (value ends, headings, columns). */
const CACHE_LIMIT = 20_000;

function wordCount(text: string): number {
  return wordEnds(text).length;
}

/** "Ankomst datum" → "Ankomstdatum": a compound typed as two words. */
function joinSplitCompounds(text: string): string {
  return text.replace(/(\p{L})\s+(?=\p{Ll})/gu, '$1');
}

function bestScore(prefix: string, wording: string, ocr: boolean): LabelScore {
  const plain = labelScore(prefix, wording, { ocr });
  if (plain.coverage >= 1) return plain;
  const joined = labelScore(joinSplitCompounds(prefix), wording, { ocr });
  return joined.coverage > plain.coverage ? joined : plain;
}

/** The shortest prefix of `text` that covers `wording` best, or null when it is not there. */
function prefixFor(text: string, ends: number[], wording: string, ocr: boolean): { coverage: number; end: number } | null {
  const wanted = wordCount(wording);
  const limit = Math.min(ends.length, wanted + 4);
  // Cheap rejection first: most lines contain nothing of the label.
  const head = text.slice(0, ends[limit - 1] ?? text.length);
  const headScore = Math.max(
    labelScore(head, wording, { allowTrailingText: true, ocr }).coverage,
    labelScore(joinSplitCompounds(head), wording, { allowTrailingText: true, ocr }).coverage,
  );
  if (headScore < COVERAGE) return null;
  const allowedExtra = Math.floor(wanted / 4);
  let best: { coverage: number; end: number } | null = null;
  for (let k = 1; k <= limit; k += 1) {
    const end = ends[k - 1] ?? text.length;
    const score = bestScore(text.slice(0, end), wording, ocr);
    if (score.coverage < COVERAGE || score.extraTokens > allowedExtra) continue;
    if (!best || score.coverage > best.coverage + 1e-9) best = { coverage: score.coverage, end };
  }
  return best;
}

const wordingTokens = new Map<string, MatchToken[]>();

function tokensOfWording(wording: string): MatchToken[] {
  let tokens = wordingTokens.get(wording);
  if (!tokens) {
    tokens = contentTokens(wording).map(matchToken);
    wordingTokens.set(wording, tokens);
  }
  return tokens;
}

const startsSeen = new Map<string, boolean>();

/** A label at the start of a line begins with one of its own words; most lines fail this cheaply. */
function mayStartWith(first: MatchToken, wording: string, ocr: boolean): boolean {
  const key = `${first.raw}\u0000${wording}\u0000${ocr}`;
  let answer = startsSeen.get(key);
  if (answer === undefined) {
    const similarity = ocr ? ocrTokenSimilarity : tokenSimilarity;
    answer = tokensOfWording(wording).some((token) => similarity(token, first) >= 0.8);
    if (startsSeen.size > CACHE_LIMIT) startsSeen.clear();
    startsSeen.set(key, answer);
  }
  return answer;
}

/** Per list of wordings (a template's, held by its profile; weak so a configured profile's lists can go), for text layers and for OCR'd text. */
const caches = { typed: new WeakMap<readonly string[], Map<string, LabelHit | null>>(), ocr: new WeakMap<readonly string[], Map<string, LabelHit | null>>() };

/**
 * The label at the start of `text`, if one of `wordings` is there. The shortest prefix that
 * covers the label best is the label; a long label may carry a stray extra word ("Totalt beviljade
 * medel från Samordningsförbund Gävleborg för insatsen").
 */
export function labelAt(text: string, wordings: readonly string[], options: LabelOptions = {}): LabelHit | null {
  const ocr = options.ocr ?? false;
  const cache = ocr ? caches.ocr : caches.typed;
  let known = cache.get(wordings);
  if (!known) {
    known = new Map();
    cache.set(wordings, known);
  }
  if (known.has(text)) return known.get(text) ?? null;
  if (known.size > CACHE_LIMIT) known.clear();
  const hit = findLabelAt(text, wordings, ocr);
  known.set(text, hit);
  return hit;
}

interface PreparedText {
  ends: number[];
  /** The first content word, as written and with a split compound joined ("Ankomst datum"). */
  firsts: MatchToken[];
}

const prepared = new Map<string, PreparedText>();

function prepare(text: string): PreparedText {
  let entry = prepared.get(text);
  if (!entry) {
    const head = text.slice(0, 40);
    const words = [contentTokens(head)[0], contentTokens(joinSplitCompounds(head))[0]];
    entry = { ends: wordEnds(text), firsts: words.filter((word) => word !== undefined).map(matchToken) };
    if (prepared.size > CACHE_LIMIT) prepared.clear();
    prepared.set(text, entry);
  }
  return entry;
}

function findLabelAt(text: string, wordings: readonly string[], ocr: boolean): LabelHit | null {
  const { ends, firsts } = prepare(text);
  let best: { wording: string; coverage: number; end: number } | null = null;
  for (const wording of wordings) {
    if (!firsts.some((first) => mayStartWith(first, wording, ocr))) continue;
    const hit = prefixFor(text, ends, wording, ocr);
    // Best coverage wins; on a tie the wording that accounts for more of the line.
    if (hit && (!best || hit.coverage > best.coverage + 1e-9 || (hit.coverage > best.coverage - 1e-9 && hit.end > best.end))) {
      best = { wording, ...hit };
    }
  }
  if (!best) return null;
  return { wording: best.wording, rest: cleanRest(text.slice(best.end)) };
}

/** The whole text is the label (nothing but separators or hints after it). */
export function isLabel(text: string, wordings: readonly string[], options: LabelOptions = {}): boolean {
  const hit = labelAt(text, wordings, options);
  return hit !== null && hit.rest === '';
}
