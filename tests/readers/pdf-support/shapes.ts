import type { BuiltLine } from '../../../extractors/readers/pdf/layout/lines.js';
import type { Segment, TextRun } from '../../../extractors/readers/pdf/types.js';

/**
 * Small page contents for the PDF layout tests, in points with the origin at the top left, as the
 * reader's own types have them. A glyph is taken as half the font size wide, so a run's right edge
 * follows from its text unless given.
 */

export interface RunSpec {
  text: string;
  x: number;
  baseline: number;
  size?: number;
  right?: number;
  bold?: boolean;
}

export function run({ text, x, baseline, size = 10, right, bold = false }: RunSpec): TextRun {
  return { text, x, right: right ?? x + text.length * size * 0.5, baseline, size, font: 'Helvetica', bold };
}

/** Words of one line as separate runs, one space's width apart, from x. */
export function words(text: string, x: number, baseline: number, size = 10): TextRun[] {
  const runs: TextRun[] = [];
  let at = x;
  for (const word of text.split(' ')) {
    const next = run({ text: word, x: at, baseline, size });
    runs.push(next);
    at = next.right + size * 0.28;
  }
  return runs;
}

/** A built line as lines.ts makes it, for the code that takes lines (tables, paragraphs, furniture). */
export function line(text: string, x: number, baseline: number, options: { size?: number; bold?: boolean; page?: number; right?: number } = {}): BuiltLine {
  const size = options.size ?? 10;
  const runs = [run({ text, x, baseline, size, bold: options.bold ?? false, ...(options.right === undefined ? {} : { right: options.right }) })];
  const right = options.right ?? x + text.length * size * 0.5;
  return {
    text,
    runs,
    x,
    right,
    top: baseline - size * 0.8,
    bottom: baseline + size * 0.22,
    baseline,
    size,
    bold: options.bold ?? false,
    footnoteRefs: [],
    markers: [],
    page: options.page ?? 1,
  };
}

/** The four borders of a box, as Word draws a cell. */
export function rectangle(x: number, top: number, right: number, bottom: number): Segment[] {
  return [
    { x1: x, y1: top, x2: right, y2: top },
    { x1: x, y1: bottom, x2: right, y2: bottom },
    { x1: x, y1: top, x2: x, y2: bottom },
    { x1: right, y1: top, x2: right, y2: bottom },
  ];
}

export const horizontal = (y: number, from: number, to: number): Segment => ({ x1: from, y1: y, x2: to, y2: y });
export const vertical = (x: number, from: number, to: number): Segment => ({ x1: x, y1: from, x2: x, y2: to });
