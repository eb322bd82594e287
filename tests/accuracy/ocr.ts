/**
 * `npm run accuracy -- --ocr`: how well OCR reads the scanned fixtures. Each
 * fixtures/docs/scanned/<name>-scan.pdf is read by the pipeline's OCR (extractors/readers/ocr/, the
 * compiled thread: build first) and its words are compared with those of the text PDF it was made
 * from (fixtures/docs/<name>.pdf), page by page: word and character error rates (edit distance
 * over the reference's words or characters) and the words that differ. `-- --ocr <name>` reads
 * only the scans whose file name starts with <name>. Not a test: it prints figures.
 *
 * Both sides are laid out by the same code (layoutPage): every line, in tables too, is taken in
 * reading order (top to bottom by baseline, then left to right), so a table read as flow text on
 * one side and as cells on the other still compares word by word. Words are compared as written,
 * case and marks included: "Välfärd" read "välfärd" is an error. The receiving stamp on a scan's
 * first page has no counterpart in the text PDF and shows as inserted words.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { DOCS_DIR } from '../../fixtures/build/paths.js';
import { FontBook } from '../../extractors/readers/pdf/content/fonts.js';
import { readPage } from '../../extractors/readers/pdf/content/read-page.js';
import { layoutPage, type PageLayout } from '../../extractors/readers/pdf/layout/page-layout.js';
import type { BuiltLine } from '../../extractors/readers/pdf/layout/lines.js';
import { loadPdfjs, openPdfDocument } from '../../extractors/readers/pdf/pdfjs.js';
import { recognisePages } from '../../extractors/readers/ocr/engine.js';
import { ocrPageRead } from '../../extractors/readers/ocr/page-read.js';
import { repairAddresses } from '../../extractors/readers/ocr/addresses.js';
import { OcrSettings } from '../../schemas/config.js';

const SCANNED_DIR = join(DOCS_DIR, 'scanned');

/** Every line of the page, flow and table cells, top to bottom (lines within a third of a line's height are one row), then left to right. */
function readingOrder(layout: PageLayout): BuiltLine[] {
  const lines = [...layout.lines, ...layout.tables.flatMap((table) => table.rows.flatMap((row) => row.cells.flatMap((cell) => cell.lines)))];
  lines.sort((a, b) => a.baseline - b.baseline);
  const rows: BuiltLine[][] = [];
  for (const line of lines) {
    const row = rows[rows.length - 1];
    const first = row?.[0];
    if (row && first && line.baseline - first.baseline <= Math.max(line.size, first.size) / 3) row.push(line);
    else rows.push([line]);
  }
  return rows.flatMap((row) => row.sort((a, b) => a.x - b.x));
}

/**
 * A figure's thousands written with a space ("2 186") is one word on both sides: OCR may read the
 * groups as one word or two, and the readers take either as the same figure.
 */
function wordsOf(layout: PageLayout): string[] {
  return readingOrder(layout).flatMap((line) =>
    line.text
      .replace(/(?<=\d)[ \u00a0\u202f](?=\d{3}(?!\d))/gu, '')
      .split(/\s+/u)
      .filter((word) => word.length > 0),
  );
}

async function textPdfPages(path: string): Promise<PageLayout[]> {
  const pdfjs = await loadPdfjs();
  const document = await openPdfDocument(pdfjs, new Uint8Array(await readFile(path)));
  try {
    const fonts = new FontBook();
    const hasForm = (await document.getFieldObjects()) !== null;
    const layouts: PageLayout[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      layouts.push(layoutPage(await readPage(page, number, pdfjs.OPS, fonts, hasForm)));
      page.cleanup();
    }
    return layouts;
  } finally {
    await document.destroy();
  }
}

type Edit = { kind: 'same' | 'changed'; reference: string; read: string } | { kind: 'missing'; reference: string } | { kind: 'extra'; read: string };

/** Levenshtein distance between two sequences, with the alignment when asked for. */
function align<T>(reference: T[], read: T[]): { distance: number; path: Array<[number | null, number | null]> } {
  const width = read.length + 1;
  const cost = new Uint32Array((reference.length + 1) * width);
  for (let j = 0; j <= read.length; j++) cost[j] = j;
  for (let i = 1; i <= reference.length; i++) {
    cost[i * width] = i;
    for (let j = 1; j <= read.length; j++) {
      const substitute = cost[(i - 1) * width + j - 1]! + (reference[i - 1] === read[j - 1] ? 0 : 1);
      cost[i * width + j] = Math.min(substitute, cost[(i - 1) * width + j]! + 1, cost[i * width + j - 1]! + 1);
    }
  }
  const path: Array<[number | null, number | null]> = [];
  let i = reference.length;
  let j = read.length;
  while (i > 0 || j > 0) {
    const here = cost[i * width + j]!;
    if (i > 0 && j > 0 && here === cost[(i - 1) * width + j - 1]! + (reference[i - 1] === read[j - 1] ? 0 : 1)) path.push([--i, --j]);
    else if (i > 0 && here === cost[(i - 1) * width + j]! + 1) path.push([--i, null]);
    else path.push([null, --j]);
  }
  return { distance: cost[reference.length * width + read.length]!, path: path.reverse() };
}

function characterDistance(reference: string, read: string): number {
  return align([...reference], [...read]).distance;
}

function edits(reference: string[], read: string[]): { distance: number; edits: Edit[] } {
  const { distance, path } = align(reference, read);
  const list: Edit[] = path.map(([i, j]) => {
    if (i !== null && j !== null) return { kind: reference[i] === read[j] ? 'same' : 'changed', reference: reference[i]!, read: read[j]! };
    if (i !== null) return { kind: 'missing', reference: reference[i]! };
    return { kind: 'extra', read: read[j!]! };
  });
  return { distance, edits: list };
}

interface PageFigures {
  page: number;
  words: number;
  wordErrors: number;
  chars: number;
  charErrors: number;
  differing: string[];
}

function comparePage(page: number, reference: string[], read: string[]): PageFigures {
  const words = edits(reference, read);
  const differing = words.edits.flatMap((edit) => {
    if (edit.kind === 'same') return [];
    if (edit.kind === 'changed') return [`"${edit.reference}" → "${edit.read}"`];
    if (edit.kind === 'missing') return [`"${edit.reference}" → (none)`];
    return [`(none) → "${edit.read}"`];
  });
  const referenceText = reference.join(' ');
  return {
    page,
    words: reference.length,
    wordErrors: words.distance,
    chars: [...referenceText].length,
    charErrors: characterDistance(referenceText, read.join(' ')),
    differing,
  };
}

const percent = (errors: number, total: number) => (total === 0 ? '–' : `${((100 * errors) / total).toFixed(2)} %`);

async function measureScan(scanPath: string): Promise<PageFigures[]> {
  const textPath = join(DOCS_DIR, `${basename(scanPath, '.pdf').replace(/-scan$/, '')}.pdf`);
  const reference = await textPdfPages(textPath);
  const settings = OcrSettings.parse({});
  const pages = reference.map((layout) => layout.page);
  const started = Date.now();
  const run = await recognisePages(new Uint8Array(await readFile(scanPath)), pages, settings, () => {});
  console.log(`\n${basename(scanPath)} against ${basename(textPath)}: ${pages.length} pages OCR'd in ${((Date.now() - started) / 1000).toFixed(1)} s (wall)\n`);
  return run.pages.map((page) => {
    const layout = reference.find((entry) => entry.page === page.page);
    // As the reader takes them (ocr-pages.ts): with the "@" of addresses read as "Q", "&" … given back.
    const read = layoutPage(ocrPageRead({ ...page, words: repairAddresses(page.words).words }));
    return comparePage(page.page, layout ? wordsOf(layout) : [], wordsOf(read));
  });
}

function table(figures: PageFigures[]): string {
  const lines = ['| page | words | WER | chars | CER |', '|---|---|---|---|---|'];
  for (const page of figures) {
    lines.push(`| ${page.page} | ${page.words} | ${percent(page.wordErrors, page.words)} | ${page.chars} | ${percent(page.charErrors, page.chars)} |`);
  }
  const sum = (key: 'words' | 'wordErrors' | 'chars' | 'charErrors') => figures.reduce((total, page) => total + page[key], 0);
  lines.push(`| all | ${sum('words')} | ${percent(sum('wordErrors'), sum('words'))} | ${sum('chars')} | ${percent(sum('charErrors'), sum('chars'))} |`);
  return lines.join('\n');
}

export async function measureOcr(only: string | null): Promise<void> {
  const scans = (await readdir(SCANNED_DIR))
    .filter((name) => name.endsWith('-scan.pdf') && (only === null || name.startsWith(only)))
    .sort()
    .map((name) => join(SCANNED_DIR, name));
  if (scans.length === 0) throw new Error(`no scan in ${SCANNED_DIR} matches ${only}`);
  const all: PageFigures[] = [];
  for (const scan of scans) {
    const figures = await measureScan(scan);
    all.push(...figures);
    console.log(table(figures));
    console.log('\nDiffering words (text PDF → OCR):');
    for (const page of figures) if (page.differing.length > 0) console.log(`  page ${page.page}: ${page.differing.join(', ')}`);
  }
  if (scans.length > 1) {
    const sum = (key: 'words' | 'wordErrors' | 'chars' | 'charErrors') => all.reduce((total, page) => total + page[key], 0);
    console.log(
      `\nAll scans: WER ${percent(sum('wordErrors'), sum('words'))} of ${sum('words')} words, CER ${percent(sum('charErrors'), sum('chars'))} of ${sum('chars')} characters`,
    );
  }
}
