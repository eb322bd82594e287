/**
 * A borderless table's header whose headings are wider than their columns, read from real pdfkit
 * PDFs: a heading that wraps onto a line of its own runs over to the left of its right-aligned
 * column, or two headings print into each other, so the header's lines do not line up with the
 * columns as the rows' do. The PDF reader reads them against the rows' columns and gives the table
 * its header row; a line of running text, a title or a header set apart by a gap stays a line.
 */
import { describe, expect, it } from 'vitest';
import { Flow } from '../../fixtures/build/pdf/flow.js';
import { PdfkitCanvas } from '../../fixtures/build/pdf/pdfkit-canvas.js';
import { readPdf } from '../../extractors/readers/pdf/index.js';
import { Limits } from '../../schemas/config.js';

interface Drawing {
  /** Points: the label column's width, each figure column's, and the gap between columns. */
  widths: { label: number; figure: number; gap: number };
  /** What stands over the table: a line of text, a title in a larger size, or nothing. */
  over?: { line: string } | { title: string };
  /** The header row, bold; none where the line over the table is its only heading. */
  header: string[] | null;
  /** The header drawn as a table of its own and a gap, apart from the rows. */
  headerApart?: boolean;
  rows: string[][];
}

async function drawn({ widths, over, header, headerApart, rows }: Drawing): Promise<Uint8Array> {
  const canvas = new PdfkitCanvas('Dokument');
  const flow = new Flow(canvas);
  flow.paragraph('Slutrapport', { size: 10 }, { spaceAfter: 8 });
  if (over && 'line' in over) flow.paragraph(over.line, { size: 10 }, { spaceAfter: 4 });
  if (over && 'title' in over) flow.paragraph(over.title, { size: 12, bold: true }, { spaceAfter: 6 });
  const figures = (rows[0]?.length ?? 1) - 1;
  const columns = [
    { x: 0, width: widths.label },
    ...Array.from({ length: figures }, (_, index) => ({
      x: widths.label + widths.gap + index * (widths.figure + widths.gap),
      width: widths.figure,
      align: 'right' as const,
    })),
  ];
  if (header && headerApart) {
    flow.table([header], columns, { size: 10 }, { boldFirstRow: true });
    flow.space(14);
  }
  if (header && !headerApart) flow.table([header, ...rows], columns, { size: 10 }, { boldFirstRow: true });
  else flow.table(rows, columns, { size: 10 });
  return canvas.finish();
}

/** The document's tables as rows of cell texts (a cell's lines joined by a space), and its paragraphs. */
async function readBack(bytes: Uint8Array): Promise<{ tables: string[][][]; paragraphs: string[] }> {
  const model = await readPdf(bytes, Limits.parse({}));
  return {
    tables: model.blocks.flatMap((block) =>
      block.type === 'table' ? [block.rows.map((row) => row.cells.map((cell) => cell.text.replace(/\s+/gu, ' ')))] : [],
    ),
    paragraphs: model.blocks.flatMap((block) => (block.type === 'paragraph' ? [block.text] : [])),
  };
}

const ROWS = [
  ['Personal', '900 000', '874 000', '210 000'],
  ['Lokaler', '110 000', '108 500', '0'],
];
const NARROW = { label: 130, figure: 80, gap: 12 };

describe('a borderless table whose headings are wider than their columns: its header row', () => {
  it.each<{ name: string; drawing: Drawing; table: string[][]; paragraphs: string[] }>([
    {
      name: 'a heading wraps onto a line of its own that runs over to the left of its column',
      drawing: { widths: NARROW, header: ['Kostnadsslag', 'Budget', 'Utfall', 'Varav medfinansiering'], rows: ROWS },
      table: [['Kostnadsslag', 'Budget', 'Utfall', 'Varav medfinansiering'], ...ROWS],
      paragraphs: ['Slutrapport'],
    },
    {
      name: "two headings' wrapped words on one line, a space apart",
      drawing: {
        widths: { label: 130, figure: 66, gap: 12 },
        header: ['Kostnadsslag', 'Finsam-medel', 'Kommunal medfinansiering', 'Total kostnad'],
        rows: ROWS,
      },
      table: [['Kostnadsslag', 'Finsam-medel', 'Kommunal medfinansiering', 'Total kostnad'], ...ROWS],
      paragraphs: ['Slutrapport'],
    },
    {
      name: 'headings that print into each other on both their lines',
      drawing: {
        widths: { label: 130, figure: 65, gap: 15 },
        header: ['Kostnadspost', 'Förbundets medel', 'Kommunal medfinansiering', 'Försäkringskassans medfinansiering', 'Summa'],
        rows: [
          ['Lönekostnader', '500 000', '100 000', '50 000', '650 000'],
          ['Hyra', '60 000', '20 000', '0', '80 000'],
        ],
      },
      table: [
        ['Kostnadspost', 'Förbundets medel', 'Kommunal medfinansiering', 'Försäkringskassans medfinansiering', 'Summa'],
        ['Lönekostnader', '500 000', '100 000', '50 000', '650 000'],
        ['Hyra', '60 000', '20 000', '0', '80 000'],
      ],
      paragraphs: ['Slutrapport'],
    },
    {
      name: 'a title in a larger size over a header that fits stays a title',
      drawing: { widths: NARROW, over: { title: 'Ekonomi' }, header: ['Kostnadsslag', 'Budget', 'Utfall', 'Varav medfinansiering'], rows: ROWS },
      table: [['Kostnadsslag', 'Budget', 'Utfall', 'Varav medfinansiering'], ...ROWS],
      paragraphs: ['Slutrapport', 'Ekonomi'],
    },
  ])('$name', async ({ drawing, table, paragraphs }) => {
    const read = await readBack(await drawn(drawing));
    expect(read.tables).toEqual([table]);
    expect(read.paragraphs).toEqual(paragraphs);
  });

  it.each<{ name: string; drawing: Drawing; paragraphs: string[] }>([
    {
      name: 'a line of running text whose words fall in the columns stays a line',
      drawing: {
        widths: { label: 200, figure: 80, gap: 15 },
        over: { line: 'Kostnad Budget 2020 Utfall 2020 Budget 2021 Utfall 2021' },
        header: null,
        rows: [
          ['Personal', '400 000', '390 000', '400 000', '400 000'],
          ['Lokaler', '100 000', '100 000', '100 000', '110 000'],
        ],
      },
      paragraphs: ['Slutrapport', 'Kostnad Budget 2020 Utfall 2020 Budget 2021 Utfall 2021'],
    },
    {
      name: 'a header set apart from its rows by a gap stays apart',
      drawing: { widths: NARROW, header: ['Kostnadsslag', 'Budget', 'Utfall', 'Varav medfinansiering'], headerApart: true, rows: ROWS },
      paragraphs: ['Slutrapport', 'Kostnadsslag Budget Utfall Varav', 'medfinansiering'],
    },
  ])('$name: the table is its rows alone', async ({ drawing, paragraphs }) => {
    const read = await readBack(await drawn(drawing));
    expect(read.tables).toEqual([drawing.rows]);
    expect(read.paragraphs).toEqual(paragraphs);
  });
});
