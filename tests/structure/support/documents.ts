/** Small documents for the structure pass, read by the real readers: DOCX by mammoth, PDF by pdfjs. */
import { buildDocx, p, type Block } from '../../../fixtures/build/docx/index.js';
import { A4, Flow, type TextStyle } from '../../../fixtures/build/pdf/flow.js';
import { PdfLibCanvas } from '../../../fixtures/build/pdf/pdflib-canvas.js';
import { structureOf } from '../../../extractors/outlines.js';
import { readDocx } from '../../../extractors/readers/docx/index.js';
import { readPdf } from '../../../extractors/readers/pdf/index.js';
import type { DocStructure } from '../../../extractors/structure/index.js';
import { Limits } from '../../../schemas/config.js';

const limits = Limits.parse({});

/** `header` and `footer`: the paragraphs of the page header and footer parts, which mammoth does not read. */
export async function docxStructure(body: Block[], margins: { header?: Block[]; footer?: Block[] } = {}): Promise<DocStructure> {
  return structureOf(await readDocx(new Uint8Array(await buildDocx({ body, ...margins })), limits));
}

/** A transcript as the corpus gives it: one paragraph per paragraph group, nothing styled. */
export async function transcriptStructure(paragraphs: string[]): Promise<DocStructure> {
  return docxStructure(paragraphs.map((text) => p(text)));
}

export const BODY: TextStyle = { size: 10 };
export const H1: TextStyle = { size: 16, bold: true };
export const H2: TextStyle = { size: 13, bold: true };

const RUNNING_HEADER = 'Samordningsförbundet Testbygden';
const PAGE_LABEL = (page: number, pages: number): string => `Sida ${page} av ${pages}`;

/** A PDF drawn by pdf-lib: `draw` lays out the body; the flow adds a running header and a footer ("Sida N av M" unless given). */
export async function pdfStructure(
  draw: (flow: Flow) => void,
  margins: { header?: string; footer?: (page: number, pages: number) => string } = {},
): Promise<DocStructure> {
  const canvas = await PdfLibCanvas.create('Strukturtest');
  const flow = new Flow(canvas, A4);
  draw(flow);
  flow.finish(margins.header ?? RUNNING_HEADER, margins.footer ?? PAGE_LABEL, { size: 8 });
  return structureOf(await readPdf(await canvas.finish(), limits));
}

/** A PDF whose pages carry `pages[i]` lines drawn where the reader's margin zones do not reach. */
export async function pdfPagesStructure(pages: { top: string; body: string[]; bottom: string }[]): Promise<DocStructure> {
  const canvas = await PdfLibCanvas.create('Strukturtest');
  pages.forEach((page, index) => {
    canvas.addPage();
    canvas.draw(index, page.top, 62, 100, BODY);
    page.body.forEach((line, at) => canvas.draw(index, line, 62, 140 + at * 14, BODY));
    canvas.draw(index, page.bottom, 290, 730, BODY);
  });
  return structureOf(await readPdf(await canvas.finish(), limits));
}

/** The unit whose text holds `start`. */
export function unitWith(structure: DocStructure, start: string) {
  return structure.units.find((unit) => unit.text.includes(start));
}
