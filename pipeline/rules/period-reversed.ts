import type { Evidence, Period } from '../../schemas/common.js';
import type { PeriodReversedData } from '../../schemas/finding-data.js';
import { evidenceFor, fieldEvidence } from '../rule-helpers/evidence.js';
import { plural, quote } from '../rule-helpers/format.js';
import type { FindingDraft, Rule, RuleInput } from '../rule-engine/rule.js';

type Subject =
  | { subject: 'form-field'; field: 'intervention.plannedPeriod' }
  | { subject: 'overview-list'; intervention: string }
  | { subject: 'appendix'; intervention: string };

export const periodReversed: Rule<'period-reversed'> = {
  meta: {
    id: 'period-reversed',
    defaultSeverity: 'error',
    description: 'A period whose end is before its start.',
    messages: {
      en(data) {
        const what = data.subject === 'form-field' ? 'Planerad insatstid' : data.subject === 'overview-list' ? `${data.intervention} (overview list)` : data.intervention;
        return `${what}: the period ${quote(data.period.text)} ends ${data.period.end}, ${plural(data.days, 'day')} before it starts ${data.period.start}`;
      },
    },
  },
  check(input) {
    if (input.kind === 'slutrapport') {
      const period = input.record.intervention.plannedPeriod;
      return check(input, { subject: 'form-field', field: 'intervention.plannedPeriod' }, period, [fieldEvidence(input, 'intervention.plannedPeriod')]);
    }
    const { record } = input;
    return [
      ...record.interventionList.flatMap((entry) => check(input, { subject: 'overview-list', intervention: entry.name }, entry.period, [entry.evidence])),
      ...record.interventions.flatMap((intervention) => check(input, { subject: 'appendix', intervention: intervention.name }, intervention.period, [intervention.evidence])),
    ];
  },
};

function check(input: RuleInput, subject: Subject, period: Period | null, fallback: (Evidence | undefined)[]): FindingDraft<PeriodReversedData>[] {
  if (!period?.start || !period.end || period.end >= period.start) return [];
  const days = Math.round((Date.parse(period.start) - Date.parse(period.end)) / 86_400_000);
  return [
    {
      data: { ...subject, period: { start: period.start, end: period.end, text: period.text }, days },
      evidence: evidenceFor(input, [period.evidence, ...fallback], period.text),
    },
  ];
}
