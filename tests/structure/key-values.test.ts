/** Key–value rows: "Label: value" lines and label | value table rows, and what is no such pair. */
import { describe, expect, it } from 'vitest';
import { p, table } from '../../fixtures/build/docx/index.js';
import { labelColon } from '../../extractors/structure/index.js';
import { docxStructure } from './support/documents.js';

describe('"Label: value" on a line', () => {
  it.each([
    ['Syfte: Insatsen ska korta vägen till arbete', { label: 'Syfte', value: 'Insatsen ska korta vägen till arbete' }],
    ['Insatsnamn: Steget vidare – Kramfors', { label: 'Insatsnamn', value: 'Steget vidare – Kramfors' }],
    ['Totalbudget 2021: 450 tkr', { label: 'Totalbudget 2021', value: '450 tkr' }],
    ['Kontaktperson:', { label: 'Kontaktperson', value: '' }],
    // A clock time is no label's colon; a long sentence before a colon is no label.
    ['Mötet började klockan 13:30 i kommunhuset', null],
    ['Styrelsen beslutade följande vid sitt sammanträde i mars: att godkänna planen', null],
    ['https://www.finsam.example/rapport', null],
  ])('%j', async (text, expected) => {
    const structure = await docxStructure([p(text)]);
    const found = structure.keyValues.map(({ label, value }) => ({ label, value }));
    expect(found).toEqual(expected ? [expected] : []);
    if (expected) expect(structure.keyValues[0]).toMatchObject({ layout: 'colon', row: 0 });
  });

  it('labelColon splits any text at its first colon, for readers that know their labels', () => {
    expect(labelColon('Utfall: 1 080 tkr')).toEqual({ label: 'Utfall', value: '1 080 tkr' });
    expect(labelColon('Inget kolon här')).toBeNull();
  });
});

describe('a label cell and a value cell', () => {
  it.each([
    [['Insatsnamn', 'Trisam 2.0 Sandvikens kommun'], { label: 'Insatsnamn', value: 'Trisam 2.0 Sandvikens kommun' }],
    [['Budget 2021:', '450 tkr'], { label: 'Budget 2021', value: '450 tkr' }],
    [['Insatsnamn', ''], null],
    [['Lönekostnader', '1 100', '1 080'], null],
    [['Deltagarna har under året fått stöd av en coach och en handläggare', 'Ja'], null],
  ])('%j', async (cells, expected) => {
    const structure = await docxStructure([table([cells])]);
    expect(structure.keyValues.map(({ label, value, layout }) => ({ label, value, layout }))).toEqual(expected ? [{ ...expected, layout: 'cells' }] : []);
  });
});
