/**
 * A goal's heading as förbund write it: "Mål 1. …", "Mål 2: …", with a dash, in capitals, or broken
 * with Enter after its number; a sentence about a goal is no heading. On a page read by OCR, "Mål"
 * misread in letters of like shape ("Mal 1.") is still a goal's word; on a text layer it is not.
 */
import { describe, expect, it } from 'vitest';
import { p } from '../../fixtures/build/docx/index.js';
import { readGoals } from '../../extractors/arsredovisning/goals.js';
import { walk } from '../../extractors/arsredovisning/walk.js';
import { BODY, docxStructure, H2, pdfStructure } from '../structure/support/documents.js';

async function goalsOf(paragraphs: string[]): Promise<{ number: number; title: string }[]> {
  const { goals } = readGoals(walk(await docxStructure(paragraphs.map((text) => p(text)))));
  return goals.map((goal) => ({ number: goal.number, title: goal.title }));
}

/**
 * The paragraphs as a one-page PDF (each line a heading when it starts "Heading:"), its goals read
 * with that page OCR'd or not, each as "number title: assessment", then each indicator's part labels.
 */
async function pdfGoalsOf(lines: string[], ocr: boolean): Promise<string[]> {
  const structure = await pdfStructure((flow) => {
    for (const line of lines) {
      const heading = line.startsWith('Heading:');
      flow.paragraph(line.replace(/^Heading:/, ''), heading ? H2 : BODY, { spaceAfter: heading ? 6 : 12 });
    }
  });
  const { goals, indicators } = readGoals(walk(structure), new Set(ocr ? [1] : []));
  return [
    ...goals.map((goal) => `${goal.number} ${goal.title}: ${goal.assessment}`),
    ...indicators
      .filter((indicator) => indicator.parts.length > 0)
      .map((indicator) => `${indicator.goal}: ${indicator.parts.map((part) => part.label).join(', ')}`),
  ];
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

describe("goal headings on a page read by OCR (the page's words as OCR misreads them)", () => {
  it.each<[string, string[], string[]]>([
    [
      '"Mål" read "Mal"',
      ['Mal 1. Fler i arbete eller studier', 'Indikator: Minst 60 personer', 'Sammanfattning: Uppfyllt'],
      ['1 Fler i arbete eller studier: Uppfyllt', '1: Indikator'],
    ],
    ['capitals read without the ring', ['MAL 2: STÖDJA SAMVERKAN', 'Sammanfattning: Delvis uppfyllt'], ['2 STÖDJA SAMVERKAN: Delvis uppfyllt']],
    ['its "l" read "1"', ['Heading:Ma1 3 – Verksamhet i balans', 'Sammanfattning: Uppfyllt'], ['3 Verksamhet i balans: Uppfyllt']],
    [
      'the number alone, the title next',
      ['Mäl 4.', 'Stödja och utveckla samverkan', 'Sammanfattning: Uppfyllt'],
      ['4 Stödja och utveckla samverkan: Uppfyllt'],
    ],
    [
      'a part\'s label misread, the assessment from the Samlad bedömning, its "Mål" misread too',
      ['Mal 5. Fler unga i studier', 'lndikat0r: Minst 20 unga börjar studera', 'Samlad bedömning', 'Mal 5 bedöms uppfyllt.'],
      ['5 Fler unga i studier: uppfyllt', '5: Indikator'],
    ],
  ])('%s: a goal only when OCR read it', async (_name, lines, goals) => {
    expect(await pdfGoalsOf(lines, true)).toEqual(goals);
    // A text layer's words are what was typed: "Mal" there is no goal's word.
    expect(await pdfGoalsOf(lines, false)).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['another word before the number', ['Mars 1. Fler i arbete eller studier', 'Sammanfattning: Uppfyllt']],
    ['a longer word of the same start', ['Målet 1. Fler i arbete eller studier', 'Sammanfattning: Uppfyllt']],
    ['a lower-case word', ['mal 1. Fler i arbete eller studier', 'Sammanfattning: Uppfyllt']],
    ['a sentence about a goal', ['Mal 1 bedöms vara uppfyllt till övervägande del.']],
    ['a number that is no number', ['Mal l. Fler i arbete eller studier', 'Sammanfattning: Uppfyllt']],
  ])('%s is no goal, OCR or not', async (_name, lines) => {
    expect(await pdfGoalsOf(lines, true)).toEqual([]);
    expect(await pdfGoalsOf(lines, false)).toEqual([]);
  });

  it("a text layer reads as before, whether the page counts as OCR'd or not", async () => {
    const lines = ['Mål 1. Fler i arbete eller studier', 'Indikator: Minst 60 personer', 'Sammanfattning: Uppfyllt'];
    expect(await pdfGoalsOf(lines, false)).toEqual(['1 Fler i arbete eller studier: Uppfyllt', '1: Indikator']);
    expect(await pdfGoalsOf(lines, true)).toEqual(['1 Fler i arbete eller studier: Uppfyllt', '1: Indikator']);
  });
});
