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
import { readChecklist } from './checklist.js';
import { evidenceAt } from '../evidence.js';
import type { FormRow } from '../structure/index.js';
import { readGoals } from './goals.js';
import { readParticipants } from './participants.js';
import { answerGroups, groupsText, readSectionTitle } from './section-text.js';
import type { SectionSpan } from './sections.js';
import { readSignatures } from './signatures.js';

/** The page of the first line in rows [start, end) that holds the start of `text`. */
function pageOf(rows: FormRow[], start: number, end: number, text: string): number | null {
  const head = text.split(/\s+/).slice(0, 2).join(' ');
  for (let index = start; index < end; index += 1) {
    const row = rows[index];
    if (row?.cells.some((cell) => cell.text.replace(/\s+/g, ' ').includes(head))) return row.source.page;
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

export function readSectionRecords(rows: FormRow[], spans: SectionSpan[], bodyRight: number | null): SectionRecords {
  const result: SectionRecords = {
    sections: [],
    goals: [],
    participants: null,
    statedCounts: [],
    budget: { rows: [], total: { budget: null, outcome: null } },
    checklist: [],
    signatures: [],
  };
  for (const span of spans) {
    const { title, answerStart } = readSectionTitle(rows, span, bodyRight);
    const answer = (exclude: ReadonlySet<number>): string =>
      groupsText(answerGroups(rows, answerStart, span.end, exclude), bodyRight);
    let text: string;
    switch (span.number) {
      case '5.1': {
        const goals = readGoals(rows, span);
        result.goals = goals.goals;
        text = joinTexts(...goals.goals.map((goal) => joinTexts(goal.goal, goal.outcome)), answer(goals.rows));
        break;
      }
      case '7.2': {
        const budget = readBudget(rows, span);
        result.budget = budget.budget;
        text = joinTexts(budget.text, answer(budget.rows));
        break;
      }
      case '8.1': {
        const checklist = readChecklist(rows, span, answerStart);
        result.checklist = checklist.items;
        text = joinTexts(checklist.text, answer(checklist.rows));
        break;
      }
      case '9.1': {
        const signatures = readSignatures(rows, span, answerStart);
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
  const counts = readParticipants(
    result.sections.map((section, index) => {
      const span = spans[index];
      return { ...section, locate: (text: string) => (span ? pageOf(rows, span.start, span.end, text) : null) };
    }),
  );
  result.participants = counts.participants;
  result.statedCounts = counts.statedCounts;
  return result;
}
