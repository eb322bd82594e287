/**
 * 7.2: the cost table (Kostnadsslag | Budget | Utfall). Every cost row is kept, blank ones with
 * nulls; the Summa row is reported as written. Bare numbers are in the unit the column header
 * names, else the one the line over the table gives it ("(tkr)", "Belopp i tkr"), else kr.
 */
import type { z } from 'zod';
import type { Evidence, Money, MoneyUnit } from '../../schemas/common.js';
import type { Budget, BudgetRow, BudgetSubtotal, BudgetYear } from '../../schemas/slutrapport.js';
import { parseAmount, readFigureCell, signedFigures, unitNamed, unreadFiguresOf } from '../parse/money.js';
import { statedShareOf } from '../parse/percent.js';
import { appendAll } from '../arrays.js';
import { evidenceAt } from '../evidence.js';
import { type FormCell, type FormLine, type FormRow, rowText } from '../structure/index.js';
import { type HeaderColumns, isBudgetHeader, isOutcomeOnlyHeader, readCostHeader, wrappedHeader, type YearColumn } from './budget-header.js';
import { headerOverTable } from './budget-heading-line.js';
import { labelAt } from './labels.js';
import { joinContinued, runningText } from './running-text.js';
import type { SectionSpan } from './sections.js';
import { cellUnder, headerCell, isHeaderRow } from './table-columns.js';
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
 * "Ekonomisk redovisning (tkr)", "Belopp i tkr", "Alla belopp anges i tusentals kronor", "Budget och
 * finansiering, tkr": a unit the line over a cost table, or its header's first cell ("tkr",
 * "Kostnadsslag (tkr)"), gives all its amounts. A unit after a comma closes the line; after a
 * figure ("Beviljat: 500 tkr") it is that figure's.
 */
const TABLE_UNIT =
  /\(\s*(?:belopp\s+i\s+)?(?:tkr|mkr|tusen(?:tals)?\s+kronor|miljoner\s+kronor)\s*\)|(?:belopp|summor)\s+(?:anges\s+|redovisas\s+)?i\s+(?:tkr|mkr|tusen(?:tals)?\s+kronor|miljoner\s+kronor)|^\s*(?:tkr|mkr)\s*$|\p{L}\s*,\s*(?:i\s+)?(?:tkr|mkr|tusen(?:tals)?\s+kronor|miljoner\s+kronor)\s*$/iu;

/** The lines over a table that may caption it: its heading and a line under it. */
const CAPTION_ROWS = 2;

/** The unit all of a table's amounts are in, as the line over its header (`header`) or the header's first cell names it; null when neither does. */
export function tableUnitOf(rows: readonly FormRow[], header: number): MoneyUnit | null {
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
    } else if (!hit) {
      // A category too long for its cell wraps (a PDF's lines): the whole of its first paragraph is the category.
      const [whole = first, ...rest] = runningText([lines], cell.wrapRight).split('\n');
      if (whole !== first.replace(/\s+/gu, ' ').trim()) {
        const note = rest.join('\n').trim();
        return { category: whole.replace(/[\s:–-]+$/u, '').trim(), note: note === '' ? null : note };
      }
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

function isFilled(year: BudgetYear): boolean {
  return year.budget !== null || year.outcome !== null || year.unreadFigures !== undefined;
}

/** A cost row with a figure in any column, or a cell that holds something else. */
function hasFigures(row: Pick<BudgetRow, 'budget' | 'outcome' | 'unreadFigures' | 'years'>): boolean {
  return row.budget !== null || row.outcome !== null || row.unreadFigures !== undefined || row.years?.some(isFilled) === true;
}

/** A row's figures for the section's text: each year's, then the whole period's. */
function figuresText(row: Pick<BudgetRow, 'budget' | 'outcome' | 'years'>): string[] {
  return [...(row.years ?? []).flatMap((year) => [moneyText(year.budget), moneyText(year.outcome)]), moneyText(row.budget), moneyText(row.outcome)];
}

/** The row's figures in the columns of one year, a year's budget and utfall together; undefined when the table has none. */
function yearsOf(row: FormRow, columns: readonly YearColumn[], first: FormCell, tableUnit: MoneyUnit | null, evidence: Evidence): BudgetYear[] | undefined {
  if (columns.length === 0) return undefined;
  const years = new Map<number, BudgetYear>();
  for (const column of columns) {
    const cell = cellUnder(row, column.cell);
    const read = amount(cell === first ? null : cell, unitOf(column.unitCell, tableUnit), evidence);
    const year = years.get(column.year) ?? { year: column.year, budget: null, outcome: null };
    year[column.column] = read.money;
    if (read.unread !== null) year.unreadFigures = { ...year.unreadFigures, [column.column]: read.unread };
    years.set(column.year, year);
  }
  return [...years.values()];
}

/** A row's avvikelse: an amount, signed as written — with a minus, brackets or a plus (`signedFigures`). */
function deviationAmount(cell: FormCell | null, unit: MoneyUnit, evidence: Evidence): Money | null {
  const text = (cell?.text ?? '').replace(/\s+/gu, ' ').trim();
  const { figures, below } = signedFigures(text);
  const money = parseAmount(figures, unit);
  if (!money) return amount(cell, unit, evidence).money;
  return { ...money, sek: below && money.sek !== 0 ? -Math.abs(money.sek) : money.sek, text, evidence };
}

/** The row's figures in the columns beside budget and utfall that the table has; `taken` are the cells read already. */
function besideOf(
  row: FormRow,
  header: Pick<HeaderColumns, 'deviation' | 'spentShare'>,
  taken: readonly (FormCell | null)[],
  tableUnit: MoneyUnit | null,
  evidence: Evidence,
): Pick<BudgetRow, 'deviation' | 'spentShare'> {
  const under = (heading: FormCell): FormCell | null => {
    const cell = cellUnder(row, heading);
    return cell && !taken.includes(cell) ? cell : null;
  };
  return {
    ...(header.deviation ? { deviation: deviationAmount(under(header.deviation), unitOf(header.deviation, tableUnit), evidence) } : {}),
    ...(header.spentShare ? { spentShare: statedShareOf(under(header.spentShare)?.text ?? '', header.spentShare.text) } : {}),
  };
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

/** A total of the income ("Summa intäkter", "Summa finansiering"), in a table that goes on to the costs. */
const INCOME = /(?<!\p{L})(?:intäkt|finansier|bidrag|inkomst)/iu;
/**
 * A row of money received, in a table of income and costs: "Intäkter", "Bidrag från förbundet",
 * "Medel från kommunen", "Finansiering Samordningsförbundet". Its figure is none of the costs. "Bidrag
 * till deltagare" is a cost.
 */
const INCOME_ROW =
  /^(?:intäkt\p{L}*|inkomst\p{L}*|finansiering(?:\s+från)?|medfinansiering\s+från|erhåll\p{L}*\s+(?:bidrag|medel)|(?:bidrag|medel|anslag)\s+från|(?:beviljade|tilldelade|erhållna)\s+medel)(?!\p{L})/iu;
/** A row of headings inside the table, without figures: the income's part starts ("Intäkter", "Finansiering"), the costs' ("Kostnader"). */
const INCOME_PART = /^(?:intäkter|inkomster|finansiering|intäkter\s+och\s+finansiering)\s*:?$/iu;
const COSTS_PART = /^(?:kostnader|utgifter)\s*:?$/iu;

/** The heading of a part ("Kostnader", "Intäkter") as the last line of a label cell of more than one line; else null. */
function partHeadingUnder(cell: FormCell): 'income' | 'costs' | null {
  const lines = cell.paragraphs.flat();
  const last = lines.length > 1 ? (lines.at(-1)?.text.trim() ?? '') : '';
  return INCOME_PART.test(last) ? 'income' : COSTS_PART.test(last) ? 'costs' : null;
}

/** A total row as read, with the rows it closes: costRows[firstRow] up to costRows[firstRow + rowCount]. */
interface ClosedTotal extends BudgetSubtotal {
  /** The first row of its table: 0, or where a table after another's Summa began. */
  tableStart: number;
}

/**
 * A header row that starts a table of its own after a Summa (a table per year, one under the other),
 * not the header a table repeats over its rest on a new page: that stands first on its page and
 * reads as the one before it.
 */
function startsAnotherTable(rows: readonly FormRow[], index: number, header: FormRow, previousHeader: string | null): boolean {
  const above = rows[index - 1];
  const onNewPage = above !== undefined && above.source.page !== header.source.page;
  return !(onNewPage && rowText(header) === previousHeader);
}

/**
 * The cost table in rows [span.start, span.end): every table row under a header row naming the
 * budget and outcome columns, in whatever order they stand; the category is the cost column's cell
 * (the first other cell when the header names none). A Summa row with more rows under it closes
 * their group ("Summa personal", "Delsumma", a year's table above the next): a subtotal, kept with
 * the rows it closes; the last is the table's total.
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
  const closedTotals: ClosedTotal[] = [];
  /** Where in costRows the table being read began, and its header as written. */
  let tableStart = 0;
  let previousHeader: string | null = null;
  let costHeader: FormCell | null = null;
  let budgetHeader: FormCell | null = null;
  let outcomeHeader: FormCell | null = null;
  let totalLabel = '';
  let inTable = false;
  /** Under a header of the utfall alone ("Kostnadsslag | Utfall"): no cell is a budget. */
  let outcomeAlone = false;
  /** Under a heading row of income ("Intäkter") until one of costs: rows of money received. */
  let inIncome = false;
  let tableUnit: MoneyUnit | null = null;
  /** The columns of one year, beside or instead of the whole period's. */
  let yearColumns: YearColumn[] = [];
  /** The columns beside budget and utfall that the rules check. */
  let beside: Pick<HeaderColumns, 'deviation' | 'spentShare'> = { deviation: null, spentShare: null };
  for (let index = span.start; index < span.end; index += 1) {
    const row = rows[index];
    if (!row) continue;
    // The headings on a line over a table without a header of its own.
    const overTable = row.table === null ? headerOverTable(rows, index, labels) : null;
    const headingLine = overTable?.header ?? null;
    // A borderless table's cost row without amounts, last on its page, reads as a line of its own.
    if (row.table === null && !headingLine && !(inTable && isBlankCostRow(row, costCategories))) continue;
    const outcomeAloneHeader = !headingLine && isOutcomeOnlyHeader(row, labels);
    // A table of the utfall alone after one of budget and utfall (the utfall per year) is another account of the same costs.
    if (outcomeAloneHeader && previousHeader !== null && !outcomeAlone) break;
    if (headingLine || outcomeAloneHeader || isHeaderRow(row, headers) || isBudgetHeader(row, labels) || wrappedHeader(rows, index, labels)) {
      const headerRow = headingLine ?? row;
      // After a Summa, a header opens the next table; lines over it without figures are its title, no costs.
      if (closedTotals.length > 0 && !group.some(hasFigures) && startsAnotherTable(rows, index, headerRow, previousHeader)) {
        group.length = 0;
        tableStart = costRows.length;
      }
      previousHeader = rowText(headerRow);
      const header = readCostHeader(headingLine ? [headingLine] : rows, headingLine ? 0 : index, labels, { budget: budgetHeader, outcome: outcomeHeader });
      ({ budget: budgetHeader, outcome: outcomeHeader, years: yearColumns } = header);
      // A header of the utfall alone has no budget column, by position or carried from a header before.
      outcomeAlone = outcomeAloneHeader;
      if (outcomeAlone) budgetHeader = null;
      beside = { deviation: header.deviation, spentShare: header.spentShare };
      const cost = headerCell(headerRow, labels.costColumn);
      // The usual order (category first) reads the first cell, as a row's cells may not line up with the header's.
      costHeader = cost && cost !== headerRow.cells.find((cell) => cell.text !== '') ? cost : null;
      tableUnit = tableUnitOf(rows, index);
      inIncome = false;
      // A line of headings takes the lines of its wrapped words with it.
      const headerRows = overTable?.rows ?? header.rows;
      for (let taken = 0; taken < headerRows; taken += 1) used.add(index + taken);
      index += headerRows - 1;
      inTable = true;
      continue;
    }
    // A header row without its heading for a column reads it by position, unless it has years instead.
    const byPosition = yearColumns.length === 0;
    const budgetCell = budgetHeader ? cellUnder(row, budgetHeader) : byPosition && !outcomeAlone ? (row.cells[1] ?? null) : null;
    const outcomeCell = outcomeHeader ? cellUnder(row, outcomeHeader) : byPosition ? (row.cells[2] ?? null) : null;
    const first = (costHeader ? cellUnder(row, costHeader) : null) ?? otherCell(row, budgetCell, outcomeCell);
    if (!first || first.text === '') continue;
    const evidence = evidenceAt(row.source, span.number, rowText(row));
    const budgetRead = amount(budgetCell === first ? null : budgetCell, unitOf(budgetHeader, tableUnit), evidence);
    const outcomeRead = amount(outcomeCell === first ? null : outcomeCell, unitOf(outcomeHeader, tableUnit), evidence);
    const budget = budgetRead.money;
    const outcome = outcomeRead.money;
    const unreadFigures = unreadFiguresOf(['budget', 'outcome'] as const, [budgetRead.unread, outcomeRead.unread]);
    const years = yearsOf(row, yearColumns, first, tableUnit, evidence);
    // The figures per year and beside budget and utfall, each where the table has the columns.
    const moreFigures = { ...(years ? { years } : {}), ...besideOf(row, beside, [first, budgetCell, outcomeCell], tableUnit, evidence) };
    used.add(index);
    const label = first.text.replace(/\s+/gu, ' ').trim();
    const figured = hasFigures({ budget, outcome, unreadFigures, years });
    if (!figured && (INCOME_PART.test(label) || COSTS_PART.test(label))) {
      inIncome = INCOME_PART.test(label);
      continue;
    }
    if (labelAt(first.text, labels.totalRow)) {
      inTable = false;
      inIncome = false;
      // The income's part of a table of income and costs: its rows and total are no costs.
      if (INCOME.test(first.text) && !/kostnad/iu.test(first.text)) {
        group.length = 0;
        continue;
      }
      total = { budget, outcome, ...moreFigures, evidence };
      totalLabel = first.text;
      closedTotals.push({ label, budget, outcome, firstRow: costRows.length, rowCount: group.length, evidence, tableStart });
      appendAll(costRows, group);
      group.length = 0;
      continue;
    }
    // Money received is no cost of the table's total.
    const received = inIncome || INCOME_ROW.test(label);
    // A PDF reader may run the heading row of the next part into this row's label, as a wrapped line.
    const nextPart = partHeadingUnder(first);
    if (nextPart !== null) inIncome = nextPart === 'income';
    if (received) continue;
    const previous = group.at(-1) ?? costRows.at(-1);
    if (previous && !figured && !labelAt(first.text, costCategories) && row.source.page !== previous.evidence?.page) {
      // The rest of the previous row's note, pushed onto the next page.
      const more = runningText(first.paragraphs, first.wrapRight);
      previous.note = previous.note ? joinContinued(previous.note, more) : more;
      continue;
    }
    const { category, note } = splitCategoryCell(first, costCategories);
    group.push({ category, note, budget, outcome, ...(unreadFigures ? { unreadFigures } : {}), ...moreFigures, evidence });
  }
  // Rows after the last total (a result, a comment) are none of its costs.
  const totalFilled = total.budget !== null || total.outcome !== null || (total.years ?? []).some(isFilled);
  if (!totalFilled) appendAll(costRows, group);
  const lines = costRows
    .filter((row) => row.note || row.budget || row.outcome || row.years?.some(isFilled))
    .map((row) => [row.note ? `${row.category}: ${row.note}` : row.category, ...figuresText(row)].join(' | '));
  if (totalFilled) lines.push([totalLabel, ...figuresText(total)].join(' | '));
  const deviationHeading = beside.deviation ? { deviationHeading: beside.deviation.text.replace(/\s+/gu, ' ').trim() } : {};
  const subtotals = closedTotals
    .slice(0, -1)
    .filter((closed) => closed.budget !== null || closed.outcome !== null)
    .map(({ label, budget, outcome, firstRow, rowCount, evidence }): BudgetSubtotal => ({ label, budget, outcome, firstRow, rowCount, evidence }));
  // A Summa right under another (a total of both years) is the whole's; one that closes rows of its own, its table's.
  const last = closedTotals.at(-1);
  const ownTable = totalFilled && last && last.rowCount > 0 ? last.tableStart : 0;
  return {
    budget: {
      rows: costRows,
      total: ownTable > 0 ? { ...total, firstRow: ownTable } : total,
      ...(subtotals.length > 0 ? { subtotals } : {}),
      ...deviationHeading,
    },
    rows: used,
    text: lines.join('\n'),
  };
}
