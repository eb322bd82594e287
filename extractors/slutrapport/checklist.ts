/**
 * 8.1: the insatsledare's checklist, each item answered by ticking Ja or Nej. A box counts as
 * ticked when it is ☒ or the cell holds a typed mark ("X"); both or neither ticked is no answer.
 * The row of the answers' own labels is the header, never an item: on a page read by OCR its
 * labels are matched with OCR's tolerance ("Nej" read "Nei"), as form labels are there.
 */
import type { z } from 'zod';
import type { ChecklistItem } from '../../schemas/slutrapport.js';
import { evidenceAt } from '../evidence.js';
import { type FormCell, type FormRow, rowText } from '../structure/index.js';
import type { SectionSpan } from './sections.js';
import { cellUnder, headerCell } from './table-columns.js';
import type { TemplateLabels } from './profile.js';

type Item = z.infer<typeof ChecklistItem>;

export interface Checklist {
  items: Item[];
  rows: Set<number>;
  text: string;
}

const TICKED = /☒|☑|✓|✔|✗|✘|^\s*[xX]\s*$/u;
const BOXES = /[☐☒☑]/gu;

function ticked(cell: FormCell | null): boolean {
  return cell !== null && TICKED.test(cell.text);
}

function answerOf(yes: boolean, no: boolean): Item['answer'] {
  if (yes === no) return null;
  return yes ? 'ja' : 'nej';
}

/** A checklist line without a table: the item followed by its two boxes, Ja first. */
function fromLine(text: string): { item: string; answer: Item['answer'] } | null {
  const boxes = text.match(BOXES) ?? [];
  if (boxes.length !== 2) return null;
  const item = text.replace(BOXES, '').replace(/\s+/g, ' ').trim();
  return item === '' ? null : { item, answer: answerOf(boxes[0] === '☒' || boxes[0] === '☑', boxes[1] === '☒' || boxes[1] === '☑') };
}

export function readChecklist(rows: FormRow[], span: SectionSpan, start: number, labels: TemplateLabels, ocrPages: ReadonlySet<number>): Checklist {
  const used = new Set<number>();
  const items: Item[] = [];
  let yesHeader: FormCell | null = null;
  let noHeader: FormCell | null = null;
  for (let index = start; index < span.end; index += 1) {
    const row = rows[index];
    if (!row) continue;
    const evidence = evidenceAt(row.source, span.number, rowText(row));
    if (row.table === null) {
      const line = fromLine(row.cells[0]?.text ?? '');
      if (line) {
        items.push({ ...line, evidence });
        used.add(index);
      }
      continue;
    }
    const ocr = row.source.page !== null && ocrPages.has(row.source.page);
    const yes = headerCell(row, labels.yes, { ocr });
    const no = headerCell(row, labels.no, { ocr });
    if (yes && no) {
      yesHeader = yes;
      noHeader = no;
      used.add(index);
      continue;
    }
    const itemCell = row.cells.find((cell) => cell.text.replace(BOXES, '').trim() !== '');
    if (!itemCell || itemCell === row.cells.at(-1)) continue;
    const yesCell = yesHeader ? cellUnder(row, yesHeader) : (row.cells[1] ?? null);
    const noCell = noHeader ? cellUnder(row, noHeader) : (row.cells[2] ?? null);
    const item = itemCell.text.replace(BOXES, '').replace(/\s+/g, ' ').trim();
    items.push({ item, answer: answerOf(ticked(yesCell), ticked(noCell)), evidence });
    used.add(index);
  }
  const text = items
    .filter((entry) => entry.answer !== null)
    .map((entry) => `${entry.item}: ${entry.answer === 'ja' ? 'Ja' : 'Nej'}`)
    .join('\n');
  return { items, rows: used, text };
}
