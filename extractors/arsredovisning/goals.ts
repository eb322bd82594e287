import type { Evidence } from '../../schemas/common.js';
import type { Goal } from '../../schemas/arsredovisning.js';
import type { Paragraph, Table } from '../model.js';
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
 * FLER I ARBETE"); a heading may drop the stop: "Mål 3 Verksamhet …".
 */
const GOAL = '(?:Mål|MÅL)';
const GOAL_HEADING = new RegExp(`^${GOAL}\\s+(\\d{1,2})\\s*(?:[.:]|\\s[-–—])\\s*(\\S[\\s\\S]*)$`, 'u');
const GOAL_HEADING_LOOSE = new RegExp(`^${GOAL}\\s+(\\d{1,2})\\s+(\\p{Lu}[\\s\\S]*)$`, 'u');
const SUMMARY = /^Sammanfattning\s*:?\s*/iu;
const PART_LABELS = ['Indikator', 'Måttbeskrivning', 'Utfall', 'Resultat', 'Mått', 'Målvärde'];
/** "Mål 1 bedöms uppfyllt till övervägande del." in a Samlad bedömning. */
const OVERALL = /^Mål\s+(\d{1,2})\s+bedöms\s+(?:vara\s+)?(.+?)\.?$/iu;

/**
 * The förbund's goals with their assessment as written: each "Mål N. …" heading, followed by a
 * table (Indikator | Måttbeskrivning | Utfall rows, each indicator closed by a "Sammanfattning:"
 * row) or by "Indikator: …" paragraphs. The goal's assessment is its last Sammanfattning; without
 * one, what the Samlad bedömning says of it.
 */
export function readGoals(placed: Placed[]): GoalsReading {
  const goals: Goal[] = [];
  const indicators: Indicator[] = [];
  const consumed = new Set<number>();
  for (let at = 0; at < placed.length; at++) {
    const item = placed[at] as Placed;
    if (!isParagraph(item)) continue;
    const following = placed[at + 1];
    const split = following && isParagraph(following) ? splitHeading(item.block, following.block) : null;
    const heading = split ?? goalHeading(item.block);
    if (!heading || goals.some((goal) => goal.number === heading.number)) continue;
    consumed.add(item.index);
    if (split && following) consumed.add(following.index);
    const own: Indicator[] = [];
    let next = at + (split ? 2 : 1);
    for (; next < placed.length; next++) {
      const body = placed[next] as Placed;
      const read = isTable(body) ? tableIndicators(body, heading.number) : isParagraph(body) ? paragraphIndicator(body, heading.number, own) : null;
      if (read === null) break;
      appendAll(own, read);
      consumed.add(body.index);
    }
    at = next - 1;
    appendAll(indicators, own);
    const assessment = own.filter((indicator) => indicator.assessment !== null).at(-1)?.assessment ?? overallAssessment(placed, heading.number);
    const quote = split && following && isParagraph(following) ? `${tidy(item.block.text)} ${tidy(following.block.text)}` : item.block.text;
    goals.push({ number: heading.number, title: heading.title, assessment, evidence: evidenceOf(item.block.source, item.section, quote) });
  }
  return { goals, indicators, consumed };
}

function goalHeading(paragraph: Paragraph): { number: number; title: string } | null {
  const text = tidy(paragraph.text).replace(/\n/g, ' ');
  const match = text.match(GOAL_HEADING) ?? (paragraph.headingLevel !== undefined ? text.match(GOAL_HEADING_LOOSE) : null);
  if (!match?.[1] || !match[2] || OVERALL.test(text)) return null;
  return { number: Number(match[1]), title: match[2].replace(/\.$/, '').trim() };
}

/** "Mål 2." standing alone: the number of a heading whose title follows in the next paragraph. */
const GOAL_NUMBER_ALONE = new RegExp(`^${GOAL}\\s+(\\d{1,2})\\s*[.:]?$`, 'u');
/** A heading's title runs to a few lines at most; longer is the body text. */
const MAX_TITLE_WORDS = 25;

/**
 * A goal heading the writer broke with Enter, read as one: the number alone and its title in the
 * next paragraph ("Mål 2." / "Stödja och utveckla …"), or a title that goes on in a paragraph
 * starting in lower case ("Mål 3. Verksamhet i" / "ekonomisk balans"). A label ("Indikator: …"),
 * a "Sammanfattning" or another goal is never a title.
 */
function splitHeading(first: Paragraph, second: Paragraph): { number: number; title: string } | null {
  const head = tidy(first.text).replace(/\n/g, ' ');
  const rest = tidy(second.text).replace(/\n/g, ' ');
  if (rest === '' || rest.split(/\s+/).length > MAX_TITLE_WORDS || SUMMARY.test(rest) || /^(?:Mål|MÅL)\s+\d/u.test(rest)) return null;
  const colon = rest.indexOf(':');
  if (colon > 0 && PART_LABELS.some((label) => labelMatches(rest.slice(0, colon), label))) return null;
  const alone = head.match(GOAL_NUMBER_ALONE);
  if (alone?.[1] && /^\p{Lu}/u.test(rest)) return { number: Number(alone[1]), title: rest.replace(/\.$/, '').trim() };
  const started = goalHeading(first);
  if (started && !/[.!?:]$/.test(head) && /^\p{Ll}/u.test(rest)) return { number: started.number, title: `${started.title} ${rest.replace(/\.$/, '').trim()}` };
  return null;
}

/** The rows of a goal table as indicators; null when the table is no goal table. */
function tableIndicators(item: Placed<Table>, goal: number): Indicator[] | null {
  // A merged cell's continuation stays an empty cell, so the columns keep their places.
  const rows = item.block.rows.map((row) => ({ cells: row.cells.map((cell) => (cell.continuation ? '' : tidy(cellText(cell)))), source: row.source }));
  const header = rows[0]?.cells ?? [];
  const columns = header.map((cell) => PART_LABELS.find((label) => labelMatches(cell, label)) ?? null);
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
function paragraphIndicator(item: Placed<Paragraph>, goal: number, own: Indicator[]): Indicator[] | null {
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
  const label = colon > 0 ? PART_LABELS.find((candidate) => labelMatches(text.slice(0, colon), candidate)) : undefined;
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

function overallAssessment(placed: Placed[], goal: number): string | null {
  for (const item of placed) {
    if (!isParagraph(item)) continue;
    const match = tidy(item.block.text).match(OVERALL);
    if (match?.[1] && Number(match[1]) === goal && match[2]) return match[2];
  }
  return null;
}
