/**
 * E-mail addresses OCR read without their "@" (extractors/readers/ocr/addresses.ts): given it back
 * only where the word can be nothing but an address, and only on OCR'd pages. Made-up addresses.
 */
import { describe, expect, it } from 'vitest';
import { PdfLibCanvas } from '../../fixtures/build/pdf/pdflib-canvas.js';
import { repairAddresses, repairedAddress } from '../../extractors/readers/ocr/addresses.js';
import type { OcrWord } from '../../extractors/readers/ocr/types.js';
import { readPdf } from '../../extractors/readers/pdf/index.js';
import { Limits } from '../../schemas/config.js';

describe('repairedAddress: a word read with another mark in place of "@"', () => {
  it.each<{ word: string; labelled: boolean; text: string | null }>([
    // "Q" for "@" (a softened page's commonest misreading), in a local part written as addresses are.
    { word: 'henrik.almqvistQgavle.example', labelled: false, text: 'henrik.almqvist@gavle.example' },
    { word: 'k_lindahlQfinsam.example', labelled: false, text: 'k_lindahl@finsam.example' },
    { word: 'anna-karinQkommun.se,', labelled: false, text: 'anna-karin@kommun.se,' },
    // Marks that are no letter are an "@" in any address-shaped word.
    { word: 'info&finsam.se', labelled: false, text: 'info@finsam.se' },
    { word: 'info©finsam.se.', labelled: false, text: 'info@finsam.se.' },
    { word: 'info(at)finsam.se', labelled: false, text: 'info@finsam.se' },
    { word: 'registrator®region.example', labelled: false, text: 'registrator@region.example' },
    // A plain local part with "Q": only as the value of an e-mail label.
    { word: 'infoQfinsam.se', labelled: true, text: 'info@finsam.se' },
    { word: 'infoQfinsam.se', labelled: false, text: null },
    // Words that are not such an address stay as read.
    { word: 'Qatar.se', labelled: true, text: null },
    { word: 'www.Qbank.se', labelled: true, text: null },
    { word: 'IQ-test.se', labelled: true, text: null },
    { word: 'henrik.almqvist@gavle.example', labelled: true, text: null },
    { word: 'Q&A', labelled: true, text: null },
    { word: 'Drift&underhåll', labelled: false, text: null },
    { word: 'Qvist', labelled: true, text: null },
  ])('$word (labelled $labelled) → $text', ({ word, labelled, text }) => {
    expect(repairedAddress(word, () => labelled)?.text ?? null).toBe(text);
  });
});

describe('repairAddresses: the e-mail label on the line or just above', () => {
  const word = (text: string, x: number, baseline: number): OcrWord => ({
    text,
    confidence: 90,
    x,
    right: x + text.length * 5,
    baseline,
    size: 10,
    bold: false,
  });

  it.each<{ name: string; label: OcrWord | null; repaired: boolean }>([
    { name: 'before it on its line', label: word('E-post:', 72, 200), repaired: true },
    { name: 'above its start', label: word('E-postadress', 110, 188), repaired: true },
    { name: 'Mail before it', label: word('Mail', 72, 200), repaired: true },
    { name: 'no label', label: null, repaired: false },
    { name: 'another label before it', label: word('Webbplats:', 72, 200), repaired: false },
    { name: 'a label three lines up', label: word('E-post', 110, 170), repaired: false },
    { name: 'a label to its right', label: word('E-post', 300, 200), repaired: false },
  ])('$name → $repaired', ({ label, repaired }) => {
    const value = word('infoQfinsam.se', 110, 200);
    const result = repairAddresses(label ? [label, value] : [value]);
    expect(result.words.at(-1)?.text).toBe(repaired ? 'info@finsam.se' : 'infoQfinsam.se');
    expect(result.repairs).toEqual(repaired ? [{ read: 'Q' }] : []);
  });
});

describe('a text layer is never repaired', () => {
  it('a PDF with text keeps its words and gives no warning', async () => {
    const canvas = await PdfLibCanvas.create('Adresstest');
    canvas.addPage();
    canvas.draw(0, 'E-postadress: henrik.almqvistQgavle.example', 62, 140, { size: 10 });
    canvas.draw(0, 'Kontakt: info&finsam.se', 62, 160, { size: 10 });
    const model = await readPdf(await canvas.finish(), Limits.parse({}));
    expect(model.blocks.map((block) => (block.type === 'table' ? '' : block.text))).toEqual([
      'E-postadress: henrik.almqvistQgavle.example',
      'Kontakt: info&finsam.se',
    ]);
    expect(model.messages).toEqual([]);
  });
});
