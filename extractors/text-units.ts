import type { TextUnit } from '../pipeline/rules/rule.js';
import type { Block, Cell, DocModel, Paragraph, SourceRef } from './model.js';

/** A piece of text where it stands in the document, before section tracking. */
export interface PlacedText {
  text: string;
  source: SourceRef;
  container: 'paragraph' | 'cell' | 'footnote';
  /** The paragraph itself, or a cell's only paragraph: what heading detection looks at. */
  paragraph: Paragraph | null;
  /** A cell in a table row with a checkbox: a checklist item or its answer. */
  checklistRow?: boolean;
}

/**
 * Every paragraph and table cell of the document in reading order, then the footnotes.
 * A cell is one unit (it is one form field to the person filling it in) unless it nests a
 * table, whose cells then count on their own.
 */
export function* placedTexts(model: DocModel): Generator<PlacedText> {
  yield* blockTexts(model.blocks, 'paragraph');
  for (const note of model.footnotes) {
    if (note.text.trim() !== '') yield { text: note.text, source: note.source, container: 'footnote', paragraph: null };
  }
}

function* blockTexts(blocks: Block[], container: 'paragraph' | 'cell'): Generator<PlacedText> {
  for (const block of blocks) {
    if (block.type === 'paragraph') {
      if (block.text.trim() !== '') yield { text: block.text, source: block.source, container, paragraph: block };
      continue;
    }
    for (const row of block.rows) {
      const checklistRow = row.cells.some(hasCheckbox);
      for (const cell of row.cells) {
        if (cell.continuation) continue;
        if (cell.blocks.some((inner) => inner.type === 'table')) {
          yield* blockTexts(cell.blocks, 'cell');
        } else if (cell.text.trim() !== '') {
          const only = cell.blocks.length === 1 && cell.blocks[0]?.type === 'paragraph' ? cell.blocks[0] : null;
          yield { text: cell.text, source: cell.source, container: 'cell', paragraph: only, checklistRow };
        }
      }
    }
  }
}

function hasCheckbox(cell: Cell): boolean {
  return /[☐☒]/u.test(cell.text) || cell.blocks.some((block) => block.type === 'paragraph' && (block.checkboxes?.length ?? 0) > 0);
}

/** "4.1", "7.", "1" at the start of a heading, followed by a capitalised title. */
const NUMBERED_HEADING = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(?=\p{Lu})/u;
const LIST_LABEL_NUMBER = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?$/;
const MAX_HEADING_WORDS = 25;

export interface NumberedHeading {
  number: string;
  title: string;
}

/** The number and title of a paragraph that looks like a numbered heading, or null. */
export function numberedHeading(placed: PlacedText): NumberedHeading | null {
  const paragraph = placed.paragraph;
  if (!paragraph) return null;
  const text = paragraph.text.trim();
  const label = paragraph.listLabel?.trim().match(LIST_LABEL_NUMBER);
  const heading = label?.[1] !== undefined ? { number: label[1], title: text } : prefixedHeading(text);
  if (!heading || heading.title.split(/\s+/).length > MAX_HEADING_WORDS) return null;
  return heading;
}

function prefixedHeading(text: string): NumberedHeading | null {
  const match = text.match(NUMBERED_HEADING);
  if (!match?.[1]) return null;
  return { number: match[1], title: text.slice(match[0].length) };
}

/**
 * Tracks the nearest numbered heading while walking the document. A numbered paragraph only
 * counts as a heading when its number plausibly follows the current section (4.3 → 5, 4 → 4.1)
 * and its title is new: the template's numbered lists ("1. Organisations och arbetsställets
 * namn" … "4. …" inside section 2) must not move it, even when a PDF shows them in bold.
 */
export class SectionTracker {
  current: string | null = null;
  private readonly titles = new Set<string>();

  observe(placed: PlacedText): void {
    const heading = numberedHeading(placed);
    if (!heading) return;
    const title = heading.title.toLowerCase().replace(/\s+/g, ' ');
    const repeated = this.titles.has(title);
    this.titles.add(title);
    if (!repeated && (this.current === null || followsOn(this.current, heading.number))) {
      this.current = heading.number;
    }
  }
}

/** True when `next` is the first child of `current` or a later sibling of it or of one of its ancestors. */
export function followsOn(current: string, next: string): boolean {
  const a = current.split('.').map(Number);
  const b = next.split('.').map(Number);
  if (b.length === a.length + 1 && b.at(-1) === 1 && a.every((part, index) => b[index] === part)) return true;
  if (b.length > a.length) return false;
  const depth = b.length - 1;
  const sameParent = b.slice(0, depth).every((part, index) => a[index] === part);
  const step = (b[depth] ?? 0) - (a[depth] ?? 0);
  // A template may drop a section, so one skipped number is still a sequence.
  return sameParent && step >= 1 && step <= 2;
}

/** Every paragraph/cell text with evidence: page, nearest numbered heading, the text itself. */
export function textUnits(model: DocModel): TextUnit[] {
  const tracker = new SectionTracker();
  const units: TextUnit[] = [];
  for (const placed of placedTexts(model)) {
    tracker.observe(placed);
    // Footnotes are listed at the end, so the last heading seen says nothing about them.
    const section = placed.container === 'footnote' ? null : tracker.current;
    units.push({ text: placed.text, evidence: { page: placed.source.page, section, text: placed.text } });
  }
  return units;
}
