/**
 * The one document model both readers produce (PDF via pdfjs-dist, DOCX via mammoth).
 * Extractors only ever see this model; only the readers touch the parser libraries.
 *
 * Text conventions shared by both readers, so extractors need no format-specific code:
 * - A checkbox is the glyph ☒ (checked) or ☐ (unchecked) in the text, and also listed in `checkboxes`.
 * - A blank form field (legacy FORMTEXT of en-spaces, empty content control, empty PDF widget)
 *   contributes nothing to the text; a filled one contributes its value.
 * - Whitespace is collapsed to single spaces within a line; lines of a paragraph are joined with "\n".
 * - Running headers/footers, page numbers ("Sida 3 av 9", a lone "16"), e-signature stamps
 *   ("Comfact Signature Referensnummer: …") and footnote reference markers are NOT in the text;
 *   the running headers and footers with words in them travel beside it (`runningHeads`).
 */

import type { Warning } from '../schemas/result.js';
import type { Wording } from '../schemas/config.js';

/** Where a block came from, precise enough for evidence to point back. */
export interface SourceRef {
  /** 1-based PDF page; null for docx. */
  page: number | null;
  /** PDF only: bounding box in points, origin at the top-left of the page. */
  box?: { x: number; y: number; width: number; height: number };
  /** DOCX only: position in the body, e.g. "p[12]" or "tbl[3]/tr[2]/tc[1]". */
  path?: string;
}

export interface Checkbox {
  checked: boolean;
}

export interface FormField {
  kind: 'text' | 'checkbox' | 'dropdown';
  /** '' for a blank field. */
  value: string;
  name?: string;
}

/** One visual line of a PDF paragraph. */
export interface Line {
  text: string;
  source: SourceRef;
  /** Dominant font size in points (PDF). */
  fontSize?: number;
  bold?: boolean;
}

export interface Paragraph {
  type: 'paragraph';
  text: string;
  source: SourceRef;
  /** 1..6 when the producer marked a heading (DOCX Heading N style; PDF large/bold font). */
  headingLevel?: number;
  /** Word list numbering as rendered ("1.", "4.1", "-") when it is not part of `text`. */
  listLabel?: string;
  fields?: FormField[];
  checkboxes?: Checkbox[];
  /** Footnote numbers referenced from this paragraph (the markers themselves are removed from text). */
  footnoteRefs?: string[];
  /** PDF: the lines this paragraph was built from. */
  lines?: Line[];
}

export interface Cell {
  /** Paragraphs (and, rarely, nested tables) of the cell, in order. */
  blocks: Block[];
  /** Plain text of the cell: paragraph texts joined by "\n"; '' for an empty cell. */
  text: string;
  source: SourceRef;
  /** How many grid columns the cell spans (DOCX gridSpan; PDF estimate). */
  colSpan?: number;
  /** DOCX: how many rows a vertically merged cell spans; the rows below hold `continuation` cells. */
  rowSpan?: number;
  /** DOCX: an empty stand-in for the part of a vertically merged cell above, keeping columns aligned. */
  continuation?: boolean;
}

export interface Row {
  cells: Cell[];
  source: SourceRef;
}

export interface Table {
  type: 'table';
  rows: Row[];
  source: SourceRef;
}

export type Block = Paragraph | Table;

export interface Footnote {
  id: string;
  text: string;
  source: SourceRef;
}

/**
 * Warnings travel beside the result (as in mammoth) instead of being thrown. A reader words each
 * in both languages from what it found; the pipeline keeps the run's language as the result's
 * `message` (contract "Warning": a code, the message and where in the document it applies).
 */
export type ReaderMessage = Omit<Warning, 'message'> & { wording: Wording };

/** A word read by OCR and how surely, for the confidence of the evidence that quotes it. */
export interface OcrWordConfidence {
  text: string;
  confidence: number;
}

/** Which pages of a PDF were read by OCR, with what, and how surely (the result's `source.ocr`). */
export interface OcrReading {
  pages: number[];
  engine: string;
  engineVersion: string;
  languages: string[];
  /** Mean word confidence, 0–100. */
  meanConfidence: number;
  /** Each OCR'd page's words in reading order, keyed by page number. */
  words: Record<number, OcrWordConfidence[]>;
}

export interface RunningHead {
  text: string;
  source: SourceRef;
}

export interface DocModel {
  format: 'pdf' | 'docx';
  /** PDF page count; null for docx. */
  pages: number | null;
  blocks: Block[];
  footnotes: Footnote[];
  messages: ReaderMessage[];
  metadata: { producer?: string; creator?: string; title?: string };
  /**
   * The running headers and footers the reader set aside, each once (PDF: a margin line repeated
   * over the pages; docx: the paragraphs of its header and footer parts). Not content: a report
   * whose cover is a picture may name itself only there.
   */
  runningHeads?: RunningHead[];
  /** PDF: present when some pages were read by OCR. */
  ocr?: OcrReading;
}
