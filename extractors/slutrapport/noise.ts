/**
 * Page furniture the PDF reader should have removed but might not have: page numbers, running
 * headers and footers, e-signature stamps. Only rows at the top or bottom of a page are
 * suspects, so a form value that happens to be a bare number stays.
 */
import { type FormRow } from './form.js';
import { labelAt } from './labels.js';
import { LABELS } from './template.js';

const PAGE_NUMBER = /^(?:(?:sida|page|s\.)\s*)?\d{1,3}(?:\s*(?:av|of|\/)\s*\d{1,3})?$/iu;
const FIELD_LABELS: string[] = Object.values(LABELS).flat();
const SIGNATURE_STAMP = /comfact\s*signature|referensnummer\s*:|signed\s+by|signerat\s+av|verifierad?\s+av/iu;
/** Rows from each end of a page that may be furniture. */
const EDGE = 2;

function lineText(row: FormRow): string | null {
  return row.table === null ? (row.cells[0]?.text ?? null) : null;
}

/** Row indices at the top and bottom of each PDF page. */
function pageEdges(rows: FormRow[]): Set<number> {
  const byPage = new Map<number, number[]>();
  rows.forEach((row, index) => {
    const page = row.source.page;
    if (page === null || row.table !== null) return;
    byPage.set(page, [...(byPage.get(page) ?? []), index]);
  });
  const edges = new Set<number>();
  for (const indices of byPage.values()) {
    for (const index of [...indices.slice(0, EDGE), ...indices.slice(-EDGE)]) edges.add(index);
  }
  return edges;
}

export function withoutPageFurniture(rows: FormRow[]): FormRow[] {
  const edges = pageEdges(rows);
  if (edges.size === 0) return rows.filter((row) => !SIGNATURE_STAMP.test(lineText(row) ?? ''));
  // A header or footer repeats at the edge of several pages.
  const pagesOf = new Map<string, Set<number>>();
  for (const index of edges) {
    const row = rows[index];
    const text = row ? lineText(row) : null;
    if (!row || !text || row.source.page === null) continue;
    pagesOf.set(text, new Set([...(pagesOf.get(text) ?? []), row.source.page]));
  }
  // A form label can start or end two pages by chance; a running header is on (nearly) all of them.
  const repeated = (text: string): boolean => (pagesOf.get(text)?.size ?? 0) >= 3 && labelAt(text, FIELD_LABELS) === null;
  return rows.filter((row, index) => {
    const text = lineText(row);
    if (text === null) return true;
    if (SIGNATURE_STAMP.test(text)) return false;
    if (!edges.has(index)) return true;
    return !PAGE_NUMBER.test(text) && !repeated(text);
  });
}
