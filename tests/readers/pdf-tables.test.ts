import { describe, expect, it } from 'vitest';
import { PdfLibCanvas } from '../../fixtures/build/pdf/pdflib-canvas.js';
import { readPdf } from '../../extractors/readers/pdf/index.js';
import type { BuiltLine } from '../../extractors/readers/pdf/layout/lines.js';
import type { PageRow, PageTable } from '../../extractors/readers/pdf/layout/page-layout.js';
import { detectColumns } from '../../extractors/readers/pdf/tables/columns.js';
import { appendTable, sameGrid } from '../../extractors/readers/pdf/tables/continuation.js';
import { findGrids } from '../../extractors/readers/pdf/tables/grid.js';
import type { Segment } from '../../extractors/readers/pdf/types.js';
import { Limits } from '../../schemas/config.js';
import { horizontal, line, rectangle, vertical } from './pdf-support/shapes.js';

/** Each grid as its column boundaries and, per row, each cell's first column and span. */
const shapeOf = (segments: Segment[]) =>
  findGrids(segments).map((grid) => ({ columns: grid.columns, rows: grid.rows.map((cells) => cells.map((cell) => [cell.column, cell.span])) }));

describe('findGrids: cell grids from drawn borders', () => {
  it.each<{ name: string; segments: Segment[]; grids: ReturnType<typeof shapeOf> }>([
    {
      name: 'a 2 × 2 table',
      segments: [...rectangle(50, 100, 250, 150), horizontal(125, 50, 250), vertical(150, 100, 150)],
      grids: [
        {
          columns: [50, 150, 250],
          rows: [
            [
              [0, 1],
              [1, 1],
            ],
            [
              [0, 1],
              [1, 1],
            ],
          ],
        },
      ],
    },
    {
      name: 'a row border drawn one piece per cell (Word) is one border',
      segments: [...rectangle(50, 100, 250, 150), horizontal(125, 50, 150), horizontal(125, 150, 250), vertical(150, 100, 150)],
      grids: [
        {
          columns: [50, 150, 250],
          rows: [
            [
              [0, 1],
              [1, 1],
            ],
            [
              [0, 1],
              [1, 1],
            ],
          ],
        },
      ],
    },
    {
      name: 'a column border missing in the first row: a merged cell spanning both columns',
      segments: [...rectangle(50, 100, 250, 150), horizontal(125, 50, 250), vertical(150, 125, 150)],
      grids: [
        {
          columns: [50, 150, 250],
          rows: [
            [[0, 2]],
            [
              [0, 1],
              [1, 1],
            ],
          ],
        },
      ],
    },
    {
      name: 'a single row of two cells is a table',
      segments: [...rectangle(50, 100, 250, 125), vertical(150, 100, 125)],
      grids: [
        {
          columns: [50, 150, 250],
          rows: [
            [
              [0, 1],
              [1, 1],
            ],
          ],
        },
      ],
    },
    { name: 'a lone box (a framed paragraph, a page border) is not', segments: rectangle(50, 100, 250, 150), grids: [] },
    {
      name: 'a double border (two rules 2.5 pt apart) makes no row between them',
      segments: [...rectangle(50, 100, 250, 150), horizontal(125, 50, 250), horizontal(127.5, 50, 250), vertical(150, 100, 150)],
      grids: [
        {
          columns: [50, 150, 250],
          rows: [
            [
              [0, 1],
              [1, 1],
            ],
            [
              [0, 1],
              [1, 1],
            ],
          ],
        },
      ],
    },
    {
      name: 'borders within 2 pt are one boundary',
      segments: [...rectangle(50, 100, 250, 150), horizontal(125, 50, 250), vertical(150, 100, 125), vertical(151.5, 125, 150)],
      grids: [
        {
          columns: [50, 150, 250],
          rows: [
            [
              [0, 1],
              [1, 1],
            ],
            [
              [0, 1],
              [1, 1],
            ],
          ],
        },
      ],
    },
    {
      name: 'two tables that do not touch are two grids',
      segments: [...rectangle(50, 100, 250, 125), vertical(150, 100, 125), ...rectangle(50, 300, 250, 325), vertical(100, 300, 325)],
      grids: [
        {
          columns: [50, 150, 250],
          rows: [
            [
              [0, 1],
              [1, 1],
            ],
          ],
        },
        {
          columns: [50, 100, 250],
          rows: [
            [
              [0, 1],
              [1, 1],
            ],
          ],
        },
      ],
    },
    {
      name: 'a table inside another table’s cell is left to the outer one',
      segments: [...rectangle(50, 100, 250, 200), vertical(150, 100, 200), horizontal(150, 50, 250), ...rectangle(60, 105, 140, 140), vertical(100, 105, 140)],
      grids: [
        {
          columns: [50, 150, 250],
          rows: [
            [
              [0, 1],
              [1, 1],
            ],
            [
              [0, 1],
              [1, 1],
            ],
          ],
        },
      ],
    },
    {
      name: 'slanted and very short strokes are no borders',
      segments: [{ x1: 50, y1: 100, x2: 250, y2: 150 }, horizontal(100, 50, 52), vertical(50, 100, 102)],
      grids: [],
    },
  ])('$name', ({ segments, grids }) => {
    expect(shapeOf(segments)).toEqual(grids);
  });

  it('gives each cell its box', () => {
    const [grid] = findGrids([...rectangle(50, 100, 250, 150), horizontal(125, 50, 250), vertical(150, 100, 150)]);
    expect(grid).toMatchObject({ x: 50, right: 250, top: 100, bottom: 150 });
    expect(grid?.rows[1]?.[1]).toEqual({ x: 150, right: 250, top: 125, bottom: 150, column: 1, span: 1 });
  });
});

/** A borderless table row: a label at x 72 and an amount right-aligned at 300. */
const amountRow = (label: string, amount: string, baseline: number): BuiltLine[] => [
  line(label, 72, baseline),
  line(amount, 300 - amount.length * 5, baseline, { right: 300 }),
];

/** A label and figures set flush right in columns ending at 300, 380, …. */
const figuresRow = (label: string, figures: string[], baseline: number): BuiltLine[] => [
  line(label, 72, baseline),
  ...figures.map((figure, index) => line(figure, 300 + index * 80 - figure.length * 5, baseline, { right: 300 + index * 80 })),
];

/** Each table as its rows of cell texts. */
const cellTexts = (table: PageTable | undefined): string[][] =>
  table?.rows.map((row) => row.cells.map((cell) => cell.lines.map((l) => l.text).join(' / '))) ?? [];

describe('detectColumns: tables without borders', () => {
  it.each<{ name: string; flow: BuiltLine[]; tables: string[][][]; lines: string[] }>([
    {
      name: 'bands cut into aligned stretches are rows',
      flow: [...amountRow('Personal', '120 000', 100), ...amountRow('Lokaler', '8 500', 114), ...amountRow('Summa', '128 500', 128)],
      tables: [
        [
          ['Personal', '120 000'],
          ['Lokaler', '8 500'],
          ['Summa', '128 500'],
        ],
      ],
      lines: [],
    },
    {
      name: 'one band of two stretches is a line with a tab, not a table',
      flow: [...amountRow('Budget', '120 000', 100), line('Insatsen har bedrivits enligt plan.', 72, 114)],
      tables: [],
      lines: ['Budget 120 000', 'Insatsen har bedrivits enligt plan.'],
    },
    {
      name: 'a bulleted list with tab-separated parts is a list',
      flow: [line('• Första', 72, 100), line('beskrivning', 200, 100), line('• Andra', 72, 114), line('beskrivning', 200, 114)],
      tables: [],
      lines: ['• Första beskrivning', '• Andra beskrivning'],
    },
    {
      name: 'a dashed item with its figures in the columns of the table above is a row of it',
      flow: [
        ...figuresRow('Personal', ['900 000', '880 000'], 100),
        ...figuresRow('- Lönekostnader', ['700 000', '690 000'], 114),
        ...figuresRow('- Sociala avgifter', ['200 000', '190 000'], 128),
        ...figuresRow('Lokaler', ['100 000', '110 000'], 142),
      ],
      tables: [
        [
          ['Personal', '900 000', '880 000'],
          ['- Lönekostnader', '700 000', '690 000'],
          ['- Sociala avgifter', '200 000', '190 000'],
          ['Lokaler', '100 000', '110 000'],
        ],
      ],
      lines: [],
    },
    {
      name: 'a line set well below the last row is not in the table',
      flow: [...amountRow('Personal', '120 000', 100), ...amountRow('Lokaler', '8 500', 114), line('Kommentar', 72, 150)],
      tables: [
        [
          ['Personal', '120 000'],
          ['Lokaler', '8 500'],
        ],
      ],
      lines: ['Kommentar'],
    },
    {
      name: 'a line set closer than the row pitch is wrapped cell text',
      flow: [
        ...amountRow('Personal', '120 000', 100),
        ...amountRow('Lokaler och', '8 500', 120),
        line('utrustning', 72, 132),
        ...amountRow('Summa', '128 500', 152),
      ],
      tables: [
        [
          ['Personal', '120 000'],
          ['Lokaler och / utrustning', '8 500'],
          ['Summa', '128 500'],
        ],
      ],
      lines: [],
    },
    {
      // A scan's baselines are read a point or two off: "Skulder" came 13.5 pt below the row above
      // against 16 pt between rows and 12 pt inside a wrapped label.
      name: 'a line a little closer than the row pitch is a row of its own when its first word would have fitted above',
      flow: [
        ...amountRow('Lokaler och', '8 500', 100),
        line('utrustning', 72, 112),
        ...amountRow('Eget kapital', '1 706', 128),
        line('Skulder', 72, 141.5),
        ...amountRow('Summa kostnader för insatsen', '2 430', 157.5),
      ],
      tables: [
        [
          ['Lokaler och / utrustning', '8 500'],
          ['Eget kapital', '1 706'],
          ['Skulder', ''],
          ['Summa kostnader för insatsen', '2 430'],
        ],
      ],
      lines: [],
    },
    {
      name: 'a line a little closer than the row pitch goes on with a label above that was wrapped, or when it starts in lower case',
      flow: [
        ...amountRow('Lokaler och', '8 500', 100),
        line('utrustning', 72, 112),
        ...amountRow('Summa kostnader för insatsen', '2 430', 128),
        line('Gotland', 72, 141.5),
        ...amountRow('Eget kapital', '1 706', 157.5),
        line('och skulder', 72, 171),
      ],
      tables: [
        [
          ['Lokaler och / utrustning', '8 500'],
          ['Summa kostnader för insatsen / Gotland', '2 430'],
          ['Eget kapital / och skulder', '1 706'],
        ],
      ],
      lines: [],
    },
    {
      name: 'a bold header whose headings wrap in several cells is one row over a body that is not bold',
      flow: [
        line('Resultaträkning', 72, 100, { bold: true }),
        line('Utfall jan–aug', 230, 100, { bold: true, right: 300 }),
        line('Prognos', 330, 100, { bold: true, right: 380 }),
        line('2021', 280, 112, { bold: true, right: 300 }),
        line('helår 2021', 330, 112, { bold: true, right: 380 }),
        ...figuresRow('Medlemsavgifter', ['6 800', '10 200'], 128),
        ...figuresRow('Summa intäkter', ['6 800', '10 200'], 144),
      ],
      tables: [
        [
          ['Resultaträkning', 'Utfall jan–aug / 2021', 'Prognos / helår 2021'],
          ['Medlemsavgifter', '6 800', '10 200'],
          ['Summa intäkter', '6 800', '10 200'],
        ],
      ],
      lines: [],
    },
    {
      name: 'a plain band filling several cells under a plain header, all lines equally apart, is a row',
      flow: [
        line('Kön', 72, 100),
        line('Antal', 270, 100, { right: 300 }),
        line('Andel', 350, 100, { right: 380 }),
        ...figuresRow('Kvinnor', ['230', '56'], 112),
        ...figuresRow('Män', ['180', '44'], 124),
      ],
      tables: [
        [
          ['Kön', 'Antal', 'Andel'],
          ['Kvinnor', '230', '56'],
          ['Män', '180', '44'],
        ],
      ],
      lines: [],
    },
    {
      name: 'a table set bold throughout has no header to tell by weight: a band filling several cells is a row',
      flow: [
        line('Personal', 72, 100, { bold: true }),
        line('120 000', 265, 100, { bold: true, right: 300 }),
        line('130 000', 345, 100, { bold: true, right: 380 }),
        line('Lokaler', 72, 112, { bold: true }),
        line('8 500', 275, 112, { bold: true, right: 300 }),
        line('9 000', 355, 112, { bold: true, right: 380 }),
      ],
      tables: [
        [
          ['Personal', '120 000', '130 000'],
          ['Lokaler', '8 500', '9 000'],
        ],
      ],
      lines: [],
    },
    {
      name: "a bold group label alone under the bold header is no part of the header's cells",
      flow: [
        line('Balansräkning', 72, 100, { bold: true }),
        line('2021', 280, 100, { bold: true, right: 300 }),
        line('2020', 360, 100, { bold: true, right: 380 }),
        line('Tillgångar', 72, 116, { bold: true }),
        ...figuresRow('Kassa och bank', ['3 000', '3 500'], 132),
        ...figuresRow('Summa eget kapital och skulder', ['3 000', '3 500'], 148),
      ],
      tables: [
        [
          ['Balansräkning', '2021', '2020'],
          ['Tillgångar', '', ''],
          ['Kassa och bank', '3 000', '3 500'],
          ['Summa eget kapital och skulder', '3 000', '3 500'],
        ],
      ],
      lines: [],
    },
    {
      name: 'a line running across the columns ends the table',
      flow: [
        ...amountRow('Personal', '120 000', 100),
        ...amountRow('Lokaler', '8 500', 114),
        line('En lång mening som går tvärs över båda kolumnerna.', 72, 128, { right: 330 }),
      ],
      tables: [
        [
          ['Personal', '120 000'],
          ['Lokaler', '8 500'],
        ],
      ],
      lines: ['En lång mening som går tvärs över båda kolumnerna.'],
    },
  ])('$name', ({ flow, tables, lines }) => {
    const result = detectColumns(flow, 1, { bodySize: 10 });
    expect(result.tables.map(cellTexts)).toEqual(tables);
    expect(result.lines.map((l) => l.text)).toEqual(lines);
  });

  it('gives the table its columns, extents and row boxes', () => {
    const [table] = detectColumns([...amountRow('Personal', '120 000', 100), ...amountRow('Lokaler', '8 500', 114)], 4, { bodySize: 10 }).tables;
    expect(table).toMatchObject({ page: 4, ruled: false, x: 72, right: 300, columns: [72, 265, 300] });
    expect(table?.extents).toEqual([
      { left: 72, right: 72 + 8 * 5 },
      { left: 265, right: 300 },
    ]);
    expect(table?.rows.map((row) => [row.top, row.bottom])).toEqual([
      [92, 102.2],
      [106, 116.2],
    ]);
  });

  it('rows at the top of the next page that fit the carried table go on with it', () => {
    const [carried] = detectColumns([...amountRow('Personal', '120 000', 100), ...amountRow('Lokaler', '8 500', 114)], 1, { bodySize: 10 }).tables;
    const next = detectColumns([...amountRow('Resor', '2 000', 60), ...amountRow('Summa', '130 500', 74), line('Kommentar till budgeten', 72, 120)], 2, {
      bodySize: 10,
      ...(carried && { carried }),
    });
    expect(next.tables.map(cellTexts)).toEqual([
      [
        ['Resor', '2 000'],
        ['Summa', '130 500'],
      ],
    ]);
    expect(next.lines.map((l) => l.text)).toEqual(['Kommentar till budgeten']);
  });

  it('a bold heading at the top of the next page does not go on with the carried table', () => {
    const [carried] = detectColumns([...amountRow('Personal', '120 000', 100), ...amountRow('Lokaler', '8 500', 114)], 1, { bodySize: 10 }).tables;
    const heading = line('Resultat', 72, 60, { bold: true });
    const next = detectColumns([heading, line('2 000', 275, 60, { right: 300 })], 2, { bodySize: 10, ...(carried && { carried }) });
    expect(next.tables).toEqual([]);
  });
});

/** A table of one line per cell (empty text: an empty cell), rows 20 pt apart from `top`. */
function pageTable(rows: string[][], options: { page?: number; top?: number; ruled?: boolean; columns?: number[] } = {}): PageTable {
  const page = options.page ?? 1;
  const top = options.top ?? 100;
  const columns = options.columns ?? [50, 150, 250];
  const pageRows: PageRow[] = rows.map((texts, r) => {
    const rowTop = top + r * 20;
    return {
      page,
      top: rowTop,
      bottom: rowTop + 20,
      cells: texts.map((text, c) => ({
        x: columns[c] ?? 0,
        right: columns[c + 1] ?? 0,
        top: rowTop,
        bottom: rowTop + 20,
        column: c,
        span: 1,
        lines: text === '' ? [] : [line(text, (columns[c] ?? 0) + 2, rowTop + 14, { page })],
      })),
    };
  });
  const ruled = options.ruled ?? true;
  return {
    page,
    x: columns[0] ?? 0,
    right: columns[columns.length - 1] ?? 0,
    top,
    bottom: top + rows.length * 20,
    columns,
    rows: pageRows,
    ruled,
    ...(ruled ? {} : { extents: columns.slice(1).map((right, i) => ({ left: columns[i] ?? 0, right: right - 10 })) }),
  };
}

describe('sameGrid: is the part on the next page the same table?', () => {
  it.each([
    { name: 'ruled, borders within 3 pt', a: pageTable([['a', 'b']]), b: pageTable([['c', 'd']], { columns: [52, 148, 252] }), same: true },
    { name: 'ruled, a border 5 pt off', a: pageTable([['a', 'b']]), b: pageTable([['c', 'd']], { columns: [50, 155, 250] }), same: false },
    { name: 'another number of columns', a: pageTable([['a', 'b']]), b: pageTable([['c', 'd', 'e']], { columns: [50, 100, 150, 250] }), same: false },
    { name: 'ruled against borderless', a: pageTable([['a', 'b']]), b: pageTable([['c', 'd']], { ruled: false }), same: false },
    {
      name: 'borderless, overlapping column extents',
      a: pageTable([['a', 'b']], { ruled: false }),
      b: pageTable([['c', 'd']], { ruled: false, columns: [60, 170, 250] }),
      same: true,
    },
  ])('$name → $same', ({ a, b, same }) => {
    expect(sameGrid(a, b)).toBe(same);
  });
});

describe('appendTable: one table across a page break', () => {
  it.each<{ name: string; first: string[][]; next: string[][]; rows: string[][]; ruled?: boolean }>([
    {
      name: 'rows are appended',
      first: [
        ['Post', 'Belopp'],
        ['Personal', '100'],
      ],
      next: [['Lokaler', '50']],
      rows: [
        ['Post', 'Belopp'],
        ['Personal', '100'],
        ['Lokaler', '50'],
      ],
    },
    {
      name: 'a repeated header row is dropped',
      first: [
        ['Post', 'Belopp'],
        ['Personal', '100'],
      ],
      next: [
        ['Post', 'Belopp'],
        ['Lokaler', '50'],
      ],
      rows: [
        ['Post', 'Belopp'],
        ['Personal', '100'],
        ['Lokaler', '50'],
      ],
    },
    {
      name: 'a first cell going on in lower case joins the row above',
      first: [
        ['Post', 'Belopp'],
        ['Personal och', '100'],
      ],
      next: [
        ['lokaler', ''],
        ['Resor', '5'],
      ],
      rows: [
        ['Post', 'Belopp'],
        ['Personal och / lokaler', '100'],
        ['Resor', '5'],
      ],
    },
    {
      name: 'an empty first cell joins the row above',
      first: [
        ['Post', 'Belopp'],
        ['Personal', '100'],
      ],
      next: [
        ['', 'varav 20 lön'],
        ['Resor', '5'],
      ],
      rows: [
        ['Post', 'Belopp'],
        ['Personal', '100 / varav 20 lön'],
        ['Resor', '5'],
      ],
    },
    {
      name: 'an empty row on the new page is a row of its own',
      first: [['Post', 'Belopp']],
      next: [
        ['', ''],
        ['Resor', '5'],
      ],
      rows: [
        ['Post', 'Belopp'],
        ['', ''],
        ['Resor', '5'],
      ],
    },
  ])('$name', ({ first, next, rows }) => {
    const table = pageTable(first);
    appendTable(table, pageTable(next, { page: 2, top: 60 }), 700);
    expect(cellTexts(table)).toEqual(rows);
  });

  it('a full page whose last first cell ran to the break: a first cell alone on the new page goes on with it (ruled only)', () => {
    const cut = (ruled: boolean): PageTable => {
      const table = pageTable(
        [
          ['Post', 'Belopp'],
          ['Personal', '100'],
        ],
        { ruled },
      );
      const last = table.rows[1];
      const cell = last?.cells[0];
      if (!last || !cell) throw new Error('the table has two rows');
      // Two lines in the first cell, the second down at the row's bottom.
      cell.lines.push(line('kostnader', 52, 138));
      return table;
    };
    const ruled = cut(true);
    appendTable(ruled, pageTable([['Inklusive', '']], { page: 2, top: 60 }), 130);
    expect(cellTexts(ruled)).toEqual([
      ['Post', 'Belopp'],
      ['Personal / kostnader / Inklusive', '100'],
    ]);
    const borderless = cut(false);
    appendTable(borderless, pageTable([['Inklusive', '']], { page: 2, top: 60, ruled: false }), 130);
    expect(cellTexts(borderless)).toEqual([
      ['Post', 'Belopp'],
      ['Personal / kostnader', '100'],
      ['Inklusive', ''],
    ]);
  });
});

describe('a borderless table and a title after it, in a real PDF (pdf-lib, no running header)', () => {
  /**
   * A line of the page: a label at 62 and figures ending at 400 and 500, set `below` (default 16)
   * points under the line before it; the first on a page at 140, below the margin zones where page
   * furniture is looked for.
   */
  type Entry = { cells: [string, string?, string?]; bold?: boolean; size?: number; below?: number };

  async function blocksOf(pages: Entry[][]): Promise<Array<string | string[][]>> {
    const canvas = await PdfLibCanvas.create('Tabelltest');
    pages.forEach((entries, index) => {
      canvas.addPage();
      let top = 140;
      entries.forEach(({ cells, bold = false, size = 10, below = 16 }, at) => {
        if (at > 0) top += below;
        const style = { size, bold };
        const [label, current, previous] = cells;
        canvas.draw(index, label, 62, top, style);
        if (current) canvas.draw(index, current, 400 - canvas.measure(current, style), top, style);
        if (previous) canvas.draw(index, previous, 500 - canvas.measure(previous, style), top, style);
      });
    });
    const model = await readPdf(await canvas.finish(), Limits.parse({}));
    return model.blocks.map((block) => (block.type === 'table' ? block.rows.map((row) => row.cells.map((cell) => cell.text)) : block.text));
  }

  const header: Entry = { cells: ['Tkr', '2019', '2018'], bold: true };
  /** The operating statement's table, its Summa row bold (which kept a bold title at body size in the table on the old code). */
  const operating: Entry[] = [
    header,
    { cells: ['Medlemsavgifter', '4 400', '4 400'] },
    { cells: ['Kansli', '-1 262', '-1 301'] },
    { cells: ['Summa', '3 138', '3 099'], bold: true },
  ];
  const income: Entry[] = [header, { cells: ['Verksamhetens intäkter', '4 400', '4 400'] }, { cells: ['Årets resultat', '368', '(118)'], bold: true }];
  /** The title, then the next table 18 pt below it: closer than 2.1 lines, so the gap alone does not end a table. */
  const titled = (title: Entry, rows: Entry[]): Entry[] => [title, ...rows.map((row, i) => (i === 0 ? { ...row, below: 18 } : row))];
  const texts = (entries: Entry[]) => entries.map(({ cells: [label, current = '', previous = ''] }) => [label, current, previous]);

  it.each<{ name: string; title: Entry }>([
    { name: 'bold at body size', title: { cells: ['Resultaträkning'], bold: true } },
    { name: 'larger and bold', title: { cells: ['Resultaträkning'], bold: true, size: 13 } },
  ])('a title ($name) at the top of the next page ends the table: the next page has a table of its own', async ({ title }) => {
    expect(await blocksOf([operating, titled(title, income)])).toEqual([texts(operating), 'Resultaträkning', texts(income)]);
  });

  it('rows at the top of the next page with nothing above them go on with the table', async () => {
    const rest: Entry[] = [{ cells: ['Övriga kostnader', '-142', '-167'] }, { cells: ['Resultat', '368', '(118)'], bold: true }];
    expect(await blocksOf([operating.slice(0, 3), rest])).toEqual([texts([...operating.slice(0, 3), ...rest])]);
  });

  it("a bold line set like the table's own bold group labels goes on with it, at the top of the next page or set apart further down", async () => {
    // Group labels with space above them, as the rows are further apart than a wrapped label's lines.
    const first: Entry[] = [header, { cells: ['Intäkter'], bold: true, below: 20 }, { cells: ['Medlemsavgifter', '4 400', '4 400'] }];
    const rest: Entry[] = [{ cells: ['Kostnader'], bold: true }, { cells: ['Kansli', '-1 262', '-1 301'] }, { cells: ['Summa', '3 138', '3 099'], bold: true }];
    expect(await blocksOf([first, rest])).toEqual([texts([...first, ...rest])]);
    const apart = rest.map((entry, i) => (i === 0 ? { ...entry, below: 20 } : entry));
    expect(await blocksOf([[...first, ...apart]])).toEqual([texts([...first, ...apart])]);
  });

  it('on one page, a bold title set further below the last row than the rows are apart ends the table', async () => {
    const note: Entry = { cells: ['Not 4 Eget kapital'], bold: true, below: 20 };
    expect(await blocksOf([[...operating, ...titled(note, income)]])).toEqual([texts(operating), 'Not 4 Eget kapital', texts(income)]);
  });

  it('on one page, a line at body size set as far below is a row', async () => {
    const label: Entry = { cells: ['Kortfristiga skulder'], below: 20 };
    expect(await blocksOf([[...operating, ...titled(label, income)]])).toEqual([texts([...operating, label, ...income])]);
  });
});
