import type { OperatingStatement } from '../../schemas/arsredovisning.js';
import type { Money } from '../../schemas/common.js';
import type { OperatingDeviationMismatchData } from '../../schemas/finding-data.js';
import { evidenceFor, writtenMoney } from '../rule-helpers/evidence.js';
import { unlessMostRowsOff } from '../rule-helpers/most-rows-off.js';
import { formatKr, formatMoney, sumToleranceText } from '../rule-helpers/format.js';
import type { FindingDraft, Rule } from '../rule-engine/rule.js';
import { statementSumMismatches } from '../rule-helpers/statement-sums.js';
import { reconciles, sumTolerance } from '../rule-helpers/tolerance.js';

/**
 * A sum row's budget or utfall that its rows do not add up to (statement-sum-mismatch's finding),
 * with what they add up to: an avvikelse that fits that figure is right, and the sum's own figure
 * the wrong one.
 */
function sumsOfRows(operating: OperatingStatement, column: 'budget' | 'outcome'): Map<Money, number> {
  if (operating.rows.some((row) => row.unreadFigures?.[column] !== undefined)) return new Map();
  const rows = operating.rows.map((row) => ({ label: row.label, amount: row[column], evidence: row.evidence }));
  return new Map(statementSumMismatches(rows, { resultRows: true }).map((mismatch) => [mismatch.total.amount, mismatch.expected]));
}

export const operatingDeviationMismatch: Rule<'operating-deviation-mismatch'> = {
  meta: {
    id: 'operating-deviation-mismatch',
    defaultSeverity: 'error',
    title: { sv: 'Avvikelse i driftredovisningen stämmer inte', en: 'Operating statement deviation does not add up' },
    description: 'In the driftredovisning, an avvikelse differs from the difference between budget and utfall.',
    messages: {
      sv: (data) =>
        `Driftredovisning, ${data.activity}: budget ${formatMoney(data.budget, 'sv')} och utfall ${formatMoney(data.outcome, 'sv')} skiljer sig med ` +
        `${formatKr(data.expected, 'sv')} men avvikelsen anges till ${formatMoney(data.deviation, 'sv')} (skillnad ${formatKr(Math.abs(data.difference), 'sv')}; ` +
        `${sumToleranceText(data.tolerance, data.rounding, 'sv')})`,
      en: (data) =>
        `Driftredovisning, ${data.activity}: budget ${formatMoney(data.budget)} and utfall ${formatMoney(data.outcome)} differ by ` +
        `${formatKr(data.expected)} but the avvikelse says ${formatMoney(data.deviation)} (difference ${formatKr(Math.abs(data.difference))}; ` +
        `${sumToleranceText(data.tolerance, data.rounding)})`,
    },
  },
  check(input) {
    if (input.kind !== 'arsredovisning') return [];
    const operating = input.record.statements.operating;
    if (!operating) return [];
    // An avvikelse left blank is not stated, as a result row often leaves it; a dash states 0.
    const stated = operating.rows.filter(({ budget, outcome, deviation }) => budget && outcome && deviation && deviation.text.trim() !== '');
    const summed = { budget: sumsOfRows(operating, 'budget'), outcome: sumsOfRows(operating, 'outcome') };
    const drafts = stated.flatMap((row): FindingDraft<OperatingDeviationMismatchData>[] => {
      const { budget, outcome, deviation } = row;
      if (!budget || !outcome || !deviation) return [];
      const tolerance = sumTolerance([budget, outcome], deviation);
      // Reports write a favourable deviation as positive: utfall − budget with costs negative, budget − utfall with costs positive.
      const readings = [outcome.sek - budget.sek, budget.sek - outcome.sek];
      const budgets = [budget.sek, summed.budget.get(budget) ?? budget.sek];
      const outcomes = [outcome.sek, summed.outcome.get(outcome) ?? outcome.sek];
      const everyReading = budgets.flatMap((b) => outcomes.flatMap((o) => [o - b, b - o]));
      if (everyReading.some((expected) => reconciles(deviation.sek - expected, tolerance))) return [];
      const expected = readings.reduce((a, b) => (Math.abs(deviation.sek - b) < Math.abs(deviation.sek - a) ? b : a));
      return [
        {
          data: {
            activity: row.label,
            budget: writtenMoney(budget),
            outcome: writtenMoney(outcome),
            deviation: writtenMoney(deviation),
            actual: deviation.sek,
            expected,
            difference: deviation.sek - expected,
            tolerance: tolerance.sek,
            unit: 'kr',
            rounding: tolerance.rounding,
          },
          evidence: evidenceFor(input, [row.evidence]),
        },
      ];
    });
    return unlessMostRowsOff(drafts, stated.length);
  },
};
