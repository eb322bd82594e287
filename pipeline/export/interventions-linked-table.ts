import type { LinkedIntervention } from '../link/link-interventions.js';
import type { InterventionMention } from '../link/mention.js';
import { yearlyOutcomes } from '../link/yearly-outcomes.js';
import type { Column } from './csv-table.js';
import { LIST_SEPARATOR } from './findings-table.js';

export interface LinkedRow {
  linked: LinkedIntervention;
  /** Its cross-document findings. */
  findings: number;
}

const slutrapporter = (row: LinkedRow): InterventionMention[] => row.linked.mentions.filter((mention) => mention.kind === 'slutrapport');
const annual = (row: LinkedRow): InterventionMention[] => row.linked.mentions.filter((mention) => mention.kind === 'arsredovisning');

/** The slutrapport speaks for the intervention when there is one; else the latest annual report (the first of that year). */
function representative(row: LinkedRow): InterventionMention | undefined {
  const [report] = slutrapporter(row);
  if (report) return report;
  return [...row.linked.mentions].sort((a, b) => (b.year ?? -Infinity) - (a.year ?? -Infinity) || a.documentIndex - b.documentIndex)[0];
}

function years(row: LinkedRow): number[] {
  return [...new Set(row.linked.mentions.flatMap((mention) => (mention.year === null ? [] : [mention.year])))].sort((a, b) => a - b);
}

/** The annual reports' utfall added up, each year once, as the cross-document rule counts them. */
function outcomeSum(row: LinkedRow): number | null {
  const yearly = yearlyOutcomes(row.linked.mentions);
  return yearly.length === 0 ? null : yearly.reduce((sum, mention) => sum + (mention.outcome?.sek ?? 0), 0);
}

const distinct = (values: (string | null)[]): string[] => [...new Set(values.filter((value): value is string => value !== null && value !== ''))];
const list = (values: (string | number)[]): string | null => (values.length === 0 ? null : values.join(LIST_SEPARATOR));

/** interventions_linked.csv: one row per intervention of the run, with every document that describes it. */
export const LINKED_COLUMNS: readonly Column<LinkedRow>[] = [
  { name: 'link_id', type: 'text', description: 'L00001, … in order of first appearance in the run', value: ({ linked }) => linked.linkId },
  { name: 'name', type: 'text', description: "The slutrapport's name, else the latest annual report's", value: (row) => representative(row)?.name ?? null },
  {
    name: 'names',
    type: 'text',
    description: 'Every spelling met, separated by " | "',
    value: ({ linked }) => list(distinct(linked.mentions.map((mention) => mention.name))),
  },
  {
    name: 'organisation',
    type: 'text',
    description: 'The förbund of its annual reports',
    value: (row) => distinct(annual(row).map((mention) => mention.organisation))[0] ?? null,
  },
  { name: 'documents', type: 'integer', description: 'How many documents describe it', value: ({ linked }) => linked.mentions.length },
  { name: 'slutrapporter', type: 'integer', description: 'How many of them are slutrapporter', value: (row) => slutrapporter(row).length },
  { name: 'arsredovisningar', type: 'integer', description: 'How many of them are annual reports', value: (row) => annual(row).length },
  { name: 'years', type: 'text', description: 'The years of those documents, separated by " | "', value: (row) => list(years(row)) },
  { name: 'first_year', type: 'integer', description: 'The first of those years', value: (row) => years(row)[0] ?? null },
  { name: 'last_year', type: 'integer', description: 'The last of those years', value: (row) => years(row).at(-1) ?? null },
  {
    name: 'period_start',
    type: 'date',
    description: "The slutrapport's planned period start, else the latest annual report's",
    value: (row) => representative(row)?.period?.start ?? null,
  },
  {
    name: 'period_end',
    type: 'date',
    description: "The slutrapport's planned period end, else the latest annual report's",
    value: (row) => representative(row)?.period?.end ?? null,
  },
  {
    name: 'granted_sek',
    type: 'integer',
    description: 'Totalt beviljade medel from its slutrapport, whole kronor',
    value: (row) => slutrapporter(row).find((mention) => mention.granted)?.granted?.sek ?? null,
  },
  { name: 'outcome_sum_sek', type: 'integer', description: "The annual reports' utfall added up, each year once, whole kronor", value: outcomeSum },
  { name: 'findings', type: 'integer', description: 'Its cross-document findings', value: ({ findings }) => findings },
  {
    name: 'document_paths',
    type: 'text',
    description: 'The documents, in input order, separated by " | "',
    value: ({ linked }) => list(linked.mentions.map((mention) => mention.document.path)),
  },
  {
    name: 'document_sha256s',
    type: 'text',
    description: 'The documents\' SHA-256, in input order, separated by " | "',
    value: ({ linked }) => list(linked.mentions.map((mention) => mention.document.sha256)),
  },
];
