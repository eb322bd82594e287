/**
 * The members' contributions per party as a table states them (a note to the income statement,
 * a table of medlemsavgifter): rows naming Försäkringskassan or the state, the region(s) and the
 * kommuner, with this year's amount. Lag (2003:1210) 5 § splits them ½, ¼, ¼.
 */
import type { Contribution, ContributorKind } from '../../../schemas/arsredovisning.js';
import type { MoneyUnit } from '../../../schemas/common.js';
import type { Table } from '../../model.js';
import { evidenceOf, isTable, type Placed, tidy } from '../walk.js';
import { gridOf, headerColumns, inferredColumns, parseCellAmount, UNIT_TEXT, unitOf } from './grid.js';

const STATE = /försäkringskassan|\bstaten\b|\bstatlig/iu;
/** Region Gotland is a kommun outside any region (3 §): it pays the regional share too. */
const OUTSIDE_REGION = /gotland/iu;
const REGION = /^region\b|\bregionen\b|landsting|götalandsregionen/iu;
const KOMMUN = /kommun|\bstad\b/iu;
const TOTAL = /^(?:summa|totalt|total|sammanlagt)\b/iu;

export function contributorKind(party: string, members: readonly string[]): ContributorKind | null {
  if (STATE.test(party)) return 'state';
  if (OUTSIDE_REGION.test(party)) return 'kommun-outside-region';
  if (REGION.test(party)) return 'region';
  if (KOMMUN.test(party) || members.includes(party)) return 'kommun';
  return null;
}

/**
 * The first table whose rows name the state and at least one other kind of party with an amount
 * this year; every party row of it, totals left out.
 */
export function readContributions(
  placed: Placed[],
  context: { year: number | null; members: readonly string[]; defaultUnit: MoneyUnit | null },
): Contribution[] {
  for (const item of placed) {
    if (!isTable(item)) continue;
    const grid = gridOf(item.block as Table);
    const columns = headerColumns(grid, context.year) ?? inferredColumns(grid, false);
    const column = columns?.roles.current;
    if (!columns || column === undefined) continue;
    const unitText = columns.unitText ?? grid.flatMap((row) => row.cells).find((text) => UNIT_TEXT.test(text) && text.length < 40) ?? null;
    const unit = unitText ? unitOf(unitText.match(UNIT_TEXT)?.[1] ?? 'kr') : (context.defaultUnit ?? 'kr');
    const found: Contribution[] = [];
    for (const row of grid.slice(columns.headerRows)) {
      const party = tidy(row.cells[0] ?? '');
      if (party === '' || TOTAL.test(party)) continue;
      const kind = contributorKind(party, context.members);
      const amount = parseCellAmount(row.cells[column] ?? '', unit);
      if (!kind || !amount) continue;
      const evidence = evidenceOf(row.source, item.section, row.cells.filter((text) => text !== '').join(' '));
      found.push({ party, kind, amount: { ...amount, evidence }, evidence });
    }
    const kinds = new Set(found.map((entry) => (entry.kind === 'kommun-outside-region' ? 'kommun' : entry.kind)));
    if (kinds.has('state') && kinds.size >= 2) return found;
  }
  return [];
}
