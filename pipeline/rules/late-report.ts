import { evidenceFor, fieldEvidence } from '../rule-helpers/evidence.js';
import { dagar, plural } from '../rule-helpers/format.js';
import type { Rule } from '../rule-engine/rule.js';

export const lateReport: Rule<'late-report'> = {
  meta: {
    id: 'late-report',
    defaultSeverity: 'warning',
    title: { sv: 'Slutrapporten kom in för sent', en: 'Slutrapport received late' },
    description: 'A slutrapport on a known template received more than one month after the intervention ended (the template’s own deadline).',
    messages: {
      sv: (data) =>
        `Inkom ${data.received}, ${dagar(data.daysAfterEnd)} efter det planerade slutet ${data.plannedEnd}; slutrapporten skulle ha kommit in ` +
        `inom en månad, senast ${data.deadline}`,
      en: (data) =>
        `Received ${data.received}, ${plural(data.daysAfterEnd, 'day')} after the planned end ${data.plannedEnd}; the slutrapport was due ` +
        `within one month, by ${data.deadline}`,
    },
  },
  check(input) {
    // The month is the template's own deadline; another förbund's form sets its own, which the report does not state.
    if (input.kind !== 'slutrapport' || input.record.template === null) return [];
    const { receivedDate, intervention } = input.record;
    const period = intervention.plannedPeriod;
    if (!receivedDate || !period?.end) return [];
    // A reversed period still ended by the later of its two dates.
    const end = period.start && period.start > period.end ? period.start : period.end;
    const deadline = addOneMonth(end);
    if (receivedDate <= deadline) return [];
    const days = Math.round((Date.parse(receivedDate) - Date.parse(end)) / 86_400_000);
    return [
      {
        data: { received: receivedDate, plannedEnd: end, deadline, daysAfterEnd: days },
        evidence: evidenceFor(input, [fieldEvidence(input, 'receivedDate'), period.evidence, fieldEvidence(input, 'intervention.plannedPeriod')], receivedDate),
      },
    ];
  },
};

/** The same day one month later, or the month's last day when it has no such day (01-31 → 02-28). */
export function addOneMonth(iso: string): string {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  const nextMonthIndex = month; // 0-based index of the following month
  const lastDay = new Date(Date.UTC(year, nextMonthIndex + 1, 0)).getUTCDate();
  const date = new Date(Date.UTC(year, nextMonthIndex, Math.min(day, lastDay)));
  return date.toISOString().slice(0, 10);
}
