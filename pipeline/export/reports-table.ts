import type { ArsredovisningRecord } from '../../schemas/arsredovisning.js';
import type { DelarsrapportRecord } from '../../schemas/delarsrapport.js';
import type { Money } from '../../schemas/common.js';
import type { DocumentResult } from '../../schemas/result.js';
import type { Column } from './csv-table.js';
import { DOCUMENT_ID_DESCRIPTION } from './documents-table.js';

export interface ReportRow {
  documentId: number;
  result: DocumentResult;
  record: ArsredovisningRecord | DelarsrapportRecord;
}

/** One row per annual or interim report that could be read: the per-förbund, per-year (or per-period) figures. */
export function reportRowOf(result: DocumentResult, documentId: number): ReportRow | null {
  if (result.status !== 'ok' || (result.kind !== 'arsredovisning' && result.kind !== 'delarsrapport')) return null;
  return { documentId, result, record: result.record };
}

/** An interim report covers a period; an annual report says its year. */
function periodOf(record: ArsredovisningRecord | DelarsrapportRecord): { start: string | null; end: string | null } | null {
  return 'period' in record ? record.period : null;
}

/** Årets resultat: the resultaträkning's, else the driftredovisning's utfall. */
function result(record: ArsredovisningRecord | DelarsrapportRecord): Money | null {
  const income = [...(record.statements.income?.rows ?? [])].reverse().find((row) => /^årets\s+resultat$/iu.test(row.label.trim()) && row.current);
  if (income?.current) return income.current;
  const operating = [...(record.statements.operating?.rows ?? [])].reverse().find((row) => /^årets\s+resultat$/iu.test(row.label.trim()) && row.outcome);
  return operating?.outcome ?? null;
}

/** Eget kapital at the end of the year, from the balansräkning. */
function equity(record: ArsredovisningRecord | DelarsrapportRecord): Money | null {
  return record.statements.balance?.rows.find((row) => /^(?:summa\s+)?eget\s+kapital$/iu.test(row.label.trim()) && row.current)?.current ?? null;
}

/** reports.csv. */
export const REPORT_COLUMNS: readonly Column<ReportRow>[] = [
  { name: 'document_id', type: 'integer', description: DOCUMENT_ID_DESCRIPTION, value: ({ documentId }) => documentId },
  { name: 'document_path', type: 'text', description: 'The document', value: ({ result: r }) => r.source.path },
  { name: 'document_sha256', type: 'text', description: "The document's SHA-256", value: ({ result: r }) => r.source.sha256 },
  { name: 'kind', type: 'text', description: 'arsredovisning (annual report) or delarsrapport (interim report)', value: ({ result: r }) => r.kind },
  { name: 'organisation', type: 'text', description: 'The samordningsförbund, as the report names it', value: ({ record }) => record.organisation },
  {
    name: 'organisation_number',
    type: 'text',
    description: "The förbund's organisationsnummer as the report states it (NNNNNN-NNNN)",
    value: ({ record }) => record.organisationNumber,
  },
  {
    name: 'year',
    type: 'integer',
    description: 'Räkenskapsår (annual report); empty for an interim report',
    value: ({ record }) => ('year' in record ? record.year : null),
  },
  {
    name: 'period_start',
    type: 'date',
    description: 'Interim report: the first day of the period it covers; empty for an annual report',
    value: ({ record }) => periodOf(record)?.start ?? null,
  },
  {
    name: 'period_end',
    type: 'date',
    description: 'Interim report: the last day of the period it covers',
    value: ({ record }) => periodOf(record)?.end ?? null,
  },
  {
    name: 'members',
    type: 'integer',
    description: 'How many members the report names',
    value: ({ record }) => (record.members.length === 0 ? null : record.members.length),
  },
  {
    name: 'member_contributions_sek',
    type: 'integer',
    description: "The members' contributions for the year (tilldelning, medlemsavgifter), whole kronor",
    value: ({ record }) => record.memberContributions?.sek ?? null,
  },
  {
    name: 'member_contributions_unit',
    type: 'text',
    description: 'The unit they were written in (kr, tkr, mkr): also their precision',
    value: ({ record }) => record.memberContributions?.unit ?? null,
  },
  {
    name: 'state_contribution_sek',
    type: 'integer',
    description: "Försäkringskassan's (the state's) contribution as a table states it, whole kronor",
    value: ({ record }) => contributed(record, ['state']),
  },
  {
    name: 'region_contribution_sek',
    type: 'integer',
    description: "The region(s)' contribution as a table states it, whole kronor",
    value: ({ record }) => contributed(record, ['region']),
  },
  {
    name: 'kommun_contribution_sek',
    type: 'integer',
    description: "The kommuner's contribution together as a table states it (a kommun outside any region included), whole kronor",
    value: ({ record }) => contributed(record, ['kommun', 'kommun-outside-region']),
  },
  {
    name: 'participants_total',
    type: 'integer',
    description: 'Participants reached förbund-wide in the year, total',
    value: ({ record }) => record.participantsReached?.total ?? null,
  },
  { name: 'participants_women', type: 'integer', description: 'Participants reached, women', value: ({ record }) => record.participantsReached?.women ?? null },
  { name: 'participants_men', type: 'integer', description: 'Participants reached, men', value: ({ record }) => record.participantsReached?.men ?? null },
  {
    name: 'participants_approximate',
    type: 'boolean',
    description: 'True when the text qualifies the participants total ("drygt 320", "ca 883"): the total is the number written',
    value: ({ record }) => (record.participantsReached ? record.participantsReached.approximate === true : null),
  },
  {
    name: 'result_sek',
    type: 'integer',
    description: 'Årets resultat (resultaträkning, else driftredovisning utfall), whole kronor',
    value: ({ record }) => result(record)?.sek ?? null,
  },
  { name: 'result_unit', type: 'text', description: 'The unit it was written in', value: ({ record }) => result(record)?.unit ?? null },
  {
    name: 'equity_sek',
    type: 'integer',
    description: 'Eget kapital at the end of the year (balansräkning), whole kronor',
    value: ({ record }) => equity(record)?.sek ?? null,
  },
  { name: 'equity_unit', type: 'text', description: 'The unit it was written in', value: ({ record }) => equity(record)?.unit ?? null },
  { name: 'goals', type: 'integer', description: 'Goals the report assesses', value: ({ record }) => record.goals.length },
  {
    name: 'interventions',
    type: 'integer',
    description: 'Interventions described in the appendix or listed in a table of their money',
    value: ({ record }) => record.interventions.length,
  },
  { name: 'findings', type: 'integer', description: "The report's own findings", value: ({ result: r }) => r.findings.length },
];

function contributed(record: ArsredovisningRecord | DelarsrapportRecord, kinds: string[]): number | null {
  const found = record.contributions.filter((contribution) => kinds.includes(contribution.kind));
  return found.length === 0 ? null : found.reduce((sum, contribution) => sum + contribution.amount.sek, 0);
}
