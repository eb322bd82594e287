import type { Evidence } from '../../schemas/common.js';
import type { RuleInput } from './rule.js';

/**
 * The evidence of a finding: the evidence carried by the values it rests on, in order, without
 * repeats. When none carried any, the document text that contains `search` (or the first piece
 * of text) — a finding must always point somewhere.
 */
export function evidenceFor(input: RuleInput, carried: (Evidence | undefined | null)[], search?: string): Evidence[] {
  const found: Evidence[] = [];
  const seen = new Set<string>();
  for (const evidence of carried) {
    if (!evidence) continue;
    const key = `${evidence.page ?? ''}|${evidence.section ?? ''}|${evidence.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push(evidence);
  }
  if (found.length > 0) return found;
  return [textEvidence(input, search)];
}

function textEvidence(input: RuleInput, search: string | undefined): Evidence {
  const needle = search?.replace(/\s+/g, ' ').trim();
  if (needle) {
    const unit = input.text.find((candidate) => candidate.text.replace(/\s+/g, ' ').includes(needle));
    if (unit) return unit.evidence;
  }
  return input.text[0]?.evidence ?? { page: null, section: null, text: needle ?? '' };
}

/** A field's evidence from the record's evidence map ("receivedDate", "intervention.granted"). */
export function fieldEvidence(input: RuleInput, path: string): Evidence | undefined {
  return input.record.evidence[path];
}
