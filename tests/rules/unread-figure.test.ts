import { describe, expect, it } from 'vitest';
import { unreadFigure } from '../../pipeline/rules/unread-figure.js';
import {
  arsredovisning,
  arsredovisningInput,
  financialStatement,
  intervention,
  money,
  operatingStatement,
  row,
  slutrapport,
  slutrapportInput,
  statements,
} from './support/builders.js';
import { findingsOf } from './support/findings.js';
import { inSwedish, nb } from './support/messages.js';

function costTable(unread: Record<string, string> | undefined) {
  const personal = { ...row('Personal', '1 000 000 kr', null), ...(unread ? { unreadFigures: unread } : {}) };
  return slutrapport({
    budget: { rows: [personal, row('Lokaler', '250 000 kr', '230 000 kr')], total: { budget: money('1 250 000 kr'), outcome: money('1 180 000 kr') } },
  });
}

describe('unread-figure', () => {
  it.each([
    ['every cell read or blank', undefined, 0],
    ["an utfall written 'ca 950 000'", { outcome: 'ca 950 000' }, 1],
    ['a budget and an utfall that are no amounts: one finding a cell', { budget: 'enligt ansökan', outcome: 'se bilaga' }, 2],
  ] as const)('a cost table with %s', (_name, unread, expected) => {
    expect(findingsOf(unreadFigure, slutrapportInput(costTable(unread)))).toHaveLength(expected);
  });

  it('names the table, the row, the column and the text, and says the sums were not checked', () => {
    const [finding] = findingsOf(unreadFigure, slutrapportInput(costTable({ outcome: 'ca 950 000' })));
    expect(finding?.data).toEqual({ table: 'budget', row: 'Personal', column: 'outcome', text: 'ca 950 000' });
    expect(finding?.severity).toBe('info');
    expect(finding?.message).toBe('Cost table, "Personal": utfall "ca 950 000" is not an amount, so the column\'s sums were not checked');
    expect(inSwedish(unreadFigure, finding)).toBe(
      nb`Kostnadstabellen, ”Personal”: utfall ”ca 950 000” är inget belopp, så kolumnens summor kontrollerades inte`,
    );
  });

  it("finds a statement's cell and a driftredovisning's avvikelse, whose row alone goes unchecked", () => {
    const income = financialStatement('Resultaträkning', [
      ['Medlemsavgifter', '4 000', '3 800'],
      ['Personalkostnader', null, '−1 900'],
    ]);
    const [, personal] = income.rows;
    if (personal) personal.unreadFigures = { current: 'ca −2 000' };
    const operating = operatingStatement([['Insatser', '−3 000', '−2 700', null]]);
    const [insatser] = operating.rows;
    if (insatser) insatser.unreadFigures = { deviation: 'se not 4' };
    const findings = findingsOf(unreadFigure, arsredovisningInput(arsredovisning({ statements: statements({ income, operating }) })));
    expect(findings.map((finding) => finding.data)).toEqual([
      { table: 'income', row: 'Personalkostnader', column: 'current', text: 'ca −2 000' },
      { table: 'operating', row: 'Insatser', column: 'deviation', text: 'se not 4' },
    ]);
    expect(inSwedish(unreadFigure, findings[1])).toBe(
      'Driftredovisningen, ”Insatser”: avvikelse ”se not 4” är inget belopp, så radens avvikelse kontrollerades inte',
    );
  });
});

describe('unread-figure: a year of a cost table, an insats table', () => {
  it("names a year's cell of a cost table with its year", () => {
    const personal = { ...row('Personal', null, null), years: [{ year: 2022, budget: null, outcome: null, unreadFigures: { outcome: 'se bilaga' } }] };
    const record = slutrapport({ budget: { rows: [personal], total: { budget: null, outcome: null } } });
    const [finding] = findingsOf(unreadFigure, slutrapportInput(record));
    expect(finding?.data).toEqual({ table: 'budget', row: 'Personal', column: 'outcome', year: 2022, text: 'se bilaga' });
    expect(finding?.message).toBe('Cost table, "Personal": utfall 2022 "se bilaga" is not an amount, so the column\'s sums were not checked');
  });

  it.each([
    ['every cell read', undefined, 0],
    ["an utfall written 'se not 3'", { outcome: 'se not 3' }, 1],
  ] as const)('an insats table with %s', (_name, unread, expected) => {
    const base = arsredovisning();
    const lotsen = { ...intervention('Lotsen'), source: 'table' as const, ...(unread ? { unreadFigures: unread } : {}) };
    const findings = findingsOf(unreadFigure, arsredovisningInput({ ...base, interventions: [lotsen] }));
    expect(findings).toHaveLength(expected);
    expect(findings.map((finding) => finding.data)).toEqual(unread ? [{ table: 'interventions', row: 'Lotsen', column: 'outcome', text: 'se not 3' }] : []);
  });
});
