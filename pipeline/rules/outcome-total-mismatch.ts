import type { Rule } from '../rule-engine/rule.js';
import { checkColumnTotal, columnTotalMessages } from '../rule-helpers/total-mismatch.js';

export const outcomeTotalMismatch: Rule<'outcome-total-mismatch'> = {
  meta: {
    id: 'outcome-total-mismatch',
    defaultSeverity: 'error',
    title: { sv: 'Summa utfall stämmer inte med raderna', en: 'Total utfall differs from its rows' },
    description: 'The stated total utfall (Summa) differs from the sum of the utfall rows.',
    messages: columnTotalMessages('outcome'),
  },
  check: (input) => checkColumnTotal(input, 'outcome'),
};
