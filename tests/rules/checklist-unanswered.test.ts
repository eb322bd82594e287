import { describe, expect, it } from 'vitest';
import { checklistUnanswered } from '../../pipeline/rules/checklist-unanswered.js';
import { evidence, slutrapport, slutrapportInput } from './support/builders.js';
import { findingsOf } from './support/findings.js';
import { inSwedish } from './support/messages.js';

const ITEMS = ['Kontrollerat att samtliga deltagare registrerats i SUS', 'Föreslagit kompetensutvecklingsinsatser', 'Kontrollerat att angiven metod följs'];

function check(answers: ('ja' | 'nej' | null)[]) {
  const record = slutrapport({ checklist: ITEMS.map((item, index) => ({ item, answer: answers[index] ?? null, evidence: evidence(item, '8.1', 8) })) });
  return findingsOf(checklistUnanswered, slutrapportInput(record));
}

describe('checklist-unanswered', () => {
  it('reports an unanswered checklist once, listing every item with its own evidence', () => {
    const findings = check([null, null, null]);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toBe(
      'All 3 checklist items are answered with neither Ja nor Nej: "Kontrollerat att samtliga deltagare registrerats i SUS"; ' +
        '"Föreslagit kompetensutvecklingsinsatser"; "Kontrollerat att angiven metod följs"',
    );
    expect(inSwedish(checklistUnanswered, findings[0])).toBe(
      'Alla 3 punkter i checklistan är besvarade med varken Ja eller Nej: ”Kontrollerat att samtliga deltagare registrerats i SUS”; ”Föreslagit kompetensutvecklingsinsatser”; ”Kontrollerat att angiven metod följs”',
    );
    expect(findings[0]?.evidence.map((item) => item.text)).toEqual(ITEMS);
    expect(findings[0]?.data).toEqual({ unanswered: ITEMS, items: 3 });
  });

  it.each([
    [['ja', 'nej', 'ja'], []],
    [['ja', null, 'nej'], ['1 of 3 checklist items is answered with neither Ja nor Nej: "Föreslagit kompetensutvecklingsinsatser"']],
    [
      ['ja', null, null],
      ['2 of 3 checklist items are answered with neither Ja nor Nej: "Föreslagit kompetensutvecklingsinsatser"; "Kontrollerat att angiven metod följs"'],
    ],
  ] as const)('%j', (answers, messages) => {
    const findings = check([...answers]);
    expect(findings.map((finding) => finding.message)).toEqual(messages);
    expect(findings.map((finding) => finding.data)).toEqual(
      messages.length === 0 ? [] : [{ unanswered: ITEMS.filter((_, index) => answers[index] === null), items: 3 }],
    );
  });

  it('keeps an item on one line however it wraps in the form', () => {
    const record = slutrapport({
      checklist: [{ item: 'Kontrollerat att\n  angiven metod följs', answer: null, evidence: evidence('Kontrollerat att', '8.1', 8) }],
    });
    const [finding] = findingsOf(checklistUnanswered, slutrapportInput(record));
    expect(finding?.data).toEqual({ unanswered: ['Kontrollerat att angiven metod följs'], items: 1 });
    expect(finding?.message).toBe('All 1 checklist items are answered with neither Ja nor Nej: "Kontrollerat att angiven metod följs"');
  });

  it('says nothing without a checklist', () => {
    expect(findingsOf(checklistUnanswered, slutrapportInput(slutrapport()))).toEqual([]);
  });
});
