import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/index.js';
import type { DocumentKind, WrappedIn } from '../schemas/result.js';
import { carriedReport, documentType, finalReportEvidence, namesForbund, opensWithInterimPeriod, ownRowEnd, ownUnits, wrapperOf } from './identity/index.js';
import { appendAll } from './arrays.js';
import { REPORT_WORDS } from './identity/kind-words.js';
import { BoundedCache } from './text/bounded-cache.js';
import type { DocStructure } from './structure/index.js';

type KnownKind = Exclude<DocumentKind, 'unknown'>;

/**
 * A label the kind's documents carry, in the wordings seen or expected; `title` marks the document's
 * own name. An interim report has the annual report's parts (förvaltningsberättelse,
 * resultaträkning): those count for both, and the title tells them apart.
 */
interface Marker {
  kinds: readonly KnownKind[];
  weight: number;
  phrases: string[];
  title?: boolean;
}

const SLUT = ['slutrapport'] as const;
const ANNUAL = ['arsredovisning'] as const;
const INTERIM = ['delarsrapport'] as const;
const FINANCIAL = ['arsredovisning', 'delarsrapport'] as const;

/** Phrases are written normalised (lower case, å/ä/ö folded, no punctuation): see normalizeLabel. */
const MARKERS: Marker[] = [
  { kinds: SLUT, weight: 3, title: true, phrases: ['slutrapport', 'slutredovisning av insats'] },
  { kinds: SLUT, weight: 2, phrases: ['insatsens namn', 'namn pa insatsen'] },
  { kinds: SLUT, weight: 2, phrases: ['planerad insatstid', 'planerad insatsperiod', 'planerad tid for insatsen'] },
  { kinds: SLUT, weight: 2, phrases: ['totalt beviljade medel', 'beviljade medel fran'] },
  { kinds: SLUT, weight: 2, phrases: ['kostnadsslag'] },
  { kinds: SLUT, weight: 1, phrases: ['slutdatum for intag'] },
  { kinds: SLUT, weight: 1, phrases: ['diarienummer'] },
  { kinds: SLUT, weight: 1, phrases: ['ankomstdatum'] },
  { kinds: SLUT, weight: 1, phrases: ['har sokt medel'] },
  { kinds: SLUT, weight: 1, phrases: ['ansvarig for genomforande'] },
  { kinds: SLUT, weight: 1, phrases: ['insatsbeskrivning'] },
  // An evaluation of one insats: its parts as payoff's and others' evaluations name them.
  {
    kinds: SLUT,
    weight: 1,
    phrases: ['projektets mal', 'projektets syfte', 'projektets resultat', 'projektets genomforande', 'projektagare', 'projektnamn', 'projektbenamning'],
  },
  { kinds: SLUT, weight: 1, phrases: ['projektets klassificering', 'insatsens klassificering', 'verksamhetens klassificering', 'deltagarnas aktivitetslage'] },
  { kinds: ANNUAL, weight: 3, title: true, phrases: ['arsredovisning', 'arsrapport', 'arsbokslut'] },
  // An interim report's every name, as the opening's kind words list them (identity/kind-words.ts).
  { kinds: INTERIM, weight: 3, title: true, phrases: REPORT_WORDS.find((entry) => entry.kind === 'delarsrapport')?.stems ?? [] },
  { kinds: INTERIM, weight: 1, phrases: ['forsta halvaret', 'forsta halvar', 'forsta tertialet', 'januari juni', 'januari augusti', 'delarsperioden'] },
  { kinds: FINANCIAL, weight: 2, phrases: ['forvaltningsberattelse'] },
  { kinds: FINANCIAL, weight: 2, phrases: ['resultatrakning'] },
  { kinds: FINANCIAL, weight: 2, phrases: ['balansrakning'] },
  { kinds: FINANCIAL, weight: 2, phrases: ['insatsnamn'] },
  { kinds: FINANCIAL, weight: 1, phrases: ['kassaflodesanalys', 'finansieringsanalys'] },
  { kinds: ANNUAL, weight: 1, phrases: ['revisionsberattelse'] },
  { kinds: FINANCIAL, weight: 1, phrases: ['redovisningsprinciper'] },
  { kinds: FINANCIAL, weight: 1, phrases: ['huvudman for insats'] },
  { kinds: FINANCIAL, weight: 1, phrases: ['utfall ekonomi'] },
];

/** Labels and headings are short; a marker word inside prose ("slutrapport har inkommit") says nothing. */
const MAX_LABEL_WORDS = 12;
const MAX_TITLE_WORDS = 6;
const MIN_SCORE = 4;

export interface Classification {
  kind: DocumentKind;
  /** The paper the report came inside, when it did. */
  wrappedIn: WrappedIn | null;
  scores: Record<KnownKind, number>;
  /** The first phrase of every marker found, for diagnostics. */
  matched: string[];
}

/**
 * Decides the kind from what the document's opening says it is (its cover or title) and from the
 * template's labels and headings. Each marker counts once, so a repeated label cannot outvote the
 * rest, and a typo or a reworded label only costs its weight. A document whose opening says it is
 * something else (a budget, a protokoll) is no report; a paper that carries a report is that report.
 */
export function classifyDocument(structure: DocStructure): Classification {
  // Every short line, normalised once: the markers and a year told in brief are looked for in the same lines.
  const lines = labelLines(structure);
  const scored = scoreMarkers(lines);
  const { scores, matched } = scored;
  const type = documentType(structure);
  if (type?.type === 'other') return { kind: 'unknown', wrappedIn: null, scores, matched };
  if (type?.type === 'wrapper') {
    const carried = carriedReport(structure);
    return carried ? { kind: carried, wrappedIn: wrapperOf(structure, type.at), scores, matched } : { kind: 'unknown', wrappedIn: null, scores, matched };
  }
  // A final report that tells of its project after the fact, in running text rather than a form's labels; an annual report's title outweighs it.
  if (type?.type !== 'report' || type.kind === 'slutrapport') {
    // One kind of evidence alone (a news page's "projektet pågick …") says nothing; each beyond it counts like a label.
    const evidence = finalReportEvidence(structure);
    if (evidence.length >= MIN_EVIDENCE) {
      scores.slutrapport += evidence.length;
      appendAll(matched, evidence);
    }
  }
  if (type?.type === 'report') {
    // The cover's title counts as the kind's title marker (once), and for one more with the year it is for.
    if (!scored.titled.has(type.kind)) scores[type.kind] += TITLE_WEIGHT;
    if (type.strong) scores[type.kind] += 1;
    // A förbund's page on its annual report, headed without the year, tells the year in brief further down.
    else if (type.kind === 'arsredovisning' && toldInBrief(lines)) {
      scores.arsredovisning += 1;
      matched.push('aret i korthet');
    }
    return { kind: scores[type.kind] >= MIN_SCORE ? type.kind : 'unknown', wrappedIn: null, scores, matched };
  }
  // Without a title an interim report's parts are an annual report's: the period its opening states tells them apart.
  const decided = decide(scores, () => opensWithInterimPeriod(structure));
  // Without a title, an annual report's parts (förvaltningsberättelse, resultaträkning) are any body's: a kommun's or a company's has them too.
  if ((decided === 'arsredovisning' || decided === 'delarsrapport') && !namesForbund(structure)) return { kind: 'unknown', wrappedIn: null, scores, matched };
  return { kind: decided, wrappedIn: null, scores, matched };
}

/** "Verksamheten 2022 i korthet", "2021 i sammanfattning", "Året i siffror": a year told in brief, as a page on an annual report heads it (normalised). */
const YEAR_IN_BRIEF = /^(?:(?:verksamheten|verksamhetsaret|aret)(?: (?:19|20)\d{2})?|(?:19|20)\d{2}) i (?:korthet|sammanfattning|sammandrag|siffror)$/u;

function toldInBrief(lines: readonly string[][]): boolean {
  return lines.some((tokens) => YEAR_IN_BRIEF.test(tokens.join(' ')));
}

const TITLE_WEIGHT = 3;
const MIN_EVIDENCE = 2;

function scoreMarkers(lines: readonly string[][]): { scores: Record<KnownKind, number>; matched: string[]; titled: Set<KnownKind> } {
  // Only lines holding some marker word can hold a marker phrase.
  const labels = lines.filter((tokens) => tokens.some((token) => markerWordsLike(token).size > 0));
  const scores: Record<KnownKind, number> = { slutrapport: 0, arsredovisning: 0, delarsrapport: 0 };
  const matched: string[] = [];
  const titled = new Set<KnownKind>();
  for (const marker of MARKERS) {
    const candidates = marker.title ? labels.filter((tokens) => tokens.length <= MAX_TITLE_WORDS) : labels;
    const found = marker.phrases.some((phrase) => {
      const wanted = phrase.split(' ');
      return candidates.some((tokens) => containsPhrase(tokens, wanted));
    });
    if (!found) continue;
    for (const kind of marker.kinds) scores[kind] += marker.weight;
    if (marker.title) for (const kind of marker.kinds) titled.add(kind);
    matched.push(marker.phrases[0] ?? '');
  }
  return { scores, matched, titled };
}

/**
 * The annual-report family (an annual or an interim report) against the slutrapport: the winner
 * needs enough markers and a clear lead. Within the family the interim report's title decides, and
 * where the parts tie, the period the opening states.
 */
function decide(scores: Record<KnownKind, number>, interimPeriod: () => boolean): DocumentKind {
  const interim =
    scores.delarsrapport > scores.arsredovisning || (scores.delarsrapport === scores.arsredovisning && scores.delarsrapport > 0 && interimPeriod());
  const family: KnownKind = interim ? 'delarsrapport' : 'arsredovisning';
  const [top, other]: [KnownKind, KnownKind] = scores.slutrapport >= scores[family] ? ['slutrapport', family] : [family, 'slutrapport'];
  const best = scores[top];
  const rest = scores[other];
  if (best < MIN_SCORE) return 'unknown';
  return best >= 2 * rest || best - rest >= 4 ? top : 'unknown';
}

/**
 * Every short line of the document as normalised tokens (a PDF paragraph may hold a label and its
 * value), page furniture left out, and the headings and contents entries the structure pass found
 * inside longer text (a transcript runs a page's headings into its paragraph).
 */
function labelLines(structure: DocStructure): string[][] {
  const lines: string[][] = [];
  const add = (line: string): void => {
    if (!mayBeLabel(line)) return;
    const tokens = normalizeLabel(line)
      .split(' ')
      .filter((token) => token !== '');
    if (tokens.length > 0) lines.push(tokens);
  };
  for (const unit of ownUnits(structure)) {
    for (const line of unit.text.split('\n')) add(line);
  }
  const end = ownRowEnd(structure);
  for (const heading of structure.headings) if (heading.by === 'run-in' && heading.row < end) add(heading.title);
  for (const entry of structure.contents) add(entry.title);
  return lines;
}

/** A word of normalizeLabel's output, counted in the text before: marks (NFD accents) are part of their letter. */
const WORD = /[\p{L}\p{N}\p{M}]*[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

/** As many words as normalizeLabel(text) would have at most MAX_LABEL_WORDS, told without normalising. */
export function mayBeLabel(text: string): boolean {
  WORD.lastIndex = 0;
  let words = 0;
  while (WORD.exec(text) !== null) if (++words > MAX_LABEL_WORDS) return false;
  return true;
}

/** Lower case, å/ä/ö/é folded to their base letters, punctuation to spaces. */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * True for a short text holding one of the templates' labels ("Eventuellt slutdatum för intag av
 * deltagare"), given as normalizeLabel made it.
 */
export function isNormalizedTemplateLabel(normalized: string): boolean {
  const tokens = normalized.split(' ');
  if (tokens.length > MAX_LABEL_WORDS) return false;
  return MARKERS.some((marker) => marker.phrases.some((phrase) => containsPhrase(tokens, phrase.split(' '))));
}

function containsPhrase(tokens: string[], phrase: string[]): boolean {
  for (let start = 0; start + phrase.length <= tokens.length; start++) {
    if (phrase.every((word, offset) => markerWordsLike(tokens[start + offset] ?? '').has(word))) return true;
  }
  return false;
}

const MARKER_WORDS = [...new Set(MARKERS.flatMap((marker) => marker.phrases.flatMap((phrase) => phrase.split(' '))))];
const NO_WORDS: ReadonlySet<string> = new Set();
const markerWordsByToken = new BoundedCache<string, ReadonlySet<string>>(20_000);

/**
 * The marker words a document word stands for, typos allowed. Documents repeat their words, so
 * each is compared with the markers once, not once per line and phrase.
 */
function markerWordsLike(token: string): ReadonlySet<string> {
  return markerWordsByToken.get(token, () => {
    const like = MARKER_WORDS.filter((word) => similarWord(token, word));
    return like.length > 0 ? new Set(like) : NO_WORDS;
  });
}

/** Equal, or a typo away: one edit in words of 5+ letters, two in words of 10+. */
function similarWord(actual: string, wanted: string): boolean {
  if (actual === wanted) return true;
  if (wanted.length < 5 || Math.abs(actual.length - wanted.length) > 2 || actual[0] !== wanted[0]) return false;
  const allowed = wanted.length >= 10 ? 2 : 1;
  return DamerauLevenshteinDistance(actual, wanted) <= allowed;
}
