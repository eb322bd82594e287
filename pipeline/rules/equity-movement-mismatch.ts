import type { StatementRow } from '../../schemas/arsredovisning.js';
import type { Money } from '../../schemas/common.js';
import type { EquityMovementMismatchData } from '../../schemas/finding-data.js';
import { evidenceFor, writtenMoney } from '../rule-helpers/evidence.js';
import { formatKr, formatMoney, sumToleranceText } from '../rule-helpers/format.js';
import type { Rule, RuleInput } from '../rule-engine/rule.js';
import { reconciles, sumTolerance, type Tolerance } from '../rule-helpers/tolerance.js';
import { findDates, findMoney, MONTH_NAME, monthNumber } from '../../extractors/parse/index.js';

/** The balance sheet's equity row: "Eget kapital", "Summa eget kapital". */
const EQUITY = /^(?:summa\s+)?eget\s+kapital$/iu;
const RESULT = /^årets\s+resultat$/iu;
/**
 * Rows of the balance sheet's equity that say it moved otherwise than by the result (a repayment
 * to the members, a change of accounting principle): then the rule has no say.
 */
const OTHER_MOVEMENT = /återbetal|återför|utdelning|byte\s+av\s+redovisningsprincip|rättelse\s+av\s+fel|justering\s+av\s+eget\s+kapital|omföring/iu;
/** What such a movement moves, where the text tells it: the equity, or the members' money. */
const OF_EQUITY = /eget\s+kapital|egna\s+kapital|medlem/iu;

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
    // An interim report's balance sheet beside the same day last year ("2022-08-31 | 2021-08-31"): the
    // change spans twelve months, not the period whose result the income statement gives.
    if (!closesAYear(balance.previousColumn)) return [];
    const equity = balance.rows.find((row) => EQUITY.test(row.label.trim()) && row.current && row.previous);
    const result = [...income.rows].reverse().find((row) => RESULT.test(row.label.trim()) && row.current);
    const closing = equity?.current;
    const opening = equity?.previous;
    const year = result?.current;
    if (!equity || !result || !closing || !opening || !year) return [];
    const tolerance = sumTolerance([opening, year], closing);
    const actual = closing.sek - opening.sek;
    const difference = actual - year.sek;
    if (reconciles(difference, tolerance) || movementStated(input, difference, tolerance)) return [];
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

const MONTH = new RegExp(`(?<![\\p{L}])${MONTH_NAME}(?![\\p{L}])`, 'iu');

/** A column heading of last year's balance that is a year's end: a year alone, or a day (or month) that is 31 December. */
function closesAYear(heading: string | null): boolean {
  if (heading === null) return true;
  const day = findDates(heading)[0]?.value.iso;
  if (day) return day.endsWith('-12-31');
  const month = heading.match(MONTH)?.[0];
  return month === undefined || monthNumber(month) === 12;
}

/**
 * The text tells of another movement of the equity: a row of a table of its changes ("Återbetalning
 * till medlemmar", its amount in the next cell), or a sentence that gives the difference's amount
 * ("Styrelsen beslutade att återbetala 500 tkr av det egna kapitalet till medlemmarna"). A sentence
 * of another amount (next year's repayment) leaves the rule its say.
 */
function movementStated(input: RuleInput & { kind: 'arsredovisning' }, difference: number, tolerance: Tolerance): boolean {
  return input.text.some((unit) => {
    if (!OTHER_MOVEMENT.test(unit.text) || !OF_EQUITY.test(unit.text)) return false;
    const amounts = findMoney(unit.text);
    return amounts.length === 0 || amounts.some(({ value }) => reconciles(Math.abs(value.sek) - Math.abs(difference), tolerance));
  });
}

function figure(row: StatementRow, amount: Money): EquityMovementMismatchData['opening'] {
  return { label: row.label, amount: writtenMoney(amount) };
}
