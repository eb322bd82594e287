import type { Block, DocModel, ReaderMessage } from '../../../model.js';
import type { AnnotatedDocument } from '../annotate/document.js';
import type { MammothDocument, MammothNode } from '../mammoth/tree.js';
import { NoteRegistry } from './notes.js';
import { buildParagraph, isEmptyParagraph, type ParagraphContext } from './paragraph.js';
import { buildTable } from './table.js';

/** Tables nested deeper than this are hostile input; their content is left out. */
const MAX_TABLE_DEPTH = 16;

/**
 * Walks mammoth's document tree into blocks. Paths count every w:p and w:tbl of their container
 * (empty paragraphs included), so "p[12]" is the 12th paragraph of the body as Word stores it.
 */
export function buildBlocks(
  document: MammothDocument,
  annotations: AnnotatedDocument,
): { blocks: Block[]; footnotes: DocModel['footnotes']; messages: ReaderMessage[] } {
  const messages: ReaderMessage[] = [];
  /** The first table left out for nesting too deep, if any. */
  let tooDeep: string | null = null;

  const walk = (children: MammothNode[], pathPrefix: string, depth: number): Block[] => {
    const blocks: Block[] = [];
    let paragraphs = 0;
    let tables = 0;
    const visit = (node: MammothNode): void => {
      if (node.type === 'paragraph') {
        const paragraph = buildParagraph(node, { page: null, path: `${pathPrefix}p[${++paragraphs}]` }, context);
        if (!isEmptyParagraph(paragraph)) blocks.push(paragraph);
      } else if (node.type === 'table') {
        const path = `${pathPrefix}tbl[${++tables}]`;
        if (depth >= MAX_TABLE_DEPTH) tooDeep ??= path;
        else blocks.push(buildTable(node, path, (cellChildren, prefix) => walk(cellChildren, prefix, depth + 1)));
      } else if ('children' in node && node.children) {
        // Block-level content controls and the like arrive unwrapped; anything else, look inside.
        node.children.forEach(visit);
      }
    };
    children.forEach(visit);
    return blocks;
  };

  const notes = new NoteRegistry(document.notes, (body, prefix) => walk(body, prefix, 0));
  const context: ParagraphContext = {
    paragraphNotes: annotations.paragraphs,
    fieldNotes: annotations.fields,
    notes,
    openFields: [],
  };
  const blocks = walk(document.children, '', 0);
  if (tooDeep !== null) {
    messages.push({
      code: 'tables-too-deep',
      type: 'warning',
      wording: {
        sv: `Tabeller inuti tabeller i mer än ${MAX_TABLE_DEPTH} nivåer lämnades utanför`,
        en: `Tables nested more than ${MAX_TABLE_DEPTH} deep were left out`,
      },
      position: { pages: [], path: tooDeep },
    });
  }
  return { blocks, footnotes: notes.footnotes, messages };
}
