import { describe, expect, it } from 'vitest';
import { boxOf } from '../../extractors/readers/pdf/layout/geometry.js';
import { buildLines, joinFragments, linesByBand } from '../../extractors/readers/pdf/layout/lines.js';
import { resolveMarkers } from '../../extractors/readers/pdf/layout/markers.js';
import type { TextRun } from '../../extractors/readers/pdf/types.js';
import { line, run, words } from './pdf-support/shapes.js';

/** Each built line as its text, for tables that only care what reads as one line. */
const texts = (runs: TextRun[]): string[] => buildLines(runs, 1).map((built) => built.text);

describe('buildLines: runs into visual lines', () => {
  it.each<{ name: string; runs: TextRun[]; lines: string[] }>([
    { name: 'words a space apart are one line', runs: words('Insatsen har bedrivits', 72, 100), lines: ['Insatsen har bedrivits'] },
    {
      name: 'pieces of one word with no gap stay one word',
      runs: [run({ text: 'Ockel', x: 72, baseline: 100 }), run({ text: 'bo', x: 97, baseline: 100 })],
      lines: ['Ockelbo'],
    },
    {
      name: 'a gap wider than 1.2 em cuts the band (a tab, a column)',
      runs: [run({ text: 'Budget', x: 72, baseline: 100 }), run({ text: '120 000', x: 200, baseline: 100 })],
      lines: ['Budget', '120 000'],
    },
    {
      name: 'a baseline within a quarter of the size is the same band',
      runs: [run({ text: 'Kostnad', x: 72, baseline: 100 }), run({ text: 'total', x: 110, baseline: 102 })],
      lines: ['Kostnad total'],
    },
    {
      name: 'baselines further apart are separate lines, top first',
      runs: [run({ text: 'andra', x: 72, baseline: 114 }), run({ text: 'första', x: 72, baseline: 100 })],
      lines: ['första', 'andra'],
    },
    {
      name: 'a run drawn twice at one place (fake bold) is read once',
      runs: [run({ text: 'Rubrik', x: 72, baseline: 100 }), run({ text: 'Rubrik', x: 72.4, baseline: 100.2 })],
      lines: ['Rubrik'],
    },
    {
      name: 'a bullet standing apart is put back in front of its text',
      runs: [run({ text: '•', x: 72, baseline: 100 }), ...words('första punkten', 90, 100)],
      lines: ['• första punkten'],
    },
    {
      name: 'a list number standing apart likewise',
      runs: [run({ text: '2.', x: 72, baseline: 100 }), ...words('Syfte och mål', 100, 100)],
      lines: ['2. Syfte och mål'],
    },
    {
      name: 'a word far right of a label is not a list item',
      runs: [run({ text: 'Summa', x: 72, baseline: 100 }), run({ text: '3', x: 400, baseline: 100 })],
      lines: ['Summa', '3'],
    },
    { name: 'only spaces make no line', runs: [run({ text: ' ', x: 72, baseline: 100 })], lines: [] },
  ])('$name', ({ runs, lines }) => {
    expect(texts(runs)).toEqual(lines);
  });

  it('a raised small digit glued to a word is a marker, not text', () => {
    const runs = [
      run({ text: 'Ockelbo', x: 72, baseline: 100 }),
      run({ text: '2', x: 107, baseline: 96, size: 6 }),
      run({ text: 'kommun', x: 113, baseline: 100 }),
    ];
    const [built, ...rest] = buildLines(runs, 1);
    expect(rest).toEqual([]);
    expect(built?.text).toBe('Ockelbo kommun');
    expect(built?.markers).toEqual([{ id: '2', offset: 'Ockelbo'.length }]);
  });

  it('a raised digit of the same size is not superscript but a line of its own', () => {
    expect(texts([run({ text: 'Ockelbo', x: 72, baseline: 100 }), run({ text: '2', x: 107, baseline: 96 })])).toEqual(['2', 'Ockelbo']);
  });

  it('measures the line: extent, dominant size, weight, page', () => {
    const runs = [
      run({ text: 'Stor', x: 72, baseline: 100, size: 14, bold: true }),
      run({ text: 'liten text här', x: 105, baseline: 100, size: 10, bold: true }),
    ];
    const [built] = buildLines(runs, 3);
    expect(built).toMatchObject({ text: 'Stor liten text här', x: 72, right: 105 + 14 * 5, baseline: 100, size: 10, bold: true, page: 3 });
    expect(built?.top).toBeCloseTo(100 - 14 * 0.8);
    expect(built?.bottom).toBeCloseTo(100 + 14 * 0.22);
  });

  it.each([
    { bold: ['Fet', 'och fet'], regular: [], expected: true },
    { bold: ['Fet'], regular: ['mest vanlig text'], expected: false },
  ])('bold when most characters are bold: $bold / $regular → $expected', ({ bold, regular, expected }) => {
    let x = 72;
    const runs = [...bold.map((text) => ({ text, bold: true })), ...regular.map((text) => ({ text, bold: false }))].map(({ text, bold: isBold }) => {
      const next = run({ text, x, baseline: 100, bold: isBold });
      x = next.right + 3;
      return next;
    });
    expect(buildLines(runs, 1)[0]?.bold).toBe(expected);
  });
});

describe('resolveMarkers: a raised number is a footnote reference only when the footnote exists', () => {
  it.each([
    { footnotes: ['2'], text: 'Ockelbo kommun', refs: ['2'] },
    { footnotes: [], text: 'Ockelbo2 kommun', refs: [] },
    { footnotes: ['7'], text: 'Ockelbo2 kommun', refs: [] },
  ])('footnotes $footnotes → "$text", refs $refs', ({ footnotes, text, refs }) => {
    const built = { ...line('Ockelbo kommun', 72, 100), markers: [{ id: '2', offset: 7 }] };
    resolveMarkers([built], new Set(footnotes));
    expect(built.text).toBe(text);
    expect(built.footnoteRefs).toEqual(refs);
    expect(built.markers).toEqual([]);
  });

  it('puts several markers back at their own offsets', () => {
    const built = {
      ...line('m och m', 72, 100),
      markers: [
        { id: '2', offset: 1 },
        { id: '3', offset: 7 },
      ],
    };
    resolveMarkers([built], new Set());
    expect(built.text).toBe('m2 och m3');
  });
});

describe('linesByBand and joinFragments', () => {
  it('groups lines of one baseline, top to bottom, left to right', () => {
    const bands = linesByBand([line('c', 200, 114), line('b', 200, 100), line('a', 72, 101), line('d', 72, 114)]);
    expect(bands.map((band) => band.map((built) => built.text))).toEqual([
      ['a', 'b'],
      ['d', 'c'],
    ]);
  });

  it('joins fragments left to right with one space, markers shifted, extent the union', () => {
    const left = line('Antal', 72, 100);
    const right = { ...line('deltagare', 150, 101, { size: 12 }), markers: [{ id: '1', offset: 9 }] };
    const joined = joinFragments([right, left]);
    expect(joined).toMatchObject({ text: 'Antal deltagare', x: 72, right: right.right, top: right.top, bottom: right.bottom, size: 12 });
    expect(joined.markers).toEqual([{ id: '1', offset: 'Antal '.length + 9 }]);
    expect(joined.runs.map((r) => r.text)).toEqual(['Antal', 'deltagare']);
  });
});

describe('boxOf', () => {
  it.each([
    { items: [], box: { x: 0, y: 0, width: 0, height: 0 } },
    { items: [{ x: 10.04, right: 20.06, top: 5, bottom: 15 }], box: { x: 10, y: 5, width: 10, height: 10 } },
    {
      items: [
        { x: 10, right: 20, top: 5, bottom: 15 },
        { x: 5, right: 12, top: 30, bottom: 42.5 },
      ],
      box: { x: 5, y: 5, width: 15, height: 37.5 },
    },
  ])('$items → $box', ({ items, box }) => {
    expect(boxOf(items)).toEqual(box);
  });
});
