/**
 * Which rows a statement's totals add up, read the way a calculation linkbase would state them but
 * from the rows' order and labels alone:
 * - a row without amounts ("TILLGÅNGAR", "Den löpande verksamheten") opens a group;
 * - a "Summa …" row (and "Kassaflöde från …", "Årets kassaflöde", "Utgående eget kapital") sums the rows right above it
 *   back to the previous total or the group's start — or, right after other totals, those totals
 *   ("SUMMA TILLGÅNGAR" = the summa anläggnings- and omsättningstillgångar);
 * - a result row ("Verksamhetens nettokostnader", "Verksamhetens resultat", "Resultat efter finansiella
 *   poster", "Årets resultat", an interim report's "Periodens resultat", "Likvida medel vid årets slut")
 *   carries everything above it since the last result;
 *   (not in a balance sheet, where "Årets resultat" is a part of eget kapital);
 * - "varav …" rows, and dashed items that break down the row above, are part of it, never summed;
 * - a summa with no row above it, or over one row or one total it differs from, states rows the
 *   statement does not show (a statement in brief): it is not checked, and stands as a total; right
 *   under its own heading ("Finansieringsverksamheten" / "Kassaflöde från finansieringsverksamheten")
 *   it closes that heading's group;
 * - a total's section number ("1. MEDEL FRÅN DEN LÖPANDE VERKSAMHETEN") is no part of its name.
 * Where the layout leaves the grouping open, a total may also be read other ways, and counts as
 * right when any reading adds up: a subtotal carried on by the rows after it ("Medel från
 * verksamheten före förändring av rörelsekapital", the changes, "Kassaflöde från den löpande
 * verksamheten"; "Summa insatser", "Kansli", "Summa kostnader"); everything since a heading further
 * up, over subheadings no total closes ("Den löpande verksamheten" / "Justeringar för …" / …); a
 * total closing a group that holds a plain row before a closed sub-group ("Eget kapital 1 706", then
 * "Kortfristiga skulder" … "Summa kortfristiga skulder 724", then "SUMMA EGET KAPITAL OCH SKULDER
 * 2 430") adds everything since the group opened; and a cost
 * total under income rows with no "Summa intäkter" between ("Medlemsavgifter 4 400", costs, "Summa
 * kostnader −4 032") adds only the costs: the trailing rows with the total's sign, or, unsigned,
 * those after the income rows. A finding is worded from the reading that comes closest.
 * A total found wrong counts downstream both as written and as its rows make it, so one slip gives
 * one finding. Costs written without a minus sign are read as costs too before a total is flagged.
 */
import type { Evidence, Money } from '../../schemas/common.js';
import { reconciles, sumTolerance, type Tolerance } from './tolerance.js';
import { partsOfRowsAbove, TOTAL_WORDS } from '../../extractors/parse/index.js';
import { withoutSectionNumber } from '../../extractors/structure/index.js';

export interface SumRow {
  label: string;
  amount: Money | null;
  evidence: Evidence;
}

export interface SumPart {
  label: string;
  amount: Money;
  evidence: Evidence;
}

export interface SumMismatch {
  total: SumPart;
  parts: SumPart[];
  /** The parts' sum in the reading closest to the total. */
  expected: number;
  tolerance: Tolerance;
}

/**
 * A "Summa …" row, a cash flow's totals (with its "Medel från verksamheten före förändring av
 * rörelsekapital", and "Medel från investeringsverksamheten" for "Kassaflöde från …"), and eget
 * kapital at the year's end over the rows that make it ("Utgående eget kapital").
 */
const GROUP_TOTAL = new RegExp(
  `^(?:${TOTAL_WORDS}|kassaflöde\\s+från|medel\\s+från\\s+(?:den\\s+löpande\\s+|investerings|finansierings)?verksamheten|årets\\s+kassaflöde|förändring\\s+av\\s+likvida|utgående\\s+eget\\s+kapital|eget\\s+kapital\\s+(?:vid\\s+(?:årets|periodens)\\s+slut|utgående))(?![\\p{L}])`,
  'iu',
);
const RUNNING_TOTAL =
  /^(?:verksamhetens\s+(?:nettokostnader|nettointäkter|resultat$)|rörelseresultat$|resultat\s+(?:efter|före)\b|(?:årets|periodens)\s+resultat$|likvida\s+medel\s+vid\s+årets\s+slut)/iu;
const COST = /kostnad|avskrivning|nedskrivning/iu;
const INCOME = /intäkt|avgift|bidrag|anslag|tilldelning/iu;
/** More totals found wrong in one sum than this are not tried both ways (2^n readings). */
const MAX_ALTERNATIVES = 6;

interface Entry {
  marker: boolean;
  /** A marker's heading ("Eget kapital och skulder"), to tell whether a total below is its own. */
  heading?: string;
  part: SumPart | null;
  total: boolean;
  /** A total that closed a group of its own (its opening row is gone). */
  closedGroup?: boolean;
  /** For a total found wrong: what its rows make it. */
  computed: number | null;
}

export function statementSumMismatches(rows: SumRow[], options: { resultRows: boolean }): SumMismatch[] {
  const found: SumMismatch[] = [];
  let entries: Entry[] = [];
  const parts = partsOfRowsAbove(rows.map((row) => ({ label: row.label, value: row.amount?.sek ?? null })));
  for (const [index, row] of rows.entries()) {
    // "1. MEDEL FRÅN DEN LÖPANDE VERKSAMHETEN": a total numbered as the part it closes.
    const written = row.label.trim();
    const label = withoutSectionNumber(written);
    if (parts.has(index)) continue;
    if (!row.amount) {
      entries.push({ marker: true, heading: label, part: null, total: false, computed: null });
      continue;
    }
    const part: SumPart = { label: written, amount: row.amount, evidence: row.evidence };
    const items = entries.filter((entry) => !entry.marker);
    if (options.resultRows && RUNNING_TOTAL.test(label) && items.length > 0) {
      const { computed } = check(part, [items], found);
      entries = [{ marker: false, part, total: true, computed }];
      continue;
    }
    if (GROUP_TOTAL.test(label)) {
      const start = entries.map((entry) => entry.marker).lastIndexOf(true) + 1;
      const since = entries.slice(start);
      const last = since[since.length - 1];
      // A statement in brief ("Summa tillgångar", "Eget kapital", "Summa skulder", "Summa eget kapital och skulder") states
      // totals whose rows it does not show: a total with no row above it, or over one row or total it differs from, sums
      // rows left out. It stands as a total for the totals below it, and is no finding.
      if (!last) {
        // Right under its own heading ("Finansieringsverksamheten" / "Kassaflöde från finansieringsverksamheten 0"), it closes that group.
        const closes = start > 0 && namesHeading(label, entries[start - 1]?.heading);
        if (closes) entries.splice(start - 1, 1);
        entries.push({ marker: false, part, total: true, computed: null, closedGroup: closes });
        continue;
      }
      const starts = readingStarts(part, since, last);
      // Where entries begin for each reading: the group's own, then from each heading further up, over
      // headings inside that no total closes ("Den löpande verksamheten" / … / "Justeringar för poster som
      // inte ingår i kassaflödet" / … / "Kassaflöde från den löpande verksamheten före förändringar …").
      const from = [...starts.map((at) => start + at), ...carriedOn(since, last).map((at) => start + at), ...outerStarts(entries, start)];
      const mismatches: SumMismatch[] = [];
      const { reading, computed } = check(
        part,
        from.map((at) => entries.slice(at)),
        mismatches,
      );
      const [mismatch] = mismatches;
      if (mismatch && overOneAbove(since, starts)) {
        entries.push({ marker: false, part, total: true, computed: null });
        continue;
      }
      if (mismatch) found.push(mismatch);
      const chosen = from[reading] ?? start;
      // "Eget kapital och skulder" / … / "Summa eget kapital" / … / "Summa eget kapital och skulder": a
      // total under a heading whose own total comes further down closes a part of its group, not the group.
      const opening = chosen > 0 ? entries[chosen - 1] : undefined;
      const closes = opening?.marker === true && !totalOfHeadingBelow(opening.heading, rows.slice(index + 1));
      entries.splice(chosen, entries.length - chosen, { marker: false, part, total: true, computed, closedGroup: closes });
      // The group's rows are now its total: the group is closed.
      if (closes) entries.splice(chosen - 1, 1);
      continue;
    }
    entries.push({ marker: false, part, total: false, computed: null });
  }
  return found;
}

const words = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\d]+/gu, ' ')
    .trim();

/**
 * A subtotal and the rows after it: "Medel från verksamheten …", then the changes in rörelsekapital,
 * then "Kassaflöde från den löpande verksamheten"; "Summa insatser", then "Kansli", then "Summa
 * kostnader". The total may carry the subtotal on. Not a reading of its own for telling a statement
 * in brief: a total over one row that no reading confirms is still one.
 */
function carriedOn(since: Entry[], last: Entry): number[] {
  if (last.total) return [];
  let from = since.length;
  while (from > 0 && !since[from - 1]?.total) from--;
  return from > 0 ? [from - 1] : [];
}

/** Right after each heading above the group's own, nearest first. */
function outerStarts(entries: Entry[], start: number): number[] {
  const starts: number[] = [];
  for (let at = start - 2; at >= 0; at--) if (entries[at]?.marker) starts.push(at + 1);
  return starts;
}

/** "Kassaflöde från finansieringsverksamheten" under "Finansieringsverksamheten", "Summa tillgångar" under "TILLGÅNGAR". */
function namesHeading(label: string, heading: string | undefined): boolean {
  const named = words(heading ?? '');
  return named !== '' && ` ${words(label)}`.endsWith(` ${named}`);
}

/** A "Summa <heading>" (or "Kassaflöde från <heading>") among the rows below: the heading's own total, still to come. */
function totalOfHeadingBelow(heading: string | undefined, below: readonly SumRow[]): boolean {
  if (heading === undefined || words(heading) === '') return false;
  const wanted = `summa ${words(heading)}`;
  return below.some((row) => {
    const label = withoutSectionNumber(row.label.trim());
    return row.amount !== null && (words(label) === wanted || (GROUP_TOTAL.test(label) && namesHeading(label, heading)));
  });
}

/** True when the total's only reading is the one row or total right above it. */
function overOneAbove(since: Entry[], starts: number[]): boolean {
  return starts.length === 1 && since.length - (starts[0] ?? 0) === 1;
}

/**
 * Where in the group each reading of a total starts: the rule's own first (the rows since the last
 * total, or the totals right above it), then the others that apply.
 */
function readingStarts(total: SumPart, since: Entry[], last: Entry): number[] {
  let from = since.length;
  while (from > 0 && since[from - 1]?.total === last.total) from--;
  const starts = [from];
  if (last.closedGroup && from > 0) starts.push(0);
  if (!last.total && from < since.length - 1) {
    const sign = Math.sign(total.amount.sek);
    let signed = since.length;
    while (signed > from && Math.sign(since[signed - 1]?.part?.amount.sek ?? 0) === sign) signed--;
    if (sign !== 0 && signed > from && signed < since.length) starts.push(signed);
    if (COST.test(total.label)) {
      let costs = from;
      while (costs < since.length - 1 && isIncome(since[costs]?.part)) costs++;
      if (costs > from) starts.push(costs);
    }
  }
  return [...new Set(starts)];
}

function isIncome(part: SumPart | null | undefined): boolean {
  return part !== null && part !== undefined && INCOME.test(part.label) && !COST.test(part.label);
}

/**
 * Checks the total against each reading of its rows; the first that adds up is taken (no finding).
 * When none does, the reading whose sum comes closest is recorded and its computed sum returned.
 */
function check(total: SumPart, readings: Entry[][], found: SumMismatch[]): { reading: number; computed: number | null } {
  let best: { reading: number; sum: number; parts: SumPart[]; tolerance: Tolerance } | null = null;
  for (const [reading, entries] of readings.entries()) {
    const parts = partsOf(entries);
    if (parts.length === 0) return { reading, computed: null };
    const tolerance = toleranceOf(total, parts);
    for (const sum of sums(entries)) {
      if (reconciles(total.amount.sek - sum, tolerance)) return { reading, computed: null };
      if (!best || Math.abs(total.amount.sek - sum) < Math.abs(total.amount.sek - best.sum)) best = { reading, sum, parts, tolerance };
    }
  }
  if (!best) return { reading: 0, computed: null };
  found.push({ total, parts: best.parts, expected: best.sum, tolerance: best.tolerance });
  return { reading: best.reading, computed: best.sum };
}

function partsOf(entries: Entry[]): SumPart[] {
  return entries.map((entry) => entry.part).filter((part): part is SumPart => part !== null);
}

function toleranceOf(total: SumPart, parts: SumPart[]): Tolerance {
  return sumTolerance(
    parts.map((part) => part.amount),
    total.amount,
  );
}

/** Every sum the entries allow: as written, costs as costs, and each wrong total as written or as computed. */
function sums(entries: Entry[]): number[] {
  const alternatives = entries.filter((entry) => entry.computed !== null).slice(0, MAX_ALTERNATIVES);
  const results: number[] = [];
  for (const costsSigned of [false, true]) {
    for (let mask = 0; mask < 2 ** alternatives.length; mask++) {
      let sum = 0;
      for (const entry of entries) {
        const part = entry.part;
        if (!part) continue;
        const alternative = alternatives.indexOf(entry);
        let value = alternative >= 0 && mask & (2 ** alternative) ? (entry.computed ?? part.amount.sek) : part.amount.sek;
        // A cost total written without its minus sign ("Summa kostnader 9 728") is a cost too, under a running total.
        if (costsSigned && COST.test(part.label)) value = -Math.abs(value);
        sum += value;
      }
      results.push(sum);
    }
  }
  return results;
}
