/**
 * 7.2: the cost table (Kostnadsslag | Budget | Utfall). Every cost row is kept, blank ones with
 * nulls; the Summa row is reported as written. Bare numbers are in the unit the column header
 * names, else the one the line over the table gives it ("(tkr)", "Belopp i tkr"), else kr.
 */
import type { z } from 'zod';
import type { Money, MoneyUnit } from '../../schemas/common.js';
import type { Budget, BudgetRow } from '../../schemas/slutrapport.js';
import { parseAmount, readFigureCell, unitNamed, unreadFiguresOf } from '../parse/money.js';
import { appendAll } from '../arrays.js';
import { evidenceAt } from '../evidence.js';
import { type FormCell, type FormLine, type FormRow, rowText } from '../structure/index.js';
import { isLabel, labelAt } from './labels.js';
import { joinContinued, runningText } from './running-text.js';
import type { SectionSpan } from './sections.js';
import { cellUnder, headerCell, isHeaderRow, overlap } from './table-columns.js';
import type { TemplateReading } from './profile.js';

type BudgetRecord = z.infer<typeof Budget>;

export interface BudgetTable {
  budget: BudgetRecord;
  rows: Set<number>;
  /** The filled rows as text, for the section's text. */
  text: string;
}

/** A column's unit as its header names it, else the table's (`tableUnit`), else kr. */
function unitOf(header: FormCell | null, tableUnit: MoneyUnit | null): MoneyUnit {
  return unitNamed(header?.text ?? '') ?? tableUnit ?? 'kr';
}

/**
 * "Ekonomisk redovisning (tkr)", "Belopp i tkr", "Alla belopp anges i tusentals kronor": a unit the
 * line over a cost table, or its header's first cell ("tkr", "Kostnadsslag (tkr)"), gives all its amounts.
 */
const TABLE_UNIT =
  /\(\s*(?:belopp\s+i\s+)?(?:tkr|mkr|tusen(?:tals)?\s+kronor|miljoner\s+kronor)\s*\)|(?:belopp|summor)\s+(?:anges\s+|redovisas\s+)?i\s+(?:tkr|mkr|tusen(?:tals)?\s+kronor|miljoner\s+kronor)|^\s*(?:tkr|mkr)\s*$/iu;

/** The lines over a table that may caption it: its heading and a line under it. */
const CAPTION_ROWS = 2;

function tableUnitOf(rows: readonly FormRow[], header: number): MoneyUnit | null {
  const first = rows[header]?.cells.find((cell) => cell.text !== '');
  if (first && TABLE_UNIT.test(first.text)) return unitNamed(first.text);
  for (let index = header - 1; index >= Math.max(0, header - CAPTION_ROWS); index -= 1) {
    const row = rows[index];
    if (!row || row.table !== null) break;
    const text = row.cells.map((cell) => cell.text).join(' ');
    if (TABLE_UNIT.test(text)) return unitNamed(text);
  }
  return null;
}

/** The category as written, without its "(ange typ …)" instruction, and the note typed under it. */
function splitCategoryCell(cell: FormCell, costCategories: readonly string[]): { category: string; note: string | null } {
  const lines = cell.paragraphs.flat();
  const first = lines[0]?.text ?? '';
  let consumed = 1;
  let category = first;
  const open = first.indexOf('(');
  if (open >= 0) {
    category = first.slice(0, open);
    // The instruction may wrap onto the next lines; it ends at its closing bracket.
    let depth = (first.match(/\(/g) ?? []).length - (first.match(/\)/g) ?? []).length;
    while (depth > 0 && consumed < lines.length) {
      const line = lines[consumed]?.text ?? '';
      depth += (line.match(/\(/g) ?? []).length - (line.match(/\)/g) ?? []).length;
      consumed += 1;
    }
  } else {
    const hit = labelAt(first, costCategories);
    // A note typed on the category's own line follows the label.
    if (hit && hit.rest !== '') {
      category = first.slice(0, first.length - hit.rest.length);
      lines.splice(1, 0, { text: hit.rest, source: lines[0]?.source ?? cell.source });
    }
  }
  const noteLines: FormLine[] = lines.slice(consumed);
  const note = runningText([noteLines], cell.wrapRight).trim();
  return { category: category.replace(/[\s:–-]+$/u, '').trim(), note: note === '' ? null : note };
}

function amount(cell: FormCell | null, unit: MoneyUnit, evidence: ReturnType<typeof evidenceAt>): { money: Money | null; unread: string | null } {
  const { money, unread } = readFigureCell(cell?.text ?? '', (text) => parseAmount(text, unit));
  return { money: money ? { ...money, evidence } : null, unread };
}

function moneyText(money: Money | null): string {
  return money?.text ?? '';
}

/** A line that is nothing but a cost type ("Lokalkostnader (ange typ av lokal)"): a row left blank. */
function isBlankCostRow(row: FormRow, costCategories: TemplateReading['costCategories']): boolean {
  const only = row.cells.length === 1 ? row.cells[0] : undefined;
  if (!only || only.paragraphs.flat().length !== 1) return false;
  const hit = labelAt(only.text, costCategories);
  return hit !== null && (hit.rest === '' || /^\(.*\)$/u.test(hit.rest.trim()));
}

/** The row's first cell, unless that is under the budget or outcome header: then the first cell that is not. */
function otherCell(row: FormRow, budgetCell: FormCell | null, outcomeCell: FormCell | null): FormCell | undefined {
  const first = row.cells[0];
  if (first !== budgetCell && first !== outcomeCell) return first;
  return row.cells.find((cell) => cell !== budgetCell && cell !== outcomeCell) ?? first;
}

/**
 * A column beside budget and utfall that the record does not keep: the difference, what is left,
 * a share in per cent, a comment ("Budget | Utfall | Avvikelse", "Avvikelse mot budget", "Kvar att
 * använda", "Utfall i %", "Budget minus utfall").
 */
const ASIDE_COLUMN =
  /^(?:(?:avvikelse|differens|diff\.?|kvar|återstår|återstående|kommentar(?:er)?|andel|procent|%)(?:[\s,(].*)?|(?:utfall|förbrukat)\s+i\s+(?:%|procent)|(?:budget|utfall)\s*(?:minus|[-–−])\s*(?:utfall|budget))$/iu;
/** A total of the income ("Summa intäkter", "Summa finansiering"), in a table that goes on to the costs. */
const INCOME = /(?<!\p{L})(?:intäkt|finansier|bidrag|inkomst)/iu;
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
/** One year's column ("Utfall 2019", "Budget 2021"), which the record does not keep beside the whole period's. */
const OF_ONE_YEAR = /\s(?:19|20)\d{2}$/u;
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

/**
 * The budget or the utfall column of a cost table's header: the one cell headed so, or — where the
 * table gives the whole period's ("Totalt utfall", "Budget totalt"), perhaps beside one per year —
 * that one, or the one year's of a table of one year ("Budget 2021 | Utfall 2021").
 */
function columnHeaderCell(row: FormRow, wordings: readonly string[]): FormCell | null {
  const named = row.cells.filter((cell) => cell.text !== '' && isLabel(headingCore(cell), wordings));
  const ofYear = named.filter((cell) => OF_ONE_YEAR.test(withoutUnit(cell)));
  const whole = named.filter((cell) => !ofYear.includes(cell) && OF_WHOLE_PERIOD.test(withoutUnit(cell)));
  const plain = named.filter((cell) => !ofYear.includes(cell) && !whole.includes(cell));
  if (plain.length === 1 && whole.length === 0) return plain[0] ?? null;
  if (plain.length === 0 && whole.length === 1) return whole[0] ?? null;
  return plain.length === 0 && whole.length === 0 && ofYear.length === 1 ? (ofYear[0] ?? null) : null;
}

/**
 * A cost table's header row on a form of its own: budget and utfall, in any order, each perhaps
 * with its unit, basis or period ("Budget, kr", "Budget enligt ansökan", "Utfall 2020–2021"), a first
 * column of whatever name, and columns the record does not keep. Budget once and utfall once, or an
 * utfall per year beside one of the whole period ("Utfall 2019 | Utfall 2020 | Totalt utfall |
 * Budget"); a table of an utfall per year alone is not one cost table.
 */
export function isBudgetHeader(row: FormRow, labels: Pick<TemplateReading['labels'], 'budgetColumn' | 'outcomeColumn'>): boolean {
  const filled = row.cells.filter((cell) => cell.text !== '');
  if (columnHeaderCell(row, labels.budgetColumn) === null || columnHeaderCell(row, labels.outcomeColumn) === null) return false;
  return filled.every(
    (cell, index) =>
      isLabel(headingCore(cell), labels.budgetColumn) ||
      isLabel(headingCore(cell), labels.outcomeColumn) ||
      ASIDE_COLUMN.test(headerText(cell)) ||
      (index === 0 && FIRST_COLUMN.test(headerText(cell))),
  );
}

/** A heading over a column per year: "2020", "2020–2021", or the whole period's "Totalt". */
const WHOLE_PERIOD_WORDS = String.raw`totalt?|summa|sammanlagt|hela\s+perioden`;
const YEAR_HEADING = new RegExp(String.raw`^(?:${YEARS}|${WHOLE_PERIOD_WORDS})$`, 'iu');
/** The whole period's heading: a word for it, or a span of years ("2019–2021"), not one year. */
const WHOLE_PERIOD = new RegExp(String.raw`^(?:${WHOLE_PERIOD_WORDS}|(?:19|20)\d{2}\s*[-–/]\s*(?:19|20)?\d{2})$`, 'iu');

/** A row of nothing but years (and a total) under a header: the second level of its headings. */
function isYearsRow(row: FormRow): boolean {
  const filled = row.cells.filter((cell) => cell.text.trim() !== '');
  return filled.length >= 2 && filled.every((cell) => YEAR_HEADING.test(headerText(cell)));
}

function spans(cell: FormCell | null): boolean {
  return cell !== null && cell.span > 1;
}

/** The one heading under `header` that is the whole period's ("Totalt", "2019–2021"); null when it heads years only. */
function wholePeriodUnder(years: FormRow, header: FormCell | null): FormCell | null {
  if (!header || header.span <= 1) return header;
  const under = years.cells.filter((cell) => overlap(cell, header) > 0 && cell.text.trim() !== '');
  if (under.length === 0) return header;
  const whole = under.filter((cell) => WHOLE_PERIOD.test(headerText(cell)));
  return whole.length === 1 ? (whole[0] ?? null) : null;
}

/**
 * The cost table in rows [span.start, span.end): every table row under a header row naming the
 * budget and outcome columns, in whatever order they stand; the category is the cost column's cell
 * (the first other cell when the header names none).
 */
export function readBudget(
  rows: FormRow[],
  span: Pick<SectionSpan, 'number' | 'start' | 'end'>,
  reading: Pick<TemplateReading, 'labels' | 'costCategories'>,
): BudgetTable {
  const { labels, costCategories } = reading;
  const headers = [labels.costColumn, labels.budgetColumn, labels.outcomeColumn];
  const used = new Set<number>();
  const costRows: z.infer<typeof BudgetRow>[] = [];
  /** The rows since the last total row: the costs of the next one. */
  const group: z.infer<typeof BudgetRow>[] = [];
  let total: BudgetRecord['total'] = { budget: null, outcome: null };
  let costHeader: FormCell | null = null;
  let budgetHeader: FormCell | null = null;
  let outcomeHeader: FormCell | null = null;
  let totalLabel = '';
  let inTable = false;
  let tableUnit: MoneyUnit | null = null;
  /** A table of a budget per year under its headings, not read. */
  let perYearTable: number | null = null;
  for (let index = span.start; index < span.end; index += 1) {
    const row = rows[index];
    if (!row) continue;
    // A borderless table's cost row without amounts, last on its page, reads as a line of its own.
    if (row.table === null && !(inTable && isBlankCostRow(row, costCategories))) continue;
    if (row.table !== null && row.table === perYearTable) continue;
    if (isHeaderRow(row, headers) || isBudgetHeader(row, labels)) {
      budgetHeader = columnHeaderCell(row, labels.budgetColumn) ?? headerCell(row, labels.budgetColumn) ?? budgetHeader;
      outcomeHeader = columnHeaderCell(row, labels.outcomeColumn) ?? headerCell(row, labels.outcomeColumn) ?? outcomeHeader;
      // "Budget" and "Utfall" each over a column per year ("2020 | 2021 | Totalt"): the whole period's
      // column under each is the table's; without one, the table has a budget per year and is none.
      const years = rows[index + 1];
      if (years && years.table === row.table && isYearsRow(years) && (spans(budgetHeader) || spans(outcomeHeader))) {
        used.add(index + 1);
        index += 1;
        budgetHeader = wholePeriodUnder(years, budgetHeader);
        outcomeHeader = wholePeriodUnder(years, outcomeHeader);
        if (!budgetHeader || !outcomeHeader) {
          perYearTable = row.table;
          continue;
        }
      }
      const cost = headerCell(row, labels.costColumn);
      // The usual order (category first) reads the first cell, as a row's cells may not line up with the header's.
      costHeader = cost && cost !== row.cells.find((cell) => cell.text !== '') ? cost : null;
      tableUnit = tableUnitOf(rows, index);
      used.add(index);
      inTable = true;
      continue;
    }
    const budgetCell = budgetHeader ? cellUnder(row, budgetHeader) : (row.cells[1] ?? null);
    const outcomeCell = outcomeHeader ? cellUnder(row, outcomeHeader) : (row.cells[2] ?? null);
    const first = (costHeader ? cellUnder(row, costHeader) : null) ?? otherCell(row, budgetCell, outcomeCell);
    if (!first || first.text === '') continue;
    const evidence = evidenceAt(row.source, span.number, rowText(row));
    const budgetRead = amount(budgetCell === first ? null : budgetCell, unitOf(budgetHeader, tableUnit), evidence);
    const outcomeRead = amount(outcomeCell === first ? null : outcomeCell, unitOf(outcomeHeader, tableUnit), evidence);
    const budget = budgetRead.money;
    const outcome = outcomeRead.money;
    const unreadFigures = unreadFiguresOf(['budget', 'outcome'] as const, [budgetRead.unread, outcomeRead.unread]);
    used.add(index);
    if (labelAt(first.text, labels.totalRow)) {
      inTable = false;
      // The income's part of a table of income and costs: its rows and total are no costs.
      if (INCOME.test(first.text) && !/kostnad/iu.test(first.text)) {
        group.length = 0;
        continue;
      }
      total = { budget, outcome, evidence };
      totalLabel = first.text;
      appendAll(costRows, group);
      group.length = 0;
      continue;
    }
    const previous = group.at(-1) ?? costRows.at(-1);
    if (previous && !budget && !outcome && !unreadFigures && !labelAt(first.text, costCategories) && row.source.page !== previous.evidence?.page) {
      // The rest of the previous row's note, pushed onto the next page.
      const more = runningText(first.paragraphs, first.wrapRight);
      previous.note = previous.note ? joinContinued(previous.note, more) : more;
      continue;
    }
    const { category, note } = splitCategoryCell(first, costCategories);
    group.push({ category, note, budget, outcome, ...(unreadFigures ? { unreadFigures } : {}), evidence });
  }
  // Rows after the last total (a result, a comment) are none of its costs.
  if (!total.budget && !total.outcome) appendAll(costRows, group);
  const lines = costRows
    .filter((row) => row.note || row.budget || row.outcome)
    .map((row) => [row.note ? `${row.category}: ${row.note}` : row.category, moneyText(row.budget), moneyText(row.outcome)].join(' | '));
  if (total.budget || total.outcome) lines.push([totalLabel, moneyText(total.budget), moneyText(total.outcome)].join(' | '));
  return { budget: { rows: costRows, total }, rows: used, text: lines.join('\n') };
}
