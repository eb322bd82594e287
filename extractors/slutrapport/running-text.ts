/**
 * Rebuilds typed text from lines. A PDF gives visual lines, so a line that wrapped at the margin
 * is joined with a space while a line the writer ended (the next word would have fitted) keeps
 * its "\n" — this is what makes the PDF of a report give the same text as its DOCX. DOCX lines
 * are always the writer's own breaks.
 */
import type { FormLine } from '../structure/index.js';

/** How much wider a next word may really be than its estimate from average glyph width. */
const WORD_WIDTH_SLACK = 1.25;

function rightEdge(line: FormLine): number | null {
  const box = line.source.box;
  return box ? box.x + box.width : null;
}

/** The right edge of the widest line: where the text column ends, as far as the lines show. */
function columnRight(lines: FormLine[]): number | null {
  let right: number | null = null;
  for (const line of lines) {
    const edge = rightEdge(line);
    if (edge !== null && (right === null || edge > right)) right = edge;
  }
  return right;
}

/** True when `line` ended because the next word did not fit (a wrap), not because the writer broke it. */
function wrapped(line: FormLine, next: FormLine, right: number | null): boolean {
  const edge = rightEdge(line);
  const nextBox = next.source.box;
  if (edge === null || !nextBox || right === null || next.text.length === 0) return false;
  const glyph = nextBox.width / next.text.length;
  const firstWord = next.text.split(/\s+/)[0] ?? '';
  const needed = glyph + firstWord.length * glyph * WORD_WIDTH_SLACK;
  return edge + needed > right;
}

function joinWrapped(left: string, right: string): string {
  // A compound broken at its own hyphen ("Word-" + "format") stays one word.
  if (/\p{L}-$/u.test(left) && /^\p{Ll}/u.test(right)) return `${left}${right}`;
  return `${left} ${right}`;
}

/**
 * Paragraphs (each a list of lines) as one text: paragraphs and kept line breaks joined by "\n",
 * wrapped lines by a space. `right` is the column's right edge if known (else the widest line shows it).
 */
export function runningText(paragraphs: FormLine[][], right: number | null = null): string {
  const all = paragraphs.flat();
  const widest = columnRight(all);
  // The lines themselves prove the column reaches at least their widest line.
  const edge = right === null ? widest : widest === null ? right : Math.max(right, widest);
  const out: string[] = [];
  let previous: FormLine | null = null;
  paragraphs.forEach((lines, index) => {
    lines.forEach((line, lineIndex) => {
      const text = line.text.replace(/\s+/g, ' ').trim();
      if (text === '') return;
      const last = out.length - 1;
      // A paragraph continued on the next page comes as two paragraphs: rejoin it when the last line was full.
      const continuesAcrossPage = lineIndex === 0 && index > 0 && previous !== null && previous.source.page !== line.source.page;
      const sameParagraph = lineIndex > 0 || continuesAcrossPage;
      if (previous && last >= 0 && sameParagraph && wrapped(previous, line, edge)) {
        out[last] = joinWrapped(out[last] ?? '', text);
      } else {
        out.push(text);
      }
      previous = line;
    });
  });
  return out.join('\n');
}

/** The right edge of the body text: the widest paragraph line outside tables. */
export function bodyRight(rows: { table: number | null; cells: { paragraphs: FormLine[][] }[] }[]): number | null {
  return columnRight(rows.filter((row) => row.table === null).flatMap((row) => row.cells.flatMap((cell) => cell.paragraphs.flat())));
}

/** Text on the next page carries on `previous` when it starts in lower case or `previous` had no full stop. */
export function continues(previous: string, next: string): boolean {
  if (previous === '' || next === '') return false;
  return /^\p{Ll}/u.test(next) || !/[.!?:)]$/u.test(previous);
}

/** Two pieces of one cell split by a page break, joined as the writer typed them (as far as can be told). */
export function joinContinued(previous: string, next: string): string {
  if (previous === '' || next === '') return previous || next;
  return `${previous}${continues(previous, next) ? ' ' : '\n'}${next}`;
}
