/**
 * The members' contributions per party as a table states them (a note to the income statement,
 * a table of medlemsavgifter): rows naming Försäkringskassan or the state, the region(s) and the
 * kommuner, with this year's amount. Lag (2003:1210) 5 § splits them ½, ¼, ¼.
 */
import type { Contribution, ContributorKind } from '../../../schemas/arsredovisning.js';
import type { MoneyUnit } from '../../../schemas/common.js';
import type { Table } from '../../model.js';
import { partsOfRowsAbove, TOTAL_WORDS } from '../../parse/index.js';
import { captionsOver, evidenceOf, isTable, type Placed, tidy } from '../walk.js';
import { amountColumnsOf, type Columns, type GridRow, gridOf, headerColumns, inferredColumns, parseCellAmount, UNIT_TEXT, unitOf } from './grid.js';

/** The state's share: Försäkringskassan's, and Arbetsförmedlingen's where a report sets it apart (both state agencies, 5 §). */
const STATE = /försäkringskassan|arbetsförmedlingen|länsarbetsnämnden|\bstaten\b|\bstatlig/iu;
/** Region Gotland is a kommun outside any region (3 §): it pays the regional share too. */
const OUTSIDE_REGION = /gotland/iu;
const REGION = /^region\b|\bregionen\b|landsting|götalandsregionen/iu;
const KOMMUN = /kommun|\bstad\b/iu;
const TOTAL = new RegExp(`^(?:${TOTAL_WORDS})(?![\\p{L}])`, 'iu');
/** "Kommunerna", "Kommunerna totalt", "Samtliga kommuner": the kommuner together, over rows of each. */
const KOMMUNER_TOGETHER = /^(?:kommunerna|kommuner|samtliga\s+kommuner|medlemskommunerna|länets\s+kommuner)\b/iu;

export function contributorKind(party: string, members: readonly string[]): ContributorKind | null {
  if (STATE.test(party)) return 'state';
  if (OUTSIDE_REGION.test(party)) return 'kommun-outside-region';
  if (REGION.test(party)) return 'region';
  if (KOMMUN.test(party) || members.includes(party)) return 'kommun';
  return null;
}

/**
 * A party's name and little more ("Staten genom Försäkringskassan", "Kommunerna i Exempelbygden"):
 * a longer label ("Extra bidrag från Exempelby kommun till projektet") is some other income.
 */
const PARTY_WORDS = 4;

function words(text: string): number {
  return text.split(/\s+/u).filter((word) => word !== '').length;
}

/** A column heading that names money: "Belopp (tkr)", "Medlemsavgift", "Bidrag", "Tilldelning 2021". */
const MONEY_HEADING = /belopp|avgift|bidrag|tilldelning|medel|(?<![\p{L}])(?:kr|tkr|mkr|kronor|sek|ksek)(?![\p{L}])/iu;

/**
 * A table of one amount per party ("Medlem | Andel | Belopp (tkr)"): the one column whose cells
 * are amounts is this year's; a header row, if any, is the first row without one.
 */
function oneAmountColumn(grid: GridRow[]): Columns | null {
  const amountColumns = amountColumnsOf(grid);
  const [column] = amountColumns;
  if (column === undefined || amountColumns.length > 1) return null;
  const headerRows = grid[0] && parseCellAmount(grid[0].cells[column] ?? '', 'kr') === null ? 1 : 0;
  // "Medlem | Antal ledamöter": a column of numbers its heading does not call money is no contribution.
  if (headerRows === 1 && !MONEY_HEADING.test(grid[0]?.cells[column] ?? '')) return null;
  const unitText = headerRows === 1 ? (grid[0]?.cells.find((text) => UNIT_TEXT.test(text)) ?? null) : null;
  return { roles: { label: 0, current: column }, headings: {}, headerRows, unitText };
}

/** Words of the members' money: a table of one amount per row is theirs only where its header or caption says so. */
const CONTRIBUTIONS = /medlem|avgift|bidrag|tilldelning|finansiering/iu;

function aboutContributions(grid: GridRow[], placed: Placed[], tableIndex: number): boolean {
  if (grid[0]?.cells.some((text) => CONTRIBUTIONS.test(text))) return true;
  return captionsOver(placed, tableIndex).some((text) => CONTRIBUTIONS.test(text));
}

/** The unit a caption right above the table states. */
function captionUnit(placed: Placed[], tableIndex: number): string | null {
  return captionsOver(placed, tableIndex).find((text) => UNIT_TEXT.test(text)) ?? null;
}

/**
 * The first table whose rows name the state and at least one other kind of party with an amount
 * this year; every party row of it, totals left out.
 */
export function readContributions(
  placed: Placed[],
  context: { year: number | null; members: readonly string[]; defaultUnit: MoneyUnit | null },
): Contribution[] {
  for (const [index, item] of placed.entries()) {
    if (!isTable(item)) continue;
    const grid = gridOf(item.block as Table);
    const columns =
      headerColumns(grid, context.year) ?? inferredColumns(grid, false) ?? (aboutContributions(grid, placed, index) ? oneAmountColumn(grid) : null);
    const column = columns?.roles.current;
    if (!columns || column === undefined) continue;
    const unitText =
      columns.unitText ?? grid.flatMap((row) => row.cells).find((text) => UNIT_TEXT.test(text) && text.length < 40) ?? captionUnit(placed, index);
    const unit = unitText ? unitOf(unitText.match(UNIT_TEXT)?.[1] ?? 'kr') : (context.defaultUnit ?? 'kr');
    const found: Contribution[] = [];
    const body = grid.slice(columns.headerRows);
    // "varav Exempelby kommun", "- Exempelby kommun" under the kommuner's row: a part of its amount, not more money.
    const parts = partsOfRowsAbove(
      body.map((row) => ({ label: tidy(row.cells[0] ?? ''), value: parseCellAmount(row.cells[column] ?? '', 'kr')?.sek ?? null })),
    );
    for (const [at, row] of body.entries()) {
      const party = tidy(row.cells[0] ?? '');
      if (party === '' || TOTAL.test(party) || parts.has(at) || words(party) > PARTY_WORDS) continue;
      const kind = contributorKind(party, context.members);
      const amount = parseCellAmount(row.cells[column] ?? '', unit);
      if (!kind || !amount) continue;
      const evidence = evidenceOf(row.source, item.section, row.cells.filter((text) => text !== '').join(' '));
      found.push({ party, kind, amount: { ...amount, evidence }, evidence });
    }
    const kinds = new Set(found.map((entry) => (entry.kind === 'kommun-outside-region' ? 'kommun' : entry.kind)));
    if (kinds.has('state') && kinds.size >= 2) return withoutBreakdown(found);
  }
  return [];
}

/** Where one row gives the kommuner together, the rows of each kommun beside it are its breakdown: the together row is their contribution. */
function withoutBreakdown(found: Contribution[]): Contribution[] {
  const together = found.filter((entry) => entry.kind === 'kommun' && KOMMUNER_TOGETHER.test(entry.party));
  if (together.length !== 1) return found;
  return found.filter((entry) => entry.kind !== 'kommun' || together.includes(entry));
}
