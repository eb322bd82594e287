import type { BudgetDeviationMismatchData } from '../../schemas/finding-data.js';
import type { Money } from '../../schemas/common.js';
import type { BudgetRow } from '../../schemas/slutrapport.js';
import { summaPairs } from '../rule-helpers/budget-sums.js';
import { evidenceFor, writtenMoney } from '../rule-helpers/evidence.js';
import { formatKr, formatMoney, sumToleranceText } from '../rule-helpers/format.js';
import type { FindingDraft, Rule } from '../rule-engine/rule.js';
import { reconciles, sumTolerance } from '../rule-helpers/tolerance.js';

type Subject = { subject: 'cost-row'; category: string } | { subject: 'budget-total' };

type Pair = { budget: Money; outcome: Money };

/** A heading of what is left of the budget: "Kvar", "Kvar att använda", "Återstår", "Återstående medel". */
const LEFT_HEADING = /^\s*(?:kvar|återstå)/iu;

/**
 * A row of the cost table, or its Summa row: its avvikelse where the table has the column, and the
 * budget and utfall it may be the difference of — the row's as written, first; the Summa's also as
 * its rows add up (`summaPairs`).
 */
type Line = Pick<BudgetRow, 'deviation' | 'evidence'> & { subject: Subject; pairs: Pair[] };

const what = (data: BudgetDeviationMismatchData): string => (data.subject === 'cost-row' ? data.category : 'Summa');

export const budgetDeviationMismatch: Rule<'budget-deviation-mismatch'> = {
  meta: {
    id: 'budget-deviation-mismatch',
    defaultSeverity: 'error',
    title: { sv: 'Avvikelsen i kostnadstabellen stämmer inte', en: 'Cost table deviation does not add up' },
    description: "In a final report's cost table, a row's avvikelse differs from the difference between its budget and utfall.",
    messages: {
      sv: (data) =>
        `Kostnadstabellen, ${what(data)}: budget ${formatMoney(data.budget, 'sv')} och utfall ${formatMoney(data.outcome, 'sv')} skiljer sig med ` +
        `${formatKr(Math.abs(data.expected), 'sv')} men avvikelsen anges till ${formatMoney(data.deviation, 'sv')} (skillnad ${formatKr(Math.abs(data.difference), 'sv')}; ` +
        `${sumToleranceText(data.tolerance, data.rounding, 'sv')})`,
      en: (data) =>
        `Cost table, ${what(data)}: budget ${formatMoney(data.budget)} and utfall ${formatMoney(data.outcome)} differ by ` +
        `${formatKr(Math.abs(data.expected))} but the avvikelse says ${formatMoney(data.deviation)} (difference ${formatKr(Math.abs(data.difference))}; ` +
        `${sumToleranceText(data.tolerance, data.rounding)})`,
    },
  },
  check(input) {
    if (input.kind !== 'slutrapport') return [];
    const { rows, total } = input.record.budget;
    const lines: Line[] = [
      ...rows.map((row): Line => ({
        subject: { subject: 'cost-row', category: row.category },
        deviation: row.deviation,
        evidence: row.evidence,
        pairs: row.budget && row.outcome ? [{ budget: row.budget, outcome: row.outcome }] : [],
      })),
      { subject: { subject: 'budget-total' }, deviation: total.deviation, evidence: total.evidence, pairs: summaPairs(input.record) },
    ];
    return lines.flatMap(({ subject, deviation, evidence, pairs }): FindingDraft<BudgetDeviationMismatchData>[] => {
      const written = pairs[0];
      if (!written || !deviation) return [];
      // "Avvikelse" and "Differens" are written either way: what is left (budget − utfall), or the overrun (utfall − budget).
      const fits = ({ budget, outcome }: Pair): boolean =>
        [budget.sek - outcome.sek, outcome.sek - budget.sek].some((expected) =>
          reconciles(deviation.sek - expected, sumTolerance([budget, outcome], deviation)),
        );
      // What is left is often written 0, not negative, where the utfall ran over ("Kvar", "Återstår").
      const nothingLeft = ({ budget, outcome }: Pair): boolean =>
        deviation.sek === 0 && outcome.sek >= budget.sek && LEFT_HEADING.test(input.record.budget.deviationHeading ?? '');
      if (pairs.some(fits) || pairs.some(nothingLeft)) return [];
      const { budget, outcome } = written;
      const tolerance = sumTolerance([budget, outcome], deviation);
      const expected = [budget.sek - outcome.sek, outcome.sek - budget.sek].reduce((a, b) =>
        Math.abs(deviation.sek - b) < Math.abs(deviation.sek - a) ? b : a,
      );
      const figures = { budget: writtenMoney(budget), outcome: writtenMoney(outcome), deviation: writtenMoney(deviation) };
      const comparison = {
        actual: deviation.sek,
        expected,
        difference: deviation.sek - expected,
        tolerance: tolerance.sek,
        unit: 'kr' as const,
        rounding: tolerance.rounding,
      };
      return [{ data: { ...subject, ...figures, ...comparison }, evidence: evidenceFor(input, [evidence, deviation.evidence]) }];
    });
  },
};
