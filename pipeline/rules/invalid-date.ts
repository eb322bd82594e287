import { findDates } from '../../extractors/parse/date.js';
import { parsePeriodSides } from '../../extractors/parse/period.js';
import type { Evidence, Period } from '../../schemas/common.js';
import { evidenceFor, fieldEvidence } from './evidence.js';
import { quote } from './format.js';
import type { FindingDraft, Rule, RuleInput } from './rule.js';

const ID = 'invalid-date';

export const invalidDate: Rule = {
  meta: {
    id: ID,
    defaultSeverity: 'error',
    description: 'A date that is not a real calendar date.',
  },
  check(input) {
    if (input.kind === 'slutrapport') {
      const { record } = input;
      return [
        ...periodProblems(input, 'Planerad insatstid', record.intervention.plannedPeriod, [fieldEvidence(input, 'intervention.plannedPeriod')]),
        ...dateProblems(input, 'Ankomstdatum', record.receivedDate, 'receivedDate'),
        ...dateProblems(input, 'Slutdatum för intag', record.intervention.intakeEndDate, 'intervention.intakeEndDate'),
      ];
    }
    const { record } = input;
    return [
      ...record.interventionList.flatMap((entry) => periodProblems(input, `${entry.name} (overview list)`, entry.period, [entry.evidence])),
      ...record.interventions.flatMap((intervention) => periodProblems(input, intervention.name, intervention.period, [intervention.evidence])),
    ];
  },
};

/** A side the record left null although something is written there. */
function periodProblems(input: RuleInput, what: string, period: Period | null, fallback: (Evidence | undefined)[]): FindingDraft[] {
  if (!period) return [];
  const sides = parsePeriodSides(period.text);
  const findings: FindingDraft[] = [];
  for (const side of ['start', 'end'] as const) {
    const problem = sides[side].problem;
    if (period[side] !== null || !problem) continue;
    findings.push({
      ruleId: ID,
      message: `${what}, ${side} of the period ${quote(period.text)}: ${problem}`,
      evidence: evidenceFor(input, [period.evidence, ...fallback], sides[side].text),
    });
  }
  return findings;
}

/** A leading label ("Ankomstdatum:") before the value in a field's evidence text. */
const LEADING_LABEL = /^[\p{L}\s.:()-]*?(?=\d)/u;

/** A date field the record left null: report what is written in its place, if it looks like a date. */
function dateProblems(input: RuleInput, what: string, iso: string | null, path: string): FindingDraft[] {
  if (iso !== null) return [];
  const evidence = fieldEvidence(input, path);
  if (!evidence) return [];
  const tokens = findDates(evidence.text);
  const problems = tokens.flatMap((token) => (token.value.problem ? [token.value.problem] : []));
  if (tokens.length === 0) {
    const value = evidence.text.trim().replace(LEADING_LABEL, '');
    // Only digits and date punctuation: a date gone wrong ("2022-0124"), not a sentence or a label.
    if (/^\d[\d\s./-]*$/u.test(value)) problems.push(`"${value}" is not a date (expected åååå-mm-dd)`);
  } else if (tokens.some((token) => token.value.iso !== null)) {
    return [];
  }
  return problems.map((problem) => ({ ruleId: ID, message: `${what}: ${problem}`, evidence: [evidence] }));
}
