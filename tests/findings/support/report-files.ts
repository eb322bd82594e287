/**
 * A short report as a kansli receives it: opening paragraphs, then tables each under its heading, as
 * a .docx (Word tables) or as a PDF (borderless pdfkit tables, a label column and right-aligned
 * figures), for tests that run the real pipeline on both; and the folder, the cases per format and
 * the reading those tests share.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { processFile } from '../../../pipeline/process-file.js';
import { PipelineConfig } from '../../../schemas/config.js';
import type { DocumentResult } from '../../../schemas/result.js';
import { buildDocx, p, table, text } from '../../../fixtures/build/docx/index.js';
import { Flow } from '../../../fixtures/build/pdf/flow.js';
import { PdfkitCanvas } from '../../../fixtures/build/pdf/pdfkit-canvas.js';

/** A final report on no template, and an annual report, each with a line of running text, for the tables below them. */
export const FINAL_REPORT_OPENING = [
  'Slutrapport',
  'Projekt Exempelsteget',
  'Samordningsförbundet Exempelbygden',
  'Projektet har pågått 2019-01-01 – 2021-12-31.',
];
export const ANNUAL_REPORT_OPENING = [
  'Årsredovisning 2021',
  'Samordningsförbundet Exempelbygden',
  'Förvaltningsberättelse',
  'Förbundet har under året finansierat sju insatser.',
];

export interface TitledTable {
  /** The paragraph over the table; none where the table's own first row is its title. */
  heading: string | null;
  rows: string[][];
  /** PDF only: the table starts on a new page, as a table's rest does when the page ran out (the PDF reader joins them). */
  newPage?: boolean;
  /**
   * PDF only: columns narrower than the usual (points), and a header in plain type, so its headings
   * wrap; `evenRows` sets the rows without a gap, as a Word table without paragraph spacing.
   */
  narrow?: { label: number; figure: number; plainHeader: boolean; evenRows?: boolean };
}

export async function reportDocx(opening: string[], tables: TitledTable[]): Promise<Uint8Array> {
  const body = [
    ...opening.map((line) => p(text(line))),
    ...tables.flatMap(({ heading, rows }) => [...(heading === null ? [] : [p(text(heading))]), table(rows.map((row) => row.map((cell) => text(cell))))]),
  ];
  return new Uint8Array(await buildDocx({ title: 'Dokument', author: 'Förbundet', body }));
}

const LABEL_WIDTH = 200;
const FIGURE_WIDTH = 80;
const GAP = 15;

export async function reportPdf(opening: string[], tables: TitledTable[]): Promise<Uint8Array> {
  const canvas = new PdfkitCanvas('Dokument');
  const flow = new Flow(canvas);
  for (const line of opening) flow.paragraph(line, { size: 10 }, { spaceAfter: 8 });
  for (const { heading, rows, newPage, narrow } of tables) {
    if (newPage) flow.pageBreak();
    const figures = rows.reduce((most, row) => Math.max(most, row.length - 1), 0);
    const label = narrow?.label ?? LABEL_WIDTH;
    const figure = narrow?.figure ?? FIGURE_WIDTH;
    const columns = [
      { x: 0, width: label },
      ...Array.from({ length: figures }, (_, index) => ({ x: label + GAP + index * (figure + GAP), width: figure, align: 'right' as const })),
    ];
    if (heading !== null) flow.paragraph(heading, { size: 12, bold: true }, { spaceAfter: 6 });
    flow.table(rows, columns, { size: 10 }, { boldFirstRow: !narrow?.plainHeader, ...(narrow?.evenRows ? { rowGap: 0 } : {}) });
  }
  return canvas.finish();
}

/** The report as the case's format gives it: a .docx of Word tables, or a PDF of borderless tables. */
export async function reportIn(format: 'docx' | 'pdf', opening: string[], tables: TitledTable[]): Promise<Uint8Array> {
  return format === 'docx' ? reportDocx(opening, tables) : reportPdf(opening, tables);
}

/** A folder of the test file's own, made before its tests and removed after them: its path, once made. */
export function reportFolder(prefix: string): () => string {
  let folder = '';
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), `rapportkoll-${prefix}-`));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });
  return () => folder;
}

/** Every case in every format, the format second: `[name, format, ...the case's values]`. */
export function inFormats<F extends string, V extends unknown[]>(cases: readonly [string, ...V][], formats: readonly F[]): [string, F, ...V][] {
  return cases.flatMap(([name, ...values]) => formats.map((format): [string, F, ...V] => [name, format, ...values]));
}

/** Writes the case's file (a PDF for a format named "pdf…", else a .docx) and reads it with the real pipeline. */
export async function processReport(folder: string, name: string, format: string, bytes: Uint8Array): Promise<DocumentResult> {
  const path = join(folder, `${name.replace(/\W+/gu, '-')}-${format}.${format.startsWith('pdf') ? 'pdf' : 'docx'}`);
  await writeFile(path, bytes);
  return processFile(path, PipelineConfig.parse({}));
}
