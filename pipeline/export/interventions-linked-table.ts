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
  { name: 'link_id', type: 'text', value: ({ linked }) => linked.linkId },
  { name: 'name', type: 'text', value: (row) => representative(row)?.name ?? null },
  { name: 'names', type: 'text', value: ({ linked }) => list(distinct(linked.mentions.map((mention) => mention.name))) },
  { name: 'organisation', type: 'text', value: (row) => distinct(annual(row).map((mention) => mention.organisation))[0] ?? null },
  { name: 'documents', type: 'integer', value: ({ linked }) => linked.mentions.length },
  { name: 'slutrapporter', type: 'integer', value: (row) => slutrapporter(row).length },
  { name: 'arsredovisningar', type: 'integer', value: (row) => annual(row).length },
  { name: 'years', type: 'text', value: (row) => list(years(row)) },
  { name: 'first_year', type: 'integer', value: (row) => years(row)[0] ?? null },
  { name: 'last_year', type: 'integer', value: (row) => years(row).at(-1) ?? null },
  { name: 'period_start', type: 'date', value: (row) => representative(row)?.period?.start ?? null },
  { name: 'period_end', type: 'date', value: (row) => representative(row)?.period?.end ?? null },
  { name: 'granted_sek', type: 'integer', value: (row) => slutrapporter(row).find((mention) => mention.granted)?.granted?.sek ?? null },
  { name: 'outcome_sum_sek', type: 'integer', value: outcomeSum },
  { name: 'findings', type: 'integer', value: ({ findings }) => findings },
  { name: 'document_paths', type: 'text', value: ({ linked }) => list(linked.mentions.map((mention) => mention.document.path)) },
  { name: 'document_sha256s', type: 'text', value: ({ linked }) => list(linked.mentions.map((mention) => mention.document.sha256)) },
];
