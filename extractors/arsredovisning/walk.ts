import type { Evidence } from '../../schemas/common.js';
import { evidenceAt } from '../evidence.js';
import type { Block, Cell, Paragraph, SourceRef, Table } from '../model.js';
import type { DocStructure } from '../structure/index.js';

/** A top-level block with the heading it stands under, in reading order. */
export interface Placed<B extends Block = Block> {
  block: B;
  /** Position in the walk; later stages mark blocks they consumed by it. */
  index: number;
  /** The nearest numbered heading's number ("1.6"); null before the first (docs/contract.md, Evidence). */
  section: string | null;
}

/**
 * The document's top-level blocks with the section the structure pass put each in. A numbered
 * list item ("1. Våra insatser leder till …") does not move it: the producer marks the report's
 * headings, and the structure pass goes by them.
 */
export function walk(structure: DocStructure): Placed[] {
  return structure.model.blocks.map((block, index) => ({ block, index, section: structure.sectionOf(block) }));
}

export function isParagraph(placed: Placed): placed is Placed<Paragraph> {
  return placed.block.type === 'paragraph';
}

export function isTable(placed: Placed): placed is Placed<Table> {
  return placed.block.type === 'table';
}

/**
 * A cell's text with a nested table one row a line and its cells joined by a tab, so that the
 * table inside a Resultat cell reads as rows rather than one word a line.
 */
export function cellText(cell: Cell): string {
  if (!cell.blocks.some((block) => block.type === 'table')) return cell.text;
  return cell.blocks
    .map((block) =>
      block.type === 'paragraph'
        ? block.text
        : block.rows
            .map((row) =>
              row.cells
                .filter((c) => !c.continuation)
                .map(cellText)
                .join('\t'),
            )
            .join('\n'),
    )
    .join('\n');
}

/** Collapses runs of spaces (not line breaks) and trims: how values are kept. */
export function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \u00A0]+/g, ' ').trim())
    .join('\n')
    .trim();
}

/** How many blocks above its table a caption may stand ("Medlemsavgifter (tkr)", an empty line), and how long it may be. */
const CAPTION_DISTANCE = 2;
const CAPTION_LENGTH = 60;

/** The short lines right above the table at `tableIndex` of the walk, nearest first ("Kostnader per insats (tkr)"). */
export function captionsOver(placed: Placed[], tableIndex: number): string[] {
  const found: string[] = [];
  for (let index = tableIndex - 1; index >= Math.max(0, tableIndex - CAPTION_DISTANCE); index--) {
    const item = placed[index];
    if (!item || isTable(item)) break;
    const text = tidy((item.block as { text: string }).text);
    if (text.length <= CAPTION_LENGTH) found.push(text);
  }
  return found;
}

export function evidenceOf(source: SourceRef, section: string | null, text: string): Evidence {
  return evidenceAt(source, section, text);
}
