import { evidenceFor } from './evidence.js';
import type { Rule } from './rule.js';

const ID = 'unsigned-report';

export const unsignedReport: Rule = {
  meta: {
    id: ID,
    defaultSeverity: 'warning',
    description: 'No signature block has a name, place or date filled in.',
  },
  check(input) {
    if (input.kind !== 'slutrapport') return [];
    const { signatures } = input.record;
    // No signature blocks found at all is a missing section, not an unsigned one.
    if (signatures.length === 0) return [];
    const signed = signatures.some((signature) => [signature.name, signature.place, signature.date].some((value) => value !== null && value.trim() !== ''));
    if (signed) return [];
    return [
      {
        ruleId: ID,
        message: `None of the ${signatures.length} signature blocks has a name, place or date filled in`,
        evidence: evidenceFor(input, signatures.map((signature) => signature.evidence), 'Underskrift'),
      },
    ];
  },
};
