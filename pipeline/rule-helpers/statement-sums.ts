/**
 * Which rows a statement's totals add up, read the way a calculation linkbase would state them but
 * from the rows' order and labels alone:
 * - a row without amounts ("TILLGÅNGAR", "Den löpande verksamheten") opens a group;
 * - a "Summa …" row (and "Kassaflöde från …", "Årets kassaflöde") sums the rows right above it
 *   back to the previous total or the group's start — or, right after other totals, those totals
 *   ("SUMMA TILLGÅNGAR" = the summa anläggnings- and omsättningstillgångar);
 * - a result row ("Verksamhetens nettokostnader", "Resultat efter finansiella poster", "Årets
 *   resultat", "Likvida medel vid årets slut") carries everything above it since the last result;
 *   (not in a balance sheet, where "Årets resultat" is a part of eget kapital);
 * - "varav …" rows are part of the row above, never summed.
 * A total found wrong counts downstream both as written and as its rows make it, so one slip gives
 * one finding. Costs written without a minus sign are read as costs too before a total is flagged.
 */
import type { Evidence, Money } from '../../schemas/common.js';
import { reconciles, sumTolerance, type Tolerance } from './tolerance.js';

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

const GROUP_TOTAL = /^(?:summa|totalt|total|kassaflöde\s+från|årets\s+kassaflöde|förändring\s+av\s+likvida)\b/iu;
const RUNNING_TOTAL =
  /^(?:verksamhetens\s+nettokostnader|verksamhetens\s+nettointäkter|resultat\s+(?:efter|före)\b|årets\s+resultat$|likvida\s+medel\s+vid\s+årets\s+slut)/iu;
const PART_OF_ABOVE = /^(?:varav|därav|varav:)\b/iu;
const COST = /kostnad|avskrivning|nedskrivning/iu;
/** More totals found wrong in one sum than this are not tried both ways (2^n readings). */
const MAX_ALTERNATIVES = 6;

interface Entry {
  marker: boolean;
  part: SumPart | null;
  total: boolean;
  /** For a total found wrong: what its rows make it. */
  computed: number | null;
}

export function statementSumMismatches(rows: SumRow[], options: { resultRows: boolean }): SumMismatch[] {
  const found: SumMismatch[] = [];
  let entries: Entry[] = [];
  for (const row of rows) {
    const label = row.label.trim();
    if (PART_OF_ABOVE.test(label)) continue;
    if (!row.amount) {
      entries.push({ marker: true, part: null, total: false, computed: null });
      continue;
    }
    const part: SumPart = { label, amount: row.amount, evidence: row.evidence };
    const items = entries.filter((entry) => !entry.marker);
    if (options.resultRows && RUNNING_TOTAL.test(label) && items.length > 0) {
      const computed = check(part, items, found);
      entries = [{ marker: false, part, total: true, computed }];
      continue;
    }
    if (GROUP_TOTAL.test(label)) {
      const start = entries.map((entry) => entry.marker).lastIndexOf(true) + 1;
      const since = entries.slice(start);
      const last = since[since.length - 1];
      if (last) {
        let from = since.length;
        while (from > 0 && since[from - 1]?.total === last.total) from--;
        const summed = since.slice(from);
        const computed = check(part, summed, found);
        entries.splice(start + from, summed.length, { marker: false, part, total: true, computed });
        // The group's rows are now its total: the group is closed.
        if (from === 0 && start > 0) entries.splice(start - 1, 1);
        continue;
      }
    }
    entries.push({ marker: false, part, total: false, computed: null });
  }
  return found;
}

/** Checks the total against the entries; on a mismatch records it and returns the computed sum (else null). */
function check(total: SumPart, entries: Entry[], found: SumMismatch[]): number | null {
  const parts = entries.map((entry) => entry.part).filter((part): part is SumPart => part !== null);
  if (parts.length === 0) return null;
  const tolerance = sumTolerance(
    parts.map((part) => part.amount),
    total.amount,
  );
  const readings = sums(entries);
  let closest = readings[0] ?? 0;
  for (const sum of readings) {
    if (reconciles(total.amount.sek - sum, tolerance)) return null;
    if (Math.abs(total.amount.sek - sum) < Math.abs(total.amount.sek - closest)) closest = sum;
  }
  found.push({ total, parts, expected: closest, tolerance });
  return closest;
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
        if (costsSigned && !entry.total && COST.test(part.label)) value = -Math.abs(value);
        sum += value;
      }
      results.push(sum);
    }
  }
  return results;
}
