import type { Block, ReaderMessage } from '../../model.js';
import type { MammothNode } from './mammoth/tree.js';

/** mammoth warns about how images would display in a browser; we never display images. */
const IRRELEVANT = [/unlikely to display in web browsers/i, /external image/i];

/** mammoth's warnings, each once (with a count when repeated), minus those about HTML output. */
export function mammothMessages(warnings: string[]): ReaderMessage[] {
  const counts = new Map<string, number>();
  for (const warning of warnings) {
    if (IRRELEVANT.some((pattern) => pattern.test(warning))) continue;
    counts.set(warning, (counts.get(warning) ?? 0) + 1);
  }
  return [...counts].map(([message, count]) => ({
    code: 'docx-conversion',
    type: 'warning',
    message: count > 1 ? `${message} (${count} times)` : message,
    position: null,
  }));
}

/** One note that the package points outside itself, and that we did not follow. */
export function externalTargetsMessage(counts: Map<string, number>): ReaderMessage | undefined {
  if (counts.size === 0) return undefined;
  const listed = [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, count]) => `${count} ${kind}${count === 1 ? '' : 's'}`)
    .join(', ');
  return { code: 'external-references', type: 'info', message: `External references were ignored and never fetched (${listed})`, position: null };
}

/** Fewer characters than this beside pictures: the document is its pictures (a pasted scan). */
const MIN_TEXT_BESIDE_PICTURES = 40;

function countImages(nodes: readonly MammothNode[]): number {
  let count = 0;
  for (const node of nodes) {
    if (node.type === 'image') count++;
    if ('children' in node && node.children) count += countImages(node.children);
  }
  return count;
}

function textLength(blocks: readonly Block[]): number {
  let length = 0;
  for (const block of blocks) {
    if (block.type === 'paragraph') length += block.text.trim().length;
    else for (const row of block.rows) for (const cell of row.cells) length += textLength(cell.blocks);
  }
  return length;
}

/** A document of pictures and (next to) no text, as when a scan is pasted into Word: its content cannot be read. */
export function imageOnlyMessage(document: MammothNode, blocks: readonly Block[]): ReaderMessage | undefined {
  const images = countImages([document]);
  if (images === 0 || textLength(blocks) >= MIN_TEXT_BESIDE_PICTURES) return undefined;
  return {
    code: 'image-only-docx',
    type: 'warning',
    message: `The document is ${images === 1 ? 'a picture' : `${images} pictures`} with next to no text (a pasted scan?); pictures in a .docx are not read by OCR, so its content is missing. Ask for the report as text, or save the scan as a PDF, which is OCR'd`,
    position: null,
  };
}
