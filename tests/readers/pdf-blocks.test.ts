import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../extractors/model.js';
import { markHeadings } from '../../extractors/readers/pdf/blocks/headings.js';
import { isWrapped, joinHyphenated, joinLine } from '../../extractors/readers/pdf/blocks/join.js';
import { buildParagraphs, groupLines } from '../../extractors/readers/pdf/blocks/paragraphs.js';
import { findFootnotes, type FootnotePage } from '../../extractors/readers/pdf/layout/footnotes.js';
import { findFurniture, type PageLines } from '../../extractors/readers/pdf/layout/furniture.js';
import type { BuiltLine } from '../../extractors/readers/pdf/layout/lines.js';
import { horizontal, line } from './pdf-support/shapes.js';

describe('joinHyphenated: a word broken at the end of a line', () => {
  it.each<[string, string, string | null]>([
    ['inom rehabiliterings-', 'process', 'inom rehabiliteringsprocess'],
    ['på lednings-', 'och handläggarnivå', 'på lednings- och handläggarnivå'],
    ['kvinno-', 'eller mansdominerade', 'kvinno- eller mansdominerade'],
    ['teamet i Trisam-', 'team', 'teamet i Trisam-team'],
    ['för Samordnings-', 'förbundet', 'för Samordningsförbundet'],
    ['i Göteborgs-', 'regionen', 'i Göteborgsregionen'],
    ['ÅRS-', 'REDOVISNING 2019', 'ÅRSREDOVISNING 2019'],
    ['inom FIA-', 'PROJEKTET', 'inom FIA-PROJEKTET'],
    ['digitalt IT-', 'stöd', 'digitalt IT-stöd'],
    ['via e-', 'post', 'via e-post'],
    ['under covid-', '19', 'under covid-19'],
    ['projektet Trisam-', '2.0', 'projektet Trisam-2.0'],
    ['se www.finsam.se/information-insats-', 'arbetsliv.aspx', 'se www.finsam.se/information-insats-arbetsliv.aspx'],
    ['utan bindestreck', 'sedan', null],
    ['ett tal 12-', '14', null],
  ])('%j + %j → %j', (before, after, joined) => {
    expect(joinHyphenated(before, after)).toBe(joined);
  });
});

describe('joinLine', () => {
  it.each<[string, string, boolean, string]>([
    ['Insatsen har', 'bedrivits', true, 'Insatsen har bedrivits'],
    ['Insatsen har', 'bedrivits', false, 'Insatsen har\nbedrivits'],
    ['rehabiliterings-', 'process', true, 'rehabiliteringsprocess'],
    ['rehabiliterings-', 'process', false, 'rehabiliterings-\nprocess'],
    ['', 'bedrivits', false, 'bedrivits'],
    ['Insatsen', '', true, 'Insatsen'],
  ])('%j + %j (wrapped %s) → %j', (text, next, wrapped, joined) => {
    expect(joinLine(text, next, wrapped)).toBe(joined);
  });
});

describe('isWrapped: did the next word not fit?', () => {
  // size 10: a space is 2.8 pt and the line may end 1 pt short of the limit.
  it.each([
    { right: 280, nextWordWidth: 20, limit: 300, wrapped: true },
    { right: 277, nextWordWidth: 20, limit: 300, wrapped: true },
    { right: 275, nextWordWidth: 20, limit: 300, wrapped: false },
    { right: 150, nextWordWidth: 20, limit: 300, wrapped: false },
    { right: 150, nextWordWidth: 160, limit: 300, wrapped: true },
  ])('right $right, next word $nextWordWidth, limit $limit → $wrapped', ({ right, nextWordWidth, limit, wrapped }) => {
    expect(isWrapped({ right, nextWordWidth, limit, size: 10 })).toBe(wrapped);
  });
});

/** Text lines, 12 pt apart at size 10 unless placed. */
const column = (...texts: string[]): BuiltLine[] => texts.map((text, i) => line(text, 72, 100 + i * 12));
const page = { limit: () => 300 };
const groupTexts = (lines: BuiltLine[]): string[][] => groupLines(lines, page).map((group) => group.map((l) => l.text));

describe('groupLines: where a paragraph starts', () => {
  it.each<{ name: string; lines: BuiltLine[]; groups: string[][] }>([
    { name: 'lines at the line pitch are one paragraph', lines: column('a', 'b', 'c'), groups: [['a', 'b', 'c']] },
    { name: 'a wider gap starts one', lines: [line('a', 72, 100), line('b', 72, 112), line('c', 72, 140)], groups: [['a', 'b'], ['c']] },
    { name: 'a change of size starts one', lines: [line('a', 72, 100), line('b', 72, 112, { size: 12 })], groups: [['a'], ['b']] },
    { name: 'a change of weight starts one', lines: [line('a', 72, 100, { bold: true }), line('b', 72, 112)], groups: [['a'], ['b']] },
    { name: 'a list label starts one', lines: column('Vi har:', '• ett', '• två'), groups: [['Vi har:'], ['• ett'], ['• två']] },
    {
      name: 'a list item’s hanging indent goes on with it',
      lines: [line('• ett långt', 72, 100), line('stycke', 84, 112)],
      groups: [['• ett långt', 'stycke']],
    },
    { name: 'a jump in indentation starts one', lines: [line('a', 72, 100), line('b', 120, 112)], groups: [['a'], ['b']] },
    { name: 'a first-line indent does not', lines: [line('a', 90, 100), line('b', 72, 112), line('c', 72, 124)], groups: [['a', 'b', 'c']] },
    {
      name: 'across a page: goes on only after a soft wrap',
      lines: [line('slutet av sidan', 72, 700, { right: 295 }), line('fortsätter', 72, 80, { page: 2 })],
      groups: [['slutet av sidan', 'fortsätter']],
    },
    {
      name: 'across a page: a short last line ended its paragraph',
      lines: [line('Kort.', 72, 700), line('Nytt stycke', 72, 80, { page: 2 })],
      groups: [['Kort.'], ['Nytt stycke']],
    },
  ])('$name', ({ lines, groups }) => {
    expect(groupTexts(lines)).toEqual(groups);
  });
});

describe('buildParagraphs', () => {
  it('joins soft wraps with a space and keeps hard breaks; boxes the lines of the first page; collects footnote refs and checkboxes', () => {
    const lines = [
      { ...line('Insatsen har', 72, 100, { right: 290 }), footnoteRefs: ['1'] },
      line('bedrivits ☒ enligt', 72, 112, { right: 150 }),
      { ...line('plan ☐', 72, 124), footnoteRefs: ['1', '2'] },
    ];
    const [paragraph, ...rest] = buildParagraphs(lines, page);
    expect(rest).toEqual([]);
    expect(paragraph).toMatchObject({
      type: 'paragraph',
      text: 'Insatsen har bedrivits ☒ enligt\nplan ☐',
      source: { page: 1, box: { x: 72, y: 92, width: 218, height: 34.2 } },
      footnoteRefs: ['1', '2'],
      checkboxes: [{ checked: true }, { checked: false }],
    });
    expect(paragraph?.lines?.map((l) => [l.text, l.fontSize, l.bold])).toEqual([
      ['Insatsen har', 10, false],
      ['bedrivits ☒ enligt', 10, false],
      ['plan ☐', 10, false],
    ]);
  });
});

/** A paragraph of one line per size given, on `pageNumber`. */
function paragraph(text: string, sizes: number[], options: { bold?: boolean; page?: number } = {}): Paragraph {
  const source = { page: options.page ?? 2, box: { x: 0, y: 0, width: 0, height: 0 } };
  return { type: 'paragraph', text, source, lines: sizes.map((fontSize) => ({ text, source, fontSize, bold: options.bold ?? false })) };
}

describe('markHeadings: levels from type', () => {
  it('larger sizes are levels, largest first; short bold body text comes below them; body text and long bold text get none', () => {
    const paragraphs = [
      paragraph('1. Allmänna uppgifter', [16]),
      paragraph('1.1 Insatsen', [13]),
      paragraph('Bakgrund', [10], { bold: true }),
      paragraph('Insatsen har bedrivits.', [10]),
      paragraph('Lång fet text', [10, 10, 10, 10], { bold: true }),
      paragraph('2. Ekonomi', [16]),
      paragraph('2.1 Budget', [12.8]),
      paragraph('Fotnot', [8]),
    ];
    markHeadings(paragraphs, 10);
    expect(paragraphs.map((p) => [p.text, p.headingLevel])).toEqual([
      ['1. Allmänna uppgifter', 1],
      ['1.1 Insatsen', 2],
      ['Bakgrund', 3],
      ['Insatsen har bedrivits.', undefined],
      ['Lång fet text', undefined],
      ['2. Ekonomi', 1],
      ['2.1 Budget', 2],
      ['Fotnot', undefined],
    ]);
  });

  it('cover text (a size above every repeated heading size, used once, on page 1) gets no level', () => {
    const paragraphs = [paragraph('Slutrapport', [28], { page: 1 }), paragraph('1. Inledning', [16]), paragraph('2. Resultat', [16])];
    markHeadings(paragraphs, 10);
    expect(paragraphs.map((p) => p.headingLevel)).toEqual([undefined, 1, 1]);
  });

  it('a size used once on a later page is a heading, not cover text', () => {
    const paragraphs = [paragraph('Bilaga', [28], { page: 5 }), paragraph('1. Inledning', [16]), paragraph('2. Resultat', [16])];
    markHeadings(paragraphs, 10);
    expect(paragraphs.map((p) => p.headingLevel)).toEqual([1, 2, 2]);
  });
});

/** A page 800 pt high: top margin above 80, bottom margin below 720. */
const pageOf = (page: number, lines: BuiltLine[]): PageLines => ({ page, height: 800, lines });

describe('findFurniture: page chrome out of the content', () => {
  it('a margin line on most pages (numbers may vary), page numbers and e-signature stamps are furniture; body text is not', () => {
    const pages = [1, 2, 3].map((n) =>
      pageOf(n, [
        line(`Samordningsförbundet Gävle – slutrapport ${n === 1 ? '' : 'forts.'}`.trim(), 72, 40, { page: n }),
        line(`Sida ${n} av 3`, 72, 780, { page: n }),
        line('Insatsen har bedrivits enligt plan.', 72, 300, { page: n }),
        line('Sida 3 av 9 i bilagan', 72, 400, { page: n }),
      ]),
    );
    pages[1]?.lines.push(line('Comfact Signature Referensnummer: 33688SE', 72, 500, { page: 2 }));
    const furniture = findFurniture(pages).lines;
    const texts = pages.flatMap((p) => p.lines.filter((l) => furniture.has(l)).map((l) => `${p.page}: ${l.text}`));
    expect(texts).toEqual([
      '1: Sida 1 av 3',
      '2: Samordningsförbundet Gävle – slutrapport forts.',
      '2: Sida 2 av 3',
      '2: Comfact Signature Referensnummer: 33688SE',
      '3: Samordningsförbundet Gävle – slutrapport forts.',
      '3: Sida 3 av 3',
    ]);
  });

  it('the running headers and footers with words: each once, as it first stands; no page number or stamp', () => {
    const pages = [1, 2, 3, 4].map((n) =>
      pageOf(n, [
        line('Årsredovisning 2018', 72, 40, { page: n }),
        line(`Samordningsförbundet Exempeldalen | ${n}`, 72, 780, { page: n }),
        line(`Sida ${n} av 4`, 300, 790, { page: n }),
        line('Insatsen har bedrivits enligt plan.', 72, 300, { page: n }),
      ]),
    );
    pages[1]?.lines.push(line('Comfact Signature Referensnummer: 33688SE', 72, 760, { page: 2 }));
    pages[2]?.lines.push(line('Comfact Signature Referensnummer: 33688SE', 72, 760, { page: 3 }));
    expect(findFurniture(pages).runningHeads.map((head) => `${head.page}: ${head.text}`)).toEqual([
      '1: Årsredovisning 2018',
      '1: Samordningsförbundet Exempeldalen | 1',
    ]);
  });

  // Ten pages, a lone number in the bottom margin of pages 2 and 4 only: too few to repeat as a
  // footer (4 pages needed), so only their following the pages makes them page numbers.
  it.each([
    { name: 'lone numbers that follow the pages', numbers: ['2', '4'], furniture: ['2', '4'] },
    { name: 'that follow them after an unnumbered cover (offset −1)', numbers: ['1', '3'], furniture: ['1', '3'] },
    { name: 'lone numbers that do not follow the pages', numbers: ['5', '9'], furniture: [] },
  ])('$name', ({ numbers, furniture }) => {
    const pages = Array.from({ length: 10 }, (_, i) => pageOf(i + 1, [line('Insatsen har bedrivits enligt plan.', 72, 300, { page: i + 1 })]));
    pages[1]?.lines.push(line(numbers[0] ?? '', 300, 780, { page: 2 }));
    pages[3]?.lines.push(line(numbers[1] ?? '', 300, 780, { page: 4 }));
    const found = findFurniture(pages).lines;
    expect(pages.flatMap((p) => p.lines.filter((l) => found.has(l)).map((l) => l.text))).toEqual(furniture);
  });

  // A borderless table going on at the very top of page 7: "Upplupna kostnader | 312 | 312". Its two
  // amounts are lone numbers in the top margin with the same offset to the page, but on one page:
  // a coincidence, not numbering (they were dropped as page numbers, and the row lost its figures).
  it('two equal amounts at the top of one page are content, while the real page numbers stay furniture', () => {
    const pages = Array.from({ length: 10 }, (_, i) => pageOf(i + 1, [line('Insatsen har bedrivits enligt plan.', 72, 300, { page: i + 1 })]));
    pages[6]?.lines.push(line('312', 380, 80, { page: 7 }), line('312', 460, 80, { page: 7 }));
    pages[1]?.lines.push(line('2', 300, 780, { page: 2 }));
    pages[3]?.lines.push(line('4', 300, 780, { page: 4 }));
    const found = findFurniture(pages).lines;
    expect(pages.flatMap((p) => p.lines.filter((l) => found.has(l)).map((l) => `${p.page}: ${l.text}`))).toEqual(['2: 2', '4: 4']);
  });
});

describe('findFootnotes', () => {
  const body = (refs: string): BuiltLine => ({ ...line('Enligt SCB', 72, 300), markers: refs === '' ? [] : [{ id: refs, offset: 10 }] });
  const note = (text: string, baseline: number): BuiltLine => line(text, 72, baseline, { size: 8 });
  const footnotePage = (lines: BuiltLine[], segments = [] as FootnotePage['segments']): FootnotePage => ({ page: 1, width: 600, lines, segments });

  it.each([
    {
      name: 'a referenced number at the bottom in a smaller font',
      lines: [body('1'), note('1 Källa: SCB 2019.', 740)],
      separator: false,
      notes: [['1', 'Källa: SCB 2019.']],
    },
    {
      name: 'a numbered line under a separator rule, not referenced',
      lines: [body(''), note('1. Källa: SCB.', 740)],
      separator: true,
      notes: [['1', 'Källa: SCB.']],
    },
    { name: 'a numbered small line with neither', lines: [body(''), note('1 Källa: SCB.', 740)], separator: false, notes: [] },
    {
      name: 'a footnote of two lines, hyphenated break joined',
      lines: [body('1'), note('1 Uppgifterna kommer från rehabiliterings-', 740), note('kedjans register.', 750)],
      separator: false,
      notes: [['1', 'Uppgifterna kommer från rehabiliteringskedjans register.']],
    },
    { name: 'body-size text at the bottom is not a footnote', lines: [body('1'), line('1 Källa: SCB.', 72, 740)], separator: false, notes: [] },
  ])('$name', ({ lines, separator, notes }) => {
    const { footnotes, used } = findFootnotes([footnotePage(lines, separator ? [horizontal(720, 72, 200)] : [])], 10);
    expect(footnotes.map((f) => [f.id, f.text])).toEqual(notes);
    expect(lines.filter((l) => used.has(l)).length).toBe(notes.length === 0 ? 0 : lines.length - 1);
  });
});
