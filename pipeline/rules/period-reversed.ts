import type { Evidence, Period } from '../../schemas/common.js';
import { evidenceFor, fieldEvidence } from './evidence.js';
import { plural, quote } from './format.js';
import type { FindingDraft, Rule, RuleInput } from './rule.js';

const ID = 'period-reversed';

export const periodReversed: Rule = {
  meta: { id: ID, defaultSeverity: 'error', description: 'A period whose end is before its start.' },
  check(input) {
    if (input.kind === 'slutrapport') {
      const period = input.record.intervention.plannedPeriod;
      return check(input, 'Planerad insatstid', period, [fieldEvidence(input, 'intervention.plannedPeriod')]);
    }
    const { record } = input;
    return [
      ...record.interventionList.flatMap((entry) => check(input, `${entry.name} (overview list)`, entry.period, [entry.evidence])),
      ...record.interventions.flatMap((intervention) => check(input, intervention.name, intervention.period, [intervention.evidence])),
    ];
  },
};

function check(input: RuleInput, what: string, period: Period | null, fallback: (Evidence | undefined)[]): FindingDraft[] {
  if (!period?.start || !period.end || period.end >= period.start) return [];
  const days = Math.round((Date.parse(period.start) - Date.parse(period.end)) / 86_400_000);
  return [
    {
      ruleId: ID,
      message: `${what}: the period ${quote(period.text)} ends ${period.end}, ${plural(days, 'day')} before it starts ${period.start}`,
      evidence: evidenceFor(input, [period.evidence, ...fallback], period.text),
    },
  ];
}
