import { evidenceFor } from '../rule-helpers/evidence.js';
import type { Rule } from '../rule-engine/rule.js';

export const unsignedReport: Rule<'unsigned-report'> = {
  meta: {
    id: 'unsigned-report',
    defaultSeverity: 'warning',
    title: { sv: 'Rapporten är inte undertecknad', en: 'Report not signed' },
    description: 'No signature block has a name, place or date filled in.',
    messages: {
      sv: (data) =>
        data.signatureBlocks === 1
          ? 'Underskriftsblocket har varken namn, ort eller datum ifyllt'
          : `Inget av de ${data.signatureBlocks} underskriftsblocken har namn, ort eller datum ifyllt`,
      en: (data) => `None of the ${data.signatureBlocks} signature blocks has a name, place or date filled in`,
    },
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
        data: { signatureBlocks: signatures.length },
        evidence: evidenceFor(
          input,
          signatures.map((signature) => signature.evidence),
          'Underskrift',
        ),
      },
    ];
  },
};
