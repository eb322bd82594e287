import type { Rule } from '../rule-engine/rule.js';
import { checkColumnTotal, columnTotalMessages } from '../rule-helpers/total-mismatch.js';

export const budgetTotalMismatch: Rule<'budget-total-mismatch'> = {
  meta: {
    id: 'budget-total-mismatch',
    defaultSeverity: 'error',
    title: { sv: 'Summa budget stämmer inte med raderna', en: 'Total budget differs from its rows' },
    description: 'The stated total budget (Summa) differs from the sum of the budget rows.',
    messages: columnTotalMessages('budget'),
  },
  check: (input) => checkColumnTotal(input, 'budget'),
};
