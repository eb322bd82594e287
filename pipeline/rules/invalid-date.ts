import { findDates } from '../../extractors/parse/date.js';
import { parsePeriodSides } from '../../extractors/parse/period.js';
import type { Evidence, Period } from '../../schemas/common.js';
import type { DateProblem, FormField, InvalidDateData } from '../../schemas/finding-data.js';
import { evidenceFor, fieldEvidence, printedLabel } from '../rule-helpers/evidence.js';
import { quote } from '../rule-helpers/format.js';
import type { FindingDraft, Rule, RuleInput } from '../rule-engine/rule.js';

type Draft = FindingDraft<InvalidDateData>;
type Subject =
  | { subject: 'form-field'; field: FormField; label?: string }
  | { subject: 'overview-list'; intervention: string }
  | { subject: 'appendix'; intervention: string };

/** The form's labels, as the template writes them. */
const FIELD_LABEL: Record<FormField, string> = {
  'intervention.plannedPeriod': 'Planerad insatstid',
  receivedDate: 'Ankomstdatum',
  'intervention.intakeEndDate': 'Slutdatum för intag',
};

const MONTHS_SV = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const invalidDate: Rule<'invalid-date'> = {
  meta: {
    id: 'invalid-date',
    defaultSeverity: 'error',
    title: { sv: 'Ogiltigt datum', en: 'Invalid date' },
    description: 'A date that is not a real calendar date.',
    messages: {
      sv(data) {
        const what =
          data.subject === 'form-field'
            ? (data.label ?? FIELD_LABEL[data.field])
            : data.subject === 'overview-list'
              ? `${data.intervention} (översiktslistan)`
              : data.intervention;
        const where = data.period ? `${what}, ${data.period.side === 'start' ? 'startdatum' : 'slutdatum'} i perioden ${quote(data.period.text, 'sv')}` : what;
        return `${where}: ${problemTextSv(data.date)}`;
      },
      en(data) {
        const what =
          data.subject === 'form-field'
            ? (data.label ?? FIELD_LABEL[data.field])
            : data.subject === 'overview-list'
              ? `${data.intervention} (overview list)`
              : data.intervention;
        const where = data.period ? `${what}, ${data.period.side} of the period ${quote(data.period.text)}` : what;
        return `${where}: ${problemText(data.date)}`;
      },
    },
  },
  check(input) {
    if (input.kind === 'slutrapport') {
      const { record } = input;
      return [
        // A template's field asks for dates; a report on no template may tell its period in words ("HT 2019 – VT 2021").
        ...periodProblems(
          input,
          { subject: 'form-field', field: 'intervention.plannedPeriod', ...printedLabel(input, 'intervention.plannedPeriod') },
          record.intervention.plannedPeriod,
          [fieldEvidence(input, 'intervention.plannedPeriod')],
          record.template !== null,
        ),
        ...dateProblems(input, 'receivedDate', record.receivedDate),
        ...dateProblems(input, 'intervention.intakeEndDate', record.intervention.intakeEndDate),
      ];
    }
    const { record } = input;
    return [
      ...record.interventionList.flatMap((entry) =>
        periodProblems(input, { subject: 'overview-list', intervention: entry.name }, entry.period, [entry.evidence]),
      ),
      ...record.interventions.flatMap((intervention) =>
        periodProblems(input, { subject: 'appendix', intervention: intervention.name }, intervention.period, [intervention.evidence]),
      ),
    ];
  },
};

function problemText(date: DateProblem): string {
  const written = `"${date.text}"`;
  switch (date.problem) {
    case 'no-such-month':
      return `${written} is not a real date: there is no month ${date.month}`;
    case 'no-such-day':
      return `${written} is not a real date: ${MONTHS_EN[date.month - 1] ?? ''} ${date.year} has ${date.days} days`;
    case 'short-month':
      return `${written} is not a complete date: the month "${date.month}" must have two digits`;
    case 'short-day':
      return `${written} is not a complete date: the day "${date.day}" must have two digits`;
    case 'incomplete':
      return `${written} is not a complete date (expected åååå-mm-dd)`;
    case 'not-a-date':
      return `${written} is not a date (expected åååå-mm-dd)`;
    case 'not-a-period':
      return `${written} is not a period of dates`;
  }
}

function problemTextSv(date: DateProblem): string {
  const written = quote(date.text, 'sv');
  switch (date.problem) {
    case 'no-such-month':
      return `${written} är inget riktigt datum: det finns ingen månad ${date.month}`;
    case 'no-such-day':
      return `${written} är inget riktigt datum: ${MONTHS_SV[date.month - 1] ?? ''} ${date.year} har ${date.days} dagar`;
    case 'short-month':
      return `${written} är inget fullständigt datum: månaden ”${date.month}” ska ha två siffror`;
    case 'short-day':
      return `${written} är inget fullständigt datum: dagen ”${date.day}” ska ha två siffror`;
    case 'incomplete':
      return `${written} är inget fullständigt datum (ska vara åååå-mm-dd)`;
    case 'not-a-date':
      return `${written} är inget datum (ska vara åååå-mm-dd)`;
    case 'not-a-period':
      return `${written} är ingen period med datum`;
  }
}

/** A side the record left null although something is written there; words without a date only where dates are asked for. */
function periodProblems(input: RuleInput, subject: Subject, period: Period | null, fallback: (Evidence | undefined)[], datesAsked = true): Draft[] {
  if (!period) return [];
  const sides = parsePeriodSides(period.text);
  const findings: Draft[] = [];
  for (const side of ['start', 'end'] as const) {
    const problem = sides[side].problem;
    if (period[side] !== null || !problem || (problem.problem === 'not-a-period' && !datesAsked)) continue;
    findings.push({
      data: { ...subject, period: { text: period.text, side }, date: problem },
      evidence: evidenceFor(input, [period.evidence, ...fallback], sides[side].text),
    });
  }
  return findings;
}

/** A leading label ("Ankomstdatum:") before the value in a field's evidence text. */
const LEADING_LABEL = /^[\p{L}\s.:()-]*?(?=\d)/u;

/** A date field the record left null: report what is written in its place, if it looks like a date. */
function dateProblems(input: RuleInput, field: 'receivedDate' | 'intervention.intakeEndDate', iso: string | null): Draft[] {
  if (iso !== null) return [];
  const evidence = fieldEvidence(input, field);
  if (!evidence) return [];
  const tokens = findDates(evidence.text);
  const problems = tokens.flatMap((token) => (token.value.problem ? [token.value.problem] : []));
  if (tokens.length === 0) {
    const value = evidence.text.trim().replace(LEADING_LABEL, '');
    // Only digits and date punctuation: a date gone wrong ("2022-0124"), not a sentence or a label.
    if (/^\d[\d\s./-]*$/u.test(value)) problems.push({ problem: 'not-a-date', text: value });
  } else if (tokens.some((token) => token.value.iso !== null)) {
    return [];
  }
  return problems.map((date) => ({ data: { subject: 'form-field', field, ...printedLabel(input, field), period: null, date }, evidence: [evidence] }));
}
