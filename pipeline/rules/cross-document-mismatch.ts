import type { Evidence, Period } from '../../schemas/common.js';
import type { DocumentEvidence } from '../../schemas/run-finding.js';
import type { InterventionMention } from '../link/mention.js';
import { yearlyOutcomes } from '../link/yearly-outcomes.js';
import { formatKr, formatMoney, plural, quote } from './format.js';
import type { CrossDocumentFindingDraft, RunRule } from './run-rule.js';
import { sumTolerance } from './tolerance.js';

const ID = 'cross-document-mismatch';

/**
 * A slutrapport and the annual reports listing the same intervention must agree on what cannot
 * differ: the period (side by side, where both are real dates) and the money — the yearly utfall
 * the annual reports give cannot add up to more than the slutrapport says was granted. Years are
 * counted once each (two copies of one year's report are one year). Two annual reports are not
 * compared with each other: an intervention may be prolonged from one year to the next.
 */
export const crossDocumentMismatch: RunRule = {
  meta: {
    id: ID,
    defaultSeverity: 'warning',
    description: 'A slutrapport and an årsredovisning describe the same intervention with different periods or amounts that cannot both hold.',
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

function periodFinding(linkId: string, report: InterventionMention, entry: InterventionMention): CrossDocumentFindingDraft[] {
  if (!report.period || !entry.period) return [];
  const differences = sideDifferences(report.period, entry.period);
  if (differences.length === 0) return [];
  return [
    {
      ruleId: ID,
      linkId,
      message:
        `${nameOf(report)}: the slutrapport (${report.document.path}) gives the planned period ${quote(report.period.text)} but ` +
        `${annualReport(entry)} says ${quote(entry.period.text)} (${differences.join(', ')})`,
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
  const listed = outcomes.map(({ entry, outcome }) => `${entry.year ?? '?'}: ${formatMoney(outcome)}`).join(', ');
  const what = outcomes.length === 1 ? `the utfall of ${annualReport(outcomes[0]?.entry)} is` : `the yearly utfall of ${outcomes.length} annual reports add up to`;
  return [
    {
      ruleId: ID,
      linkId,
      message:
        `${nameOf(report)}: ${what} ${formatKr(sum)} (${listed}) but the slutrapport (${report.document.path}) says ` +
        `${formatMoney(granted)} was granted (${formatKr(excess)} more than granted; ${tolerance.explanation})`,
      evidence: [evidenceIn(report, granted.evidence), ...outcomes.map(({ entry, outcome }) => evidenceIn(entry, outcome.evidence))],
    },
  ];
}

/** Only sides that are real dates in both documents are compared: an unreadable side is invalid-date's business. */
function sideDifferences(report: Period, entry: Period): string[] {
  const differences: string[] = [];
  for (const side of ['start', 'end'] as const) {
    const a = report[side];
    const b = entry[side];
    if (a === null || b === null || a === b) continue;
    const days = Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
    differences.push(`the årsredovisning's ${side} is ${plural(Math.abs(days), 'day')} ${days > 0 ? 'later' : 'earlier'}`);
  }
  return differences;
}

function nameOf(mention: InterventionMention): string {
  return mention.name ?? 'The intervention';
}

function annualReport(entry: InterventionMention | undefined): string {
  if (!entry) return 'the årsredovisning';
  return `the årsredovisning${entry.year === null ? '' : ` ${entry.year}`} (${entry.document.path}, ${quote(entry.name ?? '')})`;
}

/** The value's own evidence, else where the intervention's name stands: a finding always points into each document. */
function evidenceIn(mention: InterventionMention, evidence: Evidence | undefined): DocumentEvidence {
  const found = evidence ?? mention.nameEvidence ?? { page: null, section: null, text: mention.name ?? '' };
  return { page: found.page, section: found.section, text: found.text, document: mention.document };
}
