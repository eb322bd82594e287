import type { Money } from '../../schemas/common.js';
import type { FundingSplitMismatchData as Data } from '../../schemas/finding-data.js';
import type { FundingRow, FundingTable } from '../../schemas/slutrapport.js';
import type { FindingDraft, Rule, RuleInput } from '../rule-engine/rule.js';
import { evidenceFor, writtenMoney } from '../rule-helpers/evidence.js';
import { formatKr, quote, sumToleranceText } from '../rule-helpers/format.js';
import { reconciles, sumTolerance, type Tolerance } from '../rule-helpers/tolerance.js';

type Draft = FindingDraft<Data>;

interface Sum {
  expected: number;
  difference: number;
  tolerance: Tolerance;
}

/** The stated figure against the sum of the parts; null where it adds up within their rounding. */
function offBy(stated: Money, parts: readonly Money[]): Sum | null {
  const expected = parts.reduce((sum, money) => sum + money.sek, 0);
  const tolerance = sumTolerance([...parts], stated);
  const difference = stated.sek - expected;
  return reconciles(difference, tolerance) ? null : { expected, difference, tolerance };
}

const comparison = (stated: Money, sum: Sum) => ({
  actual: stated.sek,
  expected: sum.expected,
  difference: sum.difference,
  tolerance: sum.tolerance.sek,
  unit: 'kr' as const,
  rounding: sum.tolerance.rounding,
});

/** Whether a cell of the column (a funder's by its heading, or the total's) holds text that is no amount. */
const unreadIn = (row: FundingRow, column: string): boolean => row.unreadFigures?.some((unread) => unread.column === column) === true;

interface RowOff {
  draft: Draft;
  difference: number;
  tolerance: number;
}

/** Each row whose funders' parts miss its total. A row with a part that is no amount is not checked. */
function rowsOff(input: RuleInput, table: FundingTable): RowOff[] {
  const totalColumn = table.totalColumn;
  if (totalColumn === null) return [];
  return table.rows.flatMap((row): RowOff[] => {
    const parts = row.parts.flatMap((part, index) => (part ? [{ funder: table.funders[index] ?? '', amount: part }] : []));
    if (!row.total || parts.length === 0 || (row.unreadFigures?.length ?? 0) > 0) return [];
    const sum = offBy(
      row.total,
      parts.map((part) => part.amount),
    );
    if (!sum) return [];
    const data: Data = {
      subject: 'funding-row',
      table: table.heading,
      row: row.label,
      totalColumn,
      total: writtenMoney(row.total),
      parts: parts.map((part) => ({ funder: part.funder, amount: writtenMoney(part.amount) })),
      ...comparison(row.total, sum),
    };
    const evidence = evidenceFor(input, [row.evidence, row.total.evidence], row.label);
    return [{ draft: { data, evidence }, difference: sum.difference, tolerance: sum.tolerance.sek }];
  });
}

/**
 * Each column whose Summa misses its rows, but where a row off by as much explains it: one wrong
 * figure of a row puts out its row and its column alike, and is that row's finding.
 */
function columnsOff(input: RuleInput, table: FundingTable, rows: readonly RowOff[]): Draft[] {
  const summa = table.summa;
  if (!summa) return [];
  const columns = [
    ...table.funders.map((funder, index) => ({ heading: funder, stated: summa.parts[index] ?? null, of: (row: FundingRow) => row.parts[index] ?? null })),
    ...(table.totalColumn === null ? [] : [{ heading: table.totalColumn, stated: summa.total, of: (row: FundingRow) => row.total }]),
  ];
  return columns.flatMap(({ heading, stated, of }): Draft[] => {
    if (!stated || table.rows.some((row) => unreadIn(row, heading))) return [];
    const cells = table.rows.flatMap((row) => of(row) ?? []);
    const sum = cells.length > 0 ? offBy(stated, cells) : null;
    if (!sum) return [];
    const explained = rows.some((row) => Math.abs(Math.abs(row.difference) - Math.abs(sum.difference)) <= Math.max(row.tolerance, sum.tolerance.sek));
    if (explained) return [];
    const data: Data = {
      subject: 'funding-column',
      table: table.heading,
      column: heading,
      summaRow: summa.label,
      summa: writtenMoney(stated),
      ...comparison(stated, sum),
    };
    const evidence = evidenceFor(input, [summa.evidence, stated.evidence, ...table.rows.map((row) => of(row)?.evidence)], summa.label);
    return [{ data, evidence }];
  });
}

export const fundingSplitMismatch: Rule<'funding-split-mismatch'> = {
  meta: {
    id: 'funding-split-mismatch',
    defaultSeverity: 'error',
    title: { sv: 'Finansiärernas delar stämmer inte med totalen', en: "Funders' shares do not add up" },
    description:
      "In a cost table split by funder, a row's parts differ from its total, or the Summa row differs from the sum of its column (a funder's or the total's).",
    messages: {
      sv(data) {
        const tail = `(skillnad ${formatKr(Math.abs(data.difference), 'sv')}; ${sumToleranceText(data.tolerance, data.rounding, 'sv')})`;
        if (data.subject === 'funding-row') {
          const funders = data.parts.map((part) => part.funder).join(', ');
          return `${data.row}: finansiärernas delar (${funders}) summerar till ${formatKr(data.expected, 'sv')} men kolumnen ${quote(data.totalColumn, 'sv')} anger ${formatKr(data.actual, 'sv')} ${tail}`;
        }
        return `Kolumnen ${quote(data.column, 'sv')}: raderna summerar till ${formatKr(data.expected, 'sv')} men raden ${quote(data.summaRow, 'sv')} anger ${formatKr(data.actual, 'sv')} ${tail}`;
      },
      en(data) {
        const tail = `(difference ${formatKr(Math.abs(data.difference))}; ${sumToleranceText(data.tolerance, data.rounding)})`;
        if (data.subject === 'funding-row') {
          const funders = data.parts.map((part) => part.funder).join(', ');
          return `${data.row}: the funders' parts (${funders}) add up to ${formatKr(data.expected)} but the column ${quote(data.totalColumn)} says ${formatKr(data.actual)} ${tail}`;
        }
        return `Column ${quote(data.column)}: the rows add up to ${formatKr(data.expected)} but the row ${quote(data.summaRow)} says ${formatKr(data.actual)} ${tail}`;
      },
    },
  },
  check(input) {
    if (input.kind !== 'slutrapport') return [];
    return (input.record.fundingTables ?? []).flatMap((table) => {
      const rows = rowsOff(input, table);
      return [...rows.map((row) => row.draft), ...columnsOff(input, table, rows)];
    });
  },
};
