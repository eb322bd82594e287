/**
 * The document flattened into rows, the one shape headings, furniture and every field finder read.
 * A paragraph becomes one row per line (PDF readers may put a label and its value, or a heading
 * and the answer, in one paragraph), a table row stays a row of cells, and a nested table (a
 * template's office box sits inside a layout table) is unrolled in place. DOCX and PDF output look
 * alike this way.
 */
import type { Block, Cell, Paragraph, Row, SourceRef, Table } from '../model.js';

export interface FormLine {
  text: string;
  source: SourceRef;
}

export interface FormCell {
  /** Paragraph texts joined by "\n" (list labels included); '' for an empty cell. */
  text: string;
  /** The non-empty paragraphs, each as its lines (visual lines in PDF, "\n"-separated in DOCX). */
  paragraphs: FormLine[][];
  source: SourceRef;
  /** First grid column (colSpan-aware). */
  column: number;
  span: number;
  /**
   * PDF: where the column's text wraps, as far as its widest line in any row shows (a single cell's
   * two lines do not show it); null without geometry.
   */
  wrapRight: number | null;
}

export interface FormRow {
  cells: FormCell[];
  source: SourceRef;
  /** Index of the table the row belongs to; null for a paragraph line. */
  table: number | null;
  /** For a paragraph line: which paragraph (running index) it belongs to. */
  paragraph: number | null;
  headingLevel: number | undefined;
  /** DOCX: an empty form field; the row is a value slot left blank, not missing. */
  blankField: boolean;
  /** DOCX: the paragraph holds a filled form field, so it is something the person wrote. */
  filledField: boolean;
  /** The model's paragraph this line is of, or the model's table row. */
  origin: Paragraph | Row;
  /** The top-level block of the model the row stands in (a layout table for its unrolled content). */
  block: Block;
}

/** The paragraph's text with its list label in front when Word rendered the label separately. */
function withListLabel(paragraph: Paragraph, text: string): string {
  const label = paragraph.listLabel?.trim();
  if (!label || text.startsWith(label)) return text;
  return `${label} ${text}`.trim();
}

/** The paragraph's non-empty lines as the rows show them: visual lines in PDF, typed lines in DOCX, the list label in front. */
export function paragraphLines(paragraph: Paragraph): FormLine[] {
  const lines: FormLine[] =
    paragraph.lines && paragraph.lines.length > 0
      ? paragraph.lines.map((line) => ({ text: line.text.trim(), source: line.source }))
      : paragraph.text.split('\n').map((text) => ({ text: text.trim(), source: paragraph.source }));
  const nonEmpty = lines.filter((line) => line.text !== '');
  const first = nonEmpty[0];
  if (first) nonEmpty[0] = { ...first, text: withListLabel(paragraph, first.text) };
  return nonEmpty;
}

function hasBlankField(paragraph: Paragraph): boolean {
  return (paragraph.fields ?? []).some((field) => field.kind === 'text' && field.value.trim() === '');
}

function hasFilledField(paragraph: Paragraph): boolean {
  return (paragraph.fields ?? []).some((field) => field.kind === 'text' && field.value.trim() !== '');
}

function cellParagraphs(cell: Cell): Paragraph[] {
  return cell.blocks.filter((block): block is Paragraph => block.type === 'paragraph');
}

function tableCell(cell: Cell, column: number, span: number): FormCell {
  const paragraphs = cell.continuation
    ? []
    : cellParagraphs(cell)
        .map(paragraphLines)
        .filter((p) => p.length > 0);
  // A PDF cell may come without paragraphs; its text is then all there is.
  const fallback = paragraphs.length === 0 && !cell.continuation && cell.text.trim() !== '';
  const lines = fallback ? [cell.text.split('\n').map((text) => ({ text: text.trim(), source: cell.source }))] : paragraphs;
  return {
    text: lines.map((p) => p.map((line) => line.text).join('\n')).join('\n'),
    paragraphs: lines,
    source: cell.source,
    column,
    span,
    wrapRight: null,
  };
}

function lineRight(line: FormLine): number | null {
  const box = line.source.box;
  return box ? box.x + box.width : null;
}

/** Gives each cell the right edge of the widest line in its grid column, over all rows of the table. */
function setWrapRights(rows: FormCell[][]): void {
  const widest = new Map<number, number>();
  for (const cells of rows) {
    for (const cell of cells) {
      if (cell.span !== 1) continue;
      const right = widestRight(cell, null);
      const column = widest.get(cell.column);
      if (right !== null && (column === undefined || right > column)) widest.set(cell.column, right);
    }
  }
  for (const cells of rows) {
    for (const cell of cells) cell.wrapRight = widestRight(cell, cell.span === 1 ? (widest.get(cell.column) ?? null) : null);
  }
}

/** The right edge of the cell's widest line, or `start` when that is further right. */
function widestRight(cell: FormCell, start: number | null): number | null {
  let best = start;
  for (const paragraph of cell.paragraphs) {
    for (const line of paragraph) {
      const right = lineRight(line);
      if (right !== null && (best === null || right > best)) best = right;
    }
  }
  return best;
}

class Flattener {
  readonly rows: FormRow[] = [];
  private tables = 0;
  private paragraphs = 0;
  private top: Block | null = null;

  addTop(block: Block): void {
    this.top = block;
    this.add(block);
  }

  private add(block: Block): void {
    if (block.type === 'paragraph') this.addParagraph(block);
    else this.addTable(block);
  }

  private addParagraph(paragraph: Paragraph): void {
    const id = this.paragraphs;
    this.paragraphs += 1;
    const lines = paragraphLines(paragraph);
    const filledField = hasFilledField(paragraph);
    const block = this.top ?? paragraph;
    const row = (cell: FormCell, source: SourceRef, blankField: boolean): FormRow => ({
      cells: [cell],
      source,
      table: null,
      paragraph: id,
      headingLevel: paragraph.headingLevel,
      blankField,
      filledField,
      origin: paragraph,
      block,
    });
    if (lines.length === 0) {
      if (!hasBlankField(paragraph)) return;
      this.rows.push(row({ text: '', paragraphs: [], source: paragraph.source, column: 0, span: 1, wrapRight: null }, paragraph.source, true));
      return;
    }
    for (const line of lines) {
      this.rows.push(row({ text: line.text, paragraphs: [[line]], source: line.source, column: 0, span: 1, wrapRight: null }, line.source, false));
    }
  }

  private addTable(table: Table): void {
    const id = this.tables;
    this.tables += 1;
    const tableRows: FormRow[] = [];
    for (const row of table.rows) {
      if (row.cells.some((cell) => cell.blocks.some((block) => block.type === 'table'))) {
        // A layout cell holding a table: read its content in order instead of as one cell.
        for (const cell of row.cells) for (const block of cell.blocks) this.add(block);
        continue;
      }
      let column = 0;
      const cells: FormCell[] = [];
      for (const cell of row.cells) {
        const span = Math.max(1, cell.colSpan ?? 1);
        cells.push(tableCell(cell, column, span));
        column += span;
      }
      const formRow: FormRow = {
        cells,
        source: row.source,
        table: id,
        paragraph: null,
        headingLevel: undefined,
        blankField: false,
        filledField: false,
        origin: row,
        block: this.top ?? table,
      };
      tableRows.push(formRow);
      this.rows.push(formRow);
    }
    setWrapRights(tableRows.map((row) => row.cells));
  }
}

/** Every row of the blocks in reading order (page furniture still in; see furniture.ts). */
export function flattenRows(blocks: Block[]): FormRow[] {
  const flattener = new Flattener();
  for (const block of blocks) flattener.addTop(block);
  return flattener.rows;
}

/** Where the table that row `start` stands in ends: the index of the first row after it. */
export function tableEnd(rows: readonly FormRow[], start: number): number {
  const table = rows[start]?.table ?? null;
  let end = start + 1;
  while (table !== null && end < rows.length && rows[end]?.table === table) end += 1;
  return end;
}

/** The row's text, its non-empty cells joined by " | " (for evidence). */
export function rowText(row: FormRow): string {
  return row.cells
    .map((cell) => cell.text.replace(/\n/g, ' '))
    .filter((text) => text !== '')
    .join(' | ');
}

/** The text a heading would be in: a paragraph line, or a table row with a single filled cell ("4.1 | Bakgrund…" joined). */
export function headingLineOf(row: FormRow): string | null {
  const filled = row.cells.filter((cell) => cell.text !== '');
  if (filled.length === 1) return (filled[0]?.text.split('\n')[0] ?? '').trim();
  // "4.1 | Bakgrund…": a tab after the number may split the heading into two cells.
  if (filled.length === 2 && /^\d{1,2}(?:\s?\.\s?\d{1,2})?\.?$/.test(filled[0]?.text ?? '')) return `${filled[0]?.text} ${filled[1]?.text.split('\n')[0]}`;
  return null;
}
