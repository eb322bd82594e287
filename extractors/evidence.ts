/** Evidence for extracted values: where (page, section) and on what text each value rests. */
import type { Evidence } from '../schemas/common.js';
import type { SourceRef } from './model.js';

export function evidenceAt(source: SourceRef, section: string | null, text: string): Evidence {
  return { page: source.page ?? null, section, text: text.replace(/\s+/g, ' ').trim() };
}

/** Collects the record's field evidence, keyed by JSON path ("intervention.name"). */
export class EvidenceBook {
  readonly entries: Record<string, Evidence> = {};

  add(path: string, evidence: Evidence | null): void {
    if (evidence) this.entries[path] = evidence;
  }
}
