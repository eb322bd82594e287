/**
 * A numbered section's title and answer. The title is the heading plus the template's question
 * or instruction under it (matched against the template's wording, so a retyped question still
 * counts as title); everything after it up to the next heading is what the person wrote.
 */
import { contentTokens, type MatchToken, matchToken, tokenSimilarity } from '../text/index.js';
import type { FormLine, FormRow } from '../structure/index.js';
import { runningText } from './running-text.js';
import type { SectionSpan } from './sections.js';

/** Share of a line's words that must come from the template's heading and instruction. */
const TITLE_COVERAGE = 0.9;
const MAX_TITLE_ROWS = 8;

function tokensOf(text: string): MatchToken[] {
  return contentTokens(text).map(matchToken);
}

function coverage(text: string, title: MatchToken[]): number {
  const tokens = tokensOf(text);
  if (tokens.length === 0) return 1;
  const found = tokens.filter((token) => title.some((other) => tokenSimilarity(token, other) >= 0.8)).length;
  return found / tokens.length;
}

function lineOf(row: FormRow): FormLine | null {
  return row.table === null ? (row.cells[0]?.paragraphs[0]?.[0] ?? null) : null;
}

/** Rows after the heading that still belong to the title. */
function titleEnd(rows: FormRow[], span: SectionSpan): number {
  const template = span.template;
  const wordings = [span.headingText, ...(template?.headings ?? []), ...(template?.instructions ?? [])];
  const title = tokensOf(wordings.join(' '));
  const headingParagraph = rows[span.heading]?.paragraph ?? null;
  let index = span.start;
  while (index < span.end && index < span.start + MAX_TITLE_ROWS) {
    const row = rows[index];
    if (!row || row.table !== null || row.blankField || row.filledField) break;
    const text = row.cells[0]?.text ?? '';
    // Without a template entry only the heading's own wrapped lines are title.
    const sameParagraph = headingParagraph !== null && row.paragraph === headingParagraph;
    if (template ? coverage(text, title) < TITLE_COVERAGE : !sameParagraph) break;
    index += 1;
  }
  return index;
}

/** A run of text with its own column: body paragraphs, or one table cell. */
export interface TextGroup {
  paragraphs: FormLine[][];
  /** Where a cell's column wraps (its widest line in any row); null: take it from the lines. */
  right: number | null;
  body: boolean;
}

/** Answer text of rows [start, end), table cells included, skipping `exclude`. */
export function answerGroups(rows: FormRow[], start: number, end: number, exclude: ReadonlySet<number>): TextGroup[] {
  const groups: TextGroup[] = [];
  let current: TextGroup | null = null;
  let paragraph: number | null = null;
  for (let index = start; index < end; index += 1) {
    const row = rows[index];
    if (!row || exclude.has(index) || row.blankField) continue;
    const line = lineOf(row);
    if (line) {
      if (!current) {
        current = { paragraphs: [], right: null, body: true };
        groups.push(current);
      }
      if (row.paragraph !== paragraph || current.paragraphs.length === 0) current.paragraphs.push([]);
      current.paragraphs.at(-1)?.push(line);
      paragraph = row.paragraph;
      continue;
    }
    current = null;
    paragraph = null;
    for (const cell of row.cells) {
      if (cell.paragraphs.length > 0) groups.push({ paragraphs: cell.paragraphs, right: cell.wrapRight, body: false });
    }
  }
  return groups;
}

/** The groups as one text; `bodyRight` is the right edge of the page's text column. */
export function groupsText(groups: TextGroup[], bodyRight: number | null): string {
  return groups
    .map((group) => runningText(group.paragraphs, group.body ? bodyRight : group.right))
    .filter((part) => part !== '')
    .join('\n');
}

/** The section's title (heading and instruction) and the first row of its answer. */
export function readSectionTitle(rows: FormRow[], span: SectionSpan, bodyRight: number | null): { title: string; answerStart: number } {
  const answerStart = titleEnd(rows, span);
  const headingLines: FormLine[] = [];
  const headingRow = rows[span.heading];
  const firstLine = headingRow?.cells.find((cell) => cell.text !== '')?.paragraphs[0]?.[0];
  if (firstLine) headingLines.push({ ...firstLine, text: span.headingText });
  for (let index = span.start; index < answerStart; index += 1) {
    const row = rows[index];
    const line = row ? lineOf(row) : null;
    if (line) headingLines.push(line);
  }
  const title = runningText([headingLines], bodyRight).replace(/\n/g, ' ');
  return { title, answerStart };
}
