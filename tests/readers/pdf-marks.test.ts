import { describe, expect, it } from 'vitest';
import { PathCollector } from '../../extractors/readers/pdf/content/paths.js';
import type { Matrix } from '../../extractors/readers/pdf/content/matrix.js';

/** pdfjs's path-buffer commands, as the operator list carries them. */
const M = 0;
const L = 1;
const C = 2;
const Q = 3;
const Z = 4;
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const PAGE_TOP = 800;

/** A path in top-left page coordinates (as a reader thinks of it), turned into pdfjs's buffer. */
function path(...commands: (number | [number, number])[]): Float32Array {
  const out: number[] = [];
  for (const command of commands) {
    if (typeof command === 'number') out.push(command);
    else out.push(command[0], PAGE_TOP - command[1]);
  }
  return new Float32Array(out);
}

interface Drawing {
  buffer: Float32Array;
  stroked: boolean;
  filled: boolean;
}
const stroke = (buffer: Float32Array): Drawing => ({ buffer, stroked: true, filled: false });
const fill = (buffer: Float32Array): Drawing => ({ buffer, stroked: false, filled: true });

function marksOf(drawings: Drawing[]): { kind: string; x: number; y: number }[] {
  const collector = new PathCollector(PAGE_TOP, 0);
  for (const drawing of drawings) collector.add([null, [drawing.buffer]], IDENTITY, drawing.stroked, drawing.filled);
  collector.drawnBoxes();
  return collector.drawnMarks().map((mark) => ({ kind: mark.kind, x: Math.round(mark.x), y: Math.round(mark.y) }));
}

const square = (x: number, y: number, side: number): Float32Array => path(M, [x, y], L, [x + side, y], L, [x + side, y + side], L, [x, y + side], Z);

describe('a checkbox square with a mark inside', () => {
  const checked = (drawings: Drawing[]): boolean[] => {
    const collector = new PathCollector(PAGE_TOP, 0);
    for (const drawing of drawings) collector.add([null, [drawing.buffer]], IDENTITY, drawing.stroked, drawing.filled);
    return collector.drawnBoxes().map((box) => box.checked);
  };
  it.each<{ name: string; drawings: Drawing[]; checked: boolean[] }>([
    { name: 'a straight tick', drawings: [stroke(square(99, 198, 11)), stroke(path(M, [100, 204], L, [103, 207], L, [108, 200]))], checked: [true] },
    {
      name: 'a curved tick',
      drawings: [stroke(square(99, 198, 11)), stroke(path(M, [100, 204], Q, [101.5, 205.5], [103, 207], C, [104.5, 204], [106, 201.5], [108, 200]))],
      checked: [true],
    },
    {
      name: 'a cross',
      drawings: [stroke(square(299, 199, 10)), stroke(path(M, [300, 200], L, [307, 207])), stroke(path(M, [307, 200], L, [300, 207]))],
      checked: [true],
    },
    { name: 'nothing', drawings: [stroke(square(299, 199, 10))], checked: [false] },
    { name: 'a tick next to it', drawings: [stroke(square(99, 198, 11)), stroke(path(M, [120, 204], L, [123, 207], L, [128, 200]))], checked: [false] },
  ])('is ticked or not: $name', ({ drawings, checked: expected }) => {
    expect(checked(drawings)).toEqual(expected);
  });
});

describe('drawn ticks and crosses outside any checkbox', () => {
  it.each<{ name: string; drawings: Drawing[]; marks: { kind: string; x: number; y: number }[] }>([
    {
      name: 'a straight tick (three points)',
      drawings: [stroke(path(M, [100, 204], L, [103, 207], L, [108, 200]))],
      marks: [{ kind: 'tick', x: 100, y: 200 }],
    },
    {
      name: 'a tick drawn with curves',
      drawings: [stroke(path(M, [100, 204], Q, [101.5, 205.5], [103, 207], C, [104.5, 204], [106, 201.5], [108, 200]))],
      marks: [{ kind: 'tick', x: 100, y: 200 }],
    },
    {
      name: 'a cross: two short diagonals crossing in their middles',
      drawings: [stroke(path(M, [300, 200], L, [307, 207])), stroke(path(M, [307, 200], L, [300, 207]))],
      marks: [{ kind: 'cross', x: 300, y: 200 }],
    },
    {
      name: 'a cross drawn as one path of two strokes',
      drawings: [stroke(path(M, [300, 200], L, [307, 207], M, [307, 200], L, [300, 207]))],
      marks: [{ kind: 'cross', x: 300, y: 200 }],
    },
    {
      name: 'a tick inside a checkbox square is the box’s tick, not a mark of its own',
      drawings: [stroke(square(99, 198, 11)), stroke(path(M, [100, 204], L, [103, 207], L, [108, 200]))],
      marks: [],
    },
    {
      name: 'a cross inside a checkbox square is the box’s',
      drawings: [stroke(square(299, 199, 10)), stroke(path(M, [300, 200], L, [307, 207])), stroke(path(M, [307, 200], L, [300, 207]))],
      marks: [],
    },
    { name: 'an arrowhead (its point at mid-height) is not a tick', drawings: [stroke(path(M, [100, 200], L, [106, 204], L, [100, 208]))], marks: [] },
    { name: 'a caret ^ (ends lower than its top) is not a tick', drawings: [stroke(path(M, [100, 208], L, [104, 200], L, [108, 208]))], marks: [] },
    { name: 'a reversed tick (falls to the right) is not one', drawings: [stroke(path(M, [100, 200], L, [105, 207], L, [108, 204]))], marks: [] },
    { name: 'a chart’s polyline, larger than a mark, is not one', drawings: [stroke(path(M, [100, 230], L, [140, 260], L, [200, 200]))], marks: [] },
    { name: 'a filled shape in a tick’s outline (a logo) is not a mark', drawings: [fill(path(M, [100, 204], L, [103, 207], L, [108, 200]))], marks: [] },
    {
      name: 'a closed curve (a round bullet) is not a mark',
      drawings: [stroke(path(M, [100, 204], C, [100, 200], [108, 200], [108, 204], C, [108, 208], [100, 208], [100, 204], Z))],
      marks: [],
    },
    {
      name: 'two diagonals that meet at their ends (a V) are not a cross',
      drawings: [stroke(path(M, [300, 200], L, [304, 207])), stroke(path(M, [304, 207], L, [308, 200]))],
      marks: [],
    },
    {
      name: 'two long crossing diagonals (a chart) are not a cross',
      drawings: [stroke(path(M, [300, 200], L, [360, 260])), stroke(path(M, [360, 200], L, [300, 260]))],
      marks: [],
    },
    {
      name: 'parallel short diagonals (hatching) are not a cross',
      drawings: [stroke(path(M, [300, 200], L, [307, 207])), stroke(path(M, [302, 200], L, [309, 207]))],
      marks: [],
    },
  ])('$name', ({ drawings, marks }) => {
    expect(marksOf(drawings)).toEqual(marks);
  });
});
