import { z } from 'zod';
import { Count, Evidence, FieldEvidence, ISO_DATE, Money, Period, StatedShare } from './common.js';

export const Applicant = z.object({
  organisation: z.string().nullable(),
  contactPerson: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});

export const Responsible = z.object({
  organisation: z.string().nullable(),
  workplace: z.string().nullable(),
  contactPerson: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  postalCode: z.string().nullable(),
  postalAddress: z.string().nullable(),
});

export const Section = z.object({
  number: z.string(),
  title: z.string(),
  /** "" when the person left it blank. */
  text: z.string(),
  evidence: Evidence,
});
export type Section = z.infer<typeof Section>;

export const GoalAndOutcome = z.object({ goal: z.string(), outcome: z.string() });

/**
 * One year's budget and utfall of a cost table that gives a column per year ("Budget 2021 | Utfall
 * 2021 | Budget 2022 | …"), as written; null where the table has no such column or the cell is blank.
 */
export const BudgetYear = z.object({
  year: z.number().int(),
  budget: Money.nullable(),
  outcome: Money.nullable(),
  /** A year's cell whose text is no amount, as `unreadFigures` below. */
  unreadFigures: z.object({ budget: z.string(), outcome: z.string() }).partial().optional(),
});
export type BudgetYear = z.infer<typeof BudgetYear>;

/**
 * The columns beside budget and utfall that the rules check, the whole period's: the difference
 * ("Avvikelse", "Differens", "Kvar", "Budget minus utfall") as written, and the utfall as a share of
 * the budget ("Förbrukat %", "Utfall i %"). Null where the cell is blank or holds no amount or
 * percentage; absent when the table has no such column.
 */
const BesideColumns = {
  deviation: Money.nullable().optional(),
  spentShare: StatedShare.nullable().optional(),
};

export const BudgetRow = z.object({
  category: z.string(),
  note: z.string().nullable(),
  budget: Money.nullable(),
  outcome: Money.nullable(),
  /**
   * A budget or utfall cell whose text is no amount ("ca 950 000", "se bilaga"), as written: its
   * amount is null, and the column's Summa is not checked. Absent when every cell was read or blank.
   */
  unreadFigures: z.object({ budget: z.string(), outcome: z.string() }).partial().optional(),
  /** The row's figures per year, in the table's order; absent when the table has no column per year. */
  years: z.array(BudgetYear).optional(),
  ...BesideColumns,
  evidence: Evidence.optional(),
});
export type BudgetRow = z.infer<typeof BudgetRow>;

/**
 * A Summa row inside the cost table that closes a group of its rows ("Summa personal", "Delsumma
 * övrigt"), or a table's Summa with another table under it (a table per year): its label and
 * figures as written, and the rows it closes, rows[firstRow] up to rows[firstRow + rowCount].
 */
export const BudgetSubtotal = z.object({
  label: z.string(),
  budget: Money.nullable(),
  outcome: Money.nullable(),
  firstRow: z.number().int().nonnegative(),
  rowCount: z.number().int().nonnegative(),
  evidence: Evidence.optional(),
});
export type BudgetSubtotal = z.infer<typeof BudgetSubtotal>;

export const Budget = z.object({
  rows: z.array(BudgetRow),
  /** The Summa row as written: the cost table's last. */
  total: z.object({
    budget: Money.nullable(),
    outcome: Money.nullable(),
    years: z.array(BudgetYear).optional(),
    ...BesideColumns,
    /**
     * The first of the rows in the Summa's own table, where a table above it in the section closed
     * with a Summa of its own (a table per year) and this Summa closes rows of its own; absent when
     * its table starts at the first row, or it is a total right under another (of both years).
     */
    firstRow: z.number().int().positive().optional(),
    evidence: Evidence.optional(),
  }),
  /** The subtotals, in the table's order; absent when the table has none. */
  subtotals: z.array(BudgetSubtotal).optional(),
  /**
   * The avvikelse column's heading as written ("Avvikelse", "Kvar att använda"): what is left may be
   * written 0 where the utfall ran over. Absent when the table has no such column.
   */
  deviationHeading: z.string().optional(),
});

/**
 * A row of a cost table split by who pays for it: its part per funder, in the order of the table's
 * `funders` (null where the cell is blank), and its total where the table has a column of it. A
 * cell whose text is no amount ("se bilaga") is null too, and kept as written under its column's
 * heading in `unreadFigures`; the sums it is in are not checked.
 */
export const FundingRow = z.object({
  label: z.string(),
  parts: z.array(Money.nullable()),
  total: Money.nullable(),
  unreadFigures: z.array(z.object({ column: z.string(), text: z.string() })).optional(),
  evidence: Evidence.optional(),
});
export type FundingRow = z.infer<typeof FundingRow>;

/**
 * A cost table split by who pays for it ("Kostnadsslag | Samordningsförbundet | Medfinansiering |
 * Totalt"): the funders' and the total's column headings and the rows as written, the Summa row
 * apart; a subtotal or a "varav" row inside it is in none of them.
 */
export const FundingTable = z.object({
  /** The line over the table ("Kostnader per finansiär"); null when none stands right over it. */
  heading: z.string().nullable(),
  funders: z.array(z.string()).min(2),
  /** The total's column heading ("Totalt", "Summa (kr)"); null when the table has no such column. */
  totalColumn: z.string().nullable(),
  rows: z.array(FundingRow),
  /** The table's last row when it is a total ("Summa", "Totalt"); null otherwise. */
  summa: FundingRow.nullable(),
  evidence: Evidence.optional(),
});
export type FundingTable = z.infer<typeof FundingTable>;

export const YesNo = z.enum(['ja', 'nej']);
export const ChecklistItem = z.object({
  item: z.string(),
  answer: YesNo.nullable(),
  evidence: Evidence.optional(),
});

export const SignatureRole = z.enum(['insatsägare', 'samverkanspart']);
export const Signature = z.object({
  role: SignatureRole,
  place: z.string().nullable(),
  date: z.string().nullable(),
  organisation: z.string().nullable(),
  name: z.string().nullable(),
  evidence: Evidence.optional(),
});

export const SlutrapportRecord = z.object({
  /**
   * The template profile the report was read with (Gävleborg's built in, or one from the
   * configuration); null when it matched none and was read generically. Only a template's
   * sections are required to be filled in (empty-required-section).
   */
  template: z.object({ id: z.string(), name: z.string() }).nullable().default(null),
  /** The samordningsförbund that funded the insats and reports on it, as the text writes it; null when it does not say. */
  organisation: z.string().nullable(),
  registrationNumber: z.string().nullable(),
  /** ISO date, or null when blank or not a real date (then evidence keeps the text). */
  receivedDate: ISO_DATE.nullable(),
  intervention: z.object({
    name: z.string().nullable(),
    plannedPeriod: Period.nullable(),
    intakeEndDate: ISO_DATE.nullable(),
    granted: Money.nullable(),
  }),
  applicants: z.array(Applicant),
  responsible: Responsible,
  sections: z.array(Section),
  goalsAndOutcomes: z.array(GoalAndOutcome),
  participants: Count.nullable(),
  /** Every other count with a gender breakdown the report states (any section, any year), for gender-sum-mismatch. */
  statedCounts: z.array(Count).default([]),
  budget: Budget,
  /** The cost tables split by funder, wherever they stand, in the document's order; absent when it has none. */
  fundingTables: z.array(FundingTable).optional(),
  checklist: z.array(ChecklistItem),
  signatures: z.array(Signature),
  /** Evidence for the scalar fields above, keyed by JSON path ("receivedDate", "intervention.name"). */
  evidence: FieldEvidence,
  /** Set by --redact: the personal fields that were nulled. */
  redacted: z.boolean().optional(),
});
export type SlutrapportRecord = z.infer<typeof SlutrapportRecord>;
