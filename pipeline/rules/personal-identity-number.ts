import { findPersonalIdentityNumbers } from '../../extractors/parse/personal-identity-number.js';
import type { PersonalIdentityNumberData } from '../../schemas/finding-data.js';
import type { FindingDraft, Rule } from '../rule-engine/rule.js';

/** The last four digits hidden, so the finding does not spread the number it warns about. */
function mask(text: string): string {
  return text.replace(/\d{4}$/, '****');
}

export const personalIdentityNumber: Rule<'personal-identity-number'> = {
  meta: {
    id: 'personal-identity-number',
    defaultSeverity: 'error',
    title: { sv: 'Personnummer i texten', en: 'Personal identity number in the text' },
    description: 'A Swedish personnummer or samordningsnummer (valid Luhn check digit) appears in the text.',
    messages: {
      sv: (data) =>
        `Ett ${data.kind} (${data.masked}) förekommer${data.section ? ` i avsnitt ${data.section}` : ''}; rapporter får inte innehålla personnummer`,
      en: (data) =>
        `A ${data.kind} (${data.masked}) appears${data.section ? ` in section ${data.section}` : ''}; reports must not contain personal identity numbers`,
    },
  },
  check(input) {
    const findings: FindingDraft<PersonalIdentityNumberData>[] = [];
    const seen = new Set<string>();
    for (const unit of input.text) {
      for (const found of findPersonalIdentityNumbers(unit.text)) {
        const key = `${unit.evidence.page ?? ''}|${unit.evidence.section ?? ''}|${found.value.text}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const masked = mask(found.value.text);
        findings.push({
          data: { kind: found.value.kind, masked, section: unit.evidence.section },
          evidence: [{ ...unit.evidence, text: unit.evidence.text.split(found.value.text).join(masked) }],
        });
      }
    }
    return findings;
  },
};
