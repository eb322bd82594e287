/**
 * What a page is made of once its operator list has been interpreted. All coordinates are in PDF
 * points with the origin at the TOP-LEFT of the page (y grows downwards), like SourceRef boxes.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A horizontal stretch of text drawn with one font at one size, without inner word gaps. */
export interface TextRun {
  text: string;
  /** Left edge of the first glyph. */
  x: number;
  /** Right edge (advance) of the last glyph. */
  right: number;
  /** Baseline. */
  baseline: number;
  /** Font size in page units (text matrix and CTM applied). */
  size: number;
  font: string;
  bold: boolean;
  /** Set on synthetic runs made from form widgets. */
  fromWidget?: boolean;
}

/** A straight stroke or the edge of a thin filled rectangle: the stuff of table borders. */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A small square drawn as a checkbox (LibreOffice draws legacy FORMCHECKBOX this way). */
export interface DrawnBox extends Box {
  checked: boolean;
}

/** A tick (✓) or cross (✗) drawn as strokes on its own, not inside a checkbox square. */
export interface DrawnMark extends Box {
  kind: 'tick' | 'cross';
}

/** A run of text after line building; its glyph runs are kept for column and table work. */
export interface TextLine {
  text: string;
  runs: TextRun[];
  x: number;
  right: number;
  top: number;
  bottom: number;
  baseline: number;
  /** Dominant (most characters) font size. */
  size: number;
  bold: boolean;
  /** Footnote numbers whose superscript markers were taken out of this line. */
  footnoteRefs: string[];
  page: number;
}

export interface PageContent {
  page: number;
  width: number;
  height: number;
  runs: TextRun[];
  segments: Segment[];
  boxes: DrawnBox[];
  marks: DrawnMark[];
}
