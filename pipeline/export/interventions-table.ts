import type { InterventionMention } from '../link/mention.js';
import type { Column } from './csv-table.js';
import { DOCUMENT_ID_DESCRIPTION } from './documents-table.js';

export interface InterventionRow {
  mention: InterventionMention;
  linkId: string;
}

/** interventions.csv: one row per intervention per document (slutrapporter, and annual reports' appendix blocks or insats table rows), in input order. */
export const INTERVENTION_COLUMNS: readonly Column<InterventionRow>[] = [
  { name: 'link_id', type: 'text', description: 'The intervention across documents (interventions_linked.csv)', value: ({ linkId }) => linkId },
  { name: 'document_id', type: 'integer', description: DOCUMENT_ID_DESCRIPTION, value: ({ mention }) => mention.documentIndex + 1 },
  { name: 'document_path', type: 'text', description: 'The document', value: ({ mention }) => mention.document.path },
  { name: 'document_sha256', type: 'text', description: "The document's SHA-256", value: ({ mention }) => mention.document.sha256 },
  { name: 'document_kind', type: 'text', description: 'slutrapport or arsredovisning', value: ({ mention }) => mention.kind },
  {
    name: 'organisation',
    type: 'text',
    description: 'The förbund whose annual report it is, or (slutrapport) that funded the insats, as the text names it; empty when it names none',
    value: ({ mention }) => mention.organisation,
  },
  {
    name: 'year',
    type: 'integer',
    description: "The annual report's räkenskapsår; for a slutrapport the year its planned period ends",
    value: ({ mention }) => mention.year,
  },
  {
    name: 'name',
    type: 'text',
    description: 'Insatsens namn / Insatsnamn, as written; on no template, as the cover or title names it',
    value: ({ mention }) => mention.name,
  },
  { name: 'orientation', type: 'text', description: 'Inriktning, as written', value: ({ mention }) => mention.orientation },
  {
    name: 'period_start',
    type: 'date',
    description: 'Start of the planned period (slutrapport) or Period (annual report)',
    value: ({ mention }) => mention.period?.start ?? null,
  },
  {
    name: 'period_end',
    type: 'date',
    description: 'End of the planned period (slutrapport) or Period (annual report)',
    value: ({ mention }) => mention.period?.end ?? null,
  },
  { name: 'period_text', type: 'text', description: 'The period as written', value: ({ mention }) => mention.period?.text ?? null },
  {
    name: 'budget_sek',
    type: 'integer',
    description: "Slutrapport: the Summa budget of 7.2; annual report: the year's budget; whole kronor",
    value: ({ mention }) => mention.budget?.sek ?? null,
  },
  { name: 'budget_unit', type: 'text', description: 'The unit the budget was written in (kr, tkr, mkr)', value: ({ mention }) => mention.budget?.unit ?? null },
  {
    name: 'outcome_sek',
    type: 'integer',
    description: "Slutrapport: the Summa utfall of 7.2; annual report: the year's utfall; whole kronor",
    value: ({ mention }) => mention.outcome?.sek ?? null,
  },
  {
    name: 'outcome_unit',
    type: 'text',
    description: 'The unit the utfall was written in (kr, tkr, mkr)',
    value: ({ mention }) => mention.outcome?.unit ?? null,
  },
  {
    name: 'deviation_sek',
    type: 'integer',
    description:
      "Slutrapport: the Summa row's avvikelse; annual report: the insats table row's; whole kronor with the sign as written; empty where the table has no such column",
    value: ({ mention }) => mention.deviation?.sek ?? null,
  },
  { name: 'deviation_text', type: 'text', description: 'The avvikelse as written', value: ({ mention }) => mention.deviation?.text ?? null },
  {
    name: 'spent_percent',
    type: 'number',
    description: 'The utfall as a share of the budget in per cent, as a "Förbrukat %" column writes it on the same row; empty where the table has none',
    value: ({ mention }) => mention.spentShare?.percent ?? null,
  },
  {
    name: 'granted_sek',
    type: 'integer',
    description: 'Totalt beviljade medel (slutrapport), whole kronor',
    value: ({ mention }) => mention.granted?.sek ?? null,
  },
  { name: 'granted_unit', type: 'text', description: 'The unit the granted amount was written in', value: ({ mention }) => mention.granted?.unit ?? null },
  { name: 'lead', type: 'text', description: 'Slutrapport: the responsible organisation; annual report: Huvudman', value: ({ mention }) => mention.lead },
  {
    name: 'participants_scope',
    type: 'text',
    description: 'Which count the participants columns are: total or year',
    value: ({ mention }) => mention.participants?.scope ?? null,
  },
  { name: 'participants_total', type: 'integer', description: 'Deltagare, total', value: ({ mention }) => mention.participants?.total ?? null },
  { name: 'participants_women', type: 'integer', description: 'Deltagare, women', value: ({ mention }) => mention.participants?.women ?? null },
  { name: 'participants_men', type: 'integer', description: 'Deltagare, men', value: ({ mention }) => mention.participants?.men ?? null },
  {
    name: 'participants_other',
    type: 'integer',
    description: 'Deltagare, anonymous, other or unknown gender',
    value: ({ mention }) => mention.participants?.other ?? null,
  },
  {
    name: 'participants_approximate',
    type: 'boolean',
    description: 'True when the text qualifies the participants total ("drygt 320", "ca 883"): the total is the number written',
    value: ({ mention }) => (mention.participants ? mention.participants.approximate === true : null),
  },
];
