/**
 * The record's `sections`: every numbered subsection with its title and answer, and the
 * structured parts read from their sections (5.1 goals, 7.2 budget, 8.1 checklist, 9.1
 * signatures). A structured section's text is what was filled in there, so that an answered
 * table does not read as a blank section.
 */
import type { z } from 'zod';
import type { Count } from '../../schemas/common.js';
import type { Budget, ChecklistItem, GoalAndOutcome, Section, Signature } from '../../schemas/slutrapport.js';
import { readBudget } from './budget.js';
import { isBudgetHeader, isOutcomeOnlyHeader, wrappedHeader } from './budget-header.js';
import { headerOverTable } from './budget-heading-line.js';
import { readChecklist } from './checklist.js';
import { evidenceAt } from '../evidence.js';
import { parseAmount } from '../parse/money.js';
import { type DocStructure, type FormRow, tableEnd } from '../structure/index.js';
import type { SourceRef } from '../model.js';
import { readGoals } from './goals.js';
import type { TemplateReading } from './profile.js';
import { readParticipants, type SectionForCount } from './participants.js';
import { answerGroups, groupsText, readSectionTitle } from './section-text.js';
import type { SectionSpan } from './sections.js';
import { readSignatures } from './signatures.js';
import { isHeaderRow, headerCell } from './table-columns.js';

/** The page of the first line in rows [start, end) that holds the start of `text`. */
function placeOf(rows: FormRow[], start: number, end: number, text: string): SourceRef | null {
  const head = text.split(/\s+/).slice(0, 2).join(' ');
  for (let index = start; index < end; index += 1) {
    const row = rows[index];
    const cell = row?.cells.find((candidate) => candidate.text.replace(/\s+/g, ' ').includes(head));
    if (row && cell) return cell.source.box ? { page: row.source.page, box: cell.source.box } : { page: row.source.page };
  }
  return null;
}

export interface SectionRecords {
  sections: Section[];
  goals: z.infer<typeof GoalAndOutcome>[];
  participants: Count | null;
  statedCounts: Count[];
  budget: z.infer<typeof Budget>;
  checklist: z.infer<typeof ChecklistItem>[];
  signatures: z.infer<typeof Signature>[];
}

const NONE: ReadonlySet<number> = new Set();

function joinTexts(...parts: string[]): string {
  return parts.filter((part) => part !== '').join('\n');
}

type Span = { start: number; end: number };

/**
 * The rows of the first table whose header row names all of `columns` (each one of its cells):
 * where a document on no known template keeps its goal or cost table.
 */
function tableWith(rows: FormRow[], columns: readonly (readonly string[])[], allowed: readonly (readonly string[])[]): Span | null {
  return tableWhere(rows, (row) => isHeaderRow(row, allowed) && columns.every((wordings) => headerCell(row, wordings) !== null));
}

/** The rows of the first table whose header row passes `isHeader`. */
function tableWhere(rows: FormRow[], isHeader: (row: FormRow, index: number) => boolean): Span | null {
  const start = rows.findIndex((row, index) => row.table !== null && isHeader(row, index));
  return start < 0 ? null : { start, end: tableEnd(rows, start) };
}

/** The first table under a line of its column headings ("Kostnadsslag Budget Utfall"): the line, with the lines of its wrapped words, and the table. */
function headedByLine(rows: FormRow[], labels: TemplateReading['labels']): Span | null {
  for (const [start, row] of rows.entries()) {
    const line = row.table === null ? headerOverTable(rows, start, labels) : null;
    if (line) return { start, end: tableEnd(rows, start + line.rows) };
  }
  return null;
}

/**
 * A header that is a table of its own, as a Word author may set it over the table of the costs:
 * that table too, where the header's table has no amount and another table follows it at once.
 */
function withRowsApart(rows: FormRow[], table: Span): Span {
  const next = rows[table.end];
  const hasAmount = rows
    .slice(table.start, table.end)
    .some((row) => row.cells.slice(1).some((cell) => cell.text !== '' && parseAmount(cell.text, 'kr') !== null));
  return hasAmount || !next || next.table === null ? table : { start: table.start, end: tableEnd(rows, table.end) };
}

/** The lines of a title that may stand between one cost table and the next (a table per year). */
const TITLE_LINES = 2;

/**
 * The cost table and those that follow it at once, each under a header of its own and perhaps a
 * title of a line or two ("Kostnader 2022" over one table, "Kostnader 2023" over the next): a table
 * per year.
 */
function withTablesAfter(rows: FormRow[], table: Span, isHeader: (row: FormRow, index: number) => boolean): Span {
  let end = table.end;
  for (;;) {
    let next = end;
    while (next < end + TITLE_LINES && rows[next]?.table === null) next += 1;
    const row = rows[next];
    if (!row || row.table === null || !isHeader(row, next)) return { start: table.start, end };
    end = tableEnd(rows, next);
  }
}

/** The number of the section a row stands in, by the structure's sections; '' before the first. */
function sectionAt(spans: SectionSpan[], row: number): string {
  return spans.filter((span) => span.heading <= row).at(-1)?.number ?? '';
}

/**
 * Every section of the record with its title and answer, and the parts read from the sections the
 * template says hold them (goals, budget, checklist, signatures). Without a profile, the goal and
 * cost tables are looked for in the whole document by their column headers; participants a
 * free-text report states in its running text are left to the identity reader, which knows their
 * phrasings ("42 individer av totalt 46 som deltagit" reached 46, not 42).
 */
export function readSectionRecords(structure: DocStructure, spans: SectionSpan[], bodyRight: number | null, reading: TemplateReading): SectionRecords {
  const rows = structure.rows;
  const { labels } = reading;
  const result: SectionRecords = {
    sections: [],
    goals: [],
    participants: null,
    statedCounts: [],
    budget: { rows: [], total: { budget: null, outcome: null } },
    checklist: [],
    signatures: [],
  };
  // Pages read by OCR: their labels may be misread in letters of like shape (labels.ts).
  const ocrPages: ReadonlySet<number> = new Set(structure.model.ocr?.pages ?? []);
  const goalsIn = reading.sectionOf('goals');
  const budgetIn = reading.sectionOf('budget');
  const checklistIn = reading.sectionOf('checklist');
  const signaturesIn = reading.sectionOf('signatures');
  for (const span of spans) {
    const { title, answerStart } = readSectionTitle(rows, span, bodyRight);
    const answer = (exclude: ReadonlySet<number>): string => groupsText(answerGroups(rows, answerStart, span.end, exclude), bodyRight);
    let text: string;
    switch (span.number) {
      case goalsIn: {
        const goals = readGoals(rows, span, labels);
        result.goals = goals.goals;
        text = joinTexts(...goals.goals.map((goal) => joinTexts(goal.goal, goal.outcome)), answer(goals.rows));
        break;
      }
      case budgetIn: {
        const budget = readBudget(rows, span, reading);
        result.budget = budget.budget;
        text = joinTexts(budget.text, answer(budget.rows));
        break;
      }
      case checklistIn: {
        const checklist = readChecklist(rows, span, answerStart, labels, ocrPages);
        result.checklist = checklist.items;
        text = joinTexts(checklist.text, answer(checklist.rows));
        break;
      }
      case signaturesIn: {
        const signatures = readSignatures(rows, span, answerStart, labels, ocrPages);
        result.signatures = signatures.signatures;
        text = signatures.text;
        break;
      }
      default:
        text = answer(NONE);
    }
    const heading = rows[span.heading];
    const evidence = evidenceAt(heading?.source ?? { page: null }, span.number, `${span.number} ${title}`);
    result.sections.push({ number: span.number, title, text, evidence });
  }
  if (goalsIn === null) {
    const table = tableWith(rows, [labels.goalsColumn, labels.outcomeColumn], [labels.goalsColumn, labels.outcomeColumn]);
    if (table) result.goals = readGoals(rows, table, labels).goals;
  }
  if (budgetIn === null) {
    const columns = [labels.costColumn, labels.budgetColumn, labels.outcomeColumn];
    const isCostHeader = (row: FormRow, index: number): boolean =>
      (isHeaderRow(row, columns) && [labels.budgetColumn, labels.outcomeColumn].every((wordings) => headerCell(row, wordings) !== null)) ||
      isBudgetHeader(row, labels) ||
      wrappedHeader(rows, index, labels) !== null;
    const table =
      tableWith(rows, [labels.budgetColumn, labels.outcomeColumn], columns) ??
      tableWhere(rows, (row, index) => isBudgetHeader(row, labels) || wrappedHeader(rows, index, labels) !== null) ??
      headedByLine(rows, labels);
    // Without a table of budget and utfall, one of the utfall alone; the tables after it are of the utfall alone too.
    const outcomeOnly = table ? null : tableWhere(rows, (row) => isOutcomeOnlyHeader(row, labels));
    const found = table ?? outcomeOnly;
    if (found) {
      const isHeader = table ? isCostHeader : (row: FormRow) => isOutcomeOnlyHeader(row, labels);
      const span = withTablesAfter(rows, withRowsApart(rows, found), isHeader);
      result.budget = readBudget(rows, { ...span, number: sectionAt(spans, found.start) }, reading).budget;
    }
  }
  const counted: SectionForCount[] = result.sections.map((section, index) => {
    const span = spans[index];
    return { ...section, locate: (text: string) => (span ? placeOf(rows, span.start, span.end, text) : null) };
  });
  const counts = readParticipants(counted, reading.participantsSection);
  result.participants = counts.participants;
  result.statedCounts = counts.statedCounts;
  return result;
}
