/**
 * Where a statement about a figure begins and ends in running text: a sentence, a list item or
 * a line. Figures are read with the words around them, because the words say what they count.
 */

/** The end of a sentence: . ! ? before a capital, a digit or the end; or a line break. */
const SENTENCE_END = /[.!?](?=\s+[\p{Lu}\d"”(–-]|\s*$)|\n/gu;
/** A list marker at the start of a line or sentence: "- ", "• ", "2. ". */
const LIST_MARKER = /^\s*(?:[-–•·*]\s*|\d{1,2}\.\s+)/u;

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** The sentences (and list items, and lines) of a text, without their list markers. */
export function sentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const marker = raw.match(LIST_MARKER)?.[0] ?? '';
    const lead = raw.length - raw.trimStart().length;
    const from = start + Math.max(lead, marker.length);
    const trimmed = text.slice(from, end).trimEnd();
    if (trimmed !== '') spans.push({ start: from, end: from + trimmed.length, text: trimmed });
  };
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match[0] === '\n' ? match.index : match.index + 1;
    push(end);
    start = match.index + 1;
  }
  push(text.length);
  return spans;
}

/** The sentence around offset `at`. */
export function sentenceAt(text: string, at: number): Span {
  return sentences(text).find((span) => at >= span.start && at < span.end) ?? { start: 0, end: text.length, text };
}

/** ", varav 8 har börjat arbeta": a clause about some of the same people. */
const OF_WHOM = /^,\s*(?:varav|därav|av dessa|av dem|av vilka)(?![\p{L}])/iu;

/**
 * The statement a figure at [start, end) belongs to: from the start of its sentence to the end
 * of its clause. A comma straight after the figure closes an apposition ("960 personers ärenden,
 * 594 kvinnor och 365 män, har lyfts …"), so the clause goes on past it; the next comma or the
 * sentence's full stop ends it, unless it opens what is said of the same people (", varav …").
 */
export function clauseAround(text: string, start: number, end: number): Span {
  const sentence = sentenceAt(text, start);
  let cursor = end;
  const skipped = text.slice(cursor).match(/^\s*\)?\s*,/u);
  if (skipped) cursor += skipped[0].length;
  let clauseEnd = sentence.end;
  for (let from = cursor; from < sentence.end;) {
    const stop = text.slice(from, sentence.end).search(/,|;|\s[–-]\s/u);
    if (stop < 0) break;
    // ", varav 8 har börjat arbeta": what follows is said of the same figure.
    if (!OF_WHOM.test(text.slice(from + stop))) {
      clauseEnd = from + stop;
      break;
    }
    from += stop + 1;
  }
  // A sentence's full stop is part of it; a comma that ends the clause is not.
  const clause = text.slice(sentence.start, clauseEnd).trimEnd();
  return { start: sentence.start, end: sentence.start + clause.length, text: clause };
}
