import type { Evidence } from '../../schemas/common.js';
import type { Goal } from '../../schemas/arsredovisning.js';
import type { Paragraph, SourceRef, Table } from '../model.js';
import { labelMatches } from '../text/index.js';
import { cellText, evidenceOf, isParagraph, isTable, type Placed, tidy } from './walk.js';
import { appendAll } from '../arrays.js';

/** One indicator of a goal: what it measures and the outcome, up to its "Sammanfattning". */
export interface Indicator {
  goal: number;
  /** Column or label → text: "Indikator", "Måttbeskrivning", "Utfall". */
  parts: { label: string; text: string; evidence: Evidence }[];
  assessment: string | null;
}

export interface GoalsReading {
  goals: Goal[];
  indicators: Indicator[];
  /** Walk positions read as goals (they are not prose). */
  consumed: Set<number>;
}

/**
 * "Mål 1. Våra insatser …", "Mål 2: Stödja …", "Mål 4 – Samverkan …", a heading in capitals ("MÅL 1.
 * FLER I ARBETE"); a heading may drop the stop: "Mål 3 Verksamhet …". The word before the number
 * is a goal's by goalWord: "Mål" or "MÅL", and on an OCR'd page also as misread there ("Mal 1.").
 */
const WORD = '(\\p{Lu}[\\p{L}\\d|!]{1,3})';
const GOAL_HEADING = new RegExp(`^${WORD}\\s+(\\d{1,2})\\s*(?:[.:]|\\s[-–—])\\s*(\\S[\\s\\S]*)$`, 'u');
const GOAL_HEADING_LOOSE = new RegExp(`^${WORD}\\s+(\\d{1,2})\\s+(\\p{Lu}[\\s\\S]*)$`, 'u');
const SUMMARY = /^Sammanfattning\s*:?\s*/iu;
const PART_LABELS = ['Indikator', 'Måttbeskrivning', 'Utfall', 'Resultat', 'Mått', 'Målvärde'];
/** "Mål 1 bedöms uppfyllt till övervägande del." in a Samlad bedömning. */
const OVERALL = /^(\p{L}[\p{L}\d|!]{1,3})\s+(\d{1,2})\s+bedöms\s+(?:vara\s+)?(.+?)\.?$/iu;
/** The word as a text layer writes it (an OCR'd page's as read is compared with "Mål" by the form labels' OCR tolerance). */
const GOAL_WORD = /^(?:Mål|MÅL)$/u;

/**
 * Is `word` the "Mål" of a goal's heading? On a text layer only "Mål" or "MÅL"; on a page read by
 * OCR also a misreading its letters' shapes allow ("Mal", "MAL", "Mäl", "Ma1"), by the tolerance form
 * labels are matched with there (text/ocr-similarity.ts), so the heading is found as on the text PDF.
 */
function goalWord(word: string, ocr: boolean): boolean {
  return GOAL_WORD.test(word) || (ocr && /^\p{Lu}/u.test(word) && labelMatches(word, 'Mål', { ocr }));
}

/** The text at `source` was read by OCR. */
function ocrRead(source: SourceRef, ocrPages: ReadonlySet<number>): boolean {
  return source.page !== null && ocrPages.has(source.page);
}

/**
 * The förbund's goals with their assessment as written: each "Mål N. …" heading, followed by a
 * table (Indikator | Måttbeskrivning | Utfall rows, each indicator closed by a "Sammanfattning:"
 * row) or by "Indikator: …" paragraphs. The goal's assessment is its last Sammanfattning; without
 * one, what the Samlad bedömning says of it. `ocrPages` are the pages read by OCR: there the goal's
 * word and the parts' labels are matched with OCR's tolerance, and nowhere else.
 */
export function readGoals(placed: Placed[], ocrPages: ReadonlySet<number> = new Set()): GoalsReading {
  const goals: Goal[] = [];
  const indicators: Indicator[] = [];
  const consumed = new Set<number>();
  for (let at = 0; at < placed.length; at++) {
    const item = placed[at] as Placed;
    if (!isParagraph(item)) continue;
    const following = placed[at + 1];
    const ocr = ocrRead(item.block.source, ocrPages);
    const split = following && isParagraph(following) ? splitHeading(item.block, following.block, ocr) : null;
    const heading = split ?? goalHeading(item.block, ocr);
    if (!heading || goals.some((goal) => goal.number === heading.number)) continue;
    consumed.add(item.index);
    if (split && following) consumed.add(following.index);
    const own: Indicator[] = [];
    let next = at + (split ? 2 : 1);
    for (; next < placed.length; next++) {
      const body = placed[next] as Placed;
      const bodyOcr = ocrRead(isTable(body) ? (body.block.rows[0]?.source ?? { page: null }) : body.block.source, ocrPages);
      const read = isTable(body)
        ? tableIndicators(body, heading.number, bodyOcr)
        : isParagraph(body)
          ? paragraphIndicator(body, heading.number, own, bodyOcr)
          : null;
      if (read === null) break;
      appendAll(own, read);
      consumed.add(body.index);
    }
    at = next - 1;
    appendAll(indicators, own);
    const assessment = own.filter((indicator) => indicator.assessment !== null).at(-1)?.assessment ?? overallAssessment(placed, heading.number, ocrPages);
    const quote = split && following && isParagraph(following) ? `${tidy(item.block.text)} ${tidy(following.block.text)}` : item.block.text;
    goals.push({ number: heading.number, title: heading.title, assessment, evidence: evidenceOf(item.block.source, item.section, quote) });
  }
  return { goals, indicators, consumed };
}

function goalHeading(paragraph: Paragraph, ocr: boolean): { number: number; title: string } | null {
  const text = tidy(paragraph.text).replace(/\n/g, ' ');
  const heading = (pattern: RegExp) => {
    const match = text.match(pattern);
    return match?.[1] && goalWord(match[1], ocr) ? match : null;
  };
  const match = heading(GOAL_HEADING) ?? (paragraph.headingLevel !== undefined ? heading(GOAL_HEADING_LOOSE) : null);
  if (!match?.[2] || !match[3] || OVERALL.test(text)) return null;
  return { number: Number(match[2]), title: match[3].replace(/\.$/, '').trim() };
}

/** "Mål 2." standing alone: the number of a heading whose title follows in the next paragraph. */
const GOAL_NUMBER_ALONE = new RegExp(`^${WORD}\\s+(\\d{1,2})\\s*[.:]?$`, 'u');
/** A paragraph opening with a goal's word and a number: another goal, never a title. */
const GOAL_START = new RegExp(`^${WORD}\\s+\\d`, 'u');
/** A heading's title runs to a few lines at most; longer is the body text. */
const MAX_TITLE_WORDS = 25;

/**
 * A goal heading the writer broke with Enter, read as one: the number alone and its title in the
 * next paragraph ("Mål 2." / "Stödja och utveckla …"), or a title that goes on in a paragraph
 * starting in lower case ("Mål 3. Verksamhet i" / "ekonomisk balans"). A label ("Indikator: …"),
 * a "Sammanfattning" or another goal is never a title.
 */
function splitHeading(first: Paragraph, second: Paragraph, ocr: boolean): { number: number; title: string } | null {
  const head = tidy(first.text).replace(/\n/g, ' ');
  const rest = tidy(second.text).replace(/\n/g, ' ');
  const another = rest.match(GOAL_START);
  if (rest === '' || rest.split(/\s+/).length > MAX_TITLE_WORDS || SUMMARY.test(rest) || (another?.[1] && goalWord(another[1], ocr))) return null;
  const colon = rest.indexOf(':');
  if (colon > 0 && PART_LABELS.some((label) => labelMatches(rest.slice(0, colon), label, { ocr }))) return null;
  const alone = head.match(GOAL_NUMBER_ALONE);
  if (alone?.[1] && alone[2] && goalWord(alone[1], ocr) && /^\p{Lu}/u.test(rest)) return { number: Number(alone[2]), title: rest.replace(/\.$/, '').trim() };
  const started = goalHeading(first, ocr);
  if (started && !/[.!?:]$/.test(head) && /^\p{Ll}/u.test(rest)) return { number: started.number, title: `${started.title} ${rest.replace(/\.$/, '').trim()}` };
  return null;
}

/** The rows of a goal table as indicators; null when the table is no goal table. */
function tableIndicators(item: Placed<Table>, goal: number, ocr: boolean): Indicator[] | null {
  // A merged cell's continuation stays an empty cell, so the columns keep their places.
  const rows = item.block.rows.map((row) => ({ cells: row.cells.map((cell) => (cell.continuation ? '' : tidy(cellText(cell)))), source: row.source }));
  const header = rows[0]?.cells ?? [];
  const columns = header.map((cell) => PART_LABELS.find((label) => labelMatches(cell, label, { ocr })) ?? null);
  if (columns.filter((column) => column !== null).length < 2) return null;
  const indicators: Indicator[] = [];
  let open: Indicator | null = null;
  for (const row of rows.slice(1)) {
    const summary = row.cells.find((cell) => SUMMARY.test(cell));
    if (summary !== undefined && row.cells.filter((cell) => cell !== '').length === 1) {
      (open ?? (open = newIndicator(goal, indicators))).assessment = assessmentOf(summary);
      open = null;
      continue;
    }
    open ??= newIndicator(goal, indicators);
    row.cells.forEach((text, column) => {
      if (text === '') return;
      open?.parts.push({ label: columns[column] ?? header[column] ?? '', text, evidence: evidenceOf(row.source, `Mål ${goal}`, text) });
    });
  }
  return indicators;
}

/** "Indikator: …", "Utfall: …", "Sammanfattning: Uppfylld" paragraphs; null at anything else. */
function paragraphIndicator(item: Placed<Paragraph>, goal: number, own: Indicator[], ocr: boolean): Indicator[] | null {
  const text = tidy(item.block.text);
  if (text === '') return [];
  const evidence = evidenceOf(item.block.source, `Mål ${goal}`, text);
  const open = own.at(-1);
  if (SUMMARY.test(text)) {
    if (!open || open.assessment !== null) return [{ goal, parts: [], assessment: assessmentOf(text) }];
    open.assessment = assessmentOf(text);
    return [];
  }
  const colon = text.indexOf(':');
  const label = colon > 0 ? PART_LABELS.find((candidate) => labelMatches(text.slice(0, colon), candidate, { ocr })) : undefined;
  if (label) {
    const part = { label, text: text.slice(colon + 1).trim(), evidence };
    if (label === 'Indikator' || !open || open.assessment !== null) return [{ goal, parts: [part], assessment: null }];
    open.parts.push(part);
    return [];
  }
  // A paragraph going on with the part above it, as long as the indicator is not closed.
  if (open && open.assessment === null && item.block.headingLevel === undefined && open.parts.length > 0) {
    const last = open.parts[open.parts.length - 1];
    if (last) last.text = `${last.text}\n${text}`;
    return [];
  }
  return null;
}

function newIndicator(goal: number, into: Indicator[]): Indicator {
  const indicator: Indicator = { goal, parts: [], assessment: null };
  into.push(indicator);
  return indicator;
}

function assessmentOf(text: string): string | null {
  const assessment = text.replace(SUMMARY, '').replace(/\s+/g, ' ').replace(/\.$/, '').trim();
  return assessment === '' ? null : assessment;
}

function overallAssessment(placed: Placed[], goal: number, ocrPages: ReadonlySet<number>): string | null {
  for (const item of placed) {
    if (!isParagraph(item)) continue;
    const match = tidy(item.block.text).match(OVERALL);
    if (!match?.[1] || !match[3] || Number(match[2]) !== goal) continue;
    const ocr = ocrRead(item.block.source, ocrPages);
    if (/^mål$/iu.test(match[1]) || goalWord(match[1], ocr)) return match[3];
  }
  return null;
}
