import type { Paragraph, SourceRef, Table } from '../../model.js';
import { labelColon } from '../../structure/index.js';
import { cellText, isParagraph, isTable, type Placed, tidy } from '../walk.js';
import { type Field, fieldOf } from './fields.js';

/** One labelled value of an appendix block, with where it was read. */
export interface FieldValue {
  field: Field;
  /** The label as written ("Totalbudget 2021"). */
  label: string;
  value: string;
  source: SourceRef;
}

/** The fields of one "Insatsnamn" … "Kommentar" block, in document order. */
export interface AppendixBlock {
  fields: FieldValue[];
  /** The walk positions of the blocks it was read from (they are not prose). */
  consumed: Set<number>;
  section: string | null;
}

interface Reading {
  blocks: AppendixBlock[];
  current: AppendixBlock | null;
  /** The field that a row without a label, or a paragraph without one, goes on with. */
  last: FieldValue | null;
  /** The block is written as "Label: value" paragraphs, whose values may run on in further paragraphs. */
  paragraphs: boolean;
}

/**
 * The appendix blocks of an annual report, wherever they are and however they are laid out: as
 * two-column tables (a block may go on in a second table after a page break, a row cut by the
 * break has an empty label cell), or as "Label: value" paragraphs. A block starts at its name
 * label and takes every known label after it until the next name.
 */
export function readAppendixBlocks(placed: Placed[]): AppendixBlock[] {
  const reading: Reading = { blocks: [], current: null, last: null, paragraphs: false };
  for (const item of placed) {
    if (isTable(item)) readTable(reading, item);
    else if (isParagraph(item)) readParagraph(reading, item);
  }
  return reading.blocks;
}

function readTable(reading: Reading, item: Placed<Table>): void {
  const rows = item.block.rows.map((row) => {
    // The lower part of a vertically merged label cell is an empty label: its row goes on with the one above.
    const texts = row.cells.map((cell) => (cell.continuation ? '' : tidy(cellText(cell))));
    const label = texts[0] ?? '';
    const value = tidy(
      texts
        .slice(1)
        .filter((text) => text !== '')
        .join('\n'),
    );
    return { label, value, source: row.source, field: fieldOf(label) };
  });
  const first = rows[0];
  // A table that neither starts a block nor goes on with one (a financial table after the appendix) ends it.
  const continues = first !== undefined && (first.field !== null || first.label === '');
  if (!rows.some((row) => row.field === 'name') && !continues) {
    close(reading);
    return;
  }
  reading.paragraphs = false;
  for (const row of rows) {
    if (row.field === 'name') open(reading, item, row.value, row.label, row.source);
    else if (!reading.current) continue;
    else if (row.field) add(reading, item.index, { field: row.field, label: row.label, value: row.value, source: row.source });
    else if (row.label === '' && reading.last) extend(reading, item.index, row.value);
  }
}

function readParagraph(reading: Reading, item: Placed<Paragraph>): void {
  const text = item.block.text.trim();
  if (text === '') return;
  const labelled = labelColon(text);
  const field = labelled ? fieldOf(labelled.label) : null;
  if (labelled && field === 'name') {
    open(reading, item, tidy(labelled.value), labelled.label, item.block.source);
    reading.paragraphs = true;
    return;
  }
  if (!reading.current || !reading.paragraphs) return;
  if (labelled && field) {
    add(reading, item.index, { field, label: tidy(labelled.label), value: tidy(labelled.value), source: item.block.source });
  } else if (item.block.headingLevel !== undefined) {
    // A heading ("Strukturövergripande insatser") is not part of the value above it.
    reading.last = null;
  } else if (reading.last) {
    extend(reading, item.index, tidy(text));
  }
}

function open(reading: Reading, item: Placed, name: string, label: string, source: SourceRef): void {
  const block: AppendixBlock = { fields: [], consumed: new Set([item.index]), section: item.section };
  reading.blocks.push(block);
  reading.current = block;
  reading.last = null;
  add(reading, item.index, { field: 'name', label: tidy(label), value: name, source });
}

function add(reading: Reading, index: number, value: FieldValue): void {
  reading.current?.fields.push(value);
  reading.current?.consumed.add(index);
  reading.last = value;
}

function extend(reading: Reading, index: number, text: string): void {
  if (!reading.last || text === '') return;
  reading.last.value = reading.last.value === '' ? text : `${reading.last.value}\n${text}`;
  reading.current?.consumed.add(index);
}

function close(reading: Reading): void {
  reading.current = null;
  reading.last = null;
}
