import type { Block } from '../../../model.js';

/**
 * The model's text convention: whitespace (tabs, en-spaces of blank form fields, no-break spaces)
 * collapsed to one space within a line, lines trimmed, empty lines dropped, lines joined by "\n".
 * Invisible characters (soft hyphens, zero-width spaces) go; a non-breaking hyphen is a hyphen.
 */
export function normalizeText(raw: string): string {
  return raw
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\u2011/g, '-')
    .split(/\r\n|[\r\n\u2028\u2029]/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** A cell's or note's plain text: its paragraphs' texts (and nested tables' cells) joined by "\n". */
export function blocksText(blocks: Block[]): string {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.type === 'paragraph') {
      if (block.text !== '') lines.push(block.text);
    } else {
      for (const row of block.rows) {
        for (const cell of row.cells) if (cell.text !== '') lines.push(cell.text);
      }
    }
  }
  return lines.join('\n');
}

const HEADING_STYLE = /^(?:heading|rubrik|overskrift|otsikko|überschrift|titre|kop)\s*([1-9])$/i;

/**
 * Heading level from the style name (Word's built-in "heading 1", Swedish "Rubrik 1", …) or, for
 * custom heading styles, the outline level the paragraph or its style declares.
 */
export function headingLevel(styleName: string | null, styleId: string | null, outlineLevel: number | undefined): number | undefined {
  for (const candidate of [styleName, styleId]) {
    const match = candidate === null ? null : HEADING_STYLE.exec(candidate.trim());
    if (match?.[1]) {
      const level = Number(match[1]);
      return level <= 6 ? level : undefined;
    }
  }
  return outlineLevel !== undefined && outlineLevel >= 0 && outlineLevel <= 5 ? outlineLevel + 1 : undefined;
}
