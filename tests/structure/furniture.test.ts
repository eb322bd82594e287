/**
 * Page furniture the structure pass sets aside — stamps in a DOCX body, page numbers and running
 * headers the PDF reader's margins missed, a transcript's page markers — and what it must leave.
 */
import { describe, expect, it } from 'vitest';
import { p } from '../../fixtures/build/docx/index.js';
import { BODY, docxStructure, H1, pdfPagesStructure, pdfStructure, transcriptStructure, unitWith } from './support/documents.js';
import { SLUTRAPPORT_ANALYS } from './support/swedish-texts.js';

const TEXT = 'Förbundet har under året arbetat vidare med de insatser som styrelsen beslutade om i fjol.';

describe('a paragraph of a DOCX body', () => {
  it.each([
    ['Comfact Signature Referensnummer: 48213SE', 'signature-stamp'],
    ['Referensnummer: 48213SE', 'signature-stamp'],
    ['Signerat av Karin Holmberg 2022-03-01 Referensnummer: 7731-22', 'signature-stamp'],
    ['DocuSign Envelope ID: 5E1A9C2B-0A4E-4F4B-9C1D-2B7F3A6C8D10', 'signature-stamp'],
    ['KOMMUNSTYRELSEN Inkom 2016-03-22 Dnr KS 2016/123', 'receiving-stamp'],
    ['Norrbyns kommun Ink 2016 -03- 22', 'receiving-stamp'],
    ['Ankom den 2 april 2017', 'receiving-stamp'],
  ])('%j is %s, left out of the rows and the running text', async (stamp, kind) => {
    const structure = await docxStructure([p(TEXT), p(stamp), p(TEXT)]);
    expect(structure.furniture.map((item) => [item.kind, item.text])).toEqual([[kind, stamp]]);
    expect(unitWith(structure, stamp)).toMatchObject({ role: 'furniture', body: '' });
    expect(structure.rows.map((row) => row.cells[0]?.text)).toEqual([TEXT, TEXT]);
  });

  it.each([
    // The template's office box: a field and its value.
    ['Ankomstdatum 2022-01-24'],
    ['Inkommen 2022-01-24'],
    // A sentence that tells of a date something came in.
    ['Ansökan inkom till förbundet den 2016-03-22 och behandlades av styrelsen vid sammanträdet i april samma år.'],
    ['Rapporten är granskad och signerad av styrgruppen.'],
    ['16'],
  ])('%j is no furniture', async (text) => {
    const structure = await docxStructure([p(TEXT), p(text), p(TEXT)]);
    expect(structure.furniture).toEqual([]);
    expect(unitWith(structure, text)?.role).not.toBe('furniture');
  });
});

describe('page edges of a PDF, inside the margins the reader leaves', () => {
  const pages = [1, 2, 3].map((page) => ({
    top: 'Samordningsförbundet Testbygden – Årsredovisning 2021',
    body: [
      `Sidan ${page} berättar om förbundets arbete under året.`,
      `Under kvartal ${page} startade förbundet nya insatser.`,
      `Styrelsen sammanträdde ${page + 1} gånger under perioden.`,
      `Deltagarna i insats ${page} fick stöd av en coach.`,
    ],
    bottom: String(page),
  }));

  it('a header on every page and lone page numbers are furniture; the text is not', async () => {
    const structure = await pdfPagesStructure(pages);
    expect(structure.furniture.map((item) => [item.kind, item.text, item.source.page])).toEqual([
      ['running-header', 'Samordningsförbundet Testbygden – Årsredovisning 2021', 1],
      ['page-number', '1', 1],
      ['running-header', 'Samordningsförbundet Testbygden – Årsredovisning 2021', 2],
      ['page-number', '2', 2],
      ['running-header', 'Samordningsförbundet Testbygden – Årsredovisning 2021', 3],
      ['page-number', '3', 3],
    ]);
    const text = structure.units.filter((unit) => unit.role !== 'furniture').map((unit) => unit.text.replace(/\s+/g, ' '));
    expect(text).toEqual(pages.map((page) => page.body.join(' ')));
  });

  it("a form label at the top of every page is the form's, not a running header", async () => {
    const structure = await pdfPagesStructure(pages.map((page) => ({ ...page, top: 'Kontaktperson' })));
    expect(structure.furniture.map((item) => item.kind)).toEqual(['page-number', 'page-number', 'page-number']);
    expect(structure.units.filter((unit) => unit.text === 'Kontaktperson')).toHaveLength(3);
  });
});

describe('a receiving stamp over several lines of a PDF', () => {
  const STAMP = 'NORRBYNS KOMMUN\nKommunstyrelsen\nInk. 2016 -03- 14\nDnr KS 2016/118';
  const TITLE = 'Årsredovisning 2015';

  it('is furniture whole: the body, its date and its diarienummer', async () => {
    const structure = await pdfStructure((flow) => {
      flow.paragraph(STAMP, BODY);
      flow.paragraph(TITLE, H1);
      flow.paragraph(TEXT, BODY);
    });
    expect(structure.furniture.filter((item) => item.kind === 'receiving-stamp').map((item) => item.text)).toEqual([STAMP]);
    expect(unitWith(structure, 'NORRBYNS KOMMUN')?.role).toBe('furniture');
    expect(structure.rows.map((row) => row.cells[0]?.text).filter((text) => /NORRBYNS|Kommunstyrelsen|Dnr/u.test(text ?? ''))).toEqual([]);
    expect(structure.rows.map((row) => row.cells[0]?.text)).toContain(TITLE);
  });

  it('leaves the lines of a longer paragraph that holds one, and a title over two lines without one', async () => {
    const SENTENCE = 'Rapporten lämnades till styrelsen som behandlade den vid sitt sammanträde i april och godkände den utan ändringar.';
    const structure = await pdfStructure((flow) => {
      flow.paragraph(`Inkom 2016-03-14\n${SENTENCE}`, BODY);
      flow.paragraph('Årsredovisning 2015\nSamordningsförbundet Norrby', H1);
      flow.paragraph(TEXT, BODY);
    });
    expect(structure.furniture.filter((item) => item.kind === 'receiving-stamp').map((item) => item.text)).toEqual(['Inkom 2016-03-14']);
    const kept = structure.rows.map((row) => row.cells[0]?.text ?? '').join(' ');
    for (const text of [SENTENCE, 'Årsredovisning 2015 Samordningsförbundet Norrby']) expect(kept).toContain(text);
  });
});

describe("a transcript's page markers", () => {
  it('"(1)", "(2)", "(3)" between the pages are page numbers', async () => {
    const structure = await transcriptStructure(['(1)', 'ÅRSREDOVISNING 2016', '(2)', SLUTRAPPORT_ANALYS, '(3)', TEXT]);
    expect(structure.furniture.map((item) => [item.kind, item.text])).toEqual([
      ['page-number', '(1)'],
      ['page-number', '(2)'],
      ['page-number', '(3)'],
    ]);
    expect(structure.rows.map((row) => row.cells[0]?.text)).toEqual(['ÅRSREDOVISNING 2016', SLUTRAPPORT_ANALYS, TEXT]);
  });

  it('pages without text, their number alone, are page numbers too', async () => {
    const structure = await transcriptStructure(['1', '2', '3', `4 ${SLUTRAPPORT_ANALYS}`, `5 ${TEXT}`]);
    expect(structure.furniture.map((item) => item.text)).toEqual(['1', '2', '3', '4', '5']);
    expect(structure.units.filter((unit) => unit.role === 'text').map((unit) => unit.body)).toEqual([SLUTRAPPORT_ANALYS, TEXT]);
  });

  it('numbered headings, each a line of its own, are no page numbers', async () => {
    const structure = await transcriptStructure(['1 Inledning', TEXT, '2 Bakgrund', TEXT, '3 Syfte', TEXT]);
    expect(structure.furniture).toEqual([]);
    expect(structure.sections.map((section) => section.number)).toEqual(['1', '2', '3']);
  });
});
