/**
 * The document flattened into form rows, the one shape every field finder reads. A paragraph
 * becomes one row per line (PDF readers may put a label and its value, or a heading and the answer,
 * in one paragraph), a table row stays a row of cells, and a nested table (the template's office box
 * sits inside a layout table) is unrolled in place. DOCX and PDF output look alike this way.
 */
import type { Block, Cell, DocModel, Paragraph, SourceRef, Table } from '../model.js';
import { withoutPageFurniture } from './noise.js';

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
}

/** The paragraph's text with its list label in front when Word rendered the label separately. */
function withListLabel(paragraph: Paragraph, text: string): string {
  const label = paragraph.listLabel?.trim();
  if (!label || text.startsWith(label)) return text;
  return `${label} ${text}`.trim();
}

function paragraphLines(paragraph: Paragraph): FormLine[] {
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
  const paragraphs = cell.continuation ? [] : cellParagraphs(cell).map(paragraphLines).filter((p) => p.length > 0);
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
      for (const line of cell.paragraphs.flat()) {
        const right = lineRight(line);
        if (right !== null) widest.set(cell.column, Math.max(widest.get(cell.column) ?? right, right));
      }
    }
  }
  for (const cells of rows) {
    for (const cell of cells) {
      const own = cell.paragraphs.flat().map(lineRight).filter((right): right is number => right !== null);
      const column = cell.span === 1 ? widest.get(cell.column) : undefined;
      const candidates = column === undefined ? own : [...own, column];
      cell.wrapRight = candidates.length > 0 ? Math.max(...candidates) : null;
    }
  }
}

class Flattener {
  readonly rows: FormRow[] = [];
  private tables = 0;
  private paragraphs = 0;

  add(block: Block): void {
    if (block.type === 'paragraph') this.addParagraph(block);
    else this.addTable(block);
  }

  private addParagraph(paragraph: Paragraph): void {
    const id = this.paragraphs;
    this.paragraphs += 1;
    const lines = paragraphLines(paragraph);
    const base = { table: null, paragraph: id, headingLevel: paragraph.headingLevel, filledField: hasFilledField(paragraph) };
    if (lines.length === 0) {
      if (!hasBlankField(paragraph)) return;
      const empty: FormCell = { text: '', paragraphs: [], source: paragraph.source, column: 0, span: 1, wrapRight: null };
      this.rows.push({ ...base, cells: [empty], source: paragraph.source, blankField: true });
      return;
    }
    for (const line of lines) {
      const cell: FormCell = { text: line.text, paragraphs: [[line]], source: line.source, column: 0, span: 1, wrapRight: null };
      this.rows.push({ ...base, cells: [cell], source: line.source, blankField: false });
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
      };
      tableRows.push(formRow);
      this.rows.push(formRow);
    }
    setWrapRights(tableRows.map((row) => row.cells));
  }
}

/** Every row of the document in reading order, without page furniture that slipped through. */
export function formRows(model: DocModel): FormRow[] {
  const flattener = new Flattener();
  for (const block of model.blocks) flattener.add(block);
  return withoutPageFurniture(flattener.rows);
}

/** The row's text, its non-empty cells joined by " | " (for evidence). */
export function rowText(row: FormRow): string {
  return row.cells
    .map((cell) => cell.text.replace(/\n/g, ' '))
    .filter((text) => text !== '')
    .join(' | ');
}
