import type { DrawnBox, DrawnMark, Segment } from '../types.js';
import { applyX, applyY, isNumberList, type Matrix } from './matrix.js';
import { maxOf, minOf } from '../../../arrays.js';

/** pdfjs's path-buffer commands (DrawOPS, not exported by pdfjs). */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUAD_TO = 3;
const CLOSE = 4;

/** Drawn squares of this side (points) are checkboxes, not table cells. */
const BOX_MIN = 5;
const BOX_MAX = 16;
/** A stroke that stands alone as a tick or a cross: both sides of its extent within these (points). */
const MARK_MIN = 3;
const MARK_MAX = 16;
/** A filled rectangle thinner than this is a rule (Word draws borders as thin filled rectangles). */
const RULE_THICKNESS = 2.5;
/** Slope tolerance (points) for calling a line horizontal or vertical. */
const AXIS_TOLERANCE = 0.8;

interface Point {
  x: number;
  y: number;
}

/** The polylines of one path buffer, in top-left page coordinates. */
function subpaths(buffer: ArrayLike<number>, ctm: Matrix, top: number, left: number): { points: Point[]; closed: boolean; curved: boolean }[] {
  const result: { points: Point[]; closed: boolean; curved: boolean }[] = [];
  let current: { points: Point[]; closed: boolean; curved: boolean } | null = null;
  const at = (x: number, y: number): Point => ({ x: applyX(ctm, x, y) - left, y: top - applyY(ctm, x, y) });
  let i = 0;
  while (i < buffer.length) {
    const command = buffer[i++];
    if (command === MOVE_TO) {
      current = { points: [at(buffer[i] ?? 0, buffer[i + 1] ?? 0)], closed: false, curved: false };
      result.push(current);
      i += 2;
    } else if (command === LINE_TO) {
      current?.points.push(at(buffer[i] ?? 0, buffer[i + 1] ?? 0));
      i += 2;
    } else if (command === CURVE_TO || command === QUAD_TO) {
      const n = command === CURVE_TO ? 6 : 4;
      if (current) {
        current.curved = true;
        current.points.push(at(buffer[i + n - 2] ?? 0, buffer[i + n - 1] ?? 0));
      }
      i += n;
    } else if (command === CLOSE) {
      if (current) current.closed = true;
    } else {
      break; // unknown command: the rest of the buffer cannot be decoded
    }
  }
  return result;
}

function axisRectangle(points: Point[]): { x: number; y: number; width: number; height: number } | null {
  const corners = points.length === 5 && near(points[0], points[4]) ? points.slice(0, 4) : points;
  if (corners.length !== 4) return null;
  const xs = corners.map((p) => p.x);
  const ys = corners.map((p) => p.y);
  const minX = minOf(xs);
  const maxX = maxOf(xs);
  const minY = minOf(ys);
  const maxY = maxOf(ys);
  const onEdges = corners.every((p) => (close(p.x, minX) || close(p.x, maxX)) && (close(p.y, minY) || close(p.y, maxY)));
  return onEdges ? { x: minX, y: minY, width: maxX - minX, height: maxY - minY } : null;
}

const close = (a: number, b: number): boolean => Math.abs(a - b) <= AXIS_TOLERANCE;
const near = (a: Point | undefined, b: Point | undefined): boolean => a !== undefined && b !== undefined && close(a.x, b.x) && close(a.y, b.y);

/** Accumulates the rules, checkbox squares and box ticks of one page. */
export class PathCollector {
  readonly segments: Segment[] = [];
  readonly boxes: DrawnBox[] = [];
  /** Diagonal strokes: the ✗ that LibreOffice draws inside a ticked checkbox. */
  private readonly diagonals: Segment[] = [];
  private readonly filledSquares: { x: number; y: number; width: number; height: number }[] = [];
  /** Open strokes shaped like a tick (✓), straight or curved. */
  private readonly ticks: DrawnMark[] = [];

  constructor(
    private readonly top: number,
    private readonly left: number,
  ) {}

  add(args: unknown, ctm: Matrix, stroked: boolean, filled: boolean): void {
    if (!Array.isArray(args)) return;
    const data: unknown = args[1];
    // pdfjs passes [pathBuffer] (a Float32Array); older versions passed the buffer itself.
    const buffers: unknown[] = data instanceof Float32Array || (Array.isArray(data) && typeof data[0] === 'number') ? [data] : Array.isArray(data) ? data : [];
    for (const buffer of buffers) {
      if (!isNumberList(buffer)) continue;
      for (const path of subpaths(buffer, ctm, this.top, this.left)) this.addSubpath(path, stroked, filled);
    }
  }

  private addSubpath(path: { points: Point[]; closed: boolean; curved: boolean }, stroked: boolean, filled: boolean): void {
    if (stroked && !filled && !path.closed && isTick(path.points)) {
      this.ticks.push({ ...extent(path.points), kind: 'tick' });
      return;
    }
    if (path.curved) return;
    const rect = axisRectangle(path.points);
    if (rect) {
      const square = rect.width >= BOX_MIN && rect.width <= BOX_MAX && Math.abs(rect.width - rect.height) <= 1.5;
      if (square && stroked) {
        this.boxes.push({ ...rect, checked: false });
        return;
      }
      if (square && filled) {
        this.filledSquares.push(rect);
        return;
      }
      if (filled && rect.height <= RULE_THICKNESS) {
        const y = rect.y + rect.height / 2;
        this.segments.push({ x1: rect.x, y1: y, x2: rect.x + rect.width, y2: y });
        return;
      }
      if (filled && rect.width <= RULE_THICKNESS) {
        const x = rect.x + rect.width / 2;
        this.segments.push({ x1: x, y1: rect.y, x2: x, y2: rect.y + rect.height });
        return;
      }
      if (!stroked) return; // shading and form-field backgrounds are not borders
    }
    if (!stroked) return;
    const points = path.closed && path.points.length > 2 ? [...path.points, path.points[0] as Point] : path.points;
    for (let i = 1; i < points.length; i++) this.addLine(points[i - 1] as Point, points[i] as Point);
  }

  private addLine(a: Point, b: Point): void {
    if (close(a.y, b.y) || close(a.x, b.x)) {
      this.segments.push({ x1: Math.min(a.x, b.x), y1: Math.min(a.y, b.y), x2: Math.max(a.x, b.x), y2: Math.max(a.y, b.y) });
    } else {
      this.diagonals.push({ x1: a.x, y1: a.y, x2: b.x, y2: b.y });
    }
  }

  /** The checkbox squares, ticked when a diagonal stroke or a smaller filled square sits inside. */
  drawnBoxes(): DrawnBox[] {
    for (const box of this.boxes) {
      const inside = (x: number, y: number): boolean => x >= box.x - 1 && x <= box.x + box.width + 1 && y >= box.y - 1 && y <= box.y + box.height + 1;
      box.checked =
        this.diagonals.some((d) => inside(d.x1, d.y1) && inside(d.x2, d.y2)) ||
        this.ticks.some((t) => inside(t.x, t.y) && inside(t.x + t.width, t.y + t.height)) ||
        this.filledSquares.some((f) => f.width < box.width && inside(f.x, f.y) && inside(f.x + f.width, f.y + f.height));
    }
    return this.boxes;
  }

  /**
   * Ticks and crosses drawn on their own, outside any checkbox square (a form filled in with a
   * drawing tool, a scanned-and-vectorised tick): a cross is two short diagonals that cross.
   */
  drawnMarks(): DrawnMark[] {
    const inAnyBox = (mark: { x: number; y: number; width: number; height: number }): boolean =>
      this.boxes.some(
        (box) => mark.x >= box.x - 1 && mark.x + mark.width <= box.x + box.width + 1 && mark.y >= box.y - 1 && mark.y + mark.height <= box.y + box.height + 1,
      );
    const marks = this.ticks.filter((tick) => !inAnyBox(tick));
    const short = this.diagonals.filter((d) =>
      isMarkSized(
        extent([
          { x: d.x1, y: d.y1 },
          { x: d.x2, y: d.y2 },
        ]),
      ),
    );
    const used = new Set<number>();
    for (let i = 0; i < short.length; i++) {
      if (used.has(i)) continue;
      for (let j = i + 1; j < short.length; j++) {
        const a = short[i] as Segment;
        const b = short[j] as Segment;
        if (used.has(j) || !crossNearMiddle(a, b)) continue;
        const mark = extent([
          { x: a.x1, y: a.y1 },
          { x: a.x2, y: a.y2 },
          { x: b.x1, y: b.y1 },
          { x: b.x2, y: b.y2 },
        ]);
        if (inAnyBox(mark)) continue;
        marks.push({ ...mark, kind: 'cross' });
        used.add(i).add(j);
        break;
      }
    }
    return marks;
  }
}

function extent(points: Point[]): { x: number; y: number; width: number; height: number } {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return { x: minOf(xs), y: minOf(ys), width: maxOf(xs) - minOf(xs), height: maxOf(ys) - minOf(ys) };
}

function isMarkSized(box: { width: number; height: number }): boolean {
  return box.width >= MARK_MIN && box.width <= MARK_MAX && box.height >= MARK_MIN && box.height <= MARK_MAX;
}

/**
 * A tick: an open stroke of mark size whose lowest point lies between its ends, left of the
 * middle, and that ends higher than it starts (✓, also drawn with curves). An arrowhead's point
 * is at mid-height and a chart's polyline is larger, so neither is one.
 */
function isTick(points: Point[]): boolean {
  if (points.length < 3) return false;
  const box = extent(points);
  if (!isMarkSized(box)) return false;
  const first = points[0] as Point;
  const last = points[points.length - 1] as Point;
  const lowest = points.reduce((low, p) => (p.y > low.y ? p : low), first);
  if (lowest === first || lowest === last) return false;
  const bottom = box.y + box.height;
  return (
    last.x > first.x &&
    lowest.x > first.x &&
    lowest.x < box.x + box.width * 0.6 &&
    bottom - lowest.y <= box.height * 0.15 &&
    last.y < first.y &&
    bottom - first.y >= box.height * 0.2
  );
}

/** Two diagonals of opposite slope whose crossing lies in the middle third of both. */
function crossNearMiddle(a: Segment, b: Segment): boolean {
  const slopeA = Math.sign((a.x2 - a.x1) * (a.y2 - a.y1));
  const slopeB = Math.sign((b.x2 - b.x1) * (b.y2 - b.y1));
  if (slopeA === slopeB) return false;
  const denominator = (a.x2 - a.x1) * (b.y2 - b.y1) - (a.y2 - a.y1) * (b.x2 - b.x1);
  if (Math.abs(denominator) < 1e-9) return false;
  const t = ((b.x1 - a.x1) * (b.y2 - b.y1) - (b.y1 - a.y1) * (b.x2 - b.x1)) / denominator;
  const u = ((b.x1 - a.x1) * (a.y2 - a.y1) - (b.y1 - a.y1) * (a.x2 - a.x1)) / denominator;
  return t > 0.3 && t < 0.7 && u > 0.3 && u < 0.7;
}
