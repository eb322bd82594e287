import { describe, expect, it } from 'vitest';
import { fieldOf } from '../../extractors/arsredovisning/appendix/fields.js';

describe('fieldOf: the appendix labels as förbund word them', () => {
  it.each([
    ['Insatsnamn', 'name'],
    ['Insatsens namn', 'name'],
    ['Insatsnman', 'name'],
    ['Inriktning', 'orientation'],
    ['Period', 'period'],
    ['Insatsperiod', 'period'],
    ['Syfte', 'purpose'],
    ['Mål', 'goals'],
    ['Deltagarregistrering', 'participantRegistration'],
    ['Specifik målgrupp', 'targetGroup'],
    ['Målgrupp', 'targetGroup'],
    ['Budget 2021', 'budget'],
    ['Totalbudget 2021', 'budget'],
    ['Beviljad budget 2022', 'budget'],
    ['Budget 2023 (tkr)', 'budget'],
    ['Utfall ekonomi', 'outcome'],
    ['Utfall 2022', 'outcome'],
    ['Huvudman för insats', 'lead'],
    ['Huvudman', 'lead'],
    ['Samverkansparter', 'partners'],
    ['Samverkande parter', 'partners'],
    ['Resultat', 'results'],
    ['Kommentar:', 'comment'],
    ['Kommentarer', 'comment'],
  ])('%s → %s', (label, field) => {
    expect(fieldOf(label)).toBe(field);
  });

  it.each([
    'Indikator',
    'Måttbeskrivning',
    'Sammanfattning',
    'Totalt antal unika ärenden',
    'Försäkringskassan',
    'Belopp i tkr',
    '',
    'Under året har insatsen haft fler deltagare än väntat och målet är nått',
  ])('%j is no appendix label', (label) => {
    expect(fieldOf(label)).toBeNull();
  });
});
