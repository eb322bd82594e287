import { describe, expect, it } from 'vitest';
import { checklistUnanswered } from '../../pipeline/rules/checklist-unanswered.js';
import { evidence, slutrapport, slutrapportInput } from './support/builders.js';

const ITEMS = ['Kontrollerat att samtliga deltagare registrerats i SUS', 'Föreslagit kompetensutvecklingsinsatser', 'Kontrollerat att angiven metod följs'];

function check(answers: ('ja' | 'nej' | null)[]) {
  const record = slutrapport({ checklist: ITEMS.map((item, index) => ({ item, answer: answers[index] ?? null, evidence: evidence(item, '8.1', 8) })) });
  return checklistUnanswered.check(slutrapportInput(record));
}

describe('checklist-unanswered', () => {
  it('reports an unanswered checklist once, listing every item with its own evidence', () => {
    const findings = check([null, null, null]);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toBe(
      'All 3 checklist items are answered with neither Ja nor Nej: "Kontrollerat att samtliga deltagare registrerats i SUS"; ' +
        '"Föreslagit kompetensutvecklingsinsatser"; "Kontrollerat att angiven metod följs"',
    );
    expect(findings[0]?.evidence.map((item) => item.text)).toEqual(ITEMS);
  });

  it.each([
    [['ja', 'nej', 'ja'], 0, ''],
    [['ja', null, 'nej'], 1, '1 of 3 checklist items is answered'],
    [['ja', null, null], 1, '2 of 3 checklist items are answered'],
  ] as const)('%j', (answers, expected, phrase) => {
    const findings = check([...answers]);
    expect(findings).toHaveLength(expected);
    if (expected > 0) expect(findings[0]?.message).toContain(phrase);
  });

  it('says nothing without a checklist', () => {
    expect(checklistUnanswered.check(slutrapportInput(slutrapport()))).toEqual([]);
  });
});
