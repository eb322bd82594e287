import { findPersonalIdentityNumbers } from '../../extractors/parse/personal-identity-number.js';
import type { FindingDraft, Rule } from './rule.js';

const ID = 'personal-identity-number';

/** The last four digits hidden, so the finding does not spread the number it warns about. */
function mask(text: string): string {
  return text.replace(/\d{4}$/, '****');
}

export const personalIdentityNumber: Rule = {
  meta: {
    id: ID,
    defaultSeverity: 'error',
    description: 'A Swedish personnummer or samordningsnummer (valid Luhn check digit) appears in the text.',
  },
  check(input) {
    const findings: FindingDraft[] = [];
    const seen = new Set<string>();
    for (const unit of input.text) {
      for (const found of findPersonalIdentityNumbers(unit.text)) {
        const key = `${unit.evidence.page ?? ''}|${unit.evidence.section ?? ''}|${found.value.text}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const masked = mask(found.value.text);
        const where = unit.evidence.section ? ` in section ${unit.evidence.section}` : '';
        findings.push({
          ruleId: ID,
          message: `A ${found.value.kind} (${masked}) appears${where}; reports must not contain personal identity numbers`,
          evidence: [{ ...unit.evidence, text: unit.evidence.text.split(found.value.text).join(masked) }],
        });
      }
    }
    return findings;
  },
};
