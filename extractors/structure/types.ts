import type { Block, DocModel, Paragraph, SourceRef } from '../model.js';
import type { ContentsEntry } from './contents.js';
import type { Furniture } from './furniture.js';
import type { KeyValue } from './key-values.js';
import type { FormRow } from './rows.js';

export interface Heading {
  /** The section number ("4.1") when the outline chose it as a section heading; null otherwise. */
  number: string | null;
  /** The title without its number (for a run-in heading, only the title's words). */
  title: string;
  /** Depth of the number (1 for "4", 2 for "4.1"); for an unnumbered heading the producer's level, else 1. */
  level: number;
  /** The heading's first row in DocStructure.rows. */
  row: number;
  /** 2 when the number stands alone on its row and the title is on the next. */
  rowsUsed: number;
  /**
   * How it was told: a section number the outline chose, a heading style or type the producer
   * gave, or a known title run into its paragraph ("Förvaltningsberättelse Samordningsförbundet …").
   */
  by: 'number' | 'style' | 'run-in';
  source: SourceRef;
}

/** A numbered section: its heading and the rows it spans. */
export interface Section {
  number: string;
  title: string;
  /** Index of its heading in DocStructure.headings. */
  heading: number;
  /** Row of the heading. */
  row: number;
  /** Rows [start, end) after the heading, up to the next heading of the same or a higher level. */
  start: number;
  end: number;
  /** Where its own text ends: the next numbered heading of any level (its first subsection). */
  ownEnd: number;
  /** Index of the enclosing section in DocStructure.sections; null at the top. */
  parent: number | null;
}

/**
 * What a unit of text is: running text someone wrote, a heading, page furniture, a table of
 * contents, a list of names, or OCR debris.
 */
export type UnitRole = 'text' | 'heading' | 'furniture' | 'contents' | 'names' | 'noise';

/** A paragraph, a table cell (one form field to the person filling it in) or a footnote. */
export interface StructureUnit {
  text: string;
  source: SourceRef;
  container: 'paragraph' | 'cell' | 'footnote';
  /** The paragraph itself, or a cell's only paragraph. */
  paragraph: Paragraph | null;
  /** A cell in a table row with a checkbox: a checklist item or its answer. */
  checklistRow: boolean;
  role: UnitRole;
  /** The nearest numbered section heading's number; null before the first and for footnotes. */
  section: string | null;
  /** The text without page chrome glued to it and without the heading it starts with ('' for a heading or furniture). */
  body: string;
  /** The body's sentences without names and OCR noise: what its language is told from. */
  prose: string;
  /** Index in DocStructure.headings of the heading the unit is or starts with. */
  heading: number | null;
}

/** The document's structure, found once after reading (the structure stage); every extractor and rule reads it. */
export interface DocStructure {
  readonly model: DocModel;
  /** The document flattened into rows (paragraph lines, table rows), page furniture left out. */
  rows: FormRow[];
  /** Numbered section headings, headings marked by style or type, run-in headings; in document order. */
  headings: Heading[];
  /** The numbered sections in document order; `parent` makes the tree. */
  sections: Section[];
  /** Every paragraph, cell and footnote in reading order, with its role and section. */
  units: StructureUnit[];
  /** Page numbers, running headers, stamps: set aside, with where they stood. */
  furniture: Furniture[];
  /** "Label: value" lines and label | value table rows. */
  keyValues: KeyValue[];
  /** The entries of tables of contents. */
  contents: ContentsEntry[];
  /** The section number at each row (a heading's row has its own). */
  rowSections: (string | null)[];
  /** The section a top-level block of the model stands in (a heading's is its own). */
  sectionOf(block: Block): string | null;
}
