/**
 * Which numbered lines are the document's section headings. A number alone proves little: a
 * template's numbered form labels ("3. Organisations och arbetsställets namn" inside section 2), a
 * numbered list ("1. Våra insatser leder till …") and a figure at the start of a line all look like
 * headings. So each main number (1, 2, …) takes its best-scored candidate after the one before,
 * a subsection (4.1, 1.2.3) must come after the one before it and stand under its own main
 * heading unless the producer marked it as a heading, and known outlines (a template's sections
 * and labels) weigh in.
 */
import type { HeadingCandidate } from './headings.js';
import type { FormRow } from './rows.js';

/**
 * What a kind of report or a template is known to print, so that its headings are told from its
 * labels. Given to the structure pass by whoever knows the template (extractors/outlines.ts).
 */
export interface Outline {
  /** True when `title` is how the outline words the heading of section `number` ("4.1"). */
  isHeading(number: string, title: string): boolean;
  /** True when `title` is one of the outline's headings, whatever its number. */
  isTitle(title: string): boolean;
  /** True when `text` starts with one of the outline's form labels, which are no headings even when numbered. */
  isFieldLabel(text: string): boolean;
  /** True when the outline has a section `number`. */
  has(number: string): boolean;
}

/** A numbered section heading the outline chose. */
export interface ChosenHeading extends HeadingCandidate {
  number: string;
}

/** Main numbers beyond this are taken only from headings the producer marked as such. */
const MAX_PLAIN_MAJOR = 12;
const MAX_MAJOR = 99;

function numberOf(parts: number[]): string {
  return parts.join('.');
}

function compare(a: number[], b: number[]): number {
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    const difference = (a[index] ?? -1) - (b[index] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

interface Scoring {
  rows: FormRow[];
  /**
   * The producer marked two or more of the document's numbered main lines as headings (by style or
   * type), so an unmarked one is a list item unless an outline knows it.
   */
  marksMains: boolean;
  marksSubs: boolean;
  outlines: readonly Outline[];
  /** The title is a heading of the kinds of report, alone or run in ("1 Förvaltningsberättelse Samordningsförbundet …"). */
  knownTitle: (candidate: HeadingCandidate) => boolean;
}

function mainScore(candidate: HeadingCandidate, scoring: Scoring): number {
  const row = scoring.rows[candidate.row];
  const number = numberOf(candidate.parts);
  // A dotted number on a line of its own that starts a capitalised title looks like a heading.
  let score = candidate.dotted && row?.table === null && /^\p{Lu}/u.test(candidate.title) ? 1 : 0;
  if (row?.headingLevel !== undefined) score += 1;
  if (scoring.outlines.some((outline) => outline.isHeading(number, candidate.title))) return score + 3;
  // Numbered form labels ("3. Organisations och arbetsställets namn") are not headings.
  if (scoring.outlines.some((outline) => outline.isFieldLabel(candidate.title))) return score - 3;
  if (scoring.marksMains && row?.headingLevel === undefined) return 0;
  // "1 Inledning" typed on a line, "1 Förvaltningsberättelse Samordningsförbundet …" run in: a title the kinds of report use.
  return score === 0 && scoring.knownTitle(candidate) ? 1 : score;
}

function chooseMains(candidates: HeadingCandidate[], scoring: Scoring): HeadingCandidate[] {
  const chosen: HeadingCandidate[] = [];
  const majors = [...new Set(candidates.filter((candidate) => candidate.parts.length === 1).map((candidate) => candidate.parts[0] ?? 0))].sort((a, b) => a - b);
  let from = 0;
  for (const major of majors) {
    if (major < 1 || major > MAX_MAJOR) continue;
    let best: { candidate: HeadingCandidate; score: number } | null = null;
    for (const candidate of candidates) {
      if (candidate.parts.length !== 1 || candidate.parts[0] !== major || candidate.row < from) continue;
      if (major > MAX_PLAIN_MAJOR && scoring.rows[candidate.row]?.headingLevel === undefined) continue;
      const score = mainScore(candidate, scoring);
      if (score >= 1 && (!best || score > best.score)) best = { candidate, score };
    }
    if (best) {
      chosen.push(best.candidate);
      from = best.candidate.row + best.candidate.rowsUsed;
    }
  }
  return chosen;
}

function chooseSubs(candidates: HeadingCandidate[], mains: HeadingCandidate[], scoring: Scoring): HeadingCandidate[] {
  const chosen: HeadingCandidate[] = [];
  let last: number[] = [0, 0];
  for (const candidate of candidates) {
    if (candidate.parts.length < 2 || compare(candidate.parts, last) <= 0) continue;
    const major = candidate.parts[0];
    const number = numberOf(candidate.parts);
    const marked = scoring.rows[candidate.row]?.headingLevel !== undefined;
    const known = scoring.outlines.some((outline) => outline.has(number));
    // A subsection sits under its own main heading when that heading was found…
    const owner = mains.find((main) => main.parts[0] === major);
    const next = mains.find((main) => (main.parts[0] ?? 0) > (major ?? 0));
    const outside = (owner !== undefined && candidate.row < owner.row) || (next !== undefined && candidate.row > next.row);
    // …unless the producer marked it as a heading: "1.1 Om förbundet" printed under "2 Förvaltningsberättelse".
    if (outside && !marked) continue;
    if (!owner && !known && !marked) continue;
    if (scoring.marksSubs && !marked && !known) continue;
    chosen.push(candidate);
    last = candidate.parts;
  }
  return chosen;
}

/** The section headings among the candidates, in document order. */
export function chooseHeadings(
  rows: FormRow[],
  candidates: HeadingCandidate[],
  outlines: readonly Outline[],
  knownTitle: (candidate: HeadingCandidate) => boolean,
): ChosenHeading[] {
  const marked = (depth: (parts: number[]) => boolean): boolean =>
    candidates.filter((candidate) => depth(candidate.parts) && rows[candidate.row]?.headingLevel !== undefined).length >= 2;
  const scoring: Scoring = {
    rows,
    outlines,
    knownTitle,
    marksMains: marked((parts) => parts.length === 1),
    marksSubs: marked((parts) => parts.length > 1),
  };
  const mains = chooseMains(candidates, scoring);
  const subs = chooseSubs(candidates, mains, scoring);
  return [...mains, ...subs].sort((a, b) => a.row - b.row).map((candidate) => ({ ...candidate, number: numberOf(candidate.parts) }));
}
