/**
 * 5.1: the two-column table of goals ("Vilket/-a resultat skulle uppnås…" / "Mål") and outcomes
 * ("Utfall"). A row that a PDF split over a page break comes back as one row.
 */
import type { FormCell, FormLine, FormRow } from '../structure/index.js';
import { continues, joinContinued, runningText } from './running-text.js';
import type { SectionSpan } from './sections.js';
import { cellUnder, headerCell, isHeaderRow, overlap } from './table-columns.js';
import { joinLineRows } from './table-lines.js';
import type { TemplateLabels } from './profile.js';

export interface GoalRow {
  goal: string;
  outcome: string;
}

export interface GoalsTable {
  goals: GoalRow[];
  /** Rows read as part of the table (header and data). */
  rows: Set<number>;
}

function cellText(cell: FormCell | null): string {
  return cell ? runningText(cell.paragraphs, cell.wrapRight) : '';
}

/** Every column of the new row is empty or carries on the row before: one row broken by the page. */
function splitRow(previous: GoalRow, next: GoalRow): boolean {
  const columns: (keyof GoalRow)[] = ['goal', 'outcome'];
  const carried = columns.filter((column) => continues(previous[column], next[column]));
  return carried.length > 0 && columns.every((column) => next[column] === '' || carried.includes(column));
}

function inside(box: { x: number; width: number }, area: { x: number; width: number }): boolean {
  const slack = 2;
  return box.x >= area.x - slack && box.x + box.width <= area.x + area.width + slack;
}

/**
 * The paragraph lines right after the table that sit inside one of its columns: a cell that went
 * on over the page, which the reader could not see as a table with only one column filled.
 */
function overflow(rows: FormRow[], from: number, end: number, columns: FormCell[]) {
  const firstBox = rows[from]?.table === null ? rows[from]?.source.box : undefined;
  const column = firstBox ? columns.find((cell) => cell.source.box && inside(firstBox, cell.source.box)) : undefined;
  const area = column?.source.box;
  if (!column || !area) return null;
  const paragraphs = new Map<number, FormLine[]>();
  let index = from;
  for (; index < end; index += 1) {
    const row = rows[index];
    const line = row?.table === null ? row.cells[0]?.paragraphs[0]?.[0] : undefined;
    if (!row || !line?.source.box || !inside(line.source.box, area)) break;
    const key = row.paragraph ?? index;
    paragraphs.set(key, [...(paragraphs.get(key) ?? []), line]);
  }
  return { column, lines: [...paragraphs.values()], next: index };
}

export function readGoals(rows: FormRow[], span: Pick<SectionSpan, 'start' | 'end'>, labels: TemplateLabels): GoalsTable {
  const HEADERS = [labels.goalsColumn, labels.outcomeColumn];
  const used = new Set<number>();
  const tableRows: FormRow[] = [];
  let afterTable = -1;
  for (let index = span.start; index < span.end; index += 1) {
    const row = rows[index];
    if (!row || row.table === null) continue;
    used.add(index);
    tableRows.push(row);
    afterTable = index + 1;
  }
  const goals: (GoalRow & { page: number | null })[] = [];
  let goalHeader: FormCell | null = null;
  let outcomeHeader: FormCell | null = null;
  let lastRow: FormRow | null = null;
  for (const row of joinLineRows(tableRows, (candidate) => !isHeaderRow(candidate, HEADERS))) {
    if (isHeaderRow(row, HEADERS)) {
      outcomeHeader = headerCell(row, labels.outcomeColumn);
      goalHeader = row.cells.find((cell) => cell !== outcomeHeader && cell.text !== '') ?? goalHeader;
      continue;
    }
    if (row.cells.every((cell) => cell.text === '')) continue;
    const goalCell = goalHeader ? cellUnder(row, goalHeader) : (row.cells[0] ?? null);
    const outcomeCell = outcomeHeader ? cellUnder(row, outcomeHeader) : (row.cells[1] ?? null);
    const goal = cellText(goalCell);
    const outcome = cellText(outcomeCell === goalCell ? null : outcomeCell);
    lastRow = row;
    const previous = goals.at(-1);
    const page = row.source.page;
    const newPage = previous !== undefined && previous.page !== null && page !== null && page !== previous.page;
    if (previous && newPage && splitRow(previous, { goal, outcome })) {
      previous.goal = joinContinued(previous.goal, goal);
      previous.outcome = joinContinued(previous.outcome, outcome);
      previous.page = page;
    } else {
      goals.push({ goal, outcome, page });
    }
  }
  const last = goals.at(-1);
  const more = lastRow && last && afterTable >= 0 ? overflow(rows, afterTable, span.end, lastRow.cells) : null;
  if (more && last && lastRow) {
    const text = runningText(more.lines, more.column.wrapRight);
    const key: keyof GoalRow = outcomeHeader && overlap(more.column, outcomeHeader) > 0 ? 'outcome' : 'goal';
    last[key] = joinContinued(last[key], text);
    for (let index = afterTable; index < more.next; index += 1) used.add(index);
  }
  return { goals: goals.map(({ goal, outcome }) => ({ goal, outcome })), rows: used };
}
