import { evidenceFor } from './evidence.js';
import type { Rule } from './rule.js';

const ID = 'checklist-unanswered';

/**
 * One finding for the whole checklist, listing every unanswered item, with one evidence per
 * item: leaving the checklist unanswered is one omission by the person filling in the form,
 * and six identical warnings for a skipped checklist would bury the other findings. The
 * message names each item, so nothing is lost.
 */
export const checklistUnanswered: Rule = {
  meta: {
    id: ID,
    defaultSeverity: 'warning',
    description: 'A checklist item (8.1) with neither Ja nor Nej.',
  },
  check(input) {
    if (input.kind !== 'slutrapport') return [];
    const { checklist } = input.record;
    const unanswered = checklist.filter((item) => item.answer === null);
    if (unanswered.length === 0) return [];
    const which = unanswered.length === checklist.length ? `All ${checklist.length} checklist items are` : `${unanswered.length} of ${checklist.length} checklist items ${unanswered.length === 1 ? 'is' : 'are'}`;
    const items = unanswered.map((item) => `"${item.item.replace(/\s+/g, ' ').trim()}"`).join('; ');
    return [
      {
        ruleId: ID,
        message: `${which} answered with neither Ja nor Nej: ${items}`,
        evidence: unanswered.flatMap((item) => evidenceFor(input, [item.evidence], item.item)),
      },
    ];
  },
};
