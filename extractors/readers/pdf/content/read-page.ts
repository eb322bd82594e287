import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PageContent } from '../types.js';
import type { FontBook } from './fonts.js';
import { interpretPage, type OpsTable } from './interpret.js';
import { widgetText, type WidgetText } from './widgets.js';

export interface PageRead extends PageContent {
  fields: WidgetText['fields'];
}

/** pdfjs's AnnotationMode.DISABLE: widgets are read from getAnnotations, not their appearances. */
const ANNOTATIONS_DISABLED = 0;

/**
 * One page: its operator list interpreted into runs, rules and checkbox squares, plus the form
 * widgets (only looked up when the document has an AcroForm at all).
 */
export async function readPage(page: PDFPageProxy, pageNumber: number, ops: OpsTable, fonts: FontBook, hasForm: boolean): Promise<PageRead> {
  const [x0 = 0, y0 = 0, x1 = 612, y1 = 792] = page.view;
  const view = { left: Math.min(x0, x1), top: Math.max(y0, y1) };
  const list = await page.getOperatorList({ annotationMode: ANNOTATIONS_DISABLED });
  const graphics = interpretPage(list, ops, { book: fonts, source: page.commonObjs }, view);
  const widgets = hasForm ? widgetText(await page.getAnnotations(), view) : { runs: [], fields: [] };
  return {
    page: pageNumber,
    width: Math.abs(x1 - x0),
    height: Math.abs(y1 - y0),
    runs: widgets.runs.length > 0 ? [...graphics.runs, ...widgets.runs] : graphics.runs,
    segments: graphics.segments,
    boxes: graphics.boxes,
    marks: graphics.marks,
    fields: widgets.fields,
  };
}
