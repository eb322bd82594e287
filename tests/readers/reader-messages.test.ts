/**
 * What the readers notice is worded in both languages from what they found (the result's
 * `warnings[].message` is the run's language): every wording is filled, the Swedish one has no
 * English left in it, and mammoth's notes it is known to give are said in Swedish.
 */
import { describe, expect, it } from 'vitest';
import { externalTargetsMessage, mammothMessages } from '../../extractors/readers/docx/messages.js';
import type { ReaderMessage } from '../../extractors/model.js';
import { wordingProblems } from '../rules/support/messages.js';

function assertBothLanguages(message: ReaderMessage): void {
  expect(wordingProblems(message.wording.sv, 'sv'), message.wording.sv).toEqual([]);
  expect(wordingProblems(message.wording.en, 'en'), message.wording.en).toEqual([]);
  expect(message.wording.sv).not.toBe(message.wording.en);
}

/** Notes mammoth gives (node_modules/mammoth/lib), as it words them. */
const MAMMOTH_NOTES: Array<[string, string]> = [
  ["Unrecognised paragraph style: 'Rubrik Special' (Style ID: RubrikSpecial)", "Okänd styckemall: 'Rubrik Special' (Style ID: RubrikSpecial)"],
  ["Unrecognised run style: 'Betoning' (Style ID: B1)", "Okänd teckenmall: 'Betoning' (Style ID: B1)"],
  ['paragraph style with ID Rubrik9 was referenced but not defined in the document', 'Styckemallen med id Rubrik9 används men finns inte i dokumentet'],
  ['An unrecognised element was ignored: w:customThing', 'Ett okänt element hoppades över: w:customThing'],
  ['Unsupported break type: column', 'Okänd sorts brytning hoppades över: column'],
  [
    'A w:sym element with an unsupported character was ignored: char F0XX in font Wingdings',
    'Ett symboltecken som inte stöds hoppades över: char F0XX in font Wingdings',
  ],
  ['unexpected non-cell element in table row, cell merging may be incorrect', 'Oväntat innehåll i en tabell; sammanslagna celler kan ha lästs fel'],
  ['Ignoring complex field end character without corresponding start character', 'Ett fältslut utan fältbörjan hoppades över'],
];

describe('reader warnings in Swedish and English', () => {
  it.each(MAMMOTH_NOTES)('mammoth: %s', (note, swedish) => {
    const [message] = mammothMessages([note]);
    expect(message?.wording).toEqual({ sv: swedish, en: note });
  });

  it('a note mammoth has not been known to give is quoted after a Swedish lead, counted in both languages', () => {
    expect(mammothMessages(['Something new happened', 'Something new happened'])).toEqual([
      {
        code: 'docx-conversion',
        type: 'warning',
        wording: { sv: 'Word-läsaren (mammoth) noterade: Something new happened (2 gånger)', en: 'Something new happened (2 times)' },
        position: null,
      },
    ]);
  });

  it('outside links are counted by kind in each language', () => {
    const message = externalTargetsMessage(
      new Map([
        ['image', 1],
        ['hyperlink', 3],
        ['attachedTemplate', 1],
      ]),
    );
    if (!message) throw new Error('no message');
    assertBothLanguages(message);
    expect(message.wording).toEqual({
      sv: 'Hänvisningar utanför dokumentet hoppades över och hämtades aldrig (1 bifogad mall, 3 länkar, 1 bild)',
      en: 'External references were ignored and never fetched (1 attachedTemplate, 3 hyperlinks, 1 image)',
    });
  });

  it.each(MAMMOTH_NOTES.map(([note]) => note))('every wording is filled and the Swedish has no English: %s', (note) => {
    for (const message of mammothMessages([note])) assertBothLanguages(message);
  });
});
