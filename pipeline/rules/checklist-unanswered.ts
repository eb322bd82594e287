import { evidenceFor } from '../rule-helpers/evidence.js';
import { quote } from '../rule-helpers/format.js';
import type { Rule } from '../rule-engine/rule.js';

/**
 * One finding for the whole checklist, listing every unanswered item, with one evidence per
 * item: leaving the checklist unanswered is one omission by the person filling in the form,
 * and six identical warnings for a skipped checklist would bury the other findings. The
 * message names each item, so nothing is lost.
 */
export const checklistUnanswered: Rule<'checklist-unanswered'> = {
  meta: {
    id: 'checklist-unanswered',
    defaultSeverity: 'warning',
    title: { sv: 'Obesvarad punkt i checklistan', en: 'Checklist item unanswered' },
    description: 'A checklist item (8.1) with neither Ja nor Nej.',
    messages: {
      sv(data) {
        const count = data.unanswered.length;
        const items = data.unanswered.map((item) => quote(item, 'sv')).join('; ');
        if (data.items === 1) return `Checklistans enda punkt är besvarad med varken Ja eller Nej: ${items}`;
        const which =
          count === data.items
            ? `Alla ${data.items} punkter i checklistan är besvarade`
            : `${count} av ${data.items} punkter i checklistan är ${count === 1 ? 'besvarad' : 'besvarade'}`;
        return `${which} med varken Ja eller Nej: ${items}`;
      },
      en(data) {
        const count = data.unanswered.length;
        const which =
          count === data.items ? `All ${data.items} checklist items are` : `${count} of ${data.items} checklist items ${count === 1 ? 'is' : 'are'}`;
        return `${which} answered with neither Ja nor Nej: ${data.unanswered.map((item) => `"${item}"`).join('; ')}`;
      },
    },
  },
  check(input) {
    if (input.kind !== 'slutrapport') return [];
    const { checklist } = input.record;
    const unanswered = checklist.filter((item) => item.answer === null);
    if (unanswered.length === 0) return [];
    return [
      {
        data: { unanswered: unanswered.map((item) => item.item.replace(/\s+/g, ' ').trim()), items: checklist.length },
        evidence: unanswered.flatMap((item) => evidenceFor(input, [item.evidence], item.item)),
      },
    ];
  },
};
