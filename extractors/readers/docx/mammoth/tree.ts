/**
 * The shape of mammoth's internal document tree (node_modules/mammoth/lib/documents.js), as far as
 * we read it. mammoth does not type it; these interfaces are checked against 1.13.
 */

export interface MammothParagraph {
  type: 'paragraph';
  children: MammothNode[];
  styleId: string | null;
  styleName: string | null;
}

export interface MammothRun {
  type: 'run';
  children: MammothNode[];
}

export interface MammothHyperlink {
  type: 'hyperlink';
  children: MammothNode[];
}

export interface MammothText {
  type: 'text';
  value: string;
}

export interface MammothTab {
  type: 'tab';
}

export interface MammothBreak {
  type: 'break';
  breakType: 'line' | 'page' | 'column';
}

export interface MammothCheckbox {
  type: 'checkbox';
  checked: boolean;
}

export interface MammothNoteReference {
  type: 'noteReference';
  noteType: 'footnote' | 'endnote';
  noteId: string;
}

export interface MammothBookmarkStart {
  type: 'bookmarkStart';
  name: string;
}

export interface MammothTable {
  type: 'table';
  children: MammothNode[];
}

export interface MammothTableRow {
  type: 'tableRow';
  children: MammothNode[];
  isHeader: boolean;
}

export interface MammothTableCell {
  type: 'tableCell';
  children: MammothNode[];
  colSpan: number;
  rowSpan: number;
}

/** Images, comment references and anything newer: walked through for children, otherwise ignored. */
export interface MammothOther {
  type: 'image' | 'commentReference' | 'comment' | 'note' | 'document';
  children?: MammothNode[];
}

export type MammothNode =
  | MammothParagraph
  | MammothRun
  | MammothHyperlink
  | MammothText
  | MammothTab
  | MammothBreak
  | MammothCheckbox
  | MammothNoteReference
  | MammothBookmarkStart
  | MammothTable
  | MammothTableRow
  | MammothTableCell
  | MammothOther;

export interface MammothNote {
  noteType: 'footnote' | 'endnote';
  noteId: string;
  body: MammothNode[];
}

export interface MammothDocument {
  type: 'document';
  children: MammothNode[];
  notes: { resolve(reference: { noteType: string; noteId: string }): MammothNote | null };
}

export function isMammothDocument(value: unknown): value is MammothDocument {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { type?: unknown; children?: unknown; notes?: { resolve?: unknown } };
  return candidate.type === 'document' && Array.isArray(candidate.children) && typeof candidate.notes?.resolve === 'function';
}
