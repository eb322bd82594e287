import type { Rule } from './rule.js';
import { checkColumnTotal } from './total-mismatch.js';

export const budgetTotalMismatch: Rule = {
  meta: {
    id: 'budget-total-mismatch',
    defaultSeverity: 'error',
    description: 'The stated total budget (Summa) differs from the sum of the budget rows.',
  },
  check: (input) => checkColumnTotal(input, 'budget', 'budget-total-mismatch'),
};
