/**
 * The checklist's header row, its answers' own labels ("Ja | Nej"), is no item. On a page read by
 * OCR the labels are matched with OCR's tolerance, so "Nej" read "Nei" still makes the row the
 * header; a text layer's labels are what was typed, and are read exactly as before.
 */
import { describe, expect, it } from 'vitest';
import { slutrapportPdfkit } from '../../fixtures/build/pdf/render.js';
import { trisamGavle } from '../../fixtures/build/slutrapport/documents/trisam-gavle.js';
import { driftedLabels } from '../../fixtures/build/slutrapport/labels.js';
import type { SlutrapportData } from '../../fixtures/build/slutrapport/model.js';
import type { DocModel } from '../../extractors/model.js';
import { structureOf } from '../../extractors/outlines.js';
import { readPdf } from '../../extractors/readers/pdf/index.js';
import { extractSlutrapport } from '../../extractors/slutrapport/index.js';
import { Limits } from '../../schemas/config.js';

const limits = Limits.parse({});

/** The seed with its checklist answered, so that each answer must be read under its own header cell. */
const answered: SlutrapportData = { ...trisamGavle, checklist: ['ja', 'nej', null, 'ja', 'nej', 'ja'] };

/** The report drawn with its checklist's header as `yesNo`, every page counted as read by OCR or none. */
async function checklistOf(yesNo: [string, string], ocr: boolean): Promise<string[]> {
  const model = await readPdf(await slutrapportPdfkit({ ...answered, labels: driftedLabels({ yesNo }) }), limits);
  const pages = Array.from({ length: model.pages ?? 0 }, (_, index) => index + 1);
  const read: DocModel = ocr
    ? { ...model, ocr: { pages, engine: 'tesseract.js', engineVersion: '7.0.0', languages: ['swe'], meanConfidence: 90, words: {} } }
    : model;
  return extractSlutrapport(structureOf(read)).checklist.map((entry) => `${entry.item}: ${entry.answer}`);
}

describe("the checklist's header row", () => {
  it.each<[string, [string, string]]>([
    ['"Nej" read "Nei"', ['Ja', 'Nei']],
    ['"Nej" read "Ne1"', ['Ja', 'Ne1']],
    ['"Nej" read "Nel"', ['Ja', 'Nel']],
  ])('%s on a page read by OCR is the header, no item; on a text layer it is not the answer label', async (_name, yesNo) => {
    const seed = await checklistOf(['Ja', 'Nej'], false);
    expect(seed).toEqual([
      'Kontrollerat att samtliga insatser/deltagare registrerat i enlighet med SUS: ja',
      'Initierat möten på önskemål från berörda/ansvariga tjänstemän: nej',
      'Föreslagit kompetensutvecklingsinsatser: null',
      'Anordnat kompetensutvecklingsinsatser: ja',
      'Under perioden vid minst ett tillfälle kontrollerat att angiven metod följs: nej',
      'Under perioden vid minst ett tillfälle kontrollerat att deltagare faller inom angiven målgrupp: ja',
    ]);
    expect(await checklistOf(yesNo, true)).toEqual(seed);
    // Typed, "Nei" is no "Nej": the row is read as it was before, an item "Ja" first.
    expect(await checklistOf(yesNo, false)).toEqual(['Ja: null', ...seed]);
  });

  it('the labels as typed are the header, OCR or not', async () => {
    const seed = await checklistOf(['Ja', 'Nej'], false);
    expect(await checklistOf(['Ja', 'Nej'], true)).toEqual(seed);
  });

  it.each<[string, [string, string]]>([
    ['a word one letter off that no shape explains', ['Ja', 'Nes']],
    ['another word', ['Ja', 'Nu']],
  ])('%s is no answer label, even read by OCR', async (_name, yesNo) => {
    const seed = await checklistOf(['Ja', 'Nej'], false);
    expect(await checklistOf(yesNo, true)).toEqual(['Ja: null', ...seed]);
  });
});
