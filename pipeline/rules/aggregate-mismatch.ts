import type { ArsredovisningRecord, StatedTotal } from '../../schemas/arsredovisning.js';
import type { Money } from '../../schemas/common.js';
import { countAggregateFindings } from './aggregate-counts.js';
import { type Covering, coverings } from './coverings.js';
import { evidenceFor } from './evidence.js';
import { formatKr, formatMoney, quote } from './format.js';
import type { FindingDraft, Rule, RuleInput } from './rule.js';
import { reconciles, sumTolerance } from './tolerance.js';

const ID = 'aggregate-mismatch';
/** A stated total about budgets is compared with the interventions' budgets, otherwise with their utfall. */
const ABOUT_BUDGET = /budget/iu;

export const aggregateMismatch: Rule = {
  meta: {
    id: ID,
    defaultSeverity: 'error',
    description: 'A total stated in the prose differs from the sum of the interventions it covers, beyond tolerance.',
  },
  check(input) {
    if (input.kind !== 'arsredovisning') return [];
    const { record } = input;
    return [...record.statedTotals.flatMap((total) => checkTotal(input, record, total)), ...countAggregateFindings(input, record, ID)];
  },
};

interface Reading {
  covering: Covering;
  figures: Money[];
  difference: number;
}

function checkTotal(input: RuleInput, record: ArsredovisningRecord, total: StatedTotal): FindingDraft[] {
  const column = ABOUT_BUDGET.test(total.label) ? 'budget' : 'outcome';
  const others = record.statedTotals.filter((other) => other !== total);
  const readings: Reading[] = [];
  for (const covering of coverings(total, record.interventions, others)) {
    const figures = covering.interventions.map((intervention) => intervention[column]);
    // A covered intervention without a figure leaves the sum unknown, so nothing can be said.
    if (figures.some((figure) => figure === null)) return [];
    const present = figures.filter((figure): figure is Money => figure !== null);
    const sum = present.reduce((a, b) => a + b.sek, 0);
    if (reconciles(sum - total.amount.sek, sumTolerance(present, total.amount))) return [];
    readings.push({ covering, figures: present, difference: sum - total.amount.sek });
  }
  const closest = readings.sort((a, b) => Math.abs(a.difference) - Math.abs(b.difference))[0];
  if (!closest) return [];
  const sum = closest.figures.reduce((a, b) => a + b.sek, 0);
  const tolerance = sumTolerance(closest.figures, total.amount);
  const what = column === 'budget' ? 'budgets' : 'utfall';
  const alternatives = readings.length > 1 ? `; none of the ${readings.length} plausible readings of what it covers reconciles` : '';
  return [
    {
      ruleId: ID,
      message:
        `${quote(total.label)} states ${formatMoney(total.amount)}, but the ${what} of ${closest.covering.description} ` +
        `add up to ${formatKr(sum)} (difference ${formatKr(Math.abs(closest.difference))}; ${tolerance.explanation}${alternatives})`,
      evidence: evidenceFor(input, [total.evidence, total.amount.evidence], total.amount.text),
    },
  ];
}
