import type { Rule } from './rule.js';
import { checkColumnTotal } from './total-mismatch.js';

export const outcomeTotalMismatch: Rule = {
  meta: {
    id: 'outcome-total-mismatch',
    defaultSeverity: 'error',
    description: 'The stated total utfall (Summa) differs from the sum of the utfall rows.',
  },
  check: (input) => checkColumnTotal(input, 'outcome', 'outcome-total-mismatch'),
};
