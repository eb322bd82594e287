import type { ArsredovisningRecord, StatedTotal } from '../../schemas/arsredovisning.js';
import type { Money } from '../../schemas/common.js';
import type { AggregateMismatchData, CoveringReading } from '../../schemas/finding-data.js';
import { countAggregateFindings, countAggregateMessage } from '../rule-helpers/aggregate-counts.js';
import { type Covering, coverings, describeCovers } from '../rule-helpers/coverings.js';
import { evidenceFor, writtenMoney } from '../rule-helpers/evidence.js';
import { formatKr, formatMoney, quote, sumToleranceText } from '../rule-helpers/format.js';
import type { FindingDraft, Rule, RuleInput } from '../rule-engine/rule.js';
import { reconciles, sumTolerance } from '../rule-helpers/tolerance.js';

/** A stated total about budgets is compared with the interventions' budgets, otherwise with their utfall. */
const ABOUT_BUDGET = /budget/iu;

const EXCLUDED_BECAUSE: Record<Extract<CoveringReading, { reading: 'all-except' }>['why'], string> = {
  'reported-separately': 'reported separately',
  'stated-separately': 'stated separately',
  'reported-or-stated-separately': 'reported or stated separately',
  'included-in-another-total': 'named as included in another total',
};

export const aggregateMismatch: Rule<'aggregate-mismatch'> = {
  meta: {
    id: 'aggregate-mismatch',
    defaultSeverity: 'error',
    description: 'A total stated in the prose differs from the sum of the interventions it covers, beyond tolerance.',
    messages: {
      en(data) {
        if (data.figure === 'count') return countAggregateMessage(data);
        const what = data.column === 'budget' ? 'budgets' : 'utfall';
        const alternatives = data.readings > 1 ? `; none of the ${data.readings} plausible readings of what it covers reconciles` : '';
        return (
          `${quote(data.statement.text)} states ${formatMoney(data.statement.amount)}, but the ${what} of ${describeReading(data.covering, data.interventions.length)} ` +
          `add up to ${formatKr(data.expected)} (difference ${formatKr(Math.abs(data.difference))}; ${sumToleranceText(data.tolerance, data.rounding)}${alternatives})`
        );
      },
    },
  },
  check(input) {
    if (input.kind !== 'arsredovisning') return [];
    const { record } = input;
    return [...record.statedTotals.flatMap((total) => checkTotal(input, record, total)), ...countAggregateFindings(input, record)];
  },
};

function describeReading(reading: CoveringReading, interventions: number): string {
  switch (reading.reading) {
    case 'named':
      return `the interventions it covers (${describeCovers(reading.covers)})`;
    case 'all':
      return `all ${interventions} interventions`;
    case 'all-except':
      return `all interventions except ${reading.excluded.join(', ')} (${EXCLUDED_BECAUSE[reading.why]})`;
  }
}

interface Reading {
  covering: Covering;
  figures: Money[];
  difference: number;
}

function checkTotal(input: RuleInput, record: ArsredovisningRecord, total: StatedTotal): FindingDraft<AggregateMismatchData>[] {
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
  return [
    {
      data: {
        figure: 'amount',
        statement: { text: total.label, amount: writtenMoney(total.amount) },
        column,
        covering: closest.covering.reading,
        interventions: closest.covering.interventions.map((intervention) => intervention.name),
        readings: readings.length,
        actual: total.amount.sek,
        expected: sum,
        difference: total.amount.sek - sum,
        tolerance: tolerance.sek,
        unit: 'kr',
        rounding: tolerance.rounding,
      },
      evidence: evidenceFor(input, [total.evidence, total.amount.evidence], total.amount.text),
    },
  ];
}
