/**
 * Reads label/value pairs of a form region, however the reader laid them out: the value after
 * the label on the same line, on the next line or paragraph, in the cell to the right, in the cell
 * below (label rows and value rows alternating, as in the template's section 3), or glued onto
 * one line under two labels printed side by side ("Postnummer Postadress" / "801 84 Gävle").
 */
import type { SourceRef } from '../model.js';
import { type FormCell, type FormLine, type FormRow, opensLabelledLine, startsNumberedHeading } from '../structure/index.js';
import { normalizeForMatch } from '../text/index.js';
import { labelAt } from './labels.js';
import { cellUnder } from './table-columns.js';
import { bodyRight, runningText } from './running-text.js';
import { splitGlued, type ValueShapes } from './split-glued.js';

export type Vocabulary = Record<string, readonly string[]>;

export interface FormEntry {
  key: string;
  /** The value as written; '' when the field was left blank. */
  value: string;
  /** Where the value stands (the label when it is blank). */
  source: SourceRef;
  /** The label as printed (for evidence). */
  label: string;
  /** Row of the label. */
  row: number;
  /** The number printed before the label ("2. Organisations och arbetsställets namn"), if any. */
  ordinal: number | null;
}

interface LabelLine {
  keys: string[];
  /** Each key's label as printed. */
  labels: string[];
  rest: string;
  ordinal: number | null;
}

const ORDINAL = /^(\d{1,2})[.)]\s*/;

/** The label part of `text`, where `rest` is what follows it. */
function printedLabel(text: string, rest: string): string {
  // `rest` is what is left at the end of `text` after the label and its separators.
  const label = text.slice(0, text.length - rest.length);
  return label.replace(/[\s:;|–—-]+$/u, '').trim();
}

/** The labels at the start of a line, in order, and what follows them. */
function parseLabelLine(text: string, vocabulary: Vocabulary, ocr: boolean): LabelLine | null {
  const ordinalMatch = text.match(ORDINAL);
  let rest = ordinalMatch ? text.slice(ordinalMatch[0].length) : text;
  const keys: string[] = [];
  const labels: string[] = [];
  while (rest !== '') {
    let best: { key: string; rest: string } | null = null;
    for (const [key, wordings] of Object.entries(vocabulary)) {
      const hit = labelAt(rest, wordings, { ocr });
      if (hit && (!best || hit.rest.length < best.rest.length)) best = { key, rest: hit.rest };
    }
    if (!best) break;
    keys.push(best.key);
    labels.push(printedLabel(rest, best.rest));
    rest = best.rest;
  }
  if (keys.length === 0) return null;
  return { keys, labels, rest, ordinal: ordinalMatch ? Number(ordinalMatch[1]) : null };
}

function firstLine(cell: FormCell): string {
  return cell.paragraphs[0]?.[0]?.text ?? '';
}

function laterLines(cell: FormCell): FormLine[][] {
  const [first, ...others] = cell.paragraphs;
  return [...(first ? [first.slice(1)] : []), ...others].filter((lines) => lines.length > 0);
}

class RegionReader {
  readonly entries: FormEntry[] = [];
  /** Where the page's text column ends: a value's line that stops short of it was ended by its writer. */
  private bodyRight: number | null | undefined;

  constructor(
    private readonly rows: FormRow[],
    private readonly end: number,
    private readonly vocabulary: Vocabulary,
    private readonly shapes: ValueShapes,
    private readonly figures: ReadonlySet<string>,
    private readonly boilerplate: readonly string[],
    private readonly ocrPages: ReadonlySet<number>,
  ) {}

  /** The text at `source` was read by OCR, so its labels may be misread (labels.ts). */
  private ocr(source: SourceRef): boolean {
    return source.page !== null && this.ocrPages.has(source.page);
  }

  private labelLine(text: string, source: SourceRef): LabelLine | null {
    const line = parseLabelLine(text, this.vocabulary, this.ocr(source));
    const last = line?.keys.length ? line.keys.length - 1 : -1;
    const key = line?.keys[last];
    // "Totalt beviljade medel från förbundet", "Planerad insatstid: fr.o.m. – t.o.m.": words without a
    // figure where a date or an amount must stand are more of the label; the value comes below it.
    if (line && key !== undefined && line.rest !== '' && this.figures.has(key) && !/\d/.test(line.rest)) {
      const labels = [...line.labels];
      labels[last] = `${labels[last] ?? ''} ${line.rest}`.trim();
      return { ...line, labels, rest: '' };
    }
    return line;
  }

  /**
   * A row that starts a new field or section, so a value cannot continue into it: a heading, one of
   * the vocabulary's labels, the template's instructions, or a line that opens with a label of its
   * own ("Projektägare: …" under "Projektnamn: …", a field this reader does not ask for).
   */
  private stops(row: FormRow | undefined): boolean {
    if (!row) return true;
    return row.cells.some((cell) => {
      const text = firstLine(cell);
      const ocr = this.ocr(cell.source);
      return (
        text !== '' &&
        (startsNumberedHeading(text) ||
          this.labelLine(text, cell.source) !== null ||
          labelAt(text, this.boilerplate, { ocr }) !== null ||
          (row.table === null && opensLabelledLine(text)))
      );
    });
  }

  private push(label: LabelLine, value: string, source: SourceRef, row: number): void {
    const parts = label.keys.length > 1 ? splitGlued(label.keys, value, this.shapes) : [value];
    label.keys.forEach((key, index) => {
      this.entries.push({ key, value: parts[index] ?? '', source, label: label.labels[index] ?? '', row, ordinal: label.ordinal });
    });
  }

  /** `right`: where the lines' column wraps, when known (a cell's column); else the lines show it. */
  private pushLines(label: LabelLine, lines: FormLine[][], fallback: SourceRef, row: number, right: number | null = null): void {
    const first = lines[0]?.[0];
    this.push(label, runningText(lines, right), first?.source ?? fallback, row);
  }

  /** Lines of the paragraph that row `from` belongs to, up to a label; returns them and the next row. */
  private paragraphFrom(from: number): { lines: FormLine[]; next: number } {
    const paragraph = this.rows[from]?.paragraph;
    const lines: FormLine[] = [];
    let index = from;
    while (index < this.end) {
      const row = this.rows[index];
      if (!row || row.paragraph !== paragraph || paragraph === null || row.blankField) break;
      if (index > from && this.stops(row)) break;
      const line = row.cells[0]?.paragraphs[0]?.[0];
      if (line) lines.push(line);
      index += 1;
    }
    return { lines, next: index };
  }

  /**
   * A further field on the same line after a value: one of the vocabulary's wordings, written out
   * and followed by a colon, after a space. Only exact wordings count, so a value's own words never do.
   */
  private fieldBeside(rest: string, source: SourceRef): { value: string; label: LabelLine } | null {
    for (const colon of rest.matchAll(/:/g)) {
      const before = normalizeForMatch(rest.slice(0, colon.index));
      for (const wordings of Object.values(this.vocabulary)) {
        for (const wording of wordings) {
          const wanted = normalizeForMatch(wording);
          if (wanted === '' || !before.endsWith(` ${wanted}`)) continue;
          const cut = rest.slice(0, colon.index).toLowerCase().lastIndexOf(wording.toLowerCase());
          if (cut <= 0) continue;
          const label = parseLabelLine(rest.slice(cut), this.vocabulary, this.ocr(source));
          if (label) return { value: rest.slice(0, cut).trim(), label };
        }
      }
    }
    return null;
  }

  /** A label on a paragraph line; returns the next row to read. */
  readLine(index: number, row: FormRow, label: LabelLine): number {
    const source = row.source;
    const line = row.cells[0]?.paragraphs[0]?.[0];
    if (label.rest !== '') {
      // "Ärendenr: FF 2021/17 Inkom den: 2024-01-12": two fields side by side that the reader ran into one line.
      const beside = this.fieldBeside(label.rest, source);
      if (beside) {
        this.push(label, beside.value, line?.source ?? source, index);
        this.readLine(index, row, beside.label);
        return index + 1;
      }
      const own: FormLine = { text: label.rest, source: line?.source ?? source };
      const more = this.paragraphFrom(index);
      this.bodyRight ??= bodyRight(this.rows);
      this.pushLines(label, [[own, ...more.lines.slice(1)]], source, index, this.bodyRight);
      return more.next;
    }
    const next = this.rows[index + 1];
    if (!next || index + 1 >= this.end || this.stops(next)) {
      this.push(label, '', source, index);
      return index + 1;
    }
    if (next.blankField) {
      this.push(label, '', next.source, index);
      return index + 2;
    }
    if (next.table !== null) {
      const filled = next.cells.filter((cell) => cell.text !== '');
      if (label.keys.length > 1 && filled.length === label.keys.length) {
        label.keys.forEach((key, k) => {
          const cell = filled[k];
          if (!cell) return;
          const value = runningText(cell.paragraphs, cell.wrapRight);
          const printed = label.labels[k] ?? '';
          this.entries.push({ key, value, source: cell.source, label: printed, row: index, ordinal: label.ordinal });
        });
      } else if (filled.length === 1 && filled[0]) {
        this.pushCellValue(label, filled[0], filled[0].paragraphs, next.source, index);
      } else {
        this.push(label, filled.map((cell) => cell.text.replace(/\n/g, ' ')).join(' '), next.source, index);
      }
      return index + 2;
    }
    const value = this.paragraphFrom(index + 1);
    this.pushLines(label, [value.lines], next.source, index);
    return value.next;
  }

  /**
   * A value taken from a cell, which may run on into further labels when the reader merged rows
   * ("Henrik Almqvist" / "E-postadress henrik@…" in one cell): each label found starts its own value.
   */
  private pushCellValue(label: LabelLine, cell: FormCell, paragraphs: FormLine[][], fallback: SourceRef, row: number): void {
    let group: { label: LabelLine; paragraphs: FormLine[][] } = { label, paragraphs: [] };
    const groups = [group];
    for (const paragraph of paragraphs) {
      let current: FormLine[] = [];
      group.paragraphs.push(current);
      for (const line of paragraph) {
        const found = this.labelLine(line.text, line.source);
        if (!found) {
          current.push(line);
          continue;
        }
        current = found.rest !== '' ? [{ text: found.rest, source: line.source }] : [];
        group = { label: found, paragraphs: [current] };
        groups.push(group);
      }
    }
    for (const entry of groups) {
      const filled = entry.paragraphs.filter((lines) => lines.length > 0);
      this.pushLines(entry.label, filled, fallback, row, cell.wrapRight);
    }
  }

  /** Labels in table cells: the value is in the cell, to the right, or in the cell below. */
  readTableRow(index: number, row: FormRow): void {
    const parsed = row.cells.map((cell) => (cell.text === '' ? null : this.labelLine(firstLine(cell), cell.source)));
    const allLabels = row.cells.every((cell, c) => cell.text === '' || (parsed[c] !== null && parsed[c]?.rest === '' && laterLines(cell).length === 0));
    row.cells.forEach((cell, c) => {
      const label = parsed[c];
      if (!label) return;
      const inCell = [...(label.rest !== '' ? [[{ text: label.rest, source: cell.paragraphs[0]?.[0]?.source ?? cell.source }]] : []), ...laterLines(cell)];
      if (inCell.length > 0) {
        this.pushCellValue(label, cell, inCell, cell.source, index);
        return;
      }
      const right = row.cells[c + 1];
      if (!allLabels && right && parsed[c + 1] === null) {
        this.pushCellValue(label, right, right.paragraphs, right.text === '' ? cell.source : right.source, index);
        return;
      }
      const below = this.rows[index + 1];
      if (!below || index + 1 >= this.end || below.table === null || this.stops(below)) {
        this.push(label, '', cell.source, index);
        return;
      }
      const under = cellUnder(below, cell);
      if (!under) {
        this.push(label, '', cell.source, index);
        return;
      }
      this.pushCellValue(label, under, under.paragraphs, under.text === '' ? cell.source : under.source, index);
    });
  }

  read(start: number): FormEntry[] {
    let index = start;
    while (index < this.end) {
      const row = this.rows[index];
      if (!row) break;
      if (row.table !== null) {
        this.readTableRow(index, row);
        index += 1;
        continue;
      }
      const label = this.labelLine(row.cells[0]?.text ?? '', row.source);
      index = label ? this.readLine(index, row, label) : index + 1;
    }
    return this.entries;
  }
}

export interface FormOptions {
  /** How the keys' values look, to cut a line that holds two of them. */
  shapes?: ValueShapes;
  /** The keys whose value is a date or an amount, so that words after their label cannot be the value. */
  figures?: readonly string[];
  /** The template's instructions between its fields: a blank field followed by one is blank. */
  boilerplate?: readonly string[];
  /** The pages read by OCR (DocModel.ocr), whose labels may be misread in letters of like shape. */
  ocrPages?: ReadonlySet<number>;
}

/** Every labelled value in rows [start, end), in document order. */
export function readForm(rows: FormRow[], start: number, end: number, vocabulary: Vocabulary, options: FormOptions = {}): FormEntry[] {
  const { shapes = {}, figures = [], boilerplate = [], ocrPages = new Set<number>() } = options;
  return new RegionReader(rows, end, vocabulary, shapes, new Set(figures), boilerplate, ocrPages).read(start);
}
