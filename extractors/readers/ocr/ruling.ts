/**
 * Table borders in a scanned page: long straight runs of ink in the binarised image, as segments in
 * points — what the PDF reader gets from a text PDF's drawing operators.
 */
import type { Segment } from '../pdf/types.js';
import { appendAll } from '../../arrays.js';
import type { InkMap } from './ink.js';

/**
 * Paper a rule may skip over (a scanner's dropouts, the step of a line not quite level): 0.5 mm.
 * Text does not chain into a rule by it: its ink is a band far thicker than any rule (mergeThick).
 */
const maxGapPx = (dpi: number): number => Math.max(3, Math.round(dpi / 50));

function isInk(map: InkMap, x: number, y: number): boolean {
  return map.ink[y * map.width + x] === 1;
}

interface Run {
  start: number;
  end: number;
  at: number;
}

/** Share of a rule's length that is ink: the bottoms of a line of letters, bridged letter to letter, are far less. */
const MIN_COVER = 0.85;

/** Runs of ink at least `minLength` long along one scan line, mostly ink. */
function runsAlong(length: number, inkAt: (i: number) => boolean, minLength: number, at: number, maxGap: number): Run[] {
  const runs: Run[] = [];
  let start = -1;
  let lastInk = -1;
  let inked = 0;
  const close = (): void => {
    const runLength = lastInk - start + 1;
    if (start !== -1 && runLength >= minLength && inked >= runLength * MIN_COVER) runs.push({ start, end: lastInk, at });
  };
  for (let i = 0; i < length; i++) {
    if (!inkAt(i)) continue;
    if (start === -1 || i - lastInk > maxGap + 1) {
      close();
      start = i;
      inked = 0;
    }
    lastInk = i;
    inked++;
  }
  close();
  return runs;
}

/** Runs on neighbouring scan lines that overlap are one thick rule; it stands at their middle. Runs come in scan-line order. */
function mergeThick(runs: Run[], maxThickness: number): Run[] {
  type Rule = Run & { first: number; last: number };
  const done: Rule[] = [];
  let open: Rule[] = [];
  for (const run of runs) {
    const stillOpen: Rule[] = [];
    for (const rule of open) (run.at - rule.last <= 1 ? stillOpen : done).push(rule);
    open = stillOpen;
    const rule = open.find((candidate) => candidate.last < run.at && run.start <= candidate.end && run.end >= candidate.start);
    if (rule) {
      rule.last = run.at;
      rule.start = Math.min(rule.start, run.start);
      rule.end = Math.max(rule.end, run.end);
    } else {
      open.push({ ...run, first: run.at, last: run.at });
    }
  }
  appendAll(done, open);
  // A band of ink thicker than a rule is a picture or a filled box, not a border.
  return done
    .filter((rule) => rule.last - rule.first + 1 <= maxThickness)
    .map((rule) => ({ start: rule.start, end: rule.end, at: (rule.first + rule.last) / 2 }));
}

/**
 * Horizontal and vertical rules at least ~1 cm (horizontal) or ~0.6 cm (vertical) long: longer
 * than any stroke of a letter at text sizes, shorter than the smallest table cell.
 */
export function findRules(bitmap: InkMap, dpi: number): Segment[] {
  const toPoints = 72 / dpi;
  const maxThickness = Math.max(3, Math.round(dpi / 40));
  const horizontal: Run[] = [];
  for (let y = 0; y < bitmap.height; y++)
    appendAll(
      horizontal,
      runsAlong(bitmap.width, (x) => isInk(bitmap, x, y), Math.round(dpi * 0.4), y, maxGapPx(dpi)),
    );
  const vertical: Run[] = [];
  for (let x = 0; x < bitmap.width; x++)
    appendAll(
      vertical,
      runsAlong(bitmap.height, (y) => isInk(bitmap, x, y), Math.round(dpi * 0.25), x, maxGapPx(dpi)),
    );
  const segments: Segment[] = [];
  for (const rule of mergeThick(horizontal, maxThickness))
    segments.push({ x1: rule.start * toPoints, y1: rule.at * toPoints, x2: (rule.end + 1) * toPoints, y2: rule.at * toPoints });
  for (const rule of mergeThick(vertical, maxThickness))
    segments.push({ x1: rule.at * toPoints, y1: rule.start * toPoints, x2: rule.at * toPoints, y2: (rule.end + 1) * toPoints });
  return segments;
}
