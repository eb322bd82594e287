import { isPageNumber, isSignatureStamp, loneNumber } from '../../../text/page-chrome.js';
import type { TextLine } from '../types.js';

/**
 * Page furniture that is not document content: running headers and footers (the same line in the
 * top or bottom margin on many pages, page number allowed to vary), page numbers ("Sida 3 av 9",
 * "3 (9)", "- 3 -", a lone "16") and e-signature stamps ("Comfact Signature Referensnummer: 33688SE"),
 * as text/page-chrome.ts words them.
 */

/** Share of the page height counted as top / bottom margin. */
const TOP_ZONE = 0.1;
const BOTTOM_ZONE = 0.9;
/** A margin line repeated on at least this share of pages (and on two or more) is a running header/footer. */
const REPEATED_SHARE = 0.4;

/**
 * The line with every number blanked, so "Sida 3 av 9" and "Sida 4 av 9" compare equal, and its
 * marks as spaces: a scan read by OCR gives "Sida.5 av 7" or "– Samordningsförbund." on some pages.
 */
function pattern(text: string): string {
  return text
    .toLowerCase()
    .replace(/\d+/g, '#')
    .replace(/[^\p{L}#]+/gu, ' ')
    .trim();
}

export interface PageLines {
  page: number;
  height: number;
  lines: TextLine[];
}

function zoneOf(line: TextLine, height: number): 'top' | 'bottom' | null {
  if (line.bottom <= height * TOP_ZONE) return 'top';
  if (line.top >= height * BOTTOM_ZONE) return 'bottom';
  return null;
}

/**
 * Lone numbers in the margins that count the pages: their difference to the page index is the same
 * on most of them (a cover page may be unnumbered, so the offset need not be zero).
 */
function lonePageNumbers(pages: PageLines[]): TextLine[] {
  const candidates: { line: TextLine; offset: number }[] = [];
  for (const { page, height, lines } of pages) {
    for (const line of lines) {
      const number = loneNumber(line.text);
      if (number !== null && zoneOf(line, height)) candidates.push({ line, offset: number - page });
    }
  }
  // Pages, not lines: two equal amounts at the top of one page ("312 | 312", a table going on from
  // the page before) are one page's coincidence, not numbering.
  const pagesWith = new Map<number, Set<number>>();
  for (const { line, offset } of candidates) {
    const seen = pagesWith.get(offset) ?? new Set<number>();
    seen.add(line.page);
    pagesWith.set(offset, seen);
  }
  const needed = pages.length === 1 ? 1 : 2;
  return candidates.filter(({ offset }) => (pagesWith.get(offset)?.size ?? 0) >= needed).map(({ line }) => line);
}

/** Margin lines by zone and pattern, with the pages each stands on, in reading order. */
function marginRepeats(pages: PageLines[]): Map<string, { pages: Set<number>; lines: TextLine[] }> {
  const seen = new Map<string, { pages: Set<number>; lines: TextLine[] }>();
  for (const { page, height, lines } of pages) {
    for (const line of lines) {
      const zone = zoneOf(line, height);
      if (!zone) continue;
      const key = `${zone}|${pattern(line.text)}`;
      let repeat = seen.get(key);
      if (!repeat) seen.set(key, (repeat = { pages: new Set(), lines: [] }));
      repeat.pages.add(page);
      repeat.lines.push(line);
    }
  }
  return seen;
}

export interface PageChrome {
  /** The flow lines of every page that are furniture, to be left out of the content. */
  lines: Set<TextLine>;
  /**
   * The running headers and footers with words in them ("Årsredovisning 2018", "Samordningsförbundet
   * Södra Vätterbygden"), each once as it first stands, in page order: set aside from the content,
   * they may still be the only place a report whose cover is a picture names itself.
   */
  runningHeads: TextLine[];
}

export function findFurniture(pages: PageLines[]): PageChrome {
  const lines = new Set<TextLine>(lonePageNumbers(pages));
  for (const { height, lines: pageLines } of pages) {
    for (const line of pageLines) {
      if (isSignatureStamp(line.text) || (zoneOf(line, height) && isPageNumber(line.text))) lines.add(line);
    }
  }
  const needed = Math.max(2, Math.ceil(pages.length * REPEATED_SHARE));
  const runningHeads: TextLine[] = [];
  for (const repeat of marginRepeats(pages).values()) {
    if (repeat.pages.size < needed) continue;
    for (const line of repeat.lines) lines.add(line);
    const first = repeat.lines[0] as TextLine;
    if (/\p{L}{2}/u.test(first.text) && !isPageNumber(first.text) && !isSignatureStamp(first.text)) runningHeads.push(first);
  }
  return { lines, runningHeads: runningHeads.sort((a, b) => a.page - b.page || a.top - b.top) };
}
