/** The record's values in the shape of expected.json: evidence dropped, whole-number decimals dropped. */
import type { Count, Money, Period } from '../../../schemas/common.js';
import type { SlutrapportRecord } from '../../../schemas/slutrapport.js';

export function money(value: Money | null): Omit<Money, 'evidence'> | null {
  if (!value) return null;
  return { sek: value.sek, unit: value.unit, text: value.text, ...(value.decimals ? { decimals: value.decimals } : {}) };
}

export function period(value: Period | null): Omit<Period, 'evidence'> | null {
  return value ? { start: value.start, end: value.end, text: value.text } : null;
}

export function count(value: Count | null): Omit<Count, 'evidence'> | null {
  return value ? { total: value.total, women: value.women, men: value.men, other: value.other, text: value.text } : null;
}

export function budgetOf(record: SlutrapportRecord) {
  return {
    rows: record.budget.rows.map((row) => ({
      category: row.category,
      note: row.note,
      budget: money(row.budget),
      outcome: money(row.outcome),
    })),
    total: { budget: money(record.budget.total.budget), outcome: money(record.budget.total.outcome) },
  };
}

export function checklistOf(record: SlutrapportRecord) {
  return record.checklist.map(({ item, answer }) => ({ item, answer }));
}

export function signaturesOf(record: SlutrapportRecord) {
  return record.signatures.map(({ role, place, date, organisation, name }) => ({ role, place, date, organisation, name }));
}
