import { z } from 'zod';
import { ContributorKind, NarrativeFigureKind, ParticipantScope, StatementKind } from './arsredovisning.js';
import { Count, ISO_DATE, Money, MoneyUnit, Period } from './common.js';

/*
 * What each rule's finding states, as data (contract "Finding data"): the figures, the subject
 * and the wording quoted from the document. A finding's message is built from its data by the
 * rule (`meta.messages`), never the other way round, so every language says the same thing.
 *
 * Conventions, for every rule:
 * - A comparison states `actual` (the figure the document gives where the check looks: the Summa,
 *   the stated total, the utfall, the stated percentage), `expected` (what the other figures make
 *   it), `difference` (actual − expected), `tolerance` (the largest difference rounding explains)
 *   and `unit` (what the four are in: whole kronor, persons or percent).
 * - Money as written keeps its unit and precision (Money without evidence); sums and differences
 *   are whole kronor. Counts and percentages are numbers.
 * - Keys named `text` hold the document's own wording; everything else is figures and subject.
 *   Two findings of one rule whose data agree but for `text` are about the same defect.
 */

/** An amount as the document writes it: whole kronor, the unit written (its precision), the text. */
export const WrittenMoney = Money.omit({ evidence: true }).strict();
export type WrittenMoney = z.infer<typeof WrittenMoney>;

/** A period as the document writes it; a side that is not a real date is null. */
export const WrittenPeriod = Period.omit({ evidence: true }).strict();
export type WrittenPeriod = z.infer<typeof WrittenPeriod>;

/** A period both of whose sides are real dates. */
const DatedPeriod = WrittenPeriod.extend({ start: ISO_DATE, end: ISO_DATE }).strict();

const Persons = z.number().int().nonnegative();

/** The comparison every arithmetic rule states, in whole kronor. */
const kronorComparison = {
  actual: z.number().int(),
  expected: z.number().int(),
  difference: z.number().int(),
  tolerance: z.number().nonnegative(),
  unit: z.literal('kr'),
};

/** What a sum's tolerance allows for: this many rounded figures, the coarsest of them written in `unit`. */
export const Rounding = z.strictObject({ figures: z.number().int().positive(), unit: MoneyUnit });
export type Rounding = z.infer<typeof Rounding>;

/** A side of a period: the start or the end date. */
export const PeriodSide = z.enum(['start', 'end']);
export type PeriodSide = z.infer<typeof PeriodSide>;

/** How far one date of a period lies from the same side elsewhere: days > 0 is later. */
export const SideDifference = z.strictObject({ side: PeriodSide, days: z.number().int() });
export type SideDifference = z.infer<typeof SideDifference>;

/** The 7.2 table's column a rule adds up. */
export const BudgetColumn = z.enum(['budget', 'outcome']);
export type BudgetColumn = z.infer<typeof BudgetColumn>;

/** A field of the slutrapport form, by its path in the record. */
export const FormField = z.enum(['intervention.plannedPeriod', 'receivedDate', 'intervention.intakeEndDate']);
export type FormField = z.infer<typeof FormField>;

/*
 * What a finding is about, when a rule looks at several kinds of thing: `subject` says which,
 * the fields beside it say which one.
 */
const onFormField = <F extends z.ZodType<FormField>>(field: F) => ({
  subject: z.literal('form-field'),
  field,
  /** The field's label as a report on no known template prints it ("Projektperiod"); a template's own wording otherwise. */
  label: z.string().optional(),
});
const onOverviewList = { subject: z.literal('overview-list'), intervention: z.string() };
const onAppendix = { subject: z.literal('appendix'), intervention: z.string() };
const onCostRow = { subject: z.literal('cost-row'), category: z.string() };
const onBudgetTotal = { subject: z.literal('budget-total') };

/**
 * Why a date could not be read: the date as written (`text`) and what is wrong with it.
 * Readers of dates (extractors/parse/date.ts) give it; invalid-date states it.
 */
export const DateProblem = z.discriminatedUnion('problem', [
  /** "2019-101-01": there is no month 101. */
  z.strictObject({ problem: z.literal('no-such-month'), text: z.string(), month: z.string() }),
  /** "2021-02-30": February 2021 has 28 days. */
  z.strictObject({
    problem: z.literal('no-such-day'),
    text: z.string(),
    year: z.number().int(),
    month: z.number().int().min(1).max(12),
    days: z.number().int(),
  }),
  /** "2022-6-30": an ISO month must have two digits. */
  z.strictObject({ problem: z.literal('short-month'), text: z.string(), month: z.string() }),
  /** "2022-06-3": an ISO day must have two digits (it may be a cut-off "30"). */
  z.strictObject({ problem: z.literal('short-day'), text: z.string(), day: z.string() }),
  /** "2021-12" after a period's dash: a date without its day. */
  z.strictObject({ problem: z.literal('incomplete'), text: z.string() }),
  /** "2022-0124" where a date belongs. */
  z.strictObject({ problem: z.literal('not-a-date'), text: z.string() }),
  /** A period field holding no date at all. */
  z.strictObject({ problem: z.literal('not-a-period'), text: z.string() }),
]);
export type DateProblem = z.infer<typeof DateProblem>;

/**
 * outcome-total-mismatch, budget-total-mismatch: the Summa row (actual) against its column's rows
 * (expected) — the whole period's column, or with `year` one year's; or with `row` and `years` a
 * cost row's whole-period figure (actual) against its figures for the years of the period (expected);
 * or with `subtotal` a subtotal against the rows it closes.
 */
export const ColumnTotalData = z.strictObject({
  /** The Summa row's figure as written, or the row's whole-period figure. */
  summa: WrittenMoney,
  ...kronorComparison,
  rounding: Rounding,
  year: z.number().int().optional(),
  row: z.string().optional(),
  years: z.array(z.number().int()).optional(),
  /** A subtotal's label as written ("Summa personal"): the subtotal (actual) against the rows it closes (expected). */
  subtotal: z.string().optional(),
});
export type ColumnTotalData = z.infer<typeof ColumnTotalData>;

/** budget-exceeds-granted: the column's total (actual) against the granted amount (expected). */
export const BudgetExceedsGrantedData = z.strictObject({
  column: BudgetColumn,
  /** The total as the report claims it: the Summa row, or the rows' sum when the Summa is blank. */
  total: WrittenMoney,
  totalFrom: z.enum(['summa', 'rows']),
  granted: WrittenMoney,
  ...kronorComparison,
});
export type BudgetExceedsGrantedData = z.infer<typeof BudgetExceedsGrantedData>;

/**
 * outcome-zero-with-budget. A slutrapport's Summa utfall (null: neither it nor any cost row is
 * filled in) against its budget and granted amount — each given when above 0, else null; or an
 * annual report's intervention whose written utfall is 0.
 */
export const OutcomeZeroWithBudgetData = z.discriminatedUnion('subject', [
  z.strictObject({ ...onBudgetTotal, outcome: WrittenMoney.nullable(), budget: WrittenMoney.nullable(), granted: WrittenMoney.nullable() }),
  z.strictObject({ ...onAppendix, outcome: WrittenMoney, budget: WrittenMoney }),
]);
export type OutcomeZeroWithBudgetData = z.infer<typeof OutcomeZeroWithBudgetData>;

/** outcome-exceeds-budget: utfall (actual) against budget (expected), allowed `allowedPercent` % over. */
const outcomeOverBudget = {
  outcome: WrittenMoney,
  budget: WrittenMoney,
  ...kronorComparison,
  /** The overrun as a percentage of the budget; null when the budget is 0. */
  overrunPercent: z.number().nullable(),
  allowedPercent: z.number(),
};
export const OutcomeExceedsBudgetData = z.discriminatedUnion('subject', [
  z.strictObject({ ...onCostRow, ...outcomeOverBudget }),
  z.strictObject({ ...onBudgetTotal, ...outcomeOverBudget }),
  z.strictObject({ ...onAppendix, ...outcomeOverBudget }),
]);
export type OutcomeExceedsBudgetData = z.infer<typeof OutcomeExceedsBudgetData>;

/**
 * gender-sum-mismatch: a count's stated total (actual) against its parts' sum (expected). The
 * parts need not add up when women or men is missing, but never exceed the total.
 */
export const GenderSumMismatchData = z.strictObject({
  /** The intervention whose count it is; null for a count of the whole report. */
  intervention: z.string().nullable(),
  // An approximate total keeps a split only when it adds up, so it is never a mismatch's count.
  count: Count.omit({ evidence: true, year: true, approximate: true }).extend({ total: Persons }).strict(),
  /**
   * The year the count is about: the one its sentence names ("2019 nådde …" in a 2020 report), else
   * the annual report's own year; null when neither is known (a slutrapport's count naming none).
   */
  year: z.number().int().nullable(),
  actual: Persons,
  expected: Persons,
  difference: z.number().int(),
  tolerance: z.literal(0),
  unit: z.literal('persons'),
});
export type GenderSumMismatchData = z.infer<typeof GenderSumMismatchData>;

/** Which interventions a stated total was read to cover (pipeline: coverings). */
export const CoveringReading = z.discriminatedUnion('reading', [
  /** The interventions the text names (appendix names or family names). */
  z.strictObject({ reading: z.literal('named'), covers: z.array(z.string()).min(1) }),
  z.strictObject({ reading: z.literal('all') }),
  z.strictObject({
    reading: z.literal('all-except'),
    excluded: z.array(z.string()).min(1),
    why: z.enum(['reported-separately', 'stated-separately', 'reported-or-stated-separately', 'included-in-another-total']),
  }),
]);
export type CoveringReading = z.infer<typeof CoveringReading>;

/**
 * aggregate-mismatch. An amount stated in the prose (actual) against the sum of the budgets or
 * utfall of the interventions it covers (expected), in the closest of the plausible readings of
 * what it covers; or a count that names its interventions against their counts, part by part.
 */
export const AggregateMismatchData = z.discriminatedUnion('figure', [
  z.strictObject({
    figure: z.literal('amount'),
    /** The stated total: its label (as written) and amount. */
    statement: z.strictObject({ text: z.string(), amount: WrittenMoney }),
    column: BudgetColumn,
    covering: CoveringReading,
    /** The interventions summed, by name. */
    interventions: z.array(z.string()),
    /** How many plausible readings of what the total covers were tried; none reconciles. */
    readings: z.number().int().positive(),
    ...kronorComparison,
    rounding: Rounding,
  }),
  z.strictObject({
    figure: z.literal('count'),
    /** The stated count as written and the interventions it names. */
    statement: z.strictObject({ text: z.string(), covers: z.array(z.string()).min(1) }),
    scope: ParticipantScope,
    interventions: z.array(z.string()).min(1),
    /** Each part whose stated figure (actual) is not the sum of the interventions' (expected). */
    parts: z
      .array(
        z.strictObject({
          part: z.enum(['total', 'women', 'men']),
          values: z.array(Persons),
          actual: Persons,
          expected: Persons,
          difference: z.number().int(),
        }),
      )
      .min(1),
    tolerance: z.literal(0),
    unit: z.literal('persons'),
  }),
]);
export type AggregateMismatchData = z.infer<typeof AggregateMismatchData>;

/**
 * percentage-mismatch: the stated percentage (actual) against numerator / denominator
 * (expected). `tolerance` is half a unit of the stated percentage's last digit; `range` is what
 * the ratio may be once the figures' own rounding is counted.
 */
export const PercentageMismatchData = z.strictObject({
  /** A final report's cost row whose "Förbrukat %" it is (its category, or "Summa"); absent for a percentage in an annual report's text. */
  costRow: z.string().optional(),
  /** An annual report's insats, in its table of insatser, whose "Förbrukat %" it is. */
  intervention: z.string().optional(),
  /** A driftredovisning's row whose "Förbrukat %" it is (its label). */
  operatingRow: z.string().optional(),
  numerator: WrittenMoney,
  denominator: WrittenMoney,
  actual: z.number(),
  expected: z.number(),
  difference: z.number(),
  tolerance: z.number().nonnegative(),
  unit: z.literal('percent'),
  range: z.strictObject({ low: z.number(), high: z.number() }),
});
export type PercentageMismatchData = z.infer<typeof PercentageMismatchData>;

/**
 * count-percentage-mismatch: a percentage stated beside both its counts (actual) against
 * part / whole × 100 (expected). `tolerance` is one unit of the percentage's last digit, so a share
 * rounded either way or cut off is not flagged; `text` is the document's wording.
 */
export const CountPercentageMismatchData = z.strictObject({
  part: Persons,
  whole: Persons.positive(),
  actual: z.number(),
  expected: z.number(),
  difference: z.number(),
  tolerance: z.number().positive(),
  unit: z.literal('percent'),
  text: z.string(),
});
export type CountPercentageMismatchData = z.infer<typeof CountPercentageMismatchData>;

/** The period a date is a side of, when it is one. */
const SideOfPeriod = z.strictObject({ text: z.string(), side: PeriodSide }).nullable();

/** invalid-date: a date that is not a real calendar date, where it stands and what is wrong with it. */
export const InvalidDateData = z.discriminatedUnion('subject', [
  z.strictObject({ ...onFormField(FormField), period: SideOfPeriod, date: DateProblem }),
  z.strictObject({ ...onOverviewList, period: SideOfPeriod, date: DateProblem }),
  z.strictObject({ ...onAppendix, period: SideOfPeriod, date: DateProblem }),
]);
export type InvalidDateData = z.infer<typeof InvalidDateData>;

/** period-reversed: a period that ends `days` days before it starts. */
const reversed = { period: DatedPeriod, days: z.number().int().positive() };
export const PeriodReversedData = z.discriminatedUnion('subject', [
  z.strictObject({ ...onFormField(z.literal('intervention.plannedPeriod')), ...reversed }),
  z.strictObject({ ...onOverviewList, ...reversed }),
  z.strictObject({ ...onAppendix, ...reversed }),
]);
export type PeriodReversedData = z.infer<typeof PeriodReversedData>;

/** period-mismatch: one intervention's period in the overview list and in the appendix. */
export const PeriodMismatchData = z.strictObject({
  overviewList: z.strictObject({ intervention: z.string(), period: WrittenPeriod }),
  appendix: z.strictObject({ intervention: z.string(), period: WrittenPeriod }),
  /** The sides that differ: days > 0 when the appendix's date is later. */
  differences: z.array(SideDifference).min(1),
});
export type PeriodMismatchData = z.infer<typeof PeriodMismatchData>;

/** late-report: received `daysAfterEnd` days after the planned end, after the deadline of one month. */
export const LateReportData = z.strictObject({
  received: ISO_DATE,
  /** The later of the planned period's two dates. */
  plannedEnd: ISO_DATE,
  deadline: ISO_DATE,
  daysAfterEnd: z.number().int().positive(),
});
export type LateReportData = z.infer<typeof LateReportData>;

/** empty-required-section: the section's number and its title (first sentence) as written. */
export const EmptyRequiredSectionData = z.strictObject({ section: z.string(), title: z.string() });
export type EmptyRequiredSectionData = z.infer<typeof EmptyRequiredSectionData>;

/** checklist-unanswered: the items answered with neither Ja nor Nej, of `items` in all. */
export const ChecklistUnansweredData = z.strictObject({
  unanswered: z.array(z.string()).min(1),
  items: z.number().int().positive(),
});
export type ChecklistUnansweredData = z.infer<typeof ChecklistUnansweredData>;

/** unread-figure: the table and row, the column (with `year`, that year's of a cost table), and the cell's text as written. */
export const UnreadFigureData = z.strictObject({
  table: z.enum(['budget', 'income', 'balance', 'cashFlow', 'operating', 'interventions']),
  row: z.string(),
  column: z.enum(['budget', 'outcome', 'current', 'previous', 'deviation']),
  year: z.number().int().optional(),
  text: z.string(),
});
export type UnreadFigureData = z.infer<typeof UnreadFigureData>;

/** unsigned-report: how many signature blocks there are, all blank. */
export const UnsignedReportData = z.strictObject({ signatureBlocks: z.number().int().positive() });
export type UnsignedReportData = z.infer<typeof UnsignedReportData>;

/**
 * personal-identity-number: which kind of number, the number with its last four digits hidden
 * ("780315-****"; under --redact "[redacted]", as the birth date is personal too), and the
 * section it is in.
 */
export const PersonalIdentityNumberData = z.strictObject({
  kind: z.enum(['personnummer', 'samordningsnummer']),
  masked: z.string(),
  section: z.string().nullable(),
});
export type PersonalIdentityNumberData = z.infer<typeof PersonalIdentityNumberData>;

/** A statement's column a rule looks at: this year's or last year's, or the driftredovisning's budget and utfall. */
export const StatementColumn = z.enum(['current', 'previous', 'budget', 'outcome']);
export type StatementColumn = z.infer<typeof StatementColumn>;

/** A statement's row as a finding names it: its label as written and its figure in the column looked at. */
export const StatementFigure = z.strictObject({ label: z.string(), amount: WrittenMoney });
export type StatementFigure = z.infer<typeof StatementFigure>;

/**
 * balance-sheet-mismatch: summa eget kapital, avsättningar och skulder (actual) against summa
 * tillgångar (expected), in this year's or last year's column (its heading as written).
 */
export const BalanceSheetMismatchData = z.strictObject({
  column: z.enum(['current', 'previous']),
  columnHeading: z.string().nullable(),
  assets: StatementFigure,
  equityAndLiabilities: StatementFigure,
  ...kronorComparison,
});
export type BalanceSheetMismatchData = z.infer<typeof BalanceSheetMismatchData>;

/** statement-sum-mismatch: a summa, subtotal or result row (actual) against the rows it sums (expected). */
export const StatementSumMismatchData = z.strictObject({
  statement: StatementKind,
  column: StatementColumn,
  total: StatementFigure,
  parts: z.array(StatementFigure).min(1),
  ...kronorComparison,
  rounding: Rounding,
});
export type StatementSumMismatchData = z.infer<typeof StatementSumMismatchData>;

/** equity-movement-mismatch: closing − opening eget kapital (actual) against årets resultat (expected). */
export const EquityMovementMismatchData = z.strictObject({
  opening: StatementFigure,
  closing: StatementFigure,
  result: StatementFigure,
  ...kronorComparison,
  rounding: Rounding,
});
export type EquityMovementMismatchData = z.infer<typeof EquityMovementMismatchData>;

/** narrative-statement-mismatch: the förvaltningsberättelse's figure (actual) against the statement's row (expected). */
export const NarrativeStatementMismatchData = z.strictObject({
  figure: NarrativeFigureKind,
  narrative: z.strictObject({ text: z.string(), amount: WrittenMoney }),
  statement: StatementKind,
  row: StatementFigure,
  ...kronorComparison,
});
export type NarrativeStatementMismatchData = z.infer<typeof NarrativeStatementMismatchData>;

/**
 * operating-deviation-mismatch: an activity's avvikelse (actual) against utfall − budget (expected;
 * the sign as the statement writes its deviations — favourable positive —, the closer of the two).
 */
export const OperatingDeviationMismatchData = z.strictObject({
  activity: z.string(),
  budget: WrittenMoney,
  outcome: WrittenMoney,
  deviation: WrittenMoney,
  ...kronorComparison,
  rounding: Rounding,
});
export type OperatingDeviationMismatchData = z.infer<typeof OperatingDeviationMismatchData>;

/**
 * budget-deviation-mismatch: a final report's cost row's, or its Summa row's, or an annual report's
 * insats row's, or that table's Summa row's avvikelse as its column writes it (actual) against budget − utfall or utfall − budget,
 * the closer (expected).
 */
const costDeviation = { budget: WrittenMoney, outcome: WrittenMoney, deviation: WrittenMoney, ...kronorComparison, rounding: Rounding };
export const BudgetDeviationMismatchData = z.discriminatedUnion('subject', [
  z.strictObject({ ...onCostRow, ...costDeviation }),
  z.strictObject({ ...onBudgetTotal, ...costDeviation }),
  /** An annual or interim report's table of insatser: the row's insats. */
  z.strictObject({ subject: z.literal('intervention'), intervention: z.string(), ...costDeviation }),
  /** The Summa row of an annual or interim report's table of insatser, by its label ("Summa", "Totalt"). */
  z.strictObject({ subject: z.literal('intervention-total'), total: z.string(), ...costDeviation }),
]);
export type BudgetDeviationMismatchData = z.infer<typeof BudgetDeviationMismatchData>;

/** A party's contribution as member-contribution-split lists it. */
export const StatedContribution = z.strictObject({ party: z.string(), kind: ContributorKind, amount: WrittenMoney });

/**
 * member-contribution-split: the share of the party that is off (actual: what it pays together)
 * against its share under lag (2003:1210) 5 § of what all pay (expected), with every contribution.
 * `party` "regions-and-kommuner" when a kommun outside any region pays the regional quarter too.
 */
export const MemberContributionSplitData = z.strictObject({
  party: z.enum(['state', 'regions', 'kommuner', 'regions-and-kommuner']),
  /** The party's share by law: 0.5 or 0.25. */
  share: z.number().positive().max(1),
  /** What all parties pay together, in kronor. */
  total: z.number().int(),
  contributions: z.array(StatedContribution).min(2),
  ...kronorComparison,
  rounding: Rounding,
});
export type MemberContributionSplitData = z.infer<typeof MemberContributionSplitData>;

/** A funder's part of a row as written, under its column's heading. */
export const FunderPart = z.strictObject({ funder: z.string(), amount: WrittenMoney });

/**
 * funding-split-mismatch, in a cost table split by funder (`table`: the line over it, null when
 * none): with subject "funding-row" a row's total (actual) against its funders' parts (expected);
 * with "funding-column" the Summa row's figure in a funder's or the total's column (actual) against
 * the column's rows (expected).
 */
export const FundingSplitMismatchData = z.discriminatedUnion('subject', [
  z.strictObject({
    subject: z.literal('funding-row'),
    table: z.string().nullable(),
    row: z.string(),
    /** The total's column heading as written ("Totalt"). */
    totalColumn: z.string(),
    total: WrittenMoney,
    parts: z.array(FunderPart).min(1),
    ...kronorComparison,
    rounding: Rounding,
  }),
  z.strictObject({
    subject: z.literal('funding-column'),
    table: z.string().nullable(),
    /** The column's heading as written: a funder's ("Samordningsförbundet") or the total's. */
    column: z.string(),
    /** The Summa row's label as written ("Summa", "Totalt"). */
    summaRow: z.string(),
    summa: WrittenMoney,
    ...kronorComparison,
    rounding: Rounding,
  }),
]);
export type FundingSplitMismatchData = z.infer<typeof FundingSplitMismatchData>;

/** Every rule over one document, by id (docs/rules.md), with the schema of its finding's data. */
export const FINDING_DATA = {
  'outcome-total-mismatch': ColumnTotalData,
  'budget-total-mismatch': ColumnTotalData,
  'budget-exceeds-granted': BudgetExceedsGrantedData,
  'outcome-zero-with-budget': OutcomeZeroWithBudgetData,
  'outcome-exceeds-budget': OutcomeExceedsBudgetData,
  'budget-deviation-mismatch': BudgetDeviationMismatchData,
  'funding-split-mismatch': FundingSplitMismatchData,
  'gender-sum-mismatch': GenderSumMismatchData,
  'aggregate-mismatch': AggregateMismatchData,
  'percentage-mismatch': PercentageMismatchData,
  'count-percentage-mismatch': CountPercentageMismatchData,
  'invalid-date': InvalidDateData,
  'period-reversed': PeriodReversedData,
  'period-mismatch': PeriodMismatchData,
  'late-report': LateReportData,
  'empty-required-section': EmptyRequiredSectionData,
  'checklist-unanswered': ChecklistUnansweredData,
  'unsigned-report': UnsignedReportData,
  'personal-identity-number': PersonalIdentityNumberData,
  'balance-sheet-mismatch': BalanceSheetMismatchData,
  'statement-sum-mismatch': StatementSumMismatchData,
  'equity-movement-mismatch': EquityMovementMismatchData,
  'narrative-statement-mismatch': NarrativeStatementMismatchData,
  'operating-deviation-mismatch': OperatingDeviationMismatchData,
  'member-contribution-split': MemberContributionSplitData,
  'unread-figure': UnreadFigureData,
} as const;

export type DocumentRuleId = keyof typeof FINDING_DATA;
export type FindingData<Id extends DocumentRuleId> = z.output<(typeof FINDING_DATA)[Id]>;
