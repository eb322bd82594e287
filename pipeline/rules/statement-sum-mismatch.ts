import type { FinancialStatement, OperatingStatement } from '../../schemas/arsredovisning.js';
import type { StatementColumn, StatementSumMismatchData } from '../../schemas/finding-data.js';
import { evidenceFor, writtenMoney } from '../rule-helpers/evidence.js';
import { formatKr, formatMoney, quote, sumToleranceText } from '../rule-helpers/format.js';
import { type SumPart, type SumRow, statementSumMismatches } from '../rule-helpers/statement-sums.js';
import type { FindingDraft, Rule, RuleInput } from '../rule-engine/rule.js';

const STATEMENT_NAME = { income: 'resultaträkning', balance: 'balansräkning', cashFlow: 'kassaflödesanalys', operating: 'driftredovisning' } as const;
const COLUMN_NAME: Record<StatementColumn, string> = { current: 'this year', previous: 'last year', budget: 'budget', outcome: 'utfall' };
const STATEMENT_NAME_SV = { income: 'Resultaträkning', balance: 'Balansräkning', cashFlow: 'Kassaflödesanalys', operating: 'Driftredovisning' } as const;
const COLUMN_NAME_SV: Record<StatementColumn, string> = { current: 'i år', previous: 'föregående år', budget: 'budget', outcome: 'utfall' };

export const statementSumMismatch: Rule<'statement-sum-mismatch'> = {
  meta: {
    id: 'statement-sum-mismatch',
    defaultSeverity: 'error',
    title: { sv: 'Summa i räkenskaperna stämmer inte', en: 'Statement sum does not add up' },
    description: 'A summa or subtotal row of a statement, or årets resultat, differs from the rows it adds up.',
    messages: {
      sv: (data) =>
        `${STATEMENT_NAME_SV[data.statement]}, ${COLUMN_NAME_SV[data.column]}: ${data.parts.map((part) => part.label).join(' + ')} ` +
        `summerar till ${formatKr(data.expected, 'sv')} men ${quote(data.total.label, 'sv')} anger ${formatMoney(data.total.amount, 'sv')} ` +
        `(skillnad ${formatKr(Math.abs(data.difference), 'sv')}; ${sumToleranceText(data.tolerance, data.rounding, 'sv')})`,
      en: (data) =>
        `${STATEMENT_NAME[data.statement]}, ${COLUMN_NAME[data.column]}: ${data.parts.map((part) => part.label).join(' + ')} ` +
        `add up to ${formatKr(data.expected)} but "${data.total.label}" says ${formatMoney(data.total.amount)} ` +
        `(difference ${formatKr(Math.abs(data.difference))}; ${sumToleranceText(data.tolerance, data.rounding)})`,
    },
  },
  check(input) {
    if (input.kind !== 'arsredovisning') return [];
    const { income, balance, cashFlow, operating } = input.record.statements;
    return [
      ...financial(input, 'income', income),
      ...financial(input, 'balance', balance),
      ...financial(input, 'cashFlow', cashFlow),
      ...operatingColumns(input, operating),
    ];
  },
};

/**
 * A column with a cell the reader could not take as an amount ("ca 1 700", "se not 4") is not summed:
 * its totals would be held to rows without that figure.
 */
function readWhole<C extends string>(rows: readonly { unreadFigures?: { [K in C]?: string | undefined } | undefined }[], column: C): boolean {
  return rows.every((row) => row.unreadFigures?.[column] === undefined);
}

function financial(input: RuleInput, statement: 'income' | 'balance' | 'cashFlow', found: FinancialStatement | null): FindingDraft<StatementSumMismatchData>[] {
  if (!found) return [];
  return (['current', 'previous'] as const)
    .filter((column) => readWhole(found.rows, column))
    .flatMap((column) =>
      drafts(
        input,
        statement,
        column,
        found.rows.map((row) => ({ label: row.label, amount: row[column], evidence: row.evidence })),
      ),
    );
}

/** The budget and utfall columns; the avvikelse column is operating-deviation-mismatch's, row by row. */
function operatingColumns(input: RuleInput, found: OperatingStatement | null): FindingDraft<StatementSumMismatchData>[] {
  if (!found) return [];
  return (['budget', 'outcome'] as const)
    .filter((column) => readWhole(found.rows, column))
    .flatMap((column) =>
      drafts(
        input,
        'operating',
        column,
        found.rows.map((row) => ({ label: row.label, amount: row[column], evidence: row.evidence })),
      ),
    );
}

function figure(part: SumPart): { label: string; amount: ReturnType<typeof writtenMoney> } {
  return { label: part.label, amount: writtenMoney(part.amount) };
}

function drafts(
  input: RuleInput,
  statement: StatementSumMismatchData['statement'],
  column: StatementColumn,
  rows: SumRow[],
): FindingDraft<StatementSumMismatchData>[] {
  return statementSumMismatches(rows, { resultRows: statement !== 'balance' }).map((mismatch) => ({
    data: {
      statement,
      column,
      total: figure(mismatch.total),
      parts: mismatch.parts.map(figure),
      actual: mismatch.total.amount.sek,
      expected: mismatch.expected,
      difference: mismatch.total.amount.sek - mismatch.expected,
      tolerance: mismatch.tolerance.sek,
      unit: 'kr',
      rounding: mismatch.tolerance.rounding,
    },
    evidence: evidenceFor(input, [mismatch.total.evidence, ...mismatch.parts.map((part) => part.evidence)]),
  }));
}
