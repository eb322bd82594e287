import { z } from 'zod';
import { Count, Evidence, FieldEvidence, Money, Period, StatedShare } from './common.js';

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
  /**
   * "table" where the intervention is a row of a table of the insatser's money rather than an
   * appendix block (absent then): such a table need not list every insats the report funded.
   */
  source: z.literal('table').optional(),
  /**
   * A table row's budget or utfall cell whose text is no amount ("se not 3", "ca 300 000"), as
   * written: its figure is null, and a Summa over the column is not checked. Absent otherwise.
   */
  unreadFigures: z.object({ budget: z.string(), outcome: z.string() }).partial().optional(),
  /**
   * A table row's avvikelse, where the table has the column beside its budget and utfall ("Insats |
   * Budget | Utfall | Avvikelse"); null where the row's cell holds none. Absent otherwise.
   */
  deviation: Money.nullable().optional(),
  /**
   * A table row's utfall as a share of its budget, where the table has the column ("Förbrukat %",
   * "Utfall i %"); null where the row's cell holds none. Absent otherwise.
   */
  spentShare: StatedShare.nullable().optional(),
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
  /**
   * Which of the interventions' figures the total sums, where its table's column says ("Summa" under
   * "Budget"); absent for a total in prose, which is about the budgets when its label names them.
   */
  column: z.enum(['budget', 'outcome']).optional(),
  /**
   * The avvikelse and the share of the budget spent ("Förbrukat %") the same Summa row of a table of
   * insatser states, where the table has the column; on the row's first total only (its budget's, or
   * its utfall's where the budget is blank).
   */
  deviation: Money.optional(),
  spentShare: StatedShare.optional(),
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

/** Which financial statement a table is (docs/glossary.md). */
export const StatementKind = z.enum(['income', 'balance', 'cashFlow', 'operating']);
export type StatementKind = z.infer<typeof StatementKind>;

/**
 * One row of a resultaträkning, balansräkning or kassaflödesanalys as written: the label, the note
 * it refers to ("Not 3" → "3"), this year's and last year's amounts. A row with no amount at all is
 * a heading inside the statement ("TILLGÅNGAR"): both amounts null. In a row with amounts, a blank
 * or "–" cell is 0; parentheses and minus signs are negatives.
 */
export const StatementRow = z.object({
  label: z.string(),
  note: z.string().nullable(),
  current: Money.nullable(),
  previous: Money.nullable(),
  /**
   * A figure cell whose text is no amount ("ca 1 700", "se not 4"), as written, by column: its amount
   * is null, and no sum over that column is checked. Absent when every cell was read, blank or a dash.
   */
  unreadFigures: z.object({ current: z.string(), previous: z.string() }).partial().optional(),
  evidence: Evidence,
});
export type StatementRow = z.infer<typeof StatementRow>;

/** A financial statement's table (or tables, across page breaks) with the unit its amounts are in. */
export const FinancialStatement = z.object({
  /** The heading as written ("Resultaträkning", "Balansräkning"). */
  title: z.string(),
  /** The column headings of this year and last year as written ("2021", "2021-12-31"); null when none. */
  currentColumn: z.string().nullable(),
  previousColumn: z.string().nullable(),
  /** The unit as written ("Belopp i tkr", "belopp i tusental kronor"); null when the document does not say (then kr). */
  unitText: z.string().nullable(),
  rows: z.array(StatementRow),
  evidence: Evidence,
});
export type FinancialStatement = z.infer<typeof FinancialStatement>;

/** One activity of the driftredovisning: budget, utfall and avvikelse as written (null when the column is absent). */
export const OperatingRow = z.object({
  label: z.string(),
  budget: Money.nullable(),
  outcome: Money.nullable(),
  deviation: Money.nullable(),
  /** As a statement row's: cells whose text is no amount, as written, by column. */
  unreadFigures: z.object({ budget: z.string(), outcome: z.string(), deviation: z.string() }).partial().optional(),
  /** The utfall as a share of the budget, where the statement has the column ("Förbrukat %"); null where the cell holds none. */
  spentShare: StatedShare.nullable().optional(),
  evidence: Evidence,
});
export type OperatingRow = z.infer<typeof OperatingRow>;

export const OperatingStatement = z.object({
  title: z.string(),
  unitText: z.string().nullable(),
  rows: z.array(OperatingRow),
  evidence: Evidence,
});
export type OperatingStatement = z.infer<typeof OperatingStatement>;

/** The statements every annual report carries by law; null where the report has none (or it could not be read). */
export const Statements = z.object({
  income: FinancialStatement.nullable(),
  balance: FinancialStatement.nullable(),
  cashFlow: FinancialStatement.nullable(),
  operating: OperatingStatement.nullable(),
});
export type Statements = z.infer<typeof Statements>;

/**
 * Who pays for the förbund under lag (2003:1210) 5 §: the state through Försäkringskassan, the
 * region(s), the kommuner; a kommun outside any region (3 §, Gotland) pays the regional share too.
 */
export const ContributorKind = z.enum(['state', 'region', 'kommun', 'kommun-outside-region']);
export type ContributorKind = z.infer<typeof ContributorKind>;

/** A member's (or members') contribution for the year as stated: the party as written and what kind it is. */
export const Contribution = z.object({
  party: z.string(),
  kind: ContributorKind,
  amount: Money,
  evidence: Evidence,
});
export type Contribution = z.infer<typeof Contribution>;

/** What the förvaltningsberättelse states about a statement's figure ("Utgående eget kapital är 5 232 tkr"). */
export const NarrativeFigureKind = z.enum(['result', 'equity', 'costs']);
export type NarrativeFigureKind = z.infer<typeof NarrativeFigureKind>;

export const NarrativeFigure = z.object({
  figure: NarrativeFigureKind,
  /** Signed: an underskott is negative. */
  amount: Money,
  evidence: Evidence,
});
export type NarrativeFigure = z.infer<typeof NarrativeFigure>;

export const NO_STATEMENTS: Statements = { income: null, balance: null, cashFlow: null, operating: null };

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
  /** The resultaträkning, balansräkning, kassaflödesanalys and driftredovisning, row by row. */
  statements: Statements.default(NO_STATEMENTS),
  /** The members' contributions per party as stated (a note or table); [] when not stated per party. */
  contributions: z.array(Contribution).default([]),
  /** The narrative's figures about the statements (årets resultat, eget kapital, the year's costs). */
  narrativeFigures: z.array(NarrativeFigure).default([]),
  evidence: FieldEvidence,
  redacted: z.boolean().optional(),
});
export type ArsredovisningRecord = z.infer<typeof ArsredovisningRecord>;
