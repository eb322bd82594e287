import type { ArsredovisningRecord, StatedTotal } from '../../schemas/arsredovisning.js';
import type { Money } from '../../schemas/common.js';
import type { Lang, Wording } from '../../schemas/config.js';
import type { AggregateMismatchData, CoveringReading } from '../../schemas/finding-data.js';
import { countAggregateFindings, countAggregateMessage } from '../rule-helpers/aggregate-counts.js';
import { type Covering, coverings, describeCovers } from '../rule-helpers/coverings.js';
import { evidenceFor, writtenMoney } from '../rule-helpers/evidence.js';
import { formatKr, formatMoney, quote, sumToleranceText } from '../rule-helpers/format.js';
import type { FindingDraft, Rule, RuleInput } from '../rule-engine/rule.js';
import { reconciles, sumTolerance } from '../rule-helpers/tolerance.js';

/** A stated total about budgets (by its column, else its label) is compared with the interventions' budgets, otherwise with their utfall. */
const ABOUT_BUDGET = /budget/iu;

const EXCLUDED_BECAUSE: Record<Extract<CoveringReading, { reading: 'all-except' }>['why'], Wording> = {
  'reported-separately': { sv: 'redovisas separat', en: 'reported separately' },
  'stated-separately': { sv: 'anges separat', en: 'stated separately' },
  'reported-or-stated-separately': { sv: 'redovisas eller anges separat', en: 'reported or stated separately' },
  'included-in-another-total': { sv: 'anges ingå i en annan total', en: 'named as included in another total' },
};

export const aggregateMismatch: Rule<'aggregate-mismatch'> = {
  meta: {
    id: 'aggregate-mismatch',
    defaultSeverity: 'error',
    title: { sv: 'Angiven total stämmer inte med insatsernas summa', en: 'Stated total differs from the interventions’ sum' },
    description: 'A total stated in the prose differs from the sum of the interventions it covers, beyond tolerance.',
    messages: {
      sv(data) {
        if (data.figure === 'count') return countAggregateMessage(data, 'sv');
        const what = data.column === 'budget' ? 'budgetarna' : 'utfallen';
        const alternatives = data.readings > 1 ? `; ingen av de ${data.readings} rimliga tolkningarna av vad den omfattar stämmer` : '';
        return (
          `${quote(data.statement.text, 'sv')} anger ${formatMoney(data.statement.amount, 'sv')}, men ${what} för ${describeReading(data.covering, data.interventions.length, 'sv')} ` +
          `summerar till ${formatKr(data.expected, 'sv')} (skillnad ${formatKr(Math.abs(data.difference), 'sv')}; ${sumToleranceText(data.tolerance, data.rounding, 'sv')}${alternatives})`
        );
      },
      en(data) {
        if (data.figure === 'count') return countAggregateMessage(data, 'en');
        const what = data.column === 'budget' ? 'budgets' : 'utfall';
        const alternatives = data.readings > 1 ? `; none of the ${data.readings} plausible readings of what it covers reconciles` : '';
        return (
          `${quote(data.statement.text)} states ${formatMoney(data.statement.amount)}, but the ${what} of ${describeReading(data.covering, data.interventions.length, 'en')} ` +
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

function describeReading(reading: CoveringReading, interventions: number, lang: Lang): string {
  const sv = lang === 'sv';
  switch (reading.reading) {
    case 'named':
      return sv ? `insatserna den omfattar (${describeCovers(reading.covers, 'sv')})` : `the interventions it covers (${describeCovers(reading.covers, 'en')})`;
    case 'all':
      return sv ? `alla ${interventions} insatser` : `all ${interventions} interventions`;
    case 'all-except':
      return `${sv ? 'alla insatser utom' : 'all interventions except'} ${reading.excluded.join(', ')} (${EXCLUDED_BECAUSE[reading.why][lang]})`;
  }
}

interface Reading {
  covering: Covering;
  figures: Money[];
  difference: number;
}

function checkTotal(input: RuleInput, record: ArsredovisningRecord, total: StatedTotal): FindingDraft<AggregateMismatchData>[] {
  // A table of the insatser's money need not list them all (the individinriktade, under their heading):
  // a total the prose states of the insatser is not held to its rows; the table's own Summa is.
  if (!total.covers && record.interventions.some((intervention) => intervention.source === 'table')) return [];
  const column = total.column ?? (ABOUT_BUDGET.test(total.label) ? 'budget' : 'outcome');
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
