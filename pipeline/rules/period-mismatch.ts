import { matchNames } from '../../extractors/text/names.js';
import type { Period } from '../../schemas/common.js';
import { evidenceFor } from './evidence.js';
import { plural, quote } from './format.js';
import type { FindingDraft, Rule } from './rule.js';

const ID = 'period-mismatch';

export const periodMismatch: Rule = {
  meta: {
    id: ID,
    defaultSeverity: 'warning',
    description: 'The same intervention has different periods in two places (overview list vs appendix).',
  },
  check(input) {
    if (input.kind !== 'arsredovisning') return [];
    const { interventionList, interventions } = input.record;
    const matches = matchNames(interventionList.map((entry) => entry.name), interventions.map((intervention) => intervention.name));
    return matches.flatMap((match): FindingDraft[] => {
      const entry = interventionList[match.a];
      const intervention = interventions[match.b];
      if (!entry?.period || !intervention?.period) return [];
      const differences = sideDifferences(entry.period, intervention.period);
      if (differences.length === 0) return [];
      return [
        {
          ruleId: ID,
          message:
            `${entry.name}: the overview list says ${show(entry.period)} but the appendix (${intervention.name}) says ` +
            `${show(intervention.period)} (${differences.join(', ')})`,
          evidence: evidenceFor(input, [entry.period.evidence, entry.evidence, intervention.period.evidence, intervention.evidence], entry.period.text),
        },
      ];
    });
  },
};

/** Only sides that are real dates in both places are compared: an unreadable side is invalid-date's business. */
function sideDifferences(list: Period, appendix: Period): string[] {
  const differences: string[] = [];
  for (const side of ['start', 'end'] as const) {
    const a = list[side];
    const b = appendix[side];
    if (a === null || b === null || a === b) continue;
    const days = Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
    differences.push(`the appendix's ${side} is ${plural(Math.abs(days), 'day')} ${days > 0 ? 'later' : 'earlier'}`);
  }
  return differences;
}

function show(period: Period): string {
  return quote(period.text);
}
