/**
 * 7.2: the cost table (Kostnadsslag | Budget | Utfall). Every cost row is kept, blank ones with
 * nulls; the Summa row is reported as written. Bare numbers are in the unit the column header
 * names (kr unless it says tkr/mkr).
 */
import type { z } from 'zod';
import type { Money, MoneyUnit } from '../../schemas/common.js';
import type { Budget, BudgetRow } from '../../schemas/slutrapport.js';
import { parseAmount } from '../parse/money.js';
import { evidenceAt } from '../evidence.js';
import { type FormCell, type FormLine, type FormRow, rowText } from '../structure/index.js';
import { labelAt } from './labels.js';
import { joinContinued, runningText } from './running-text.js';
import type { SectionSpan } from './sections.js';
import { cellUnder, headerCell, isHeaderRow } from './table-columns.js';
import { COST_CATEGORIES, LABELS } from './template.js';

type BudgetRecord = z.infer<typeof Budget>;

export interface BudgetTable {
  budget: BudgetRecord;
  rows: Set<number>;
  /** The filled rows as text, for the section's text. */
  text: string;
}

const HEADERS = [LABELS.costColumn, LABELS.budgetColumn, LABELS.outcomeColumn];

function unitOf(header: FormCell | null): MoneyUnit {
  const text = header?.text.toLowerCase() ?? '';
  if (/\btkr\b|tusen/.test(text)) return 'tkr';
  if (/\bmkr\b|miljon/.test(text)) return 'mkr';
  return 'kr';
}

/** The category as written, without its "(ange typ …)" instruction, and the note typed under it. */
function splitCategoryCell(cell: FormCell): { category: string; note: string | null } {
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
    const hit = labelAt(first, COST_CATEGORIES);
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

function amount(cell: FormCell | null, unit: MoneyUnit, evidence: ReturnType<typeof evidenceAt>): Money | null {
  const text = cell?.text.replace(/\s+/g, ' ').trim() ?? '';
  if (text === '') return null;
  const money = parseAmount(text, unit);
  return money ? { ...money, evidence } : null;
}

function moneyText(money: Money | null): string {
  return money?.text ?? '';
}

/** A line that is nothing but a cost type ("Lokalkostnader (ange typ av lokal)"): a row left blank. */
function isBlankCostRow(row: FormRow): boolean {
  const only = row.cells.length === 1 ? row.cells[0] : undefined;
  if (!only || only.paragraphs.flat().length !== 1) return false;
  const hit = labelAt(only.text, COST_CATEGORIES);
  return hit !== null && (hit.rest === '' || /^\(.*\)$/u.test(hit.rest.trim()));
}

export function readBudget(rows: FormRow[], span: SectionSpan): BudgetTable {
  const used = new Set<number>();
  const costRows: z.infer<typeof BudgetRow>[] = [];
  let total: BudgetRecord['total'] = { budget: null, outcome: null };
  let budgetHeader: FormCell | null = null;
  let outcomeHeader: FormCell | null = null;
  let totalLabel = '';
  let inTable = false;
  for (let index = span.start; index < span.end; index += 1) {
    const row = rows[index];
    if (!row) continue;
    // A borderless table's cost row without amounts, last on its page, reads as a line of its own.
    if (row.table === null && !(inTable && isBlankCostRow(row))) continue;
    if (isHeaderRow(row, HEADERS)) {
      budgetHeader = headerCell(row, LABELS.budgetColumn) ?? budgetHeader;
      outcomeHeader = headerCell(row, LABELS.outcomeColumn) ?? outcomeHeader;
      used.add(index);
      inTable = true;
      continue;
    }
    const first = row.cells[0];
    if (!first || first.text === '') continue;
    const budgetCell = budgetHeader ? cellUnder(row, budgetHeader) : (row.cells[1] ?? null);
    const outcomeCell = outcomeHeader ? cellUnder(row, outcomeHeader) : (row.cells[2] ?? null);
    const evidence = evidenceAt(row.source, span.number, rowText(row));
    const budget = amount(budgetCell === first ? null : budgetCell, unitOf(budgetHeader), evidence);
    const outcome = amount(outcomeCell === first ? null : outcomeCell, unitOf(outcomeHeader), evidence);
    used.add(index);
    if (labelAt(first.text, LABELS.totalRow)) {
      total = { budget, outcome, evidence };
      totalLabel = first.text;
      inTable = false;
      continue;
    }
    const previous = costRows.at(-1);
    if (previous && !budget && !outcome && !labelAt(first.text, COST_CATEGORIES) && row.source.page !== previous.evidence?.page) {
      // The rest of the previous row's note, pushed onto the next page.
      const more = runningText(first.paragraphs, first.wrapRight);
      previous.note = previous.note ? joinContinued(previous.note, more) : more;
      continue;
    }
    const { category, note } = splitCategoryCell(first);
    costRows.push({ category, note, budget, outcome, evidence });
  }
  const lines = costRows
    .filter((row) => row.note || row.budget || row.outcome)
    .map((row) => [row.note ? `${row.category}: ${row.note}` : row.category, moneyText(row.budget), moneyText(row.outcome)].join(' | '));
  if (total.budget || total.outcome) lines.push([totalLabel, moneyText(total.budget), moneyText(total.outcome)].join(' | '));
  return { budget: { rows: costRows, total }, rows: used, text: lines.join('\n') };
}
