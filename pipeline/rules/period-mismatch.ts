import { matchNames } from '../../extractors/text/names.js';
import type { Period } from '../../schemas/common.js';
import type { PeriodMismatchData, SideDifference } from '../../schemas/finding-data.js';
import { evidenceFor, writtenPeriod } from '../rule-helpers/evidence.js';
import { dagar, plural, quote } from '../rule-helpers/format.js';
import type { FindingDraft, Rule } from '../rule-engine/rule.js';

export const periodMismatch: Rule<'period-mismatch'> = {
  meta: {
    id: 'period-mismatch',
    defaultSeverity: 'warning',
    title: { sv: 'Olika perioder för samma insats', en: 'Different periods for the same intervention' },
    description: 'The same intervention has different periods in two places (overview list vs appendix).',
    messages: {
      sv: (data) =>
        `${data.overviewList.intervention}: översiktslistan anger ${quote(data.overviewList.period.text, 'sv')} men bilagan ` +
        `(${data.appendix.intervention}) anger ${quote(data.appendix.period.text, 'sv')} (${data.differences.map(describeDifferenceSv).join(', ')})`,
      en: (data) =>
        `${data.overviewList.intervention}: the overview list says ${quote(data.overviewList.period.text)} but the appendix ` +
        `(${data.appendix.intervention}) says ${quote(data.appendix.period.text)} (${data.differences.map(describeDifference).join(', ')})`,
    },
  },
  check(input) {
    if (input.kind !== 'arsredovisning') return [];
    const { interventionList, interventions } = input.record;
    const matches = matchNames(
      interventionList.map((entry) => entry.name),
      interventions.map((intervention) => intervention.name),
    );
    return matches.flatMap((match): FindingDraft<PeriodMismatchData>[] => {
      const entry = interventionList[match.a];
      const intervention = interventions[match.b];
      if (!entry?.period || !intervention?.period) return [];
      const differences = sideDifferences(entry.period, intervention.period);
      if (differences.length === 0) return [];
      return [
        {
          data: {
            overviewList: { intervention: entry.name, period: writtenPeriod(entry.period) },
            appendix: { intervention: intervention.name, period: writtenPeriod(intervention.period) },
            differences,
          },
          evidence: evidenceFor(input, [entry.period.evidence, entry.evidence, intervention.period.evidence, intervention.evidence], entry.period.text),
        },
      ];
    });
  },
};

function describeDifferenceSv({ side, days }: SideDifference): string {
  return `bilagans ${side === 'start' ? 'startdatum' : 'slutdatum'} är ${dagar(Math.abs(days))} ${days > 0 ? 'senare' : 'tidigare'}`;
}

function describeDifference({ side, days }: SideDifference): string {
  return `the appendix's ${side} is ${plural(Math.abs(days), 'day')} ${days > 0 ? 'later' : 'earlier'}`;
}

/** Only sides that are real dates in both places are compared: an unreadable side is invalid-date's business. */
function sideDifferences(list: Period, appendix: Period): SideDifference[] {
  const differences: SideDifference[] = [];
  for (const side of ['start', 'end'] as const) {
    const a = list[side];
    const b = appendix[side];
    if (a === null || b === null || a === b) continue;
    differences.push({ side, days: Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000) });
  }
  return differences;
}
