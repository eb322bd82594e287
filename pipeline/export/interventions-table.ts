import type { InterventionMention } from '../link/mention.js';
import type { Column } from './csv-table.js';

export interface InterventionRow {
  mention: InterventionMention;
  linkId: string;
}

/** interventions.csv: one row per intervention per document (slutrapporter and annual-report blocks), in input order. */
export const INTERVENTION_COLUMNS: readonly Column<InterventionRow>[] = [
  { name: 'link_id', type: 'text', value: ({ linkId }) => linkId },
  { name: 'document_path', type: 'text', value: ({ mention }) => mention.document.path },
  { name: 'document_sha256', type: 'text', value: ({ mention }) => mention.document.sha256 },
  { name: 'document_kind', type: 'text', value: ({ mention }) => mention.kind },
  { name: 'organisation', type: 'text', value: ({ mention }) => mention.organisation },
  { name: 'year', type: 'integer', value: ({ mention }) => mention.year },
  { name: 'name', type: 'text', value: ({ mention }) => mention.name },
  { name: 'orientation', type: 'text', value: ({ mention }) => mention.orientation },
  { name: 'period_start', type: 'date', value: ({ mention }) => mention.period?.start ?? null },
  { name: 'period_end', type: 'date', value: ({ mention }) => mention.period?.end ?? null },
  { name: 'period_text', type: 'text', value: ({ mention }) => mention.period?.text ?? null },
  { name: 'budget_sek', type: 'integer', value: ({ mention }) => mention.budget?.sek ?? null },
  { name: 'budget_unit', type: 'text', value: ({ mention }) => mention.budget?.unit ?? null },
  { name: 'outcome_sek', type: 'integer', value: ({ mention }) => mention.outcome?.sek ?? null },
  { name: 'outcome_unit', type: 'text', value: ({ mention }) => mention.outcome?.unit ?? null },
  { name: 'granted_sek', type: 'integer', value: ({ mention }) => mention.granted?.sek ?? null },
  { name: 'granted_unit', type: 'text', value: ({ mention }) => mention.granted?.unit ?? null },
  { name: 'lead', type: 'text', value: ({ mention }) => mention.lead },
  { name: 'participants_scope', type: 'text', value: ({ mention }) => mention.participants?.scope ?? null },
  { name: 'participants_total', type: 'integer', value: ({ mention }) => mention.participants?.total ?? null },
  { name: 'participants_women', type: 'integer', value: ({ mention }) => mention.participants?.women ?? null },
  { name: 'participants_men', type: 'integer', value: ({ mention }) => mention.participants?.men ?? null },
  { name: 'participants_other', type: 'integer', value: ({ mention }) => mention.participants?.other ?? null },
];
