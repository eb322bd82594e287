import type { Evidence, Period } from '../../schemas/common.js';
import type { SideDifference } from '../../schemas/finding-data.js';
import type { CrossDocumentMismatchData, DocumentEvidence, DocumentRef } from '../../schemas/run-finding.js';
import type { InterventionMention } from '../link/mention.js';
import { yearlyOutcomes } from '../link/yearly-outcomes.js';
import { writtenMoney, writtenPeriod } from '../rule-helpers/evidence.js';
import { dagar, formatKr, formatMoney, plural, quote, sumToleranceText } from '../rule-helpers/format.js';
import type { CrossDocumentFindingDraft, RunRule } from '../rule-engine/run-rule.js';
import { sumTolerance } from '../rule-helpers/tolerance.js';

/** An annual report as the messages name it. */
interface AnnualEntry {
  document: DocumentRef;
  year: number | null;
  intervention: string | null;
}

/**
 * A slutrapport and the annual reports listing the same intervention must agree on what cannot
 * differ: the period (side by side, where both are real dates) and the money — the yearly utfall
 * the annual reports give cannot add up to more than the slutrapport says was granted. Years are
 * counted once each (two copies of one year's report are one year). Two annual reports are not
 * compared with each other: an intervention may be prolonged from one year to the next.
 */
export const crossDocumentMismatch: RunRule = {
  meta: {
    id: 'cross-document-mismatch',
    defaultSeverity: 'warning',
    title: { sv: 'Slutrapport och årsredovisning säger emot varandra', en: 'Slutrapport and årsredovisning disagree' },
    description: 'A slutrapport and an årsredovisning describe the same intervention with different periods or amounts that cannot both hold.',
    messages: { sv: messageSv, en: message },
  },
  check(linked) {
    const reports = linked.mentions.filter((mention) => mention.kind === 'slutrapport');
    const annual = linked.mentions.filter((mention) => mention.kind === 'arsredovisning');
    if (reports.length === 0 || annual.length === 0) return [];
    return reports.flatMap((report) => [
      ...annual.flatMap((entry) => periodFinding(linked.linkId, report, entry)),
      ...grantedFinding(linked.linkId, report, yearlyOutcomes(annual)),
    ]);
  },
};

function messageSv(data: CrossDocumentMismatchData): string {
  const name = data.intervention ?? 'Insatsen';
  if (data.compared === 'period') {
    return (
      `${name}: slutrapporten (${data.slutrapport.document.path}) anger den planerade perioden ${quote(data.slutrapport.period.text, 'sv')} men ` +
      `${annualReportSv(data.arsredovisning)} anger ${quote(data.arsredovisning.period.text, 'sv')} (${data.differences.map(describeDifferenceSv).join(', ')})`
    );
  }
  const entries = data.arsredovisningar;
  const listed = entries.map((entry) => `${entry.year ?? '?'}: ${formatMoney(entry.outcome, 'sv')}`).join(', ');
  const what = entries.length === 1 ? `utfallet i ${annualReportSv(entries[0])} är` : `de årliga utfallen i ${entries.length} årsredovisningar summerar till`;
  return (
    `${name}: ${what} ${formatKr(data.actual, 'sv')} (${listed}) men slutrapporten (${data.slutrapport.document.path}) anger att ` +
    `${formatMoney(data.slutrapport.granted, 'sv')} beviljades (${formatKr(data.difference, 'sv')} mer än beviljat; ${sumToleranceText(data.tolerance, data.rounding, 'sv')})`
  );
}

function describeDifferenceSv({ side, days }: SideDifference): string {
  return `årsredovisningens ${side === 'start' ? 'startdatum' : 'slutdatum'} är ${dagar(Math.abs(days))} ${days > 0 ? 'senare' : 'tidigare'}`;
}

function annualReportSv(entry: AnnualEntry | undefined): string {
  if (!entry) return 'årsredovisningen';
  return `årsredovisningen${entry.year === null ? '' : ` ${entry.year}`} (${entry.document.path}, ${quote(entry.intervention ?? '', 'sv')})`;
}

function message(data: CrossDocumentMismatchData): string {
  const name = data.intervention ?? 'The intervention';
  if (data.compared === 'period') {
    return (
      `${name}: the slutrapport (${data.slutrapport.document.path}) gives the planned period ${quote(data.slutrapport.period.text)} but ` +
      `${annualReport(data.arsredovisning)} says ${quote(data.arsredovisning.period.text)} (${data.differences.map(describeDifference).join(', ')})`
    );
  }
  const entries = data.arsredovisningar;
  const listed = entries.map((entry) => `${entry.year ?? '?'}: ${formatMoney(entry.outcome)}`).join(', ');
  const what = entries.length === 1 ? `the utfall of ${annualReport(entries[0])} is` : `the yearly utfall of ${entries.length} annual reports add up to`;
  return (
    `${name}: ${what} ${formatKr(data.actual)} (${listed}) but the slutrapport (${data.slutrapport.document.path}) says ` +
    `${formatMoney(data.slutrapport.granted)} was granted (${formatKr(data.difference)} more than granted; ${sumToleranceText(data.tolerance, data.rounding)})`
  );
}

function periodFinding(linkId: string, report: InterventionMention, entry: InterventionMention): CrossDocumentFindingDraft[] {
  if (!report.period || !entry.period) return [];
  const differences = sideDifferences(report.period, entry.period);
  if (differences.length === 0) return [];
  return [
    {
      linkId,
      data: {
        compared: 'period',
        intervention: report.name,
        slutrapport: { document: report.document, period: writtenPeriod(report.period) },
        arsredovisning: { ...annualEntry(entry), period: writtenPeriod(entry.period) },
        differences,
      },
      evidence: [evidenceIn(report, report.period.evidence), evidenceIn(entry, entry.period.evidence)],
    },
  ];
}

function grantedFinding(linkId: string, report: InterventionMention, yearly: InterventionMention[]): CrossDocumentFindingDraft[] {
  const granted = report.granted;
  const outcomes = yearly.flatMap((entry) => (entry.outcome ? [{ entry, outcome: entry.outcome }] : []));
  if (!granted || outcomes.length === 0) return [];
  const parts = outcomes.map(({ outcome }) => outcome);
  const sum = parts.reduce((total, part) => total + part.sek, 0);
  const tolerance = sumTolerance(parts, granted);
  const excess = sum - granted.sek;
  if (excess <= tolerance.sek) return [];
  return [
    {
      linkId,
      data: {
        compared: 'granted',
        intervention: report.name,
        slutrapport: { document: report.document, granted: writtenMoney(granted) },
        arsredovisningar: outcomes.map(({ entry, outcome }) => ({ ...annualEntry(entry), outcome: writtenMoney(outcome) })),
        actual: sum,
        expected: granted.sek,
        difference: excess,
        tolerance: tolerance.sek,
        unit: 'kr',
        rounding: tolerance.rounding,
      },
      evidence: [evidenceIn(report, granted.evidence), ...outcomes.map(({ entry, outcome }) => evidenceIn(entry, outcome.evidence))],
    },
  ];
}

function annualEntry(mention: InterventionMention): AnnualEntry {
  return { document: mention.document, year: mention.year, intervention: mention.name };
}

function describeDifference({ side, days }: SideDifference): string {
  return `the årsredovisning's ${side} is ${plural(Math.abs(days), 'day')} ${days > 0 ? 'later' : 'earlier'}`;
}

/** Only sides that are real dates in both documents are compared: an unreadable side is invalid-date's business. */
function sideDifferences(report: Period, entry: Period): SideDifference[] {
  const differences: SideDifference[] = [];
  for (const side of ['start', 'end'] as const) {
    const a = report[side];
    const b = entry[side];
    if (a === null || b === null || a === b) continue;
    differences.push({ side, days: Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000) });
  }
  return differences;
}

function annualReport(entry: AnnualEntry | undefined): string {
  if (!entry) return 'the årsredovisning';
  return `the årsredovisning${entry.year === null ? '' : ` ${entry.year}`} (${entry.document.path}, ${quote(entry.intervention ?? '')})`;
}

/** The value's own evidence, else where the intervention's name stands: a finding always points into each document. */
function evidenceIn(mention: InterventionMention, evidence: Evidence | undefined): DocumentEvidence {
  const found = evidence ?? mention.nameEvidence ?? { page: null, section: null, text: mention.name ?? '' };
  return { page: found.page, section: found.section, text: found.text, document: mention.document };
}
