/**
 * Where each numbered section of the template starts and ends. Headings are found by number
 * ("4.1 Bakgrund…", or a Word list label "4.1" with the text beside it) and confirmed by their
 * wording, so the numbered applicant labels in section 2 ("2. Organisations och arbetsställets
 * namn") are not taken for main headings.
 */
import { type FormRow } from './form.js';
import { labelAt } from './labels.js';
import { LABELS, MAIN_SECTIONS, SUBSECTIONS, type TemplateSection } from './template.js';

export interface SectionSpan {
  number: string;
  /** The template's entry, when the number is one of the template's. */
  template: TemplateSection | null;
  /** Row of the heading. */
  heading: number;
  /** The heading's text without its number. */
  headingText: string;
  /** Rows [start, end) after the heading, up to the next heading. */
  start: number;
  end: number;
}

interface Candidate {
  row: number;
  major: number;
  minor: number | null;
  title: string;
  /** A number alone on its row, with the title on the next row. */
  rowsUsed: number;
  /** Written "4." or "4)" (or as a Word list label), not just "4 …". */
  dotted: boolean;
}

const MAX_MAJOR = 12;
const SUB_HEADING = /^(\d{1,2})\s?\.\s?(\d{1,2})\.?(?:\s+|(?=\p{L}))(?<title>[\p{L}(].*)$/su;
const MAIN_HEADING = /^(\d{1,2})\s?(?:(?<dot>[.)])\s*|\s+)(?<title>\p{L}.*)$/su;
const NUMBER_ONLY = /^(\d{1,2})(?:\s?\.\s?(\d{1,2}))?\.?$/;
const FIELD_LABELS: string[] = Object.values(LABELS).flat();

/** The text a heading would be in: a paragraph line, or a table row with a single filled cell. */
function headingText(row: FormRow): string | null {
  const filled = row.cells.filter((cell) => cell.text !== '');
  if (filled.length === 1) return (filled[0]?.text.split('\n')[0] ?? '').trim();
  // "4.1 | Bakgrund…": a tab after the number may split the heading into two cells.
  if (filled.length === 2 && NUMBER_ONLY.test(filled[0]?.text ?? '')) return `${filled[0]?.text} ${filled[1]?.text.split('\n')[0]}`;
  return null;
}

function candidateAt(rows: FormRow[], index: number): Candidate | null {
  const row = rows[index];
  if (!row) return null;
  const text = headingText(row);
  if (!text) return null;
  const alone = text.match(NUMBER_ONLY);
  if (alone) {
    const next = rows[index + 1];
    const title = next ? headingText(next) : null;
    if (!title || !/^\p{L}/u.test(title)) return null;
    return { row: index, major: Number(alone[1]), minor: alone[2] ? Number(alone[2]) : null, title, rowsUsed: 2, dotted: true };
  }
  const sub = text.match(SUB_HEADING);
  if (sub) return { row: index, major: Number(sub[1]), minor: Number(sub[2]), title: sub.groups?.title ?? '', rowsUsed: 1, dotted: true };
  const main = text.match(MAIN_HEADING);
  if (main) {
    const dotted = main.groups?.dot !== undefined;
    return { row: index, major: Number(main[1]), minor: null, title: main.groups?.title ?? '', rowsUsed: 1, dotted };
  }
  return null;
}

function mainScore(candidate: Candidate, rows: FormRow[], template: TemplateSection | undefined): number {
  const row = rows[candidate.row];
  // A dotted number on a line of its own that starts a capitalised title looks like a heading.
  let score = candidate.dotted && row?.table === null && /^\p{Lu}/u.test(candidate.title) ? 1 : 0;
  if (row?.headingLevel !== undefined) score += 1;
  if (template && labelAt(candidate.title, template.headings)) score += 3;
  // Numbered form labels ("3. Organisations och arbetsställets namn") are not headings.
  else if (labelAt(candidate.title, FIELD_LABELS)) score -= 3;
  return score;
}

function chooseMainHeadings(rows: FormRow[], candidates: Candidate[]): Candidate[] {
  const chosen: Candidate[] = [];
  let from = 0;
  for (let major = 1; major <= MAX_MAJOR; major += 1) {
    const template = MAIN_SECTIONS.find((entry) => entry.number === String(major));
    let best: { candidate: Candidate; score: number } | null = null;
    for (const candidate of candidates) {
      if (candidate.minor !== null || candidate.major !== major || candidate.row < from) continue;
      const score = mainScore(candidate, rows, template);
      if (score >= 1 && (!best || score > best.score)) best = { candidate, score };
    }
    if (best) {
      chosen.push(best.candidate);
      from = best.candidate.row + best.candidate.rowsUsed;
    }
  }
  return chosen;
}

function chooseSubHeadings(candidates: Candidate[], mains: Candidate[]): Candidate[] {
  const chosen: Candidate[] = [];
  let last: [number, number] = [0, 0];
  for (const candidate of candidates) {
    if (candidate.minor === null) continue;
    const key: [number, number] = [candidate.major, candidate.minor];
    if (key[0] < last[0] || (key[0] === last[0] && key[1] <= last[1])) continue;
    // A subsection sits under its own main heading when that heading was found.
    const owner = mains.find((main) => main.major === candidate.major);
    const next = mains.find((main) => main.major > candidate.major);
    if (owner && candidate.row < owner.row) continue;
    if (next && candidate.row > next.row) continue;
    if (!owner && !SUBSECTIONS.some((entry) => entry.number === `${key[0]}.${key[1]}`)) continue;
    chosen.push(candidate);
    last = key;
  }
  return chosen;
}

/** The main sections (1–9) and the numbered subsections (4.1 …) of the document, in order. */
export function findSections(rows: FormRow[]): { mains: SectionSpan[]; subsections: SectionSpan[] } {
  const candidates: Candidate[] = [];
  rows.forEach((_, index) => {
    const candidate = candidateAt(rows, index);
    if (candidate && candidate.major >= 1 && candidate.major <= MAX_MAJOR) candidates.push(candidate);
  });
  const mains = chooseMainHeadings(rows, candidates);
  const subs = chooseSubHeadings(candidates, mains);
  const all = [...mains, ...subs].sort((a, b) => a.row - b.row);
  const span = (candidate: Candidate, stopAtSub: boolean): SectionSpan => {
    const number = candidate.minor === null ? String(candidate.major) : `${candidate.major}.${candidate.minor}`;
    const following = all.filter((other) => other.row > candidate.row && (stopAtSub || other.minor === null));
    const list = candidate.minor === null ? MAIN_SECTIONS : SUBSECTIONS;
    return {
      number,
      template: list.find((entry) => entry.number === number) ?? null,
      heading: candidate.row,
      headingText: candidate.title.trim(),
      start: candidate.row + candidate.rowsUsed,
      end: following[0]?.row ?? rows.length,
    };
  };
  return { mains: mains.map((main) => span(main, false)), subsections: subs.map((sub) => span(sub, true)) };
}
