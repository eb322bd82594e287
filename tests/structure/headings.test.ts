/**
 * The structure pass's headings and sections, table by table: DOCX heading styles and Word list
 * numbers, PDF type sizes, and headings a transcript runs into its paragraphs.
 */
import { describe, expect, it } from 'vitest';
import { p, tab, text, type Block } from '../../fixtures/build/docx/index.js';
import { type DocStructure, withoutSectionNumber } from '../../extractors/structure/index.js';
import { BODY, docxStructure, H1, H2, pdfStructure, transcriptStructure, unitWith } from './support/documents.js';
import { FORVALTNING_230, SLUTRAPPORT_ANALYS } from './support/swedish-texts.js';

const TEXT_A = 'Förbundet har under året arbetat vidare med de insatser som styrelsen beslutade om i fjol.';
const TEXT_B = 'Två nya insatser har startat och en har avslutats efter en extern utvärdering.';
const TEXT_C = 'Årets resultat är positivt och det egna kapitalet ligger inom den rekommenderade nivån.';

interface Case {
  name: string;
  body: Block[];
  /** Numbered sections in order, each with its parent's number. */
  sections: [string, string | null][];
  /** Every heading: how it was told, its number, its title. */
  headings: [string, string | null, string][];
  /** Which section a text stands in. */
  placed: [string, string | null][];
}

const DOCX_CASES: Case[] = [
  {
    name: 'headings marked by style only: headings without sections',
    body: [p('Förvaltningsberättelse', { style: 'Heading1' }), p(TEXT_A), p('Organisation', { style: 'Heading2' }), p(TEXT_B)],
    sections: [],
    headings: [
      ['style', null, 'Förvaltningsberättelse'],
      ['style', null, 'Organisation'],
    ],
    placed: [[TEXT_A, null]],
  },
  {
    name: 'numbered headings in heading styles make a tree',
    body: [
      p('1 Inledning', { style: 'Heading1' }),
      p(TEXT_A),
      p('1.1 Bakgrund', { style: 'Heading2' }),
      p(TEXT_B),
      p('2 Resultat', { style: 'Heading1' }),
      p(TEXT_C),
    ],
    sections: [
      ['1', null],
      ['1.1', '1'],
      ['2', null],
    ],
    headings: [
      ['number', '1', 'Inledning'],
      ['number', '1.1', 'Bakgrund'],
      ['number', '2', 'Resultat'],
    ],
    placed: [
      [TEXT_A, '1'],
      [TEXT_B, '1.1'],
      [TEXT_C, '2'],
    ],
  },
  {
    name: "numbers Word's list numbering renders beside the text",
    body: [
      p('Inledning', { numbered: { level: 0 } }),
      p(TEXT_A),
      p('Bakgrund', { numbered: { level: 1 } }),
      p(TEXT_B),
      p('Resultat', { numbered: { level: 0 } }),
      p(TEXT_C),
    ],
    sections: [
      ['1', null],
      ['1.1', '1'],
      ['2', null],
    ],
    headings: [
      ['number', '1', 'Inledning'],
      ['number', '1.1', 'Bakgrund'],
      ['number', '2', 'Resultat'],
    ],
    placed: [
      [TEXT_B, '1.1'],
      [TEXT_C, '2'],
    ],
  },
  {
    name: 'a numbered list in a report whose headings are styled is no section',
    body: [
      p('1 Förvaltningsberättelse', { style: 'Heading1' }),
      p(TEXT_A),
      p('1. Våra insatser leder till att fler får arbete'),
      p('2. Stödja samverkan mellan medlemmarna'),
      p(TEXT_B),
      p('2 Resultaträkning', { style: 'Heading1' }),
      p(TEXT_C),
    ],
    sections: [
      ['1', null],
      ['2', null],
    ],
    headings: [
      ['number', '1', 'Förvaltningsberättelse'],
      ['number', '2', 'Resultaträkning'],
    ],
    placed: [
      ['2. Stödja samverkan', '1'],
      [TEXT_B, '1'],
      [TEXT_C, '2'],
    ],
  },
  {
    name: 'a styled "1.1" printed under "2 Förvaltningsberättelse" is section 1.1, as printed',
    body: [
      p('1 Ordförande har ordet', { style: 'Heading1' }),
      p(TEXT_A),
      p('2 Förvaltningsberättelse', { style: 'Heading1' }),
      p('1.1 Om förbundet', { style: 'Heading2' }),
      p(TEXT_B),
    ],
    sections: [
      ['1', null],
      ['2', null],
      ['1.1', '2'],
    ],
    headings: [
      ['number', '1', 'Ordförande har ordet'],
      ['number', '2', 'Förvaltningsberättelse'],
      ['number', '1.1', 'Om förbundet'],
    ],
    placed: [[TEXT_B, '1.1']],
  },
  {
    name: 'a template number alone on its line, the title on the next',
    body: [p('4.1'), p('Bakgrund till insatsen. Beskriv skälen till insatsen.'), p(TEXT_A)],
    sections: [['4.1', null]],
    headings: [['number', '4.1', 'Bakgrund till insatsen. Beskriv skälen till insatsen.']],
    placed: [[TEXT_A, '4.1']],
  },
];

function expectStructure(structure: DocStructure, expected: Omit<Case, 'name' | 'body'>): void {
  expect(structure.sections.map((section) => [section.number, section.parent === null ? null : (structure.sections[section.parent]?.number ?? '?')])).toEqual(
    expected.sections,
  );
  expect(structure.headings.map((heading) => [heading.by, heading.number, heading.title])).toEqual(expected.headings);
  for (const [text, section] of expected.placed) expect(unitWith(structure, text)?.section, text).toBe(section);
  for (const section of structure.sections) expect(structure.headings[section.heading]?.number).toBe(section.number);
}

describe('headings in a DOCX', () => {
  it.each(DOCX_CASES)('$name', async ({ body, ...expected }) => {
    expectStructure(await docxStructure(body), expected);
  });

  it("a heading's unit is a heading; the text under it is running text", async () => {
    const structure = await docxStructure([p('1 Inledning', { style: 'Heading1' }), p(TEXT_A)]);
    expect(unitWith(structure, 'Inledning')).toMatchObject({ role: 'heading', body: '', heading: 0 });
    expect(unitWith(structure, TEXT_A)).toMatchObject({ role: 'text', body: TEXT_A, heading: null });
  });
});

describe('headings in a PDF, told by type size', () => {
  it('numbered headings in larger type make the sections; the page chrome the reader dropped stays out', async () => {
    const structure = await pdfStructure((flow) => {
      flow.paragraph('1 Inledning', H1, { spaceAfter: 6 });
      flow.paragraph(TEXT_A, BODY, { spaceAfter: 6 });
      flow.paragraph('1.1 Bakgrund', H2, { spaceAfter: 6 });
      flow.paragraph(TEXT_B, BODY, { spaceAfter: 6 });
      // Section 2 on page 2, so the running header repeats and the reader drops it.
      flow.space(700);
      flow.paragraph('2 Resultat', H1, { spaceAfter: 6 });
      flow.paragraph(TEXT_C, BODY);
    });
    expectStructure(structure, {
      sections: [
        ['1', null],
        ['1.1', '1'],
        ['2', null],
      ],
      headings: [
        ['number', '1', 'Inledning'],
        ['number', '1.1', 'Bakgrund'],
        ['number', '2', 'Resultat'],
      ],
      placed: [
        [TEXT_A, '1'],
        [TEXT_B, '1.1'],
        [TEXT_C, '2'],
      ],
    });
    expect(structure.headings.map((heading) => heading.level)).toEqual([1, 2, 1]);
    expect(structure.units.map((unit) => unit.text).join('\n')).not.toMatch(/Sida \d av 2|Testbygden/);
  });

  it('unnumbered headings in larger type are headings by style, with their level', async () => {
    const structure = await pdfStructure((flow) => {
      flow.paragraph('Förvaltningsberättelse', H1, { spaceAfter: 6 });
      flow.paragraph(TEXT_A, BODY, { spaceAfter: 6 });
      flow.paragraph('Organisation', H2, { spaceAfter: 6 });
      flow.paragraph(TEXT_B, BODY, { spaceAfter: 6 });
      flow.paragraph('Ekonomi', H2, { spaceAfter: 6 });
      flow.paragraph(TEXT_C, BODY, { spaceAfter: 6 });
      // A type size used once on page 1 would be the cover's, not a heading's.
      flow.paragraph('Resultaträkning', H1, { spaceAfter: 6 });
      flow.paragraph(TEXT_A, BODY);
    });
    expect(structure.headings.map((heading) => [heading.by, heading.level, heading.title])).toEqual([
      ['style', 1, 'Förvaltningsberättelse'],
      ['style', 2, 'Organisation'],
      ['style', 2, 'Ekonomi'],
      ['style', 1, 'Resultaträkning'],
    ]);
    expect(structure.sections).toEqual([]);
  });
});

describe('headings a transcript runs into its paragraphs', () => {
  it('"1 Förvaltningsberättelse Samordningsförbundet … bildades …": section 1, its title, and the running text after it', async () => {
    const structure = await transcriptStructure([`1 Förvaltningsberättelse ${FORVALTNING_230}`]);
    expect(structure.headings).toMatchObject([{ by: 'number', number: '1', title: 'Förvaltningsberättelse' }]);
    expect(structure.units[0]).toMatchObject({ role: 'text', section: '1', body: FORVALTNING_230, heading: 0 });
  });

  it('"2 Org.nr Förvaltningsberättelse …": the page number and the running header are furniture, the heading is run in', async () => {
    const structure = await transcriptStructure([
      '1 Årsredovisning 2010 Samordningsförbundet Älvdalen Norra',
      `2 Org.nr Förvaltningsberättelse ${FORVALTNING_230}`,
    ]);
    expect(structure.furniture.map((item) => [item.kind, item.text])).toEqual([
      ['page-number', '1'],
      ['page-number', '2'],
      ['running-header', 'Org.nr'],
    ]);
    expect(structure.headings).toMatchObject([{ by: 'run-in', number: null, title: 'Förvaltningsberättelse' }]);
    expect(structure.sections).toEqual([]);
    expect(unitWith(structure, 'Org.nr')).toMatchObject({ role: 'text', body: FORVALTNING_230 });
    expect(unitWith(structure, 'Årsredovisning 2010')?.body).toBe('Årsredovisning 2010 Samordningsförbundet Älvdalen Norra');
  });

  it("a transcript's pages: their numbers are no sections, its table of contents is read, a page's heading is run in", async () => {
    const structure = await transcriptStructure([
      '1 ÅRSREDOVISNING 2008 Samordningsförbundet Älvdalen Norra',
      '2 Innehåll Sid Förvaltningsberättelse 2 Styrelse 2 Kansli 3 Verksamhet 3 Ekonomi 5 Resultaträkning 6 Balansräkning 7 Noter 8',
      `3 Förvaltningsberättelse Styrelse ${FORVALTNING_230}`,
      `4 ${SLUTRAPPORT_ANALYS}`,
    ]);
    expect(structure.sections).toEqual([]);
    expect(structure.furniture.map((item) => item.text)).toEqual(['1', '2', '3', '4']);
    expect(structure.contents.map((entry) => [entry.title, entry.page])).toEqual([
      ['Förvaltningsberättelse', 2],
      ['Styrelse', 2],
      ['Kansli', 3],
      ['Verksamhet', 3],
      ['Ekonomi', 5],
      ['Resultaträkning', 6],
      ['Balansräkning', 7],
      ['Noter', 8],
    ]);
    expect(structure.headings).toMatchObject([
      { by: 'run-in', title: 'Innehåll' },
      { by: 'run-in', title: 'Förvaltningsberättelse' },
    ]);
    expect(unitWith(structure, 'Innehåll')?.role).toBe('contents');
    expect(unitWith(structure, SLUTRAPPORT_ANALYS)).toMatchObject({ role: 'text', body: SLUTRAPPORT_ANALYS });
  });

  it("the page's own printed number after the transcript's is chrome too, not a section", async () => {
    const structure = await transcriptStructure([
      '1 Slutrapport Samordningsförbundet Älvdalen Norra',
      `2 2 Sammanfattning ${SLUTRAPPORT_ANALYS}`,
      `3 3 ${FORVALTNING_230}`,
    ]);
    expect(structure.sections).toEqual([]);
    expect(structure.headings).toMatchObject([{ by: 'run-in', number: null, title: 'Sammanfattning' }]);
    expect(unitWith(structure, FORVALTNING_230)?.body).toBe(FORVALTNING_230);
  });

  it.each([
    // A capitalised word that is no heading's title is the sentence's subject.
    [`Samordningsförbundet Älvdalen Norra ${FORVALTNING_230}`],
    // A known title followed by a lower-case word is a sentence.
    [`Förvaltningsberättelse för år 2009 ${FORVALTNING_230}`],
    // A heading line alone is no run-in.
    ['Förvaltningsberättelse Styrelse'],
  ])('no run-in heading in %j', async (text) => {
    const structure = await transcriptStructure([text.slice(0, 400)]);
    expect(structure.headings.filter((heading) => heading.by === 'run-in')).toEqual([]);
  });
});

describe('a table of contents whose entries are paragraphs of their own (a Word TOC field)', () => {
  const entry = (title: string, page: string): Block => p([text(title), tab(), text(page)]);

  it('is read as contents under its heading: every entry, no running text', async () => {
    const structure = await docxStructure([
      p('Innehållsförteckning'),
      entry('Ordföranden har ordet', '3'),
      entry('1. Förvaltningsberättelse', '4'),
      entry('Resultaträkning', '12'),
      entry('Balansräkning', '13'),
      entry('Revisionsberättelse', '16'),
      p(FORVALTNING_230),
    ]);
    expect(structure.contents.map((found) => [found.title, found.page])).toEqual([
      ['Ordföranden har ordet', 3],
      ['Förvaltningsberättelse', 4],
      ['Resultaträkning', 12],
      ['Balansräkning', 13],
      ['Revisionsberättelse', 16],
    ]);
    expect(unitWith(structure, 'Resultaträkning')).toMatchObject({ role: 'contents', prose: '' });
    expect(unitWith(structure, FORVALTNING_230)?.role).toBe('text');
  });

  it('is read the same from a PDF whose entries are lines with dot leaders', async () => {
    const structure = await pdfStructure((flow) => {
      flow.paragraph('Innehåll', H2, { spaceAfter: 6 });
      for (const [title, page] of [
        ['Förvaltningsberättelse', '3'],
        ['Verksamhet 2020', '5'],
        ['Bilaga 1 Revisionsberättelse', '16'],
        ['Bilaga 2 Granskningsrapport', '18'],
      ])
        flow.paragraph(`${title} .................... ${page}`, BODY, { spaceAfter: 6 });
      flow.paragraph(FORVALTNING_230, BODY);
    });
    expect(structure.contents.map((found) => [found.title, found.page])).toEqual([
      ['Förvaltningsberättelse', 3],
      ['Verksamhet 2020', 5],
      ['Bilaga 1 Revisionsberättelse', 16],
      ['Bilaga 2 Granskningsrapport', 18],
    ]);
  });

  it('needs its heading: short lines that end in a figure ("Kvinnor 40", "Män 44") are text', async () => {
    const structure = await docxStructure([p('Deltagare'), entry('Kvinnor', '40'), entry('Män', '44'), entry('Totalt', '84'), entry('Varav unga', '120')]);
    expect(structure.contents).toEqual([]);
    expect(unitWith(structure, 'Kvinnor')?.role).toBe('text');
  });

  it('needs its pages in order: a numbered list under "Innehåll" whose figures go back is no table of contents', async () => {
    const structure = await docxStructure([p('Innehåll'), entry('Bakgrund', '12'), entry('Syfte', '3'), entry('Mål', '9'), entry('Resultat', '2')]);
    expect(structure.contents).toEqual([]);
  });
});

describe("a heading's words without its section number", () => {
  it.each([
    ['3.2 Steget före', 'Steget före'],
    ['7. Ekonomisk rapport', 'Ekonomisk rapport'],
    ['4.1.2 Deltagare', 'Deltagare'],
    ['2) Resultaträkning', 'Resultaträkning'],
    // A year is no section number, nor is a title without one.
    ['2021 års resultat', '2021 års resultat'],
    ['Balansräkning', 'Balansräkning'],
  ])('%j → %j', (heading, words) => {
    expect(withoutSectionNumber(heading)).toBe(words);
  });
});
