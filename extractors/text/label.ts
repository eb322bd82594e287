import { BoundedCache } from './bounded-cache.js';
import { foldDiacritics } from './normalize.js';
import { ocrTokenSimilarity } from './ocr-similarity.js';
import { bestMatch, type MatchToken, matchToken, tokenSimilarity } from './similarity.js';
import { STOPWORDS, tokenize } from './tokens.js';

export interface LabelMatchOptions {
  /** Share of the label's words that must be found (fuzzily) in the candidate; default 0.85. */
  threshold?: number;
  /** Words of the candidate that are not in the label, beyond which it is a sentence, not a label. */
  maxExtraTokens?: number;
  /** The label may be followed by its value on the same line ("Period 2019-10-01 – …"). */
  allowTrailingText?: boolean;
  /** The candidate was read by OCR: its words may be misread in shape-alike letters (ocrTokenSimilarity). */
  ocr?: boolean;
}

export interface LabelScore {
  /** 0..1: how much of the label the candidate contains. */
  coverage: number;
  /** Candidate words that are not part of the label (format hints and bracketed notes excluded). */
  extraTokens: number;
}

/** "åååå-mm-dd", "yyyy-mm-dd", "ååååmmdd": a format hint, not part of what the label says. */
const FORMAT_HINT = /^(?:[ay]{2,4}-?m{1,2}-?d{1,2}|[ay]{4}|mm|dd)$/;

interface LabelToken {
  token: MatchToken;
  aside: boolean;
}

const tokenized = new BoundedCache<string, LabelToken[]>(20_000);

/** Content words of a label or line, with bracketed asides marked so they can be ignored as extras. */
function labelTokens(text: string): LabelToken[] {
  return tokenized.get(text, () => readLabelTokens(text));
}

function readLabelTokens(text: string): LabelToken[] {
  const tokens: LabelToken[] = [];
  // Split on brackets so "(ange typ av lokal)" can be told apart from the label itself.
  let depth = 0;
  for (const piece of text.split(/([()[\]])/)) {
    if (piece === '(' || piece === '[') depth += 1;
    else if (piece === ')' || piece === ']') depth = Math.max(0, depth - 1);
    else {
      for (const raw of tokenize(piece)) {
        const folded = foldDiacritics(raw);
        if (STOPWORDS.has(raw) || STOPWORDS.has(folded) || FORMAT_HINT.test(folded)) continue;
        tokens.push({ token: matchToken(raw), aside: depth > 0 });
      }
    }
  }
  return tokens;
}

/** How well a line or cell matches a form label, tolerating typos, inflection and rewording. */
export function labelScore(candidate: string, label: string, options: LabelMatchOptions = {}): LabelScore {
  const wanted = labelTokens(label)
    .filter((entry) => !entry.aside)
    .map((entry) => entry.token);
  const present = labelTokens(candidate);
  if (wanted.length === 0) return { coverage: 0, extraTokens: present.length };
  const similarity = options.ocr ? ocrTokenSimilarity : tokenSimilarity;
  const used = new Set<number>();
  let total = 0;
  let lastUsed = -1;
  for (const token of wanted) {
    const available = present.map((entry, index) => (used.has(index) ? matchToken('\u0000') : entry.token));
    const best = bestMatch(token, available, similarity);
    if (best.index >= 0) {
      used.add(best.index);
      total += best.score;
      lastUsed = Math.max(lastUsed, best.index);
    }
  }
  const extraTokens = present.filter((entry, index) => {
    if (used.has(index) || entry.aside || /^\d/.test(entry.token.raw)) return false;
    return !(options.allowTrailingText && index > lastUsed);
  }).length;
  return { coverage: total / wanted.length, extraTokens };
}

/**
 * Is this line or cell the form label `label`, possibly typo'd or reworded? "Planerad insatstid –
 * åååå-mm-dd" and "Planerad insatstid (åååå-mm-dd)" both match "Planerad insatstid"; so does
 * "Planerad insattid". A sentence that merely contains the words does not (too many extra words).
 */
export function labelMatches(candidate: string, label: string, options: LabelMatchOptions = {}): boolean {
  const threshold = options.threshold ?? 0.85;
  const wantedCount = labelTokens(label).filter((entry) => !entry.aside).length;
  const maxExtra = options.maxExtraTokens ?? Math.max(3, wantedCount);
  if (!options.allowTrailingText) {
    // More words than the label could use plus the extras allowed: a sentence, whatever they are.
    const words = labelTokens(candidate).filter((entry) => !entry.aside && !entry.token.numeric).length;
    if (words > wantedCount + maxExtra) return false;
  }
  const score = labelScore(candidate, label, options);
  return score.coverage >= threshold && score.extraTokens <= maxExtra;
}
