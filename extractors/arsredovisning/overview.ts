import type { InterventionListEntry } from '../../schemas/arsredovisning.js';
import type { Period } from '../../schemas/common.js';
import { findPeriodSides } from '../parse/index.js';
import { cellText, evidenceOf, isParagraph, isTable, type Placed, tidy } from './walk.js';
import { appendAll } from '../arrays.js';

type Category = InterventionListEntry['category'];
type Entry = InterventionListEntry;

/** A category heading is a few words: "Individinriktade insatser", "Insatser på strukturnivå". */
const MAX_CATEGORY_WORDS = 4;
const BULLET = /^\s*[-–•·*]\s*/u;
const MAX_NAME_WORDS = 16;

/**
 * The overview list of the year's interventions (the förvaltningsberättelse's "Insatsbeskrivning"):
 * under an "Individinriktade insatser" / "Strukturinriktade insatser" heading, one entry a list
 * item ("- Ett hållbart arbetsliv – Ockelbo 2019-10-01 – 2022-06-30") or a table row (name |
 * period). A category heading followed by appendix blocks instead is not the overview.
 */
export function readInterventionList(placed: Placed[], consumed: Set<number>): Entry[] {
  const entries: Entry[] = [];
  let category: Category | null = null;
  for (let at = 0; at < placed.length; at++) {
    const item = placed[at] as Placed;
    if (consumed.has(item.index)) {
      category = null;
      continue;
    }
    const heading = isParagraph(item) ? categoryOf(item.block.text) : null;
    if (heading) {
      category = heading;
      continue;
    }
    if (!category) continue;
    const next = placed[at + 1];
    const joined = isParagraph(item) && next && !consumed.has(next.index) ? wrappedEntry(item, next, category) : null;
    if (joined) {
      entries.push(joined);
      at += 1;
      continue;
    }
    const found = isTable(item) ? tableEntries(item, category) : isParagraph(item) ? paragraphEntry(item, category) : null;
    if (found && found.length > 0) appendAll(entries, found);
    else category = null;
  }
  return entries;
}

/**
 * A bulleted entry the writer broke with Enter: the bullet's paragraph has no period of its own and
 * the next, unbulleted paragraph ends with one ("- Förstudie – Samverkan i Ljusdal, ett initiativ
 * för att" / "minska glappen … 2021-10-01 – 2022-01-30"). Together they are one entry.
 */
function wrappedEntry(item: Placed, next: Placed, category: Category): Entry | null {
  if (item.block.type !== 'paragraph' || next.block.type !== 'paragraph') return null;
  if (!bulleted(item.block.text, item.block.listLabel) || bulleted(next.block.text, next.block.listLabel)) return null;
  if (categoryOf(next.block.text) !== null || next.block.headingLevel !== undefined) return null;
  const first = tidy(item.block.text.replace(BULLET, '')).replace(/\n/g, ' ');
  if (first === '' || /[.!?]$/.test(first) || findPeriodSides(first).length > 0) return null;
  const text = `${first} ${tidy(next.block.text).replace(/\n/g, ' ')}`;
  const split = splitNameAndPeriod(text);
  if (!split?.period) return null;
  const evidence = evidenceOf(item.block.source, item.section, text);
  return { name: split.name, category, period: { ...split.period, evidence }, evidence };
}

function bulleted(text: string, listLabel: string | undefined): boolean {
  return BULLET.test(text) || listLabel !== undefined;
}

function categoryOf(text: string): Category | null {
  const heading = text.trim().replace(/:$/, '');
  if (heading.split(/\s+/).length > MAX_CATEGORY_WORDS || !/insats/iu.test(heading)) return null;
  if (/individ/iu.test(heading)) return 'individ';
  if (/struktur/iu.test(heading)) return 'struktur';
  return null;
}

function paragraphEntry(item: Placed, category: Category): Entry[] | null {
  if (item.block.type !== 'paragraph') return null;
  const raw = item.block.text;
  const text = tidy(raw.replace(BULLET, '')).replace(/\n/g, ' ');
  const split = splitNameAndPeriod(text);
  if (!split) return null;
  // An item without a period is an entry only in a bulleted list; a plain line needs its dates.
  if (!split.period && !bulleted(raw, item.block.listLabel)) return null;
  return [
    {
      name: split.name,
      category,
      period: split.period ? { ...split.period, evidence: evidenceOf(item.block.source, item.section, text) } : null,
      evidence: evidenceOf(item.block.source, item.section, text),
    },
  ];
}

function tableEntries(item: Placed, category: Category): Entry[] | null {
  if (item.block.type !== 'table') return null;
  const entries: Entry[] = [];
  for (const row of item.block.rows) {
    const cells = row.cells.filter((cell) => !cell.continuation).map((cell) => tidy(cellText(cell)).replace(/\n/g, ' '));
    const text = cells.join(' ').trim();
    const split = splitNameAndPeriod(text);
    if (!split?.period) return null;
    const evidence = evidenceOf(row.source, item.section, cells.join(' | '));
    entries.push({ name: split.name, category, period: { ...split.period, evidence }, evidence });
  }
  return entries.length > 0 ? entries : null;
}

/** "Name 2019-10-01 – 2021-12-31" → the name and the period at the end; a name alone has no period. */
function splitNameAndPeriod(text: string): { name: string; period: Period | null } | null {
  const found = findPeriodSides(text).at(-1);
  if (found && text.slice(found.end).trim() === '') {
    const name = text
      .slice(0, found.start)
      .replace(/[\s:,–-]+$/u, '')
      .trim();
    if (name === '' || name.split(' ').length > MAX_NAME_WORDS) return null;
    const sides = found.value;
    return { name, period: { start: sides.start.iso, end: sides.end.iso, text: sides.text } };
  }
  if (text === '' || /\d{4}/.test(text) || text.split(' ').length > MAX_NAME_WORDS / 2 || /[.!?]$/.test(text)) return null;
  return { name: text, period: null };
}
