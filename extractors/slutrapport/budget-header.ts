/**
 * Which columns a cost table's header names: the budget and the utfall the record keeps (the whole
 * period's, or the one year's of a table of one year; a revised budget before the one applied for),
 * a column per year beside or instead of them ("Budget 2021 | Utfall 2021 | Budget 2022 | Utfall
 * 2022"), the avvikelse and the share spent the rules check, and the columns the record does not keep.
 */
import type { BudgetColumn } from '../../schemas/finding-data.js';
import { PERCENT_HEADING, SPENT_SHARE_HEADING } from '../parse/percent.js';
import type { FormCell, FormRow } from '../structure/index.js';
import { isLabel } from './labels.js';
import type { TemplateReading } from './profile.js';
import { headerCell, overlap } from './table-columns.js';

/** A column of one year's budget or utfall; `unitCell` is the heading that may name its unit. */
export interface YearColumn {
  year: number;
  column: BudgetColumn;
  cell: FormCell;
  unitCell: FormCell;
}

export interface HeaderColumns {
  budget: FormCell | null;
  outcome: FormCell | null;
  years: YearColumn[];
  /** The difference of budget and utfall ("Avvikelse", "Differens", "Kvar", "Budget minus utfall"), the whole period's. */
  deviation: FormCell | null;
  /** The share of the budget used, in per cent ("Förbrukat %", "Utfall i %", "Förbrukningsgrad"). */
  spentShare: FormCell | null;
}

type ColumnLabels = Pick<TemplateReading['labels'], 'budgetColumn' | 'outcomeColumn'>;

/**
 * A column beside budget and utfall: the difference, what is left, a share in per cent, a comment, a
 * prognosis, a part of the row ("Budget | Utfall | Avvikelse", "Avvikelse mot budget", "Kvar att
 * använda", "Utfall i %", "Budget minus utfall", "Prognos helår", "Varav medfinansiering",
 * "Anmärkning"). The record keeps the avvikelse and the share spent.
 */
const ASIDE_COLUMN =
  /^(?:(?:avvikelse|differens|diff\.?|kvar|återstår|återstående|kommentar(?:er)?|anmärkning(?:ar)?|förklaring(?:ar)?|andel|procent|%|prognos|varav|medfinansiering|finansiär)(?:[\s,(].*)?|(?:utfall|förbrukat)\s+i\s+(?:%|procent)|(?:budget|utfall)\s*(?:minus|[-–−])\s*(?:utfall|budget))$/iu;
/**
 * A budget revised during the insats, the one in force: "Reviderad budget", "Justerad budget",
 * "Budget (reviderad)", "Budget, omdisponerad". Beside it, the budget applied for is not the record's.
 */
const REVISED_BUDGET =
  /^(?:(?:reviderad|justerad|omdisponerad|uppdaterad|ändrad)\s+budget|budget\s*[,(]?\s*(?:reviderad|justerad|omdisponerad|uppdaterad|ändrad)\)?)(?:[\s,(].*)?$/iu;
/** A prognosis of the utfall ("Prognos", "Prognos helår"). */
const FORECAST_HEADING = /^prognos/iu;
/**
 * A difference of budget and utfall in money, without a year: "Avvikelse", "Differens (kr)",
 * "Avvikelse mot budget", "Kvar att använda", "Återstående medel", "Budget minus utfall".
 */
const DEVIATION_HEADING =
  /^(?:avvikelse|differens|diff\.?|skillnad|kvar(?:\s+att\s+(?:använda|förbruka|nyttja))?|återstår|återstående(?:\s+medel)?|(?:budget|utfall)\s*(?:minus|[-–−])\s*(?:utfall|budget))(?:\s+(?:mot|från|jämfört\s+med)\s+budget(?:en)?|\s+(?:budget|utfall)\s*[-–/]\s*(?:utfall|budget))?$/iu;
/** A row label the header gives its first column ("Post", "Finansiär", "År"): short, no figure. */
const FIRST_COLUMN = /^[^\d]{1,40}$/u;

const headerText = (cell: FormCell): string => cell.text.replace(/\s+/gu, ' ').trim();

/** A unit or a basis after a column's heading: "Budget, kr", "Utfall (tkr)", "Budget enligt ansökan". */
const HEADING_UNIT = /(?:\s*,?\s*(?:\([^)]*\)|(?:i\s+)?(?:kr|tkr|kronor|sek)|enligt\s+(?:beviljad\s+)?(?:ansökan|beslut|budget)))+$/iu;
/** A year or a span of years as a heading writes it: "2021", "2019–2021", "2020/21". */
const YEARS = String.raw`(?:19|20)\d{2}(?:\s*[-–/]\s*(?:19|20)?\d{2})?`;
/** The whole period in words: "totalt", "hela perioden", "för hela projekttiden", "hela projektet". */
const WHOLE_WORDS = String.raw`(?:totalt|sammanlagt|summa|(?:för\s+)?(?:hela\s+)?(?:perioden|projektperioden|projekttiden)|(?:för\s+)?hela\s+(?:projektet|insatsen))`;
/** The day an utfall runs to: "Utfall per 2022-12-31", "Utfall t.o.m. 2022-06-30". */
const UP_TO_DAY = String.raw`(?:per|t\.?\s?o\.?\s?m\.?|till\s+och\s+med)\s+(?:19|20)\d{2}-\d{2}-\d{2}`;
/** The period a column's heading ends with: "Budget 2020–2021", "Utfall 2021", "Utfall hela perioden", "Budget totalt". */
const HEADING_PERIOD = new RegExp(String.raw`\s+(?:${YEARS}|${WHOLE_WORDS}(?:\s+${YEARS})?|${UP_TO_DAY})$`, 'iu');
/** The whole period's word before a heading: "Total budget", "Totalt utfall", "Summa utfall", "Sammanlagd budget". */
const WHOLE_BEFORE = /^(?:total[at]?|summa|sammanlag[dt])\s+/iu;
/** One year's column ("Utfall 2019", "Budget 2021"). */
const OF_ONE_YEAR = /\s((?:19|20)\d{2})$/u;
/** A heading that names the whole period, before or after its name: "Totalt utfall", "Budget totalt", "Utfall hela perioden 2019–2020". */
const OF_WHOLE_PERIOD = new RegExp(String.raw`^(?:total[at]?|summa|sammanlag[dt])\s|\s${WHOLE_WORDS}(?:\s+${YEARS})?$`, 'iu');

/** A column's heading without its unit or basis. */
function withoutUnit(cell: FormCell): string {
  return headerText(cell).replace(HEADING_UNIT, '');
}

/** What a column's heading names, its unit, basis and period aside: "Budget 2020–2021 (kr)", "Total budget" → "Budget". */
function headingCore(cell: FormCell): string {
  return withoutUnit(cell).replace(HEADING_PERIOD, '').replace(WHOLE_BEFORE, '');
}

function yearOf(cell: FormCell): number | null {
  const match = OF_ONE_YEAR.exec(withoutUnit(cell));
  return match ? Number(match[1]) : null;
}

/**
 * The budget and utfall columns a header row names, and its columns of one year. The record keeps
 * the one cell headed plainly, or the whole period's ("Totalt utfall", "Budget totalt"), or — in a
 * table whose columns are all of one year ("Budget 2021 | Utfall 2021") — that year's; a table of
 * several years keeps each year's beside the whole period's, or without one.
 */
export function headerColumns(row: FormRow, labels: ColumnLabels): HeaderColumns {
  const revised = onlyCell(row, (cell) => !PERCENT_HEADING.test(cell.text) && REVISED_BUDGET.test(headerText(cell)));
  const named = (wordings: readonly string[]): FormCell[] =>
    row.cells.filter(
      (cell) => cell.text !== '' && !PERCENT_HEADING.test(cell.text) && !REVISED_BUDGET.test(headerText(cell)) && isLabel(headingCore(cell), wordings),
    );
  const cells: Record<BudgetColumn, FormCell[]> = { budget: named(labels.budgetColumn), outcome: named(labels.outcomeColumn) };
  const yearsNamed = new Set([...cells.budget, ...cells.outcome].map(yearOf).filter((year) => year !== null));
  const pick = (column: BudgetColumn): FormCell | null => {
    const ofYear = cells[column].filter((cell) => yearOf(cell) !== null);
    const whole = cells[column].filter((cell) => !ofYear.includes(cell) && OF_WHOLE_PERIOD.test(withoutUnit(cell)));
    const plain = cells[column].filter((cell) => !ofYear.includes(cell) && !whole.includes(cell));
    if (plain.length === 1 && whole.length === 0) return plain[0] ?? null;
    if (plain.length === 0 && whole.length === 1) return whole[0] ?? null;
    return plain.length === 0 && whole.length === 0 && ofYear.length === 1 && yearsNamed.size === 1 ? (ofYear[0] ?? null) : null;
  };
  const budget = revised ?? pick('budget');
  const outcome = pick('outcome');
  const years = (['budget', 'outcome'] as const).flatMap((column) =>
    cells[column].flatMap((cell): YearColumn[] => {
      const year = yearOf(cell);
      return year !== null && cell !== budget && cell !== outcome ? [{ year, column, cell, unitCell: cell }] : [];
    }),
  );
  return {
    budget,
    outcome,
    years,
    // Beside a prognosis an avvikelse is as often the prognosis's against the budget: not kept.
    deviation: row.cells.some((cell) => FORECAST_HEADING.test(headerText(cell)))
      ? null
      : onlyCell(row, (cell) => !PERCENT_HEADING.test(cell.text) && DEVIATION_HEADING.test(withoutUnit(cell))),
    spentShare: onlyCell(row, (cell) => SPENT_SHARE_HEADING.test(headerText(cell))),
  };
}

/** The one filled cell of the row that `is`; null when none is, or more than one (a column per year). */
function onlyCell(row: FormRow, is: (cell: FormCell) => boolean): FormCell | null {
  const cells = row.cells.filter((cell) => cell.text !== '' && is(cell));
  return cells.length === 1 ? (cells[0] ?? null) : null;
}

/**
 * A cost table's header row on a form of its own: budget and utfall, in any order, each perhaps
 * with its unit, basis or period ("Budget, kr", "Budget enligt ansökan", "Utfall 2020–2021"), a first
 * column of whatever name, and columns the record does not keep. Each of budget and utfall is named
 * once, or per year, or both ("Utfall 2019 | Utfall 2020 | Totalt utfall | Budget"); a table of an
 * utfall alone, per year or not, is not one cost table.
 */
export function isBudgetHeader(row: FormRow, labels: ColumnLabels): boolean {
  const columns = headerColumns(row, labels);
  const has = (column: BudgetColumn): boolean => columns[column] !== null || columns.years.some((year) => year.column === column);
  if (!has('budget') || !has('outcome')) return false;
  const filled = row.cells.filter((cell) => cell.text !== '');
  return filled.every(
    (cell, index) =>
      isLabel(headingCore(cell), labels.budgetColumn) ||
      isLabel(headingCore(cell), labels.outcomeColumn) ||
      REVISED_BUDGET.test(headerText(cell)) ||
      ASIDE_COLUMN.test(headerText(cell)) ||
      PERCENT_HEADING.test(cell.text) ||
      SPENT_SHARE_HEADING.test(headerText(cell)) ||
      DEVIATION_HEADING.test(withoutUnit(cell)) ||
      (index === 0 && FIRST_COLUMN.test(headerText(cell))),
  );
}

/** The first column's heading of a table of costs: "Kostnadsslag", "Kostnadspost", "Kostnader", "Utgifter", "Post". */
const COST_FIRST_COLUMN = /^(?:kostnad\p{L}*|utgift\p{L}*|post|typ\s+av\s+kostnad)$/iu;

/**
 * A cost table's header that names the utfall alone ("Kostnadsslag | Utfall", "Kostnadspost | Utfall
 * (kr) | Andel", "Kostnadsslag | Utfall 2022 | Utfall 2023 | Utfall totalt"): a first column of costs,
 * no budget, and the utfall once, per year or both. Under a first column of anything else
 * ("Indikator | Utfall", "Mål | Utfall") the utfall is a count or a result, no cost.
 */
export function isOutcomeOnlyHeader(row: FormRow, labels: ColumnLabels & Pick<TemplateReading['labels'], 'costColumn'>): boolean {
  const [first, ...rest] = row.cells.filter((cell) => cell.text !== '');
  if (!first || rest.length === 0) return false;
  if (!COST_FIRST_COLUMN.test(headerText(first)) && !isLabel(headerText(first), labels.costColumn)) return false;
  const columns = headerColumns(row, labels);
  const namesOutcome = columns.outcome !== null || columns.years.some((year) => year.column === 'outcome');
  return (
    namesOutcome &&
    rest.every(
      (cell) =>
        !isLabel(headingCore(cell), labels.budgetColumn) &&
        !REVISED_BUDGET.test(headerText(cell)) &&
        (isLabel(headingCore(cell), labels.outcomeColumn) ||
          ASIDE_COLUMN.test(headerText(cell)) ||
          PERCENT_HEADING.test(cell.text) ||
          SPENT_SHARE_HEADING.test(headerText(cell))),
    )
  );
}

/** A heading over a column per year: "2020", "2020–2021", or the whole period's "Totalt". */
const WHOLE_PERIOD_WORDS = String.raw`totalt?|summa|sammanlagt|hela\s+perioden`;
const YEAR_HEADING = new RegExp(String.raw`^(?:${YEARS}|${WHOLE_PERIOD_WORDS})$`, 'iu');
/** The whole period's heading: a word for it, or a span of years ("2019–2021"), not one year. */
const WHOLE_PERIOD = new RegExp(String.raw`^(?:${WHOLE_PERIOD_WORDS}|(?:19|20)\d{2}\s*[-–/]\s*(?:19|20)?\d{2})$`, 'iu');
const ONE_YEAR = /^(?:19|20)\d{2}$/u;

/** A row of nothing but years (and a total) under a header: the second level of its headings. */
function isYearsRow(row: FormRow): boolean {
  const filled = row.cells.filter((cell) => cell.text.trim() !== '');
  return filled.length >= 2 && filled.every((cell) => YEAR_HEADING.test(headerText(cell)));
}

/** A heading's unit on a line of its own: "(kr)", "tkr", "(%)". */
const UNIT_LINE = /^\(?\s*(?:kr|tkr|mkr|sek|%|procent)\s*\)?$/iu;

/** A second line of headings that wrapped in a PDF: years, the whole period's word, units ("Differens" over "(kr)"). */
function isWrappedHeadingsRow(row: FormRow): boolean {
  const filled = row.cells.filter((cell) => cell.text.trim() !== '');
  return (
    filled.length >= 1 &&
    filled.every((cell) => YEAR_HEADING.test(headerText(cell)) || UNIT_LINE.test(headerText(cell))) &&
    // A year alone under a header may be a row's label; a unit alone is no row.
    (filled.length >= 2 || filled.every((cell) => UNIT_LINE.test(headerText(cell))))
  );
}

/**
 * Under a "Budget" or "Utfall" that spans a column per year ("2020 | 2021 | Totalt"): the one
 * heading that is the whole period's ("Totalt", "2019–2021"), null when it heads years only, and
 * the years' columns. A heading that spans nothing is the whole period's itself.
 */
function columnsUnder(years: FormRow, header: FormCell | null, column: BudgetColumn): { whole: FormCell | null; years: YearColumn[] } {
  if (!header || header.span <= 1) return { whole: header, years: [] };
  const under = years.cells.filter((cell) => overlap(cell, header) > 0 && cell.text.trim() !== '');
  if (under.length === 0) return { whole: header, years: [] };
  const whole = under.filter((cell) => WHOLE_PERIOD.test(headerText(cell)));
  const ofYear = under.filter((cell) => ONE_YEAR.test(headerText(cell)));
  return {
    whole: whole.length === 1 ? (whole[0] ?? null) : null,
    years: ofYear.map((cell) => ({ year: Number(headerText(cell)), column, cell, unitCell: header })),
  };
}

/**
 * A header whose headings wrap onto a second line in a PDF without borders ("Budget" over "2021",
 * "Utfall" over "totalt"), so the years come as a row of their own: each heading with the words under
 * it. Null when a heading has more than one cell under it (a heading that spans years, read above).
 */
function headingsJoined(header: FormRow, under: FormRow): FormRow | null {
  const below = under.cells.filter((cell) => cell.text.trim() !== '');
  const joined = new Map<FormCell, FormCell>();
  for (const cell of below) {
    const above = header.cells.filter((candidate) => candidate.text !== '' && overlap(candidate, cell) > 0);
    const heading = above.length === 1 ? above[0] : undefined;
    if (!heading || joined.has(heading)) return null;
    joined.set(heading, cell);
  }
  return { ...header, cells: header.cells.map((cell) => (joined.has(cell) ? { ...cell, text: `${cell.text} ${joined.get(cell)?.text ?? ''}` } : cell)) };
}

/**
 * The avvikelse and share columns, where they can only be the whole period's: beside columns of one
 * year, a plain "Avvikelse" may as well be the last year's, so neither is kept.
 */
function besideWholePeriod(columns: HeaderColumns, years: readonly YearColumn[]): Pick<HeaderColumns, 'deviation' | 'spentShare'> {
  return years.length > 0 ? { deviation: null, spentShare: null } : { deviation: columns.deviation, spentShare: columns.spentShare };
}

/**
 * The header at rows[index] with its second line of wrapped headings ("Budget" over "2021",
 * "Differens" over "(kr)"), when the two make a cost table's header; null otherwise. A header whose
 * first line alone is none ("Budget | Utfall | Budget | Utfall | Avvikelse") is one with its years.
 */
export function wrappedHeader(rows: readonly FormRow[], index: number, labels: ColumnLabels): FormRow | null {
  const row = rows[index];
  const next = rows[index + 1];
  if (!row || !next || next.table !== row.table || !isWrappedHeadingsRow(next)) return null;
  const joined = headingsJoined(row, next);
  return joined && isBudgetHeader(joined, labels) ? joined : null;
}

export interface CostHeader extends HeaderColumns {
  /** How many rows the header takes: its own, and a line of wrapped headings or a row of years under it. */
  rows: number;
}

function spans(cell: FormCell | null): boolean {
  return cell !== null && cell.span > 1;
}

/**
 * The cost table's header at rows[index]: the budget and utfall columns the record keeps (a heading
 * the row does not name keeps the one before, `previous`, unless the row has years instead) and the
 * columns of one year — with a second line of headings that wrapped in a PDF ("Budget" over "2021"),
 * or a row of years under a "Budget" and an "Utfall" that span them ("2020 | 2021 | Totalt").
 */
export function readCostHeader(rows: readonly FormRow[], index: number, labels: ColumnLabels, previous: Pick<HeaderColumns, 'budget' | 'outcome'>): CostHeader {
  const row = rows[index];
  if (!row) return { ...previous, years: [], deviation: null, spentShare: null, rows: 1 };
  const joined = wrappedHeader(rows, index, labels);
  const header = joined ?? row;
  const taken = header === row ? 1 : 2;
  const columns = headerColumns(header, labels);
  const perYear = columns.years.length > 0;
  const budget = columns.budget ?? headerCell(header, labels.budgetColumn) ?? (perYear ? null : previous.budget);
  const outcome = columns.outcome ?? headerCell(header, labels.outcomeColumn) ?? (perYear ? null : previous.outcome);
  const years = rows[index + taken];
  if (!years || years.table !== row.table || !isYearsRow(years) || !(spans(budget) || spans(outcome)))
    return { budget, outcome, years: columns.years, ...besideWholePeriod(columns, columns.years), rows: taken };
  const budgetUnder = columnsUnder(years, budget, 'budget');
  const outcomeUnder = columnsUnder(years, outcome, 'outcome');
  const yearColumns = [...budgetUnder.years, ...outcomeUnder.years];
  return { budget: budgetUnder.whole, outcome: outcomeUnder.whole, years: yearColumns, ...besideWholePeriod(columns, yearColumns), rows: taken + 1 };
}
