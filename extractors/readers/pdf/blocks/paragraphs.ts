import type { Checkbox, Line, Paragraph } from '../../../model.js';
import { CHECKED, UNCHECKED } from '../content/glyphs.js';
import { boxOf } from '../layout/geometry.js';
import type { BuiltLine } from '../layout/lines.js';
import { isWrapped, joinLine } from './join.js';
import { minOf } from '../../../arrays.js';

/**
 * Paragraphs from lines in reading order. A new paragraph starts at a wider gap than the line
 * pitch, a change of font size or weight, a jump in indentation, or a list label; a page break
 * is crossed when the last line on the page was a soft wrap and the next page goes on alike.
 */

/** A line further below the previous than this (× font size) starts a new paragraph. */
const PARAGRAPH_GAP = 1.42;

const LIST_LABEL = /^(?:[•◦▪▫●○■·\-–—*>»]|\d{1,2}[.)]|[a-zåäö][.)]|\(?[ivx]{1,4}\))\s/;

export interface LineContext {
  /** Rightmost position the text of this line could reach (column, cell or page text edge). */
  limit(line: BuiltLine): number;
}

function firstWordWidth(line: BuiltLine): number {
  const run = line.runs[0];
  return run ? run.right - run.x : 0;
}

function wrapped(line: BuiltLine, next: BuiltLine, context: LineContext): boolean {
  return isWrapped({ right: line.right, nextWordWidth: firstWordWidth(next), limit: context.limit(line), size: line.size });
}

/** The lines of one paragraph, top to bottom: never empty. */
export type LineGroup = [BuiltLine, ...BuiltLine[]];

function continues(group: LineGroup, last: BuiltLine, next: BuiltLine, context: LineContext): boolean {
  const first = group[0];
  const size = Math.max(last.size, next.size);
  if (Math.abs(last.size - next.size) > 0.6 || last.bold !== next.bold) return false;
  if (LIST_LABEL.test(next.text)) return false;
  const listItem = LIST_LABEL.test(first.text);
  const left = group.length > 1 ? minOf(group.slice(1).map((l) => l.x)) : first.x;
  const indent = next.x - left;
  const firstLineIndent = group.length === 1 && indent < 0 && indent >= -size * 3;
  if (!firstLineIndent && (indent < -size * 1.5 || indent > size * (listItem && group.length === 1 ? 4 : 1.5))) return false;
  if (next.page !== last.page) return wrapped(last, next, context);
  const pitch = next.baseline - last.baseline;
  return pitch > 0 && pitch <= size * PARAGRAPH_GAP;
}

function checkboxesOf(text: string): Checkbox[] {
  if (!text.includes(CHECKED) && !text.includes(UNCHECKED)) return [];
  return [...text].filter((c) => c === CHECKED || c === UNCHECKED).map((c) => ({ checked: c === CHECKED }));
}

function modelLine(line: BuiltLine): Line {
  return { text: line.text, source: { page: line.page, box: boxOf([line]) }, fontSize: line.size, bold: line.bold };
}

export function paragraphOf(group: LineGroup, context: LineContext): Paragraph {
  let text = '';
  group.forEach((line, index) => {
    const previous = group[index - 1];
    text = previous ? joinLine(text, line.text, wrapped(previous, line, context)) : line.text;
  });
  const first = group[0];
  const onFirstPage = group.filter((line) => line.page === first.page);
  const paragraph: Paragraph = {
    type: 'paragraph',
    text,
    source: { page: first.page, box: boxOf(onFirstPage) },
    lines: group.map(modelLine),
  };
  const refs = [...new Set(group.flatMap((line) => line.footnoteRefs))];
  if (refs.length > 0) paragraph.footnoteRefs = refs;
  const boxes = checkboxesOf(text);
  if (boxes.length > 0) paragraph.checkboxes = boxes;
  return paragraph;
}

export function groupLines(lines: BuiltLine[], context: LineContext): LineGroup[] {
  const groups: LineGroup[] = [];
  let group: LineGroup | undefined;
  let last: BuiltLine | undefined;
  for (const line of lines) {
    if (group && last && continues(group, last, line, context)) group.push(line);
    else groups.push((group = [line]));
    last = line;
  }
  return groups;
}

export function buildParagraphs(lines: BuiltLine[], context: LineContext): Paragraph[] {
  return groupLines(lines, context).map((group) => paragraphOf(group, context));
}
