import type { StatementRow } from '../../schemas/arsredovisning.js';
import type { Money } from '../../schemas/common.js';
import type { EquityMovementMismatchData } from '../../schemas/finding-data.js';
import { evidenceFor, writtenMoney } from '../rule-helpers/evidence.js';
import { formatKr, formatMoney, sumToleranceText } from '../rule-helpers/format.js';
import type { Rule } from '../rule-engine/rule.js';
import { reconciles, sumTolerance } from '../rule-helpers/tolerance.js';

/** The balance sheet's equity row: "Eget kapital", "Summa eget kapital". */
const EQUITY = /^(?:summa\s+)?eget\s+kapital$/iu;
const RESULT = /^årets\s+resultat$/iu;
/**
 * Rows of the balance sheet's equity that say it moved otherwise than by the result (a repayment
 * to the members, a change of accounting principle): then the rule has no say.
 */
const OTHER_MOVEMENT = /återbetal|återför|utdelning|byte\s+av\s+redovisningsprincip|rättelse\s+av\s+fel|justering\s+av\s+eget\s+kapital|omföring/iu;

export const equityMovementMismatch: Rule<'equity-movement-mismatch'> = {
  meta: {
    id: 'equity-movement-mismatch',
    defaultSeverity: 'error',
    title: { sv: 'Eget kapitals förändring stämmer inte med årets resultat', en: 'Change in equity differs from the year’s result' },
    description: 'Eget kapital at the end of the year minus at its start differs from årets resultat, and no other movement is stated.',
    messages: {
      sv: (data) =>
        `Eget kapital gick från ${formatMoney(data.opening.amount, 'sv')} till ${formatMoney(data.closing.amount, 'sv')}, en förändring på ${formatKr(data.actual, 'sv')}, ` +
        `men årets resultat är ${formatMoney(data.result.amount, 'sv')} (skillnad ${formatKr(Math.abs(data.difference), 'sv')}; ` +
        `${sumToleranceText(data.tolerance, data.rounding, 'sv')})`,
      en: (data) =>
        `Eget kapital went from ${formatMoney(data.opening.amount)} to ${formatMoney(data.closing.amount)}, a change of ${formatKr(data.actual)}, ` +
        `but årets resultat is ${formatMoney(data.result.amount)} (difference ${formatKr(Math.abs(data.difference))}; ` +
        `${sumToleranceText(data.tolerance, data.rounding)})`,
    },
  },
  check(input) {
    if (input.kind !== 'arsredovisning') return [];
    const { balance, income } = input.record.statements;
    if (!balance || !income) return [];
    if (balance.rows.some((row) => OTHER_MOVEMENT.test(row.label))) return [];
    const equity = balance.rows.find((row) => EQUITY.test(row.label.trim()) && row.current && row.previous);
    const result = [...income.rows].reverse().find((row) => RESULT.test(row.label.trim()) && row.current);
    const closing = equity?.current;
    const opening = equity?.previous;
    const year = result?.current;
    if (!equity || !result || !closing || !opening || !year) return [];
    const tolerance = sumTolerance([opening, year], closing);
    const actual = closing.sek - opening.sek;
    const difference = actual - year.sek;
    if (reconciles(difference, tolerance)) return [];
    return [
      {
        data: {
          opening: figure(equity, opening),
          closing: figure(equity, closing),
          result: figure(result, year),
          actual,
          expected: year.sek,
          difference,
          tolerance: tolerance.sek,
          unit: 'kr',
          rounding: tolerance.rounding,
        },
        evidence: evidenceFor(input, [equity.evidence, result.evidence]),
      },
    ];
  },
};

function figure(row: StatementRow, amount: Money): EquityMovementMismatchData['opening'] {
  return { label: row.label, amount: writtenMoney(amount) };
}
