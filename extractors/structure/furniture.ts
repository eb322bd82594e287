/**
 * Page furniture among the rows: what the PDF reader should have removed but might not have (page
 * numbers and running headers at the edge of a page), e-signature and receiving stamps anywhere,
 * a transcript's lone page markers ("(3)"), and the page number and running header a transcript
 * glues to the start of each page's paragraph ("3 Org.nr Förvaltningsberättelse …").
 */
import type { Paragraph, Row, SourceRef } from '../model.js';
import { holdsReceivingStamp, holdsSignatureStamp, isPageNumber, loneNumber, organisationNumberPrefix } from '../text/page-chrome.js';
import type { Outline } from './outline.js';
import type { FormRow } from './rows.js';

export type FurnitureKind = 'page-number' | 'running-header' | 'signature-stamp' | 'receiving-stamp';

export interface Furniture {
  kind: FurnitureKind;
  /** The furniture's text as it stood (for a glued one, only the furniture's part). */
  text: string;
  source: SourceRef;
}

/** Rows from each end of a page that may be furniture. */
const EDGE = 2;
/** A receiving stamp is a few words: the body, "Inkom", a date, a diarienummer. */
const MAX_STAMP_WORDS = 14;
/** A running header or footer is on (nearly) every page; a form label can start or end two by chance. */
const MIN_REPEATS = 3;

function lineText(row: FormRow): string | null {
  return row.table === null ? (row.cells[0]?.text ?? null) : null;
}

/** Row indices at the top and bottom of each PDF page. */
function pageEdges(rows: FormRow[]): Set<number> {
  const byPage = new Map<number, number[]>();
  rows.forEach((row, index) => {
    const page = row.source.page;
    if (page === null || row.table !== null) return;
    let indices = byPage.get(page);
    if (!indices) byPage.set(page, (indices = []));
    indices.push(index);
  });
  const edges = new Set<number>();
  for (const indices of byPage.values()) {
    for (const index of [...indices.slice(0, EDGE), ...indices.slice(-EDGE)]) edges.add(index);
  }
  return edges;
}

/** Texts standing at the edge of three or more pages, form labels excepted. */
function runningLines(rows: FormRow[], edges: Set<number>, outlines: readonly Outline[]): Set<string> {
  const pagesOf = new Map<string, Set<number>>();
  for (const index of edges) {
    const row = rows[index];
    const text = row ? lineText(row) : null;
    if (!row || !text || row.source.page === null) continue;
    let pages = pagesOf.get(text);
    if (!pages) pagesOf.set(text, (pages = new Set()));
    pages.add(row.source.page);
  }
  const running = new Set<string>();
  for (const [text, pages] of pagesOf) {
    if (pages.size >= MIN_REPEATS && !outlines.some((outline) => outline.isFieldLabel(text))) running.add(text);
  }
  return running;
}

/**
 * Lone page markers of a transcript ("(3)", "16" on a line of its own) that count up through the
 * document, three or more of them apart from each other: a lone figure in a form is no page.
 */
function lonePageMarkers(rows: FormRow[]): Set<number> {
  const found: { index: number; number: number }[] = [];
  rows.forEach((row, index) => {
    const text = lineText(row);
    const number = text === null ? null : loneNumber(text);
    if (number !== null) found.push({ index, number });
  });
  const counting = found.filter((item, at) => {
    const before = found[at - 1];
    const after = found[at + 1];
    const follows = (a: typeof item | undefined, b: typeof item | undefined): boolean =>
      a !== undefined && b !== undefined && b.number === a.number + 1 && b.index > a.index + 1;
    return follows(before, item) || follows(item, after);
  });
  return counting.length >= MIN_REPEATS ? new Set(counting.map((item) => item.index)) : new Set();
}

function isReceivingStamp(text: string, outlines: readonly Outline[]): boolean {
  if (text.length > MAX_STAMP_WORDS * 12 || text.split(/\s+/).length > MAX_STAMP_WORDS || !holdsReceivingStamp(text)) return false;
  // A template's own "Inkommen: 2022-01-24" is a form field, not a stamp.
  return !outlines.some((outline) => outline.isFieldLabel(text));
}

/**
 * A receiving stamp printed over several lines ("EXEMPELSTADS KOMMUN / Kommunstyrelsen / Ink. 2016 -03- 14 /
 * Dnr KS 2016/118"): a paragraph whose lines together are a stamp, by the test a stamp on one line meets,
 * is furniture whole — its body's name and diarienummer are no more the document's than its date.
 */
function stampParagraphs(rows: FormRow[], outlines: readonly Outline[]): Map<Paragraph | Row, { first: number; text: string }> {
  const lines = new Map<Paragraph | Row, { first: number; texts: string[] }>();
  rows.forEach((row, index) => {
    const text = lineText(row);
    if (text === null) return;
    const paragraph = lines.get(row.origin);
    if (paragraph) paragraph.texts.push(text);
    else lines.set(row.origin, { first: index, texts: [text] });
  });
  const stamps = new Map<Paragraph | Row, { first: number; text: string }>();
  for (const [origin, { first, texts }] of lines) {
    const text = texts.join('\n');
    // One line is the per-line test's; a stamp over lines is what this adds.
    if (texts.length > 1 && isReceivingStamp(text, outlines)) stamps.set(origin, { first, text });
  }
  return stamps;
}

/** Which rows are page furniture (`removed[i]`), and the furniture; `pageMarkers`: a transcript's pages that are their number alone. */
export function markFurniture(
  rows: FormRow[],
  outlines: readonly Outline[],
  pageMarkers: ReadonlySet<Paragraph | Row> = new Set(),
): { removed: boolean[]; furniture: Furniture[] } {
  const edges = pageEdges(rows);
  const running = edges.size > 0 ? runningLines(rows, edges, outlines) : new Set<string>();
  const markers = lonePageMarkers(rows);
  const furniture: Furniture[] = [];
  const stamps = stampParagraphs(rows, outlines);
  const removed = rows.map((row, index) => {
    const stamp = stamps.get(row.origin);
    if (stamp) {
      // The whole stamp is one piece of furniture, told once, at its first line.
      if (stamp.first === index) furniture.push({ kind: 'receiving-stamp', text: stamp.text, source: row.source });
      return true;
    }
    const text = lineText(row);
    if (text === null) return false;
    const kind = furnitureKind(text, index);
    if (kind === null) return false;
    furniture.push({ kind, text, source: row.source });
    return true;
  });
  return { removed, furniture };

  function furnitureKind(text: string, index: number): FurnitureKind | null {
    if (holdsSignatureStamp(text)) return 'signature-stamp';
    if (isReceivingStamp(text, outlines)) return 'receiving-stamp';
    if (markers.has(index) || (rows[index] !== undefined && pageMarkers.has(rows[index].origin))) return 'page-number';
    if (!edges.has(index)) return null;
    if (isPageNumber(text) || loneNumber(text) !== null) return 'page-number';
    return running.has(text) ? 'running-header' : null;
  }
}

/** "3 Förvaltningsberättelse …", or "3" alone (a page without text): a number at the start of a paragraph, maybe its page's. */
const LEADING_NUMBER = /^(\d{1,3})(?:\s+(?=\S)|\s*$)/;
/** A page of a transcript runs on; a heading or a list item does not. */
const PAGE_WORDS = 40;
const MAX_HEADER_WORDS = 8;

interface Numbered {
  paragraph: Paragraph;
  number: number;
  /** Where the text after the number starts. */
  rest: number;
  /** Runs on for a page, or is the number alone: no heading either way. */
  pageLike: boolean;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}

/** The longest run of paragraphs whose leading numbers count up by one, in document order. */
function longestCount(numbered: Numbered[]): Numbered[] {
  const best: Numbered[][] = [];
  let longest: Numbered[] = [];
  numbered.forEach((item, at) => {
    let chain: Numbered[] = [item];
    for (let before = at - 1; before >= 0; before--) {
      const earlier = numbered[before];
      const run = best[before];
      if (earlier && run && earlier.number === item.number - 1 && run.length + 1 > chain.length) chain = [...run, item];
    }
    best[at] = chain;
    if (chain.length > longest.length) longest = chain;
  });
  return longest;
}

/** Words (numbers blanked) that most page paragraphs start with after their page number: a running header. */
function repeatedHeader(texts: string[]): string[] {
  const tokens = texts.map((text) =>
    text
      .split(/\s+/)
      .slice(0, MAX_HEADER_WORDS)
      .map((word) => word.replace(/\d+/g, '#')),
  );
  const needed = Math.max(MIN_REPEATS, Math.ceil(texts.length / 2));
  for (let length = MAX_HEADER_WORDS; length >= 2; length--) {
    const counts = new Map<string, number>();
    for (const words of tokens) {
      if (words.length < length) continue;
      const key = words.slice(0, length).join(' ');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    for (const [key, count] of counts) if (count >= needed) return key.split(' ');
  }
  return [];
}

/** Length of the running header (`header`'s words, numbers blanked) or organisationsnummer line at the start of `text`. */
function headerAt(text: string, header: string[]): number {
  const words = text.split(/\s+/).slice(0, header.length);
  if (header.length === 0 || words.map((word) => word.replace(/\d+/g, '#')).join(' ') !== header.join(' ')) return organisationNumberPrefix(text);
  return new RegExp(`^(?:\\S+\\s+){${header.length - 1}}\\S+\\s*`).exec(text)?.[0].length ?? 0;
}

/** What a transcript glued to the start of a page's paragraph. */
export interface GluedChrome {
  /** Where the paragraph's own text starts. */
  end: number;
  /** The page number as written. */
  page: string;
  /** The running header after it ("Org.nr"), '' when none. */
  header: string;
}

/**
 * The page chrome a transcript glued to the start of its pages' paragraphs: the page number (the
 * paragraphs' leading numbers count up through the document, and most of them run on for a page;
 * or the number is followed by the running header's "Org.nr"), then an organisationsnummer line
 * or a header repeated on most pages.
 */
export function gluedPageChrome(paragraphs: Paragraph[]): Map<Paragraph, GluedChrome> {
  const numbered: Numbered[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.headingLevel !== undefined) continue;
    const match = LEADING_NUMBER.exec(paragraph.text);
    if (!match?.[1]) continue;
    const alone = match[0].length === paragraph.text.length;
    numbered.push({ paragraph, number: Number(match[1]), rest: match[0].length, pageLike: alone || wordCount(paragraph.text) >= PAGE_WORDS });
  }
  const chain = longestCount(numbered);
  const first = chain[0];
  const counted =
    (chain.length >= 3 && chain.filter((page) => page.pageLike).length * 2 >= chain.length) ||
    // A transcript's opening: page 1 is the document's first paragraph, and a page runs on.
    (chain.length === 2 && first?.number === 1 && first.paragraph === paragraphs[0] && chain.some((page) => page.pageLike));
  // A page number followed by the running header's organisationsnummer line needs no count to be one.
  const headed = numbered.filter((item) => !(counted && chain.includes(item)) && organisationNumberPrefix(item.paragraph.text.slice(item.rest)) > 0);
  const pages = [...(counted ? chain : []), ...headed];
  const chrome = new Map<Paragraph, GluedChrome>();
  // "2 2 Innehållsförteckning": the page's own printed number after the transcript's.
  const starts = pages.map((page) => page.rest + (new RegExp(`^${page.number}\\s+(?=\\S)`).exec(page.paragraph.text.slice(page.rest))?.[0].length ?? 0));
  const header = repeatedHeader(pages.map((page, at) => page.paragraph.text.slice(starts[at])));
  pages.forEach((page, at) => {
    const start = starts[at] ?? page.rest;
    const after = page.paragraph.text.slice(start);
    const headerLength = headerAt(after, header);
    chrome.set(page.paragraph, { end: start + headerLength, page: String(page.number), header: after.slice(0, headerLength).trim() });
  });
  return chrome;
}
