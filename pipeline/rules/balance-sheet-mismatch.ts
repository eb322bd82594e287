import type { StatementRow } from '../../schemas/arsredovisning.js';
import type { BalanceSheetMismatchData } from '../../schemas/finding-data.js';
import { evidenceFor, writtenMoney } from '../rule-helpers/evidence.js';
import { formatKr, formatMoney, pairToleranceText, quote } from '../rule-helpers/format.js';
import type { FindingDraft, Rule } from '../rule-engine/rule.js';
import { pairTolerance, reconciles } from '../rule-helpers/tolerance.js';

/** "SUMMA TILLGÅNGAR", "Summa tillgångar". */
const ASSETS = /^summa\s+tillgångar$/iu;
/** "SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER", "Summa eget kapital och skulder", "Summa skulder och eget kapital". */
const EQUITY_AND_LIABILITIES = /^summa\s+(?:eget\s+kapital.*skulder|skulder.*eget\s+kapital)$/iu;

export const balanceSheetMismatch: Rule<'balance-sheet-mismatch'> = {
  meta: {
    id: 'balance-sheet-mismatch',
    defaultSeverity: 'error',
    title: { sv: 'Balansräkningen balanserar inte', en: 'Balance sheet does not balance' },
    description: 'Summa tillgångar differs from summa eget kapital, avsättningar och skulder.',
    messages: {
      sv: (data) =>
        `Balansräkning, ${data.column === 'current' ? 'i år' : 'föregående år'}${data.columnHeading ? ` (${data.columnHeading})` : ''}: ` +
        `${quote(data.assets.label, 'sv')} är ${formatMoney(data.assets.amount, 'sv')} men ${quote(data.equityAndLiabilities.label, 'sv')} är ` +
        `${formatMoney(data.equityAndLiabilities.amount, 'sv')} (skillnad ${formatKr(Math.abs(data.difference), 'sv')}; ${pairToleranceText(data.tolerance, 'sv')})`,
      en: (data) =>
        `Balansräkning, ${data.column === 'current' ? 'this year' : 'last year'}${data.columnHeading ? ` (${data.columnHeading})` : ''}: ` +
        `"${data.assets.label}" is ${formatMoney(data.assets.amount)} but "${data.equityAndLiabilities.label}" is ` +
        `${formatMoney(data.equityAndLiabilities.amount)} (difference ${formatKr(Math.abs(data.difference))}; ${pairToleranceText(data.tolerance)})`,
    },
  },
  check(input) {
    if (input.kind !== 'arsredovisning') return [];
    const balance = input.record.statements.balance;
    if (!balance) return [];
    const assets = balance.rows.find((row) => ASSETS.test(row.label.trim()));
    const other = balance.rows.find((row) => EQUITY_AND_LIABILITIES.test(row.label.trim()));
    if (!assets || !other) return [];
    return (['current', 'previous'] as const).flatMap((column): FindingDraft<BalanceSheetMismatchData>[] => {
      const a = assets[column];
      const b = other[column];
      if (!a || !b) return [];
      const tolerance = pairTolerance(b, a);
      const difference = b.sek - a.sek;
      if (reconciles(difference, tolerance)) return [];
      return [
        {
          data: {
            column,
            columnHeading: column === 'current' ? balance.currentColumn : balance.previousColumn,
            assets: figure(assets, a),
            equityAndLiabilities: figure(other, b),
            actual: b.sek,
            expected: a.sek,
            difference,
            tolerance: tolerance.sek,
            unit: 'kr',
          },
          evidence: evidenceFor(input, [assets.evidence, other.evidence]),
        },
      ];
    });
  },
};

function figure(row: StatementRow, amount: NonNullable<StatementRow['current']>): BalanceSheetMismatchData['assets'] {
  return { label: row.label, amount: writtenMoney(amount) };
}
