import type { Evidence } from '../../schemas/common.js';
import { defectKey } from '../../schemas/finding.js';

interface Merged {
  ruleId: string;
  data: unknown;
  evidence: Evidence[];
}

/**
 * One defect, one finding: findings of the same rule with the same figures about the same subject
 * (the same `defectKey`: their data alike but for the document's wording) are one piece of work
 * for a person, so they become the first of them with the evidence of every place it is stated.
 */
export function onePerDefect<F extends Merged>(findings: F[]): F[] {
  const byKey = new Map<string, F>();
  const merged: F[] = [];
  for (const finding of findings) {
    const key = defectKey(finding);
    const first = byKey.get(key);
    if (!first) {
      const copy = { ...finding, evidence: [...finding.evidence] };
      byKey.set(key, copy);
      merged.push(copy);
      continue;
    }
    for (const evidence of finding.evidence) {
      if (!first.evidence.some((known) => sameEvidence(known, evidence))) first.evidence.push(evidence);
    }
  }
  return merged;
}

function sameEvidence(a: Evidence, b: Evidence): boolean {
  return a.page === b.page && a.section === b.section && a.text === b.text;
}
