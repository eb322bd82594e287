import { z } from 'zod';
import { Count, Evidence, FieldEvidence, Money, Period } from './common.js';

export const Goal = z.object({
  number: z.number().int(),
  title: z.string(),
  /** As written: "Uppfylld", "Delvis uppfylld", "Uppfylld till övervägande del", "Ej uppfylld". */
  assessment: z.string().nullable(),
  evidence: Evidence.optional(),
});
export type Goal = z.infer<typeof Goal>;

export const InterventionCategory = z.enum(['individ', 'struktur']);

export const InterventionListEntry = z.object({
  name: z.string(),
  category: InterventionCategory,
  period: Period.nullable(),
  evidence: Evidence,
});
export type InterventionListEntry = z.infer<typeof InterventionListEntry>;

export const ParticipantScope = z.enum(['total', 'year', 'completed']);
export const ScopedCount = Count.extend({ scope: ParticipantScope });
export type ScopedCount = z.infer<typeof ScopedCount>;

export const Intervention = z.object({
  name: z.string(),
  orientation: z.string().nullable(),
  period: Period.nullable(),
  purpose: z.string().nullable(),
  goals: z.string().nullable(),
  results: z.string().nullable(),
  comment: z.string().nullable(),
  participantRegistration: z.string().nullable(),
  targetGroup: z.string().nullable(),
  budget: Money.nullable(),
  outcome: Money.nullable(),
  lead: z.string().nullable(),
  partners: z.array(z.string()),
  participants: z.array(ScopedCount),
  evidence: Evidence,
});
export type Intervention = z.infer<typeof Intervention>;

export const StatedTotal = z.object({
  label: z.string(),
  amount: Money,
  /**
   * The interventions the total is about, when the text says: appendix names, or a family name
   * that stands for several ("Ett hållbart arbetsliv"). Absent when the text does not say; the
   * aggregate rule then tries the plausible readings (all, all but those reported separately).
   */
  covers: z.array(z.string()).optional(),
  evidence: Evidence,
});
export type StatedTotal = z.infer<typeof StatedTotal>;

/** A count stated in prose or a goal table (not tied to one intervention); input to gender-sum-mismatch. */
export const StatedCount = Count.extend({
  label: z.string(),
  /**
   * The interventions the count is about when the sentence names them ("Insatserna Ett hållbart
   * arbetsliv har nått ut till 34 personer" → the three "Ett hållbart arbetsliv - …" blocks, or the
   * family name itself); input to aggregate-mismatch.
   */
  covers: z.array(z.string()).optional(),
  /** Which of the interventions' counts it sums: the year's ("under året"), the total, or those completed. */
  scope: ParticipantScope.optional(),
});
export type StatedCount = z.infer<typeof StatedCount>;

/** A percentage stated together with the figures it is computed from; input to percentage-mismatch. */
export const StatedPercentage = z.object({
  percent: z.number(),
  numerator: Money,
  denominator: Money,
  evidence: Evidence,
});
export type StatedPercentage = z.infer<typeof StatedPercentage>;

/** "222000-1750": a samordningsförbund's organisationsnummer (they all start 222000). */
export const OrganisationNumber = z.string().regex(/^\d{6}-\d{4}$/);

export const ArsredovisningRecord = z.object({
  /** The reporting förbund, as the text writes it. */
  organisation: z.string().nullable(),
  /** The förbund's own organisationsnummer; never a stamp's or another body's footer. */
  organisationNumber: OrganisationNumber.nullable(),
  /** The räkenskapsår. */
  year: z.number().int().nullable(),
  members: z.array(z.string()),
  memberContributions: Money.nullable(),
  participantsReached: Count.nullable(),
  goals: z.array(Goal),
  interventionList: z.array(InterventionListEntry),
  interventions: z.array(Intervention),
  statedTotals: z.array(StatedTotal),
  /** Every other count stated in the text (prose, goal tables), for gender-sum-mismatch. */
  statedCounts: z.array(StatedCount).default([]),
  /** Percentages stated next to the amounts they are computed from, for percentage-mismatch. */
  statedPercentages: z.array(StatedPercentage).default([]),
  evidence: FieldEvidence,
  redacted: z.boolean().optional(),
});
export type ArsredovisningRecord = z.infer<typeof ArsredovisningRecord>;
