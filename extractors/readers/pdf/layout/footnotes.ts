import type { Footnote } from '../../../model.js';
import { joinLine } from '../blocks/join.js';
import type { Segment } from '../types.js';
import { boxOf } from './geometry.js';
import type { BuiltLine } from './lines.js';

/**
 * Footnote texts sit at the bottom of a page in a smaller font, each starting with its number
 * (raised or not), often under a short separator rule. They go to DocModel.footnotes and out of the
 * body, so a paragraph continuing on the next page is not cut by them.
 */

/** A footnote line is at most this share of the body size (or any size under a separator rule). */
const SMALLER = 0.95;

const PLAIN_LABEL = /^(?<id>\d{1,3})[\s.)]\s*(?=\S)/;

export interface FootnotePage {
  page: number;
  width: number;
  lines: BuiltLine[];
  segments: Segment[];
}

function labelOf(line: BuiltLine): { id: string; text: string } | null {
  const first = line.markers[0];
  if (first && first.offset === 0) return { id: first.id, text: line.text };
  const plain = PLAIN_LABEL.exec(line.text);
  const id = plain?.groups?.id;
  return plain && id ? { id, text: line.text.slice(plain[0].length) } : null;
}

/** A short rule above `top` and below `above`: Word's and LibreOffice's footnote separator. */
function hasSeparator(page: FootnotePage, above: number, top: number): boolean {
  return page.segments.some((s) => Math.abs(s.y1 - s.y2) <= 1 && s.y1 > above - 1 && s.y1 < top + 1 && s.x2 - s.x1 < page.width * 0.5);
}

export interface FootnoteResult {
  footnotes: Footnote[];
  /** Lines that belong to footnotes, to drop from the body. */
  used: Set<BuiltLine>;
}

/**
 * `referenced` holds the marker ids seen in the body so far (pages in order); a footnote is
 * accepted when its number was referenced or a separator rule stands above it.
 */
export function findFootnotes(pages: FootnotePage[], bodySize: number): FootnoteResult {
  const footnotes: Footnote[] = [];
  const used = new Set<BuiltLine>();
  const referenced = new Set<string>();
  for (const page of pages) {
    const lines = [...page.lines].sort((a, b) => a.top - b.top);
    for (const line of lines) for (const marker of line.markers) if (marker.offset > 0 || line.text === '') referenced.add(marker.id);
    // The bottom run of smaller lines.
    const bodyEnd = lines.findLastIndex((line) => line.size > bodySize * SMALLER) + 1;
    const firstLabel = lines.findIndex((line, index) => index >= bodyEnd && labelOf(line) !== null);
    const label = lines[firstLabel];
    if (!label) continue;
    const zone = lines.slice(firstLabel);
    const above = lines[firstLabel - 1]?.bottom ?? 0;
    const separated = hasSeparator(page, above, label.top);
    const notes: { id: string; lines: BuiltLine[]; texts: string[] }[] = [];
    for (const line of zone) {
      const label = labelOf(line);
      const current = notes[notes.length - 1];
      if (label && (separated || referenced.has(label.id))) notes.push({ id: label.id, lines: [line], texts: [label.text] });
      else if (current) {
        current.lines.push(line);
        current.texts.push(line.text);
      } else break;
    }
    for (const note of notes) {
      note.lines.forEach((line) => used.add(line));
      footnotes.push({
        id: note.id,
        text: joinFootnoteText(note.texts),
        source: { page: page.page, box: boxOf(note.lines) },
      });
    }
  }
  return { footnotes, used };
}

/** Footnote lines run on: one paragraph, hyphenated breaks joined. */
function joinFootnoteText(texts: string[]): string {
  return texts
    .reduce((joined, text) => joinLine(joined, text, true))
    .replace(/\s+/g, ' ')
    .trim();
}
