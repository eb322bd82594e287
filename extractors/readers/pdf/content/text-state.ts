import type { TextRun } from '../types.js';
import type { FontInfo } from './fonts.js';
import { glyphText, isSpaceText } from './glyphs.js';
import { IDENTITY, applyX, applyY, multiply, type Matrix } from './matrix.js';

/** The parts of the graphics state that text positioning depends on (saved by q/Q). */
export interface TextParams {
  font: FontInfo | null;
  fontId: string;
  fontSize: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
}

export const DEFAULT_TEXT_PARAMS: TextParams = {
  font: null,
  fontId: '',
  fontSize: 0,
  charSpacing: 0,
  wordSpacing: 0,
  hScale: 1,
  leading: 0,
  rise: 0,
};

/** A TJ adjustment wider than this share of the font size ends a run (a word gap or a tab). */
const GAP_SPLIT = 0.1;

/** A pdfjs glyph as the operator list carries it; every field is checked where it is read. */
type GlyphFields = Partial<Record<'unicode' | 'width' | 'isSpace', unknown>>;

const glyphUnicode = (glyph: GlyphFields): string => (typeof glyph.unicode === 'string' ? glyph.unicode : '');
const glyphWidth = (glyph: GlyphFields): number => (typeof glyph.width === 'number' && Number.isFinite(glyph.width) ? glyph.width : 0);

/**
 * Text positioning as PDF defines it (and pdfjs's canvas renderer implements it): the text and
 * line matrices of BT…ET, Td/TD/T*, and glyph advances with character/word spacing and horizontal
 * scaling. Glyphs become TextRuns in top-left page coordinates.
 */
export class TextPositioner {
  private textMatrix: Matrix = IDENTITY;
  private x = 0;
  private y = 0;
  private lineX = 0;
  private lineY = 0;

  constructor(
    private readonly pageTop: number,
    private readonly pageLeft: number,
    private readonly out: TextRun[],
  ) {}

  beginText(): void {
    this.setTextMatrix(IDENTITY);
  }

  setTextMatrix(matrix: Matrix): void {
    this.textMatrix = matrix;
    this.x = this.lineX = 0;
    this.y = this.lineY = 0;
  }

  moveText(dx: number, dy: number): void {
    this.x = this.lineX += dx;
    this.y = this.lineY += dy;
  }

  nextLine(params: TextParams): void {
    this.moveText(0, params.leading);
  }

  showText(glyphs: readonly unknown[], params: TextParams, ctm: Matrix): void {
    const { font, fontSize } = params;
    if (!font || fontSize === 0) {
      this.skip(glyphs, params);
      return;
    }
    const m = multiply(ctm, this.textMatrix);
    // Only upright, horizontal text makes lines; rotated captions are skipped as decoration.
    const upright = Math.abs(m[1]) < Math.abs(m[0]) * 0.05 && Math.abs(m[2]) < Math.abs(m[3]) * 0.05 && m[0] > 0;
    const size = Math.abs(fontSize * m[3]) * (font.widthScale / 0.001 > 1.5 ? font.widthScale / 0.001 : 1);
    const advanceScale = fontSize * font.widthScale;
    const hScale = params.hScale;
    let advance = 0;
    let run = '';
    let runStart = 0;
    let runEnd = 0;
    const flush = (): void => {
      if (run.length > 0 && upright) this.emit(run, runStart, runEnd, m, size, params);
      run = '';
    };
    for (const item of glyphs) {
      if (typeof item === 'number') {
        const shift = (-item * fontSize) / 1000;
        if (Math.abs(shift) > fontSize * GAP_SPLIT) flush();
        advance += shift;
        continue;
      }
      if (typeof item !== 'object' || item === null) continue;
      const glyph = item as GlyphFields;
      const glyphAdvance = glyphWidth(glyph) * advanceScale;
      const width = glyphAdvance + params.charSpacing + (glyph.isSpace === true ? params.wordSpacing : 0);
      const text = glyphText(glyphUnicode(glyph), font.dingbats);
      // isSpace means character code 32 (where word spacing applies), not a space: subset fonts
      // put any glyph at code 32. Whether a glyph separates words is what it maps to.
      if (isSpaceText(text)) {
        flush();
      } else if (text.length > 0) {
        if (run.length === 0) runStart = advance;
        run += text;
        runEnd = advance + glyphAdvance;
      }
      advance += width;
    }
    flush();
    this.x += advance * hScale;
  }

  /** Advances past text that cannot be placed (no font yet), so later runs stay where they belong. */
  private skip(glyphs: readonly unknown[], params: TextParams): void {
    let advance = 0;
    for (const item of glyphs) {
      if (typeof item === 'number') advance += (-item * params.fontSize) / 1000;
    }
    this.x += advance * params.hScale;
  }

  private emit(text: string, start: number, end: number, m: Matrix, size: number, params: TextParams): void {
    const y = this.y + params.rise;
    const left = applyX(m, this.x + start * params.hScale, y);
    const right = applyX(m, this.x + end * params.hScale, y);
    const baseline = applyY(m, this.x + start * params.hScale, y);
    if (![left, right, baseline, size].every(Number.isFinite)) return;
    this.out.push({
      text,
      x: left - this.pageLeft,
      right: right - this.pageLeft,
      baseline: this.pageTop - baseline,
      size,
      font: params.fontId,
      bold: params.font?.bold ?? false,
    });
  }
}
