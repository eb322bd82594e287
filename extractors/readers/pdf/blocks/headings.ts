import type { Paragraph } from '../../../model.js';
import { maxOf } from '../../../arrays.js';

/**
 * Heading levels from type: each font size clearly larger than the body text is a level (largest
 * first), and short bold paragraphs at body size come below those. Cover text — sizes above every
 * repeated heading size, each used once, on page 1 — gets no level (as Word's Title style), so
 * "1. Allmänna uppgifter" is a level-1 heading in the PDF as in the DOCX.
 */

const LARGER = 1.12;
/** Sizes this close are one size. */
const SAME_SIZE = 0.6;
const MAX_LEVEL = 6;
/** Bold body-size paragraphs longer than this are emphasised text, not headings. */
const MAX_BOLD_HEADING_LINES = 3;

interface Candidate {
  paragraph: Paragraph;
  size: number;
  bold: boolean;
}

function describe(paragraph: Paragraph): Candidate | null {
  const lines = paragraph.lines ?? [];
  if (lines.length === 0 || paragraph.text.trim() === '') return null;
  const size = maxOf(lines.map((line) => line.fontSize ?? 0));
  return { paragraph, size, bold: lines.every((line) => line.bold === true) };
}

function clusterSizes(sizes: number[]): number[] {
  const result: number[] = [];
  for (const size of [...sizes].sort((a, b) => b - a)) {
    if (result.every((s) => Math.abs(s - size) > SAME_SIZE)) result.push(size);
  }
  return result;
}

/** Clearly larger than the body text: a heading level of its own. */
const isLarger = (size: number, bodySize: number): boolean => size >= bodySize * LARGER;
/** Bold at body size (a bold footnote is smaller): a heading below the larger ones, if short. */
const isBoldAtBodySize = (size: number, bold: boolean, bodySize: number): boolean => bold && size >= bodySize - SAME_SIZE;

/** Set as a heading, by the rules markHeadings gives levels by: larger than the body text, or bold at body size. */
export function setAsHeading(line: { size: number; bold: boolean }, bodySize: number): boolean {
  return isLarger(line.size, bodySize) || isBoldAtBodySize(line.size, line.bold, bodySize);
}

/** Sets headingLevel on the flow paragraphs that are headings. */
export function markHeadings(paragraphs: Paragraph[], bodySize: number): void {
  const candidates = paragraphs.map(describe).filter((c): c is Candidate => c !== null);
  const large = candidates.filter((c) => isLarger(c.size, bodySize));
  let sizes = clusterSizes(large.map((c) => c.size));
  const usesOf = (size: number): number => large.filter((c) => Math.abs(c.size - size) <= SAME_SIZE).length;
  // Cover text: sizes above every repeated heading size, each used once, on the first page.
  const repeated = sizes.filter((size) => usesOf(size) > 1);
  const onFirstPage = (size: number): boolean => large.every((c) => Math.abs(c.size - size) > SAME_SIZE || c.paragraph.source.page === 1);
  const cover = repeated.length === 0 ? [] : sizes.filter((size) => size > maxOf(repeated) + SAME_SIZE && usesOf(size) === 1 && onFirstPage(size));
  sizes = sizes.filter((size) => !cover.includes(size));
  const levelOf = (size: number): number | null => {
    const index = sizes.findIndex((s) => Math.abs(s - size) <= SAME_SIZE);
    return index === -1 ? null : Math.min(index + 1, MAX_LEVEL);
  };
  const boldLevel = Math.min(sizes.length + 1, MAX_LEVEL);
  for (const c of candidates) {
    if (cover.some((size) => Math.abs(c.size - size) <= SAME_SIZE)) continue;
    const level = isLarger(c.size, bodySize) ? levelOf(c.size) : null;
    if (level !== null) c.paragraph.headingLevel = level;
    else if (isBoldAtBodySize(c.size, c.bold, bodySize) && (c.paragraph.lines?.length ?? 0) <= MAX_BOLD_HEADING_LINES) {
      c.paragraph.headingLevel = boldLevel;
    }
  }
}
