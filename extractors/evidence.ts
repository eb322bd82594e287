/** Evidence for extracted values: where (page, section) and on what text each value rests. */
import type { Evidence } from '../schemas/common.js';
import type { SourceRef } from './model.js';

export function evidenceAt(source: SourceRef, section: string | null, text: string): Evidence {
  const evidence: Evidence = { page: source.page ?? null, section, text: text.replace(/\s+/g, ' ').trim() };
  const box = boxOnPage(source);
  if (box) evidence.box = box;
  return evidence;
}

/** The text's box on its PDF page, when the reader measured one (never for .docx, never empty). */
export function boxOnPage(source: SourceRef): Evidence['box'] {
  if (source.page === null || !source.box || source.box.width <= 0 || source.box.height <= 0) return undefined;
  const { x, y, width, height } = source.box;
  return { x, y, width, height };
}

/** Collects the record's field evidence, keyed by JSON path ("intervention.name"). */
export class EvidenceBook {
  readonly entries: Record<string, Evidence> = {};

  add(path: string, evidence: Evidence | null): void {
    if (evidence) this.entries[path] = evidence;
  }
}
