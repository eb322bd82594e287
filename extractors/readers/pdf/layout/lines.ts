import type { TextLine, TextRun } from '../types.js';
import { appendAll, maxOf, minOf } from '../../../arrays.js';

/**
 * Visual lines from positioned runs: runs on one baseline (within tolerance) are one band; a band
 * is cut where the gap is wider than any word space (a tab, a table column), so each TextLine is
 * one contiguous stretch. Small raised digits glued to a word are footnote markers: they are kept
 * apart (`markers`) so the text reads "Ockelbo", not "Ockelbo2".
 */

/** Horizontal gap (share of the font size) above which two runs are separate words. */
const WORD_GAP = 0.12;
/** Horizontal gap (share of the font size) above which a band is cut into separate lines. */
const COLUMN_GAP = 1.2;
/** A superscript is at most this share of its host's size. */
const SUPERSCRIPT_SIZE = 0.85;

export interface Marker {
  id: string;
  /** Offset in the line text where the marker stood. */
  offset: number;
}

export interface BuiltLine extends TextLine {
  markers: Marker[];
}

interface Band {
  baseline: number;
  size: number;
  runs: TextRun[];
  raised: TextRun[];
}

function bandTolerance(size: number): number {
  return Math.max(1, size * 0.25);
}

/** Groups runs by baseline; a band keeps the baseline of its first (lowest-sorting) run. */
function bands(runs: TextRun[]): Band[] {
  const sorted = [...runs].sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const result: Band[] = [];
  for (const run of sorted) {
    const last = result[result.length - 1];
    if (last && Math.abs(run.baseline - last.baseline) <= bandTolerance(Math.max(run.size, last.size))) {
      last.runs.push(run);
      last.size = Math.max(last.size, run.size);
    } else {
      result.push({ baseline: run.baseline, size: run.size, runs: [run], raised: [] });
    }
  }
  return result;
}

/** A band of only small runs that sits a little above a bigger band and touches its runs is superscript. */
function hostOf(band: Band, all: Band[], index: number): Band | null {
  for (const host of all.slice(index + 1, index + 4)) {
    const rise = host.baseline - band.baseline;
    if (rise < host.size * 0.12 || rise > host.size * 0.65) continue;
    const small = band.runs.every((run) => run.size <= host.size * SUPERSCRIPT_SIZE);
    // Glued after a word ("Ockelbo²") or standing just before the text (a footnote's own number).
    const touching = band.runs.every((run) => host.runs.some((h) => run.right >= h.x - h.size * 0.6 && run.x <= h.right + h.size * 0.4));
    if (small && touching) return host;
  }
  return null;
}

function attachSuperscripts(all: Band[]): Band[] {
  const kept: Band[] = [];
  all.forEach((band, index) => {
    const host = hostOf(band, all, index);
    if (host) appendAll(host.raised, band.runs);
    else kept.push(band);
  });
  return kept;
}

/** Drops a run drawn twice at (almost) the same place — "fake bold" overprinting. */
function withoutOverprint(runs: TextRun[]): TextRun[] {
  const result: TextRun[] = [];
  for (const run of runs) {
    // Sorted by x, so a twin is among the last few kept.
    const recent = result.slice(-3);
    const twin = recent.find((r) => r.text === run.text && Math.abs(r.x - run.x) < 1 && Math.abs(r.baseline - run.baseline) < 1);
    if (twin) twin.bold = true;
    else result.push(run);
  }
  return result;
}

const MARKER_TEXT = /^(?:\d{1,3}|[*†‡§])$/;

/** Runs of one line, left to right: never empty. */
type Stretch = [TextRun, ...TextRun[]];

function lineFrom(runs: Stretch, raised: TextRun[], page: number): BuiltLine {
  const pieces = [...runs.map((run) => ({ run, raised: false })), ...raised.map((run) => ({ run, raised: true }))].sort((a, b) => a.run.x - b.run.x);
  let text = '';
  const markers: Marker[] = [];
  let previous: TextRun | undefined;
  for (const { run, raised: isRaised } of pieces) {
    const before: TextRun | undefined = previous;
    const gap = before ? run.x - before.right : 0;
    // Raised digits right after a word, or after a space ("Hudiksvall ⁷"), are a reference mark.
    const glued = before !== undefined && gap <= before.size;
    if (isRaised && MARKER_TEXT.test(run.text) && (glued || before === undefined)) {
      markers.push({ id: run.text, offset: text.length });
      // The word goes on after the marker as if it were not there.
      previous = before ? { ...before, right: Math.max(before.right, run.right) } : undefined;
      continue;
    }
    if (before && gap > Math.min(run.size, before.size) * WORD_GAP && !text.endsWith(' ')) text += ' ';
    text += run.text;
    previous = run;
  }
  // Dominant size (most characters), weight, and the extent, in one pass.
  const sizes: { size: number; chars: number }[] = [];
  let boldChars = 0;
  let chars = 0;
  let bottom = -Infinity;
  for (const run of runs) {
    const size = Math.round(run.size * 2) / 2;
    const entry = sizes.find((e) => e.size === size);
    if (entry) entry.chars += run.text.length;
    else sizes.push({ size, chars: run.text.length });
    chars += run.text.length;
    if (run.bold) boldChars += run.text.length;
    bottom = Math.max(bottom, run.baseline + run.size * 0.22);
  }
  let size = 0;
  let most = -1;
  for (const entry of sizes) {
    if (entry.chars > most) {
      most = entry.chars;
      size = entry.size;
    }
  }
  let x = Infinity;
  let right = -Infinity;
  let top = Infinity;
  for (const { run } of pieces) {
    x = Math.min(x, run.x);
    right = Math.max(right, run.right);
    top = Math.min(top, run.baseline - run.size * 0.8);
  }
  return {
    text: /\s\s|^\s|\s$/.test(text) ? text.replace(/\s+/g, ' ').trim() : text,
    runs,
    x,
    right,
    top,
    bottom,
    baseline: runs[0].baseline,
    size,
    bold: chars > 0 && boldChars / chars > 0.6,
    footnoteRefs: [],
    markers,
    page,
  };
}

/**
 * The part of the line made of its runs `from` to `to` (not included): the words of one table cell
 * where two cells' words ran into each other (a heading wider than its column) and so came as one
 * stretch. Null where that part is empty or the line carries a footnote marker, which it would lose.
 */
export function lineOfRuns(line: BuiltLine, from: number, to: number): BuiltLine | null {
  const runs = line.runs.slice(from, to);
  return line.markers.length > 0 || !isStretch(runs) ? null : lineFrom(runs, [], line.page);
}

function isStretch(runs: TextRun[]): runs is Stretch {
  return runs.length > 0;
}

/** Splits a band's runs (sorted by x) wherever the gap is wider than a column gap. */
function stretches(runs: TextRun[]): Stretch[] {
  const result: Stretch[] = [];
  let current: Stretch | undefined;
  let right = -Infinity;
  for (const run of runs) {
    if (current && run.x - right <= run.size * COLUMN_GAP) current.push(run);
    else result.push((current = [run]));
    right = Math.max(right, run.right);
  }
  return result;
}

/** A bullet or list number standing alone before its text (Word puts a tab after it). */
const LIST_LABEL = /^(?:[•◦▪▫●○■·\-–—*>»\uf0b7\uf0a7]|\(?\d{1,2}[.)]|\(?[a-zåäö][.)]|\(?[ivx]{1,4}\))$/;

/** A figure as a table's cell sets it: "700 000", "−1 718", "(54)", "12,5". */
export const FIGURE = /^\(?[-−–]?\d[\d\s\u00a0.,]*\)?$/u;

/**
 * An amount alone ("5 000", "12,5 %", "500 kr"): no list item's text. A dash before it in a table
 * without borders is a cell of its own, one that says "nothing" ("Resor | 5 000 | – | 5 000").
 */
function isAmountAlone(text: string): boolean {
  return FIGURE.test(text.trim().replace(/\s*(?:kr|tkr|mkr|%)$/u, ''));
}

/** Puts a lone list label back in front of the text it labels. */
function withLabelsJoined(parts: Stretch[], size: number): Stretch[] {
  const result: Stretch[] = [];
  let joinedNext = false;
  parts.forEach((part, i) => {
    if (joinedNext) {
      joinedNext = false;
      return;
    }
    const next = parts[i + 1];
    const label = part.map((run) => run.text).join('');
    const right = maxOf(part.map((run) => run.right));
    joinedNext = next !== undefined && LIST_LABEL.test(label) && next[0].x - right < size * 6 && !isAmountAlone(next.map((run) => run.text).join(''));
    result.push(next && joinedNext ? [...part, ...next] : part);
  });
  return result;
}

export function buildLines(runs: TextRun[], page: number): BuiltLine[] {
  const lines: BuiltLine[] = [];
  for (const band of attachSuperscripts(bands(runs))) {
    const sorted = withoutOverprint([...band.runs].sort((a, b) => a.x - b.x));
    for (const stretch of withLabelsJoined(stretches(sorted), band.size)) {
      const left = stretch[0].x - band.size * 1.2;
      const right = maxOf(stretch.map((run) => run.right)) + band.size * 0.6;
      const raised = band.raised.filter((run) => run.x >= left && run.x <= right);
      lines.push(lineFrom(stretch, raised, page));
    }
  }
  return lines.filter((line) => line.text !== '' || line.markers.length > 0);
}

/** A line larger than another by no more than this (points) is set the same. */
export const SIZE_SLACK = 0.5;

/** Two lines set alike: the same size, within SIZE_SLACK, and weight (a table's header, a cell's wrapped text). */
export function setAlike(a: BuiltLine | undefined, b: BuiltLine | undefined): boolean {
  return a !== undefined && b !== undefined && Math.abs(a.size - b.size) <= SIZE_SLACK && a.bold === b.bold;
}

/** Lines of one baseline, left to right: never empty. */
export type LineBand = [BuiltLine, ...BuiltLine[]];

/** One line from fragments of one band (a tab inside a cell, a lone label), left to right. */
export function joinFragments(fragments: LineBand): BuiltLine {
  const sorted = [...fragments].sort((a, b) => a.x - b.x);
  const first = fragments.reduce((leftmost, fragment) => (fragment.x < leftmost.x ? fragment : leftmost));
  let text = '';
  const markers: Marker[] = [];
  for (const fragment of sorted) {
    if (text !== '' && fragment.text !== '') text += ' ';
    for (const marker of fragment.markers) markers.push({ id: marker.id, offset: marker.offset + text.length });
    text += fragment.text;
  }
  const dominant = sorted.reduce((most, fragment) => (fragment.text.length > most.text.length ? fragment : most), first);
  return {
    ...first,
    text,
    markers,
    runs: sorted.flatMap((f) => f.runs),
    x: first.x,
    right: maxOf(sorted.map((f) => f.right)),
    top: minOf(sorted.map((f) => f.top)),
    bottom: maxOf(sorted.map((f) => f.bottom)),
    size: dominant.size,
    bold: sorted.every((f) => f.bold || f.text === ''),
    footnoteRefs: sorted.flatMap((f) => f.footnoteRefs),
  };
}

/** One line per band: a band of fragments joined. */
export function bandLine(band: LineBand): BuiltLine {
  return band.length === 1 ? band[0] : joinFragments(band);
}

/** Groups lines (any order) into bands of one baseline, top to bottom, each band left to right. */
export function linesByBand(lines: BuiltLine[]): LineBand[] {
  const sorted = [...lines].sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const result: LineBand[] = [];
  let band: LineBand | undefined;
  for (const line of sorted) {
    if (band && Math.abs(line.baseline - band[0].baseline) <= bandTolerance(Math.max(line.size, band[0].size))) band.push(line);
    else result.push((band = [line]));
  }
  return result.map((lines) => lines.sort((a, b) => a.x - b.x));
}
