import { matchNames } from '../../extractors/text/names.js';
import type { Evidence, Period } from '../../schemas/common.js';
import type { PeriodReversedData } from '../../schemas/finding-data.js';
import { evidenceFor, fieldEvidence, printedLabel } from '../rule-helpers/evidence.js';
import { dagar, plural, quote } from '../rule-helpers/format.js';
import type { FindingDraft, Rule, RuleInput } from '../rule-engine/rule.js';

type Subject =
  | { subject: 'form-field'; field: 'intervention.plannedPeriod'; label?: string }
  | { subject: 'overview-list'; intervention: string }
  | { subject: 'appendix'; intervention: string };

export const periodReversed: Rule<'period-reversed'> = {
  meta: {
    id: 'period-reversed',
    defaultSeverity: 'error',
    title: { sv: 'Perioden slutar före sin början', en: 'Period ends before it starts' },
    description: 'A period whose end is before its start.',
    messages: {
      sv(data) {
        const what =
          data.subject === 'form-field'
            ? (data.label ?? 'Planerad insatstid')
            : data.subject === 'overview-list'
              ? `${data.intervention} (översiktslistan)`
              : data.intervention;
        return `${what}: perioden ${quote(data.period.text, 'sv')} slutar ${data.period.end}, ${dagar(data.days)} innan den börjar ${data.period.start}`;
      },
      en(data) {
        const what =
          data.subject === 'form-field'
            ? (data.label ?? 'Planerad insatstid')
            : data.subject === 'overview-list'
              ? `${data.intervention} (overview list)`
              : data.intervention;
        return `${what}: the period ${quote(data.period.text)} ends ${data.period.end}, ${plural(data.days, 'day')} before it starts ${data.period.start}`;
      },
    },
  },
  check(input) {
    if (input.kind === 'slutrapport') {
      const period = input.record.intervention.plannedPeriod;
      const subject = { subject: 'form-field', field: 'intervention.plannedPeriod', ...printedLabel(input, 'intervention.plannedPeriod') } as const;
      return check(input, subject, period, [fieldEvidence(input, 'intervention.plannedPeriod')]);
    }
    const { record } = input;
    // One defect, one finding: a period written reversed in the overview list and the same in the
    // appendix block of the same intervention is the appendix's finding, with both places as evidence.
    const pairs = matchNames(
      record.interventionList.map((entry) => entry.name),
      record.interventions.map((intervention) => intervention.name),
    );
    const alsoListed = new Map<number, Evidence[]>();
    const repeated = new Set<number>();
    for (const { a, b } of pairs) {
      const listed = record.interventionList[a]?.period;
      const appendix = record.interventions[b]?.period;
      if (!listed || !appendix || listed.start !== appendix.start || listed.end !== appendix.end) continue;
      repeated.add(a);
      alsoListed.set(
        b,
        [listed.evidence, record.interventionList[a]?.evidence].filter((evidence): evidence is Evidence => evidence !== undefined),
      );
    }
    return [
      ...record.interventionList.flatMap((entry, index) =>
        repeated.has(index) ? [] : check(input, { subject: 'overview-list', intervention: entry.name }, entry.period, [entry.evidence]),
      ),
      ...record.interventions.flatMap((intervention, index) =>
        check(input, { subject: 'appendix', intervention: intervention.name }, intervention.period, [intervention.evidence], alsoListed.get(index) ?? []),
      ),
    ];
  },
};

function check(
  input: RuleInput,
  subject: Subject,
  period: Period | null,
  fallback: (Evidence | undefined)[],
  elsewhere: Evidence[] = [],
): FindingDraft<PeriodReversedData>[] {
  if (!period?.start || !period.end || period.end >= period.start) return [];
  const days = Math.round((Date.parse(period.start) - Date.parse(period.end)) / 86_400_000);
  return [
    {
      data: { ...subject, period: { start: period.start, end: period.end, text: period.text }, days },
      evidence: evidenceFor(input, [period.evidence, ...fallback, ...elsewhere], period.text),
    },
  ];
}
