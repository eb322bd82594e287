import type { BudgetDeviationMismatchData } from '../../schemas/finding-data.js';
import type { Money } from '../../schemas/common.js';
import type { BudgetRow } from '../../schemas/slutrapport.js';
import { interventionSummaPairs, summaPairs } from '../rule-helpers/budget-sums.js';
import { unlessMostRowsOff } from '../rule-helpers/most-rows-off.js';
import { evidenceFor, writtenMoney } from '../rule-helpers/evidence.js';
import { formatKr, formatMoney, sumToleranceText } from '../rule-helpers/format.js';
import type { FindingDraft, Rule } from '../rule-engine/rule.js';
import { reconciles, sumTolerance } from '../rule-helpers/tolerance.js';

type Subject =
  | { subject: 'cost-row'; category: string }
  | { subject: 'budget-total' }
  | { subject: 'intervention'; intervention: string }
  | { subject: 'intervention-total'; total: string };

type Pair = { budget: Money; outcome: Money };

/** A heading of what is left of the budget: "Kvar", "Kvar att använda", "Återstår", "Återstående medel". */
const LEFT_HEADING = /^\s*(?:kvar|återstå)/iu;

/**
 * A row of the cost table, or its Summa row: its avvikelse where the table has the column, and the
 * budget and utfall it may be the difference of — the row's as written, first; the Summa's also as
 * its rows add up (`summaPairs`).
 */
type Line = Pick<BudgetRow, 'deviation' | 'evidence'> & { subject: Subject; pairs: Pair[] };

function what(data: BudgetDeviationMismatchData): string {
  switch (data.subject) {
    case 'cost-row':
      return data.category;
    case 'intervention':
      return data.intervention;
    case 'intervention-total':
      return data.total;
    case 'budget-total':
      return 'Summa';
  }
}
/** The table the row stands in, as the message names it. */
const table = (data: BudgetDeviationMismatchData, language: 'sv' | 'en'): string =>
  data.subject === 'intervention' || data.subject === 'intervention-total'
    ? language === 'sv'
      ? 'Insatstabellen'
      : 'Table of insatser'
    : language === 'sv'
      ? 'Kostnadstabellen'
      : 'Cost table';

export const budgetDeviationMismatch: Rule<'budget-deviation-mismatch'> = {
  meta: {
    id: 'budget-deviation-mismatch',
    defaultSeverity: 'error',
    title: { sv: 'Avvikelsen stämmer inte med budget och utfall', en: 'Deviation does not match budget and utfall' },
    description:
      "In a final report's cost table, or an annual report's table of insatser, a row's avvikelse differs from the difference between its budget and utfall.",
    messages: {
      sv: (data) =>
        `${table(data, 'sv')}, ${what(data)}: budget ${formatMoney(data.budget, 'sv')} och utfall ${formatMoney(data.outcome, 'sv')} skiljer sig med ` +
        `${formatKr(Math.abs(data.expected), 'sv')} men avvikelsen anges till ${formatMoney(data.deviation, 'sv')} (skillnad ${formatKr(Math.abs(data.difference), 'sv')}; ` +
        `${sumToleranceText(data.tolerance, data.rounding, 'sv')})`,
      en: (data) =>
        `${table(data, 'en')}, ${what(data)}: budget ${formatMoney(data.budget)} and utfall ${formatMoney(data.outcome)} differ by ` +
        `${formatKr(Math.abs(data.expected))} but the avvikelse says ${formatMoney(data.deviation)} (difference ${formatKr(Math.abs(data.difference))}; ` +
        `${sumToleranceText(data.tolerance, data.rounding)})`,
    },
  },
  check(input) {
    const lines = linesOf(input).filter(({ deviation, pairs }) => deviation && pairs.length > 0);
    const drafts = lines.flatMap(({ subject, deviation, evidence, pairs }): FindingDraft<BudgetDeviationMismatchData>[] => {
      const written = pairs[0];
      if (!written || !deviation) return [];
      // "Avvikelse" and "Differens" are written either way: what is left (budget − utfall), or the overrun (utfall − budget).
      const fits = ({ budget, outcome }: Pair): boolean =>
        [budget.sek - outcome.sek, outcome.sek - budget.sek].some((expected) =>
          reconciles(deviation.sek - expected, sumTolerance([budget, outcome], deviation)),
        );
      // What is left is often written 0, not negative, where the utfall ran over ("Kvar", "Återstår").
      const nothingLeft = ({ budget, outcome }: Pair): boolean =>
        deviation.sek === 0 && outcome.sek >= budget.sek && input.kind === 'slutrapport' && LEFT_HEADING.test(input.record.budget.deviationHeading ?? '');
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
    return unlessMostRowsOff(drafts, lines.length);
  },
};

/** The rows with an avvikelse to check: a final report's cost rows and Summa, an annual report's insatser in a table. */
function linesOf(input: Parameters<Rule<'budget-deviation-mismatch'>['check']>[0]): Line[] {
  const pair = (row: { budget: Money | null; outcome: Money | null }): Pair[] =>
    row.budget && row.outcome ? [{ budget: row.budget, outcome: row.outcome }] : [];
  if (input.kind === 'arsredovisning') {
    const { interventions, statedTotals } = input.record;
    const rows = interventions.flatMap((intervention): Line[] =>
      intervention.source === 'table' && intervention.deviation !== undefined
        ? [
            {
              subject: { subject: 'intervention', intervention: intervention.name },
              deviation: intervention.deviation,
              evidence: intervention.evidence,
              pairs: pair(intervention),
            },
          ]
        : [],
    );
    // A Summa row's avvikelse, held to its budget and utfall as written or as the insatser it closes add up.
    const summas = statedTotals.flatMap((total): Line[] =>
      total.deviation
        ? [
            {
              subject: { subject: 'intervention-total', total: total.label },
              deviation: total.deviation,
              evidence: total.evidence,
              pairs: interventionSummaPairs(total, statedTotals, interventions),
            },
          ]
        : [],
    );
    return [...rows, ...summas];
  }
  if (input.kind !== 'slutrapport') return [];
  const { rows, total } = input.record.budget;
  return [
    ...rows.map((row): Line => ({
      subject: { subject: 'cost-row', category: row.category },
      deviation: row.deviation,
      evidence: row.evidence,
      pairs: pair(row),
    })),
    { subject: { subject: 'budget-total' }, deviation: total.deviation, evidence: total.evidence, pairs: summaPairs(input.record) },
  ];
}
