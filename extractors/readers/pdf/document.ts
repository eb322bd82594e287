import type { Block, Footnote, Paragraph, RunningHead } from '../../model.js';
import { markHeadings } from './blocks/headings.js';
import { buildParagraphs, type LineContext } from './blocks/paragraphs.js';
import { tableOf } from './blocks/tables.js';
import { findFootnotes } from './layout/footnotes.js';
import { findFurniture } from './layout/furniture.js';
import { boxOf } from './layout/geometry.js';
import type { BuiltLine } from './layout/lines.js';
import { resolveMarkers } from './layout/markers.js';
import type { PageLayout, PageTable } from './layout/page-layout.js';
import { detectColumns } from './tables/columns.js';
import { appendTable, sameGrid } from './tables/continuation.js';
import { appendAll, maxOf } from '../../arrays.js';

type Item = { kind: 'line'; line: BuiltLine; top: number } | { kind: 'table'; table: PageTable; top: number };

/** The font size most of the text is set in. */
function bodySizeOf(lines: BuiltLine[]): number {
  const chars = new Map<number, number>();
  for (const line of lines) chars.set(line.size, (chars.get(line.size) ?? 0) + line.text.length);
  return [...chars.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

/** Where body text ends on the right: lines reaching it were wrapped, not broken. */
function textRightEdge(lines: BuiltLine[]): number {
  const rights = lines
    .filter((line) => line.text.length > 20)
    .map((line) => line.right)
    .sort((a, b) => a - b);
  return rights[Math.floor(rights.length * 0.95)] ?? rights[rights.length - 1] ?? Infinity;
}

const cellLines = (table: PageTable): BuiltLine[] => table.rows.flatMap((row) => row.cells.flatMap((cell) => cell.lines));

export interface DocumentContent {
  blocks: Block[];
  footnotes: Footnote[];
  runningHeads: RunningHead[];
}

/** Pages laid out → the document's blocks and footnotes, furniture left out. */
export function buildDocument(pages: PageLayout[]): DocumentContent {
  const furniture = findFurniture(pages.map(({ page, height, lines }) => ({ page, height, lines })));
  const flows = pages.map((page) => page.lines.filter((line) => !furniture.lines.has(line)));
  const ruledLines = pages.flatMap((page) => page.tables.flatMap(cellLines));
  const bodySize = bodySizeOf([...flows.flat(), ...ruledLines]);

  const { footnotes, used } = findFootnotes(
    pages.map((page, i) => ({ page: page.page, width: page.width, lines: flows[i] ?? [], segments: page.read.segments })),
    bodySize,
  );
  const bodyFlows = flows.map((lines) => lines.filter((line) => !used.has(line)));
  resolveMarkers([...bodyFlows.flat(), ...ruledLines], new Set(footnotes.map((note) => note.id)));

  // Page by page, in reading order, with a table split by a page break put back together.
  const bodyBottom = Math.max(maxOf(bodyFlows.flat().map((line) => line.bottom)), maxOf(pages.flatMap((page) => page.tables.map((table) => table.bottom))));
  const items: Item[] = [];
  pages.forEach((page, i) => {
    const last = items[items.length - 1];
    const columns = detectColumns(bodyFlows[i] ?? [], page.page, { bodySize, ...(last?.kind === 'table' ? { carried: last.table } : {}) });
    const pageItems: Item[] = [
      ...columns.lines.map((line): Item => ({ kind: 'line', line, top: line.top })),
      ...[...page.tables, ...columns.tables].map((table): Item => ({ kind: 'table', table, top: table.top })),
    ].sort((a, b) => a.top - b.top);
    const first = pageItems[0];
    const previous = items[items.length - 1];
    if (first?.kind === 'table' && previous?.kind === 'table' && sameGrid(previous.table, first.table)) {
      appendTable(previous.table, first.table, bodyBottom);
      pageItems.shift();
    }
    appendAll(items, pageItems);
  });

  const right = textRightEdge(bodyFlows.flat());
  const flowContext: LineContext = { limit: (line) => Math.max(right, line.right) };
  const blocks: Block[] = [];
  const flowParagraphs: Paragraph[] = [];
  let pending: BuiltLine[] = [];
  const flush = (): void => {
    const paragraphs = buildParagraphs(pending, flowContext);
    appendAll(flowParagraphs, paragraphs);
    appendAll(blocks, paragraphs);
    pending = [];
  };
  for (const item of items) {
    if (item.kind === 'line') {
      pending.push(item.line);
      continue;
    }
    flush();
    blocks.push(tableOf(item.table));
  }
  flush();
  markHeadings(flowParagraphs, bodySize);
  const runningHeads = furniture.runningHeads.map((line): RunningHead => ({ text: line.text, source: { page: line.page, box: boxOf([line]) } }));
  return { blocks, footnotes, runningHeads };
}
