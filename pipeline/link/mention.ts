import type { ScopedCount } from '../../schemas/arsredovisning.js';
import type { Evidence, Money, Period, StatedShare } from '../../schemas/common.js';
import type { DocumentResult } from '../../schemas/result.js';
import type { DocumentRef } from '../../schemas/run-finding.js';

export type MentionKind = 'slutrapport' | 'arsredovisning';

/**
 * One intervention as one document describes it: a row of interventions.csv and the unit of
 * cross-document linking. Compact on purpose — a run keeps one per intervention per document,
 * never the records themselves.
 */
export interface InterventionMention {
  /** The document's place in the run's input order. */
  documentIndex: number;
  /** The intervention's place in its document (0 for a slutrapport, the appendix block's index in an årsredovisning). */
  position: number;
  document: DocumentRef;
  kind: MentionKind;
  /** The samordningsförbund whose annual report it is, or that funded the slutrapport's insats, as the text names it. */
  organisation: string | null;
  /** The årsredovisning's räkenskapsår; for a slutrapport the year its planned period ends. */
  year: number | null;
  name: string | null;
  /** Where the name stands, so a finding can point at the intervention when a value carries no evidence. */
  nameEvidence: Evidence | null;
  orientation: string | null;
  /** A slutrapport's planned period; an årsredovisning block's Period. */
  period: Period | null;
  /** A slutrapport's Summa budget; an årsredovisning block's budget for the year. */
  budget: Money | null;
  /** A slutrapport's Summa utfall; an årsredovisning block's utfall for the year. */
  outcome: Money | null;
  /** Totalt beviljade medel (slutrapport only). */
  granted: Money | null;
  /** The avvikelse beside budget and utfall: a slutrapport's Summa row's, an insats table row's. */
  deviation: Money | null;
  /** The utfall's share of the budget as a "Förbrukat %" column states it, from the same row. */
  spentShare: StatedShare | null;
  lead: string | null;
  /** A slutrapport's count (the whole insatstid); for an årsredovisning the year's count, else the total. */
  participants: ScopedCount | null;
}

/** The interventions a result describes, in document order; none for failed and unknown documents. */
export function mentionsOf(result: DocumentResult, documentIndex: number): InterventionMention[] {
  const document = { path: result.source.path, sha256: result.source.sha256 };
  if (result.status !== 'ok') return [];
  if (result.kind === 'slutrapport') {
    const { record } = result;
    const { intervention } = record;
    const end = intervention.plannedPeriod?.end ?? null;
    return [
      {
        documentIndex,
        position: 0,
        document,
        kind: 'slutrapport',
        organisation: record.organisation,
        year: end === null ? null : Number(end.slice(0, 4)),
        name: intervention.name,
        nameEvidence: record.evidence['intervention.name'] ?? null,
        orientation: null,
        period: intervention.plannedPeriod,
        budget: record.budget.total.budget,
        outcome: record.budget.total.outcome,
        granted: intervention.granted,
        deviation: record.budget.total.deviation ?? null,
        spentShare: record.budget.total.spentShare ?? null,
        lead: record.responsible.organisation,
        participants: record.participants ? { ...record.participants, scope: 'total' } : null,
      },
    ];
  }
  if (result.kind === 'arsredovisning') {
    const { record } = result;
    return record.interventions.map((intervention, position) => ({
      documentIndex,
      position,
      document,
      kind: 'arsredovisning',
      organisation: record.organisation,
      year: record.year,
      name: intervention.name,
      nameEvidence: intervention.evidence,
      orientation: intervention.orientation,
      period: intervention.period,
      budget: intervention.budget,
      outcome: intervention.outcome,
      granted: null,
      deviation: intervention.deviation ?? null,
      spentShare: intervention.spentShare ?? null,
      lead: intervention.lead,
      participants: yearOrTotal(intervention.participants),
    }));
  }
  return [];
}

/** An annual report is about its year: the year's count when it gives one, else the running total. */
function yearOrTotal(counts: ScopedCount[]): ScopedCount | null {
  return counts.find((count) => count.scope === 'year') ?? counts.find((count) => count.scope === 'total') ?? null;
}
