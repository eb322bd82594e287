import type { Evidence, Money } from '../../schemas/common.js';
import type { BudgetColumn } from '../../schemas/finding-data.js';
import type { Intervention, StatedTotal } from '../../schemas/arsredovisning.js';
import type { BudgetRow, SlutrapportRecord } from '../../schemas/slutrapport.js';
import { maxOf } from '../../extractors/arrays.js';
import { partsOfRowsAbove } from '../../extractors/parse/index.js';

export type { BudgetColumn };

export const COLUMN_NAME: Record<BudgetColumn, string> = { budget: 'Budget', outcome: 'Utfall' };

export interface ColumnSum {
  /** The rows that have a figure in the column. */
  rows: BudgetRow[];
  figures: Money[];
  sek: number;
}

/** A row's figure in the column: the whole period's, or `year`'s when given. */
export function figureOf(row: Pick<BudgetRow, BudgetColumn | 'years'>, column: BudgetColumn, year?: number): Money | null {
  return year === undefined ? row[column] : (row.years?.find((entry) => entry.year === year)?.[column] ?? null);
}

function unreadIn(row: BudgetRow, column: BudgetColumn, year?: number): boolean {
  const unread = year === undefined ? row.unreadFigures : row.years?.find((entry) => entry.year === year)?.unreadFigures;
  return unread?.[column] !== undefined;
}

/** Rows of the cost table by index: from `from` up to, not including, `to`. */
export interface RowRange {
  from: number;
  to: number;
}

/**
 * The filled figures of one column of the 7.2 table (the whole period's, or one year's), a "varav"
 * row or a dashed breakdown left to the row above it; null when no row has one, or when a row's cell
 * holds something the reader could not take as an amount ("ca 950 000", "se bilaga"): a sum without
 * it is no sum of the column. `range`: only those rows (a subtotal's, a table's of several).
 */
export function columnSum(record: SlutrapportRecord, column: BudgetColumn, year?: number, range?: RowRange): ColumnSum | null {
  const inRange = (index: number): boolean => range === undefined || (index >= range.from && index < range.to);
  if (record.budget.rows.some((row, index) => inRange(index) && unreadIn(row, column, year))) return null;
  const parts = partsOfRowsAbove(record.budget.rows.map((row) => ({ label: row.category, value: figureOf(row, column, year)?.sek ?? null })));
  const rows = record.budget.rows.filter((row, index) => inRange(index) && figureOf(row, column, year) !== null && !parts.has(index));
  const figures = rows.flatMap((row) => {
    const figure = figureOf(row, column, year);
    return figure ? [figure] : [];
  });
  if (figures.length === 0) return null;
  return { rows, figures, sek: figures.reduce((sum, money) => sum + money.sek, 0) };
}

/** The column's rows added up, as one amount written as the sum of theirs ("450 000 + 50 000"); null as `columnSum`. */
export function summedColumn(record: SlutrapportRecord, column: BudgetColumn): { money: Money; sum: ColumnSum } | null {
  const sum = columnSum(record, column);
  if (!sum) return null;
  return { money: summedMoney(sum.figures), sum };
}

/** Figures added up, as one amount written as the sum of theirs ("450 000 + 50 000"), in the first one's unit. */
function summedMoney(figures: readonly Money[]): Money {
  return {
    sek: figures.reduce((sum, figure) => sum + figure.sek, 0),
    unit: figures[0]?.unit ?? 'kr',
    text: figures.map((figure) => figure.text).join(' + '),
    decimals: maxOf(figures.map((figure) => figure.decimals ?? 0)),
  };
}

/** What the report says the column totals: the Summa row when filled, else the rows' sum. */
export function statedOrSummed(record: SlutrapportRecord, column: BudgetColumn): { money: Money; summed: boolean; evidence: (Evidence | undefined)[] } | null {
  const stated = record.budget.total[column];
  if (stated) return { money: stated, summed: false, evidence: [stated.evidence, record.budget.total.evidence] };
  const summed = summedColumn(record, column);
  if (!summed) return null;
  return { money: summed.money, summed: true, evidence: summed.sum.rows.flatMap((row) => [row[column]?.evidence, row.evidence]) };
}

/**
 * The Summa row's budget and utfall as written, then as its rows add up, paired every way: a figure
 * computed from the Summa's (its avvikelse, its share spent) that fits the rows' sums is right, and
 * the Summa's own figure is the wrong one — outcome-total-mismatch or budget-total-mismatch says so.
 */
export function summaPairs(record: SlutrapportRecord): { budget: Money; outcome: Money }[] {
  const { budget, outcome } = record.budget.total;
  if (!budget || !outcome) return [];
  const budgets = [budget, summedColumn(record, 'budget')?.money ?? null].filter((money) => money !== null);
  const outcomes = [outcome, summedColumn(record, 'outcome')?.money ?? null].filter((money) => money !== null);
  return budgets.flatMap((b) => outcomes.map((o) => ({ budget: b, outcome: o })));
}

/**
 * A table of insatser's Summa row, as `summaPairs` a final report's: its budget and utfall as the row
 * writes them (the totals stated on the same row as `total`), then as the insatser it closes add up,
 * paired every way; none where the row leaves its budget or utfall blank.
 */
export function interventionSummaPairs(
  total: StatedTotal,
  all: readonly StatedTotal[],
  interventions: readonly Intervention[],
): { budget: Money; outcome: Money }[] {
  const sameRow = all.filter(
    (other) => other.label === total.label && other.evidence.text === total.evidence.text && other.evidence.page === total.evidence.page,
  );
  const closed = interventions.filter((intervention) => total.covers?.includes(intervention.name));
  const figuresOf = (column: BudgetColumn): Money[] => {
    const stated = sameRow.find((other) => other.column === column)?.amount;
    const figures = closed.map((intervention) => intervention[column]).filter((figure) => figure !== null);
    // An insats without the figure leaves the sum unknown.
    const summed = closed.length > 0 && figures.length === closed.length ? [summedMoney(figures)] : [];
    return stated ? [stated, ...summed] : [];
  };
  const outcomes = figuresOf('outcome');
  return figuresOf('budget').flatMap((budget) => outcomes.map((outcome) => ({ budget, outcome })));
}
