/**
 * A goal's heading as förbund write it: "Mål 1. …", "Mål 2: …", with a dash, in capitals, or broken
 * with Enter after its number; a sentence about a goal is no heading.
 */
import { describe, expect, it } from 'vitest';
import { p } from '../../fixtures/build/docx/index.js';
import { readGoals } from '../../extractors/arsredovisning/goals.js';
import { walk } from '../../extractors/arsredovisning/walk.js';
import { docxStructure } from '../structure/support/documents.js';

async function goalsOf(paragraphs: string[]): Promise<{ number: number; title: string }[]> {
  const { goals } = readGoals(walk(await docxStructure(paragraphs.map((text) => p(text)))));
  return goals.map((goal) => ({ number: goal.number, title: goal.title }));
}

describe('goal headings', () => {
  it.each<[string, string[], { number: number; title: string }[]]>([
    ['a stop after the number', ['Mål 1. Fler personer i arbete', 'Sammanfattning: Målet är uppfyllt.'], [{ number: 1, title: 'Fler personer i arbete' }]],
    ['a colon', ['Mål 2: Stödja samverkan', 'Sammanfattning: Delvis uppfyllt.'], [{ number: 2, title: 'Stödja samverkan' }]],
    ['a dash', ['Mål 3 – Verksamhet i ekonomisk balans', 'Sammanfattning: Uppfyllt.'], [{ number: 3, title: 'Verksamhet i ekonomisk balans' }]],
    ['capitals', ['MÅL 4. FLER UNGA I STUDIER', 'Sammanfattning: Uppfyllt.'], [{ number: 4, title: 'FLER UNGA I STUDIER' }]],
    [
      'the number alone, the title next',
      ['MÅL 5.', 'Stödja och utveckla samverkan', 'Sammanfattning: Uppfyllt.'],
      [{ number: 5, title: 'Stödja och utveckla samverkan' }],
    ],
    ['a sentence about a goal', ['Mål 1 bedöms vara uppfyllt till övervägande del.'], []],
  ])('%s', async (_name, paragraphs, goals) => {
    expect(await goalsOf(paragraphs)).toEqual(goals);
  });
});
