import type { Evidence, Money } from '../../schemas/common.js';
import type { ColumnTotalData as Data } from '../../schemas/finding-data.js';
import type { BudgetRow, BudgetSubtotal, SlutrapportRecord } from '../../schemas/slutrapport.js';
import { type BudgetColumn, COLUMN_NAME, type ColumnSum, columnSum, figureOf, type RowRange } from './budget-sums.js';
import { evidenceFor, writtenMoney } from './evidence.js';
import { formatKr, sumToleranceText } from './format.js';
import type { FindingDraft, Messages, RuleInput } from '../rule-engine/rule.js';
import { reconciles, sumTolerance } from './tolerance.js';

type Draft = FindingDraft<Data>;

/**
 * Shared by outcome-total-mismatch and budget-total-mismatch: the Summa row against its column —
 * the whole period's and each year's — each subtotal against the rows it closes, and a row's whole
 * period against its years.
 */
export function checkColumnTotal(input: RuleInput, column: BudgetColumn): Draft[] {
  if (input.kind !== 'slutrapport') return [];
  const record = input.record;
  const years = (record.budget.total.years ?? []).map((entry) => entry.year);
  return [
    ...checkSubtotals(input, record, column),
    ...checkColumn(input, record, column, undefined),
    ...years.flatMap((year) => checkColumn(input, record, column, year)),
    ...checkRowsAcrossYears(input, record, column),
  ];
}

function compare(stated: Money, parts: Money[], extra: Pick<Data, 'year' | 'row' | 'years' | 'subtotal'>): Data | null {
  const expected = parts.reduce((sum, money) => sum + money.sek, 0);
  const tolerance = sumTolerance(parts, stated);
  const difference = stated.sek - expected;
  if (reconciles(difference, tolerance)) return null;
  return {
    summa: writtenMoney(stated),
    actual: stated.sek,
    expected,
    difference,
    tolerance: tolerance.sek,
    unit: 'kr',
    rounding: tolerance.rounding,
    ...extra,
  };
}

const endOf = (subtotal: BudgetSubtotal): number => subtotal.firstRow + subtotal.rowCount;

/**
 * The sum of the rows in `range` as their subtotals give it: each subtotal inside the range (but
 * `except`) as written, and the rows outside every one of them; null without such a subtotal.
 */
function bySubtotals(record: SlutrapportRecord, column: BudgetColumn, range: RowRange, except?: BudgetSubtotal): Money[] | null {
  const subtotals = (record.budget.subtotals ?? []).filter(
    (subtotal) => subtotal !== except && subtotal.firstRow >= range.from && endOf(subtotal) <= range.to && subtotal[column] !== null,
  );
  if (subtotals.length === 0) return null;
  const closed = (index: number): boolean => subtotals.some((subtotal) => index >= subtotal.firstRow && index < endOf(subtotal));
  const outside: BudgetRow[] = record.budget.rows.filter((_, index) => index >= range.from && index < range.to && !closed(index));
  const rest = columnSum({ ...record, budget: { ...record.budget, rows: outside } }, column);
  return [...subtotals.flatMap((subtotal) => (subtotal[column] ? [subtotal[column]] : [])), ...(rest?.figures ?? [])];
}

/**
 * The rows' sum a stated figure differs from, or null where it adds up in one of the ways a table
 * may mean it: the rows up to it (`to`) from one of `starts` — its own group's, its table's, all of
 * them — each as the rows or by the subtotals among them as written (a bare "Summa" does not say
 * whether it closes the rows since the last subtotal or all the rows over it; a wrong subtotal is
 * the subtotal's finding, not the sum's under it). The sum given is the rows' from the start whose
 * sum comes closest to the figure, the first of them on a tie.
 */
function sumItDiffersFrom(
  record: SlutrapportRecord,
  stated: Money,
  column: BudgetColumn,
  year: number | undefined,
  reading: { starts: readonly number[]; to: number; except?: BudgetSubtotal },
): ColumnSum | null {
  const { starts, to, except } = reading;
  const froms = [...new Set(starts)];
  const sums = froms.flatMap((from) => columnSum(record, column, year, { from, to }) ?? []);
  const bySubtotal = year === undefined ? froms.map((from) => bySubtotals(record, column, { from, to }, except)) : [];
  const addsUp = [...sums.map((sum) => sum.figures), ...bySubtotal].some((figures) => figures !== null && compare(stated, figures, {}) === null);
  if (addsUp) return null;
  return sums.reduce<ColumnSum | null>((best, sum) => (best === null || Math.abs(stated.sek - sum.sek) < Math.abs(stated.sek - best.sek) ? sum : best), null);
}

/** Each subtotal against the rows it closes, unless it adds up with all the rows over it (it closes them all). */
function checkSubtotals(input: RuleInput, record: SlutrapportRecord, column: BudgetColumn): Draft[] {
  const subtotals = record.budget.subtotals ?? [];
  const tableStart = record.budget.total.firstRow ?? 0;
  return subtotals.flatMap((subtotal): Draft[] => {
    const stated = subtotal[column];
    if (!stated) return [];
    const starts = [
      subtotal.firstRow,
      ...subtotals.filter((before) => endOf(before) <= subtotal.firstRow).map(endOf),
      ...(tableStart <= subtotal.firstRow ? [tableStart] : []),
      0,
    ];
    const sum = sumItDiffersFrom(record, stated, column, undefined, { starts, to: endOf(subtotal), except: subtotal });
    if (!sum) return [];
    const data = compare(stated, sum.figures, { subtotal: subtotal.label });
    if (!data) return [];
    const evidence = [stated.evidence, subtotal.evidence, ...sum.rows.flatMap((row) => [row[column]?.evidence, row.evidence])];
    return [{ data, evidence: evidenceFor(input, evidence, subtotal.label) }];
  });
}

function checkColumn(input: RuleInput, record: SlutrapportRecord, column: BudgetColumn, year: number | undefined): Draft[] {
  const stated = figureOf(record.budget.total, column, year);
  // Its own table's rows first, where the section holds a table per year; else all of them.
  const starts = [record.budget.total.firstRow ?? 0, 0];
  const rows = record.budget.rows.length;
  const sum = stated && sumItDiffersFrom(record, stated, column, year, { starts, to: rows });
  if (!stated || !sum) return [];
  const data = compare(stated, sum.figures, year === undefined ? {} : { year });
  if (!data) return [];
  const evidence: (Evidence | undefined)[] = [
    stated.evidence,
    record.budget.total.evidence,
    ...sum.rows.flatMap((row) => [figureOf(row, column, year)?.evidence, row.evidence]),
  ];
  return [{ data, evidence: evidenceFor(input, evidence, 'Summa') }];
}

/** The years a period runs over, first to last; null when a side is not a real date. */
function yearsOfPeriod(record: SlutrapportRecord): number[] | null {
  const period = record.intervention.plannedPeriod;
  const first = Number(period?.start?.slice(0, 4));
  const last = Number(period?.end?.slice(0, 4));
  if (!Number.isInteger(first) || !Number.isInteger(last) || first === 0 || last < first) return null;
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

/**
 * A row's whole-period figure against its years' — only where the table has a column of the kind
 * for every year of the insats's period, so the years are the whole period ("Utfall 2022 | Utfall
 * totalt" beside a period of 2021–2022 says nothing of 2021).
 */
function checkRowsAcrossYears(input: RuleInput, record: SlutrapportRecord, column: BudgetColumn): Draft[] {
  const period = yearsOfPeriod(record);
  const columns = new Set((record.budget.total.years ?? []).filter((entry) => entry[column] !== null).map((entry) => entry.year));
  for (const row of record.budget.rows) for (const entry of row.years ?? []) if (entry[column] !== null) columns.add(entry.year);
  if (!period || !period.every((year) => columns.has(year))) return [];
  return record.budget.rows.flatMap((row): Draft[] => {
    const whole = row[column];
    const entries = (row.years ?? []).filter((entry) => period.includes(entry.year));
    if (!whole || entries.some((entry) => entry.unreadFigures?.[column] !== undefined)) return [];
    const parts = entries.flatMap((entry) => (entry[column] ? [entry[column]] : []));
    if (parts.length === 0) return [];
    const data = compare(whole, parts, { row: row.category, years: entries.map((entry) => entry.year) });
    if (!data) return [];
    return [{ data, evidence: evidenceFor(input, [whole.evidence, row.evidence], row.category) }];
  });
}

const COLUMN_ROWS_SV: Record<BudgetColumn, string> = { budget: 'Budgetraderna', outcome: 'Utfallsraderna' };
const COLUMN_OF_ROW_SV: Record<BudgetColumn, string> = { budget: 'budgeten', outcome: 'utfallet' };

function yearsText(years: readonly number[]): string {
  const first = years[0];
  const last = years.at(-1);
  return first === last ? `${first}` : `${first}–${last}`;
}

/** "Utfall rows add up to 1 250 000 kr but the Summa row says 0 kr (difference 1 250 000 kr; …)". */
export function columnTotalMessages(column: BudgetColumn): Messages<Data> {
  return {
    sv(data) {
      const tail = `(skillnad ${formatKr(Math.abs(data.difference), 'sv')}; ${sumToleranceText(data.tolerance, data.rounding, 'sv')})`;
      if (data.row !== undefined && data.years) {
        return (
          `${data.row}: ${COLUMN_OF_ROW_SV[column]} för ${yearsText(data.years)} summerar till ${formatKr(data.expected, 'sv')} men ` +
          `kolumnen för hela perioden anger ${formatKr(data.actual, 'sv')} ${tail}`
        );
      }
      if (data.subtotal !== undefined) {
        return `${data.subtotal}: ${COLUMN_ROWS_SV[column].toLowerCase()} summerar till ${formatKr(data.expected, 'sv')} men raden anger ${formatKr(data.actual, 'sv')} ${tail}`;
      }
      const rows = data.year === undefined ? COLUMN_ROWS_SV[column] : `${COLUMN_ROWS_SV[column]} för ${data.year}`;
      return `${rows} summerar till ${formatKr(data.expected, 'sv')} men Summa-raden anger ${formatKr(data.actual, 'sv')} ${tail}`;
    },
    en(data) {
      const tail = `(difference ${formatKr(Math.abs(data.difference))}; ${sumToleranceText(data.tolerance, data.rounding)})`;
      if (data.row !== undefined && data.years) {
        return `${data.row}: ${COLUMN_NAME[column].toLowerCase()} for ${yearsText(data.years)} adds up to ${formatKr(data.expected)} but the whole period's column says ${formatKr(data.actual)} ${tail}`;
      }
      if (data.subtotal !== undefined) {
        return `${data.subtotal}: the ${COLUMN_NAME[column].toLowerCase()} rows add up to ${formatKr(data.expected)} but the row says ${formatKr(data.actual)} ${tail}`;
      }
      const rows = data.year === undefined ? `${COLUMN_NAME[column]} rows` : `${COLUMN_NAME[column]} rows for ${data.year}`;
      return `${rows} add up to ${formatKr(data.expected)} but the Summa row says ${formatKr(data.actual)} ${tail}`;
    },
  };
}
