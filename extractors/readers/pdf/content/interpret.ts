import type { DrawnBox, DrawnMark, Segment, TextRun } from '../types.js';
import type { FontBook, FontSource } from './fonts.js';
import { IDENTITY, isNumberList, multiply, toMatrix, type Matrix } from './matrix.js';
import { PathCollector } from './paths.js';
import { DEFAULT_TEXT_PARAMS, TextPositioner, type TextParams } from './text-state.js';

/** The operator numbers used here, taken from pdfjs's OPS table at run time. */
export type OpsTable = Readonly<Record<string, number>>;

export interface OperatorList {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
}

export interface PageGraphics {
  runs: TextRun[];
  segments: Segment[];
  boxes: DrawnBox[];
  marks: DrawnMark[];
}

interface GraphicsState {
  ctm: Matrix;
  text: TextParams;
  strokeVisible: boolean;
  fillVisible: boolean;
}

const num = (value: unknown, fallback = 0): number => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);

/** White paint does not show: white "borders" are not borders. */
function visibleColour(args: unknown): boolean {
  const colour = Array.isArray(args) ? args[0] : undefined;
  return typeof colour !== 'string' || !/^#f[ef]f[ef]f[ef]$/i.test(colour);
}

/**
 * Walks one page's operator list once and keeps what the reader needs: positioned text runs
 * (with their fonts, so bold is known), straight rules for table grids, and drawn checkbox
 * squares. One pass over the operator list replaces getTextContent (it costs about the same,
 * and getTextContent alone knows neither fonts nor graphics).
 */
export function interpretPage(
  list: OperatorList,
  ops: OpsTable,
  fonts: { book: FontBook; source: FontSource },
  view: { top: number; left: number },
): PageGraphics {
  const runs: TextRun[] = [];
  const text = new TextPositioner(view.top, view.left, runs);
  const paths = new PathCollector(view.top, view.left);
  let state: GraphicsState = { ctm: IDENTITY, text: { ...DEFAULT_TEXT_PARAMS }, strokeVisible: true, fillVisible: true };
  const stack: GraphicsState[] = [];
  const save = (): void => {
    stack.push(state);
    state = { ...state, text: { ...state.text } };
  };
  const restore = (): void => {
    state = stack.pop() ?? state;
  };
  const setText = (change: Partial<TextParams>): void => {
    state.text = { ...state.text, ...change };
  };

  const o = ops;
  const count = Math.min(list.fnArray.length, list.argsArray.length);
  for (let i = 0; i < count; i++) {
    const fn = list.fnArray[i];
    const args: unknown = list.argsArray[i];
    const a: readonly unknown[] = Array.isArray(args) ? args : [];
    switch (fn) {
      case o.save:
        save();
        break;
      case o.restore:
        restore();
        break;
      case o.transform: {
        const m = toMatrix(a);
        if (m) state.ctm = multiply(state.ctm, m);
        break;
      }
      case o.paintFormXObjectBegin: {
        save();
        const m = toMatrix(a[0]);
        if (m) state.ctm = multiply(state.ctm, m);
        break;
      }
      case o.paintFormXObjectEnd:
        restore();
        break;
      case o.beginText:
        text.beginText();
        break;
      case o.setTextMatrix: {
        const m = toMatrix(isNumberList(a[0]) ? a[0] : a);
        if (m) text.setTextMatrix(m);
        break;
      }
      case o.moveText:
        text.moveText(num(a[0]), num(a[1]));
        break;
      case o.setLeadingMoveText:
        setText({ leading: num(a[1]) });
        text.moveText(num(a[0]), num(a[1]));
        break;
      case o.setLeading:
        setText({ leading: -num(a[0]) });
        break;
      case o.nextLine:
        text.nextLine(state.text);
        break;
      case o.setFont: {
        const id = typeof a[0] === 'string' ? a[0] : '';
        const size = num(a[1]);
        setText({ fontId: id, fontSize: Math.abs(size), font: fonts.book.lookup(id, fonts.source) });
        break;
      }
      case o.setCharSpacing:
        setText({ charSpacing: num(a[0]) });
        break;
      case o.setWordSpacing:
        setText({ wordSpacing: num(a[0]) });
        break;
      case o.setHScale:
        setText({ hScale: num(a[0], 100) / 100 });
        break;
      case o.setTextRise:
        setText({ rise: num(a[0]) });
        break;
      case o.showText:
      case o.showSpacedText:
        if (Array.isArray(a[0])) text.showText(a[0], state.text, state.ctm);
        break;
      case o.nextLineShowText:
        text.nextLine(state.text);
        if (Array.isArray(a[0])) text.showText(a[0], state.text, state.ctm);
        break;
      case o.nextLineSetSpacingShowText:
        setText({ wordSpacing: num(a[0]), charSpacing: num(a[1]) });
        text.nextLine(state.text);
        if (Array.isArray(a[2])) text.showText(a[2], state.text, state.ctm);
        break;
      case o.setStrokeRGBColor:
        state.strokeVisible = visibleColour(a);
        break;
      case o.setFillRGBColor:
        state.fillVisible = visibleColour(a);
        break;
      case o.constructPath: {
        const paint = a[0];
        const stroked =
          paint === o.stroke ||
          paint === o.closeStroke ||
          paint === o.fillStroke ||
          paint === o.eoFillStroke ||
          paint === o.closeFillStroke ||
          paint === o.closeEOFillStroke;
        const filled =
          paint === o.fill ||
          paint === o.eoFill ||
          paint === o.fillStroke ||
          paint === o.eoFillStroke ||
          paint === o.closeFillStroke ||
          paint === o.closeEOFillStroke;
        if ((stroked && state.strokeVisible) || (filled && state.fillVisible)) {
          paths.add(a, state.ctm, stroked && state.strokeVisible, filled && state.fillVisible);
        }
        break;
      }
      default:
        break;
    }
  }
  return { runs, segments: paths.segments, boxes: paths.drawnBoxes(), marks: paths.drawnMarks() };
}
