import type { NumberingDefinitions } from '../numbering/definitions.js';
import { ListLabeler } from '../numbering/list-labels.js';
import type { StyleSheet } from '../styles.js';
import { attribute, scanXml, type CloseTag, type OpenTag, type XmlToken, type XmlTokenHandler } from '../xml/scan.js';
import { toInteger } from '../xml/tree.js';
import { ComplexFieldTracker } from './complex-fields.js';
import { ContentControlTracker } from './content-controls.js';
import { AnnotationContext, type FieldNote } from './context.js';
import { MARKER_PREFIX, markerXml } from './markers.js';
import { describeParagraph, type ParagraphNote, type ParagraphProperties } from './paragraph-notes.js';

export interface AnnotatedDocument {
  /** document.xml with our markers inserted. */
  xml: string;
  /** Indexed by the paragraph markers. */
  paragraphs: ParagraphNote[];
  /** Indexed by the field markers. */
  fields: FieldNote[];
}

interface OpenParagraph {
  depth: number;
  properties: ParagraphProperties;
  inProperties: boolean;
  noted: boolean;
}

/**
 * One pass over document.xml, in document order (which is also the order Word counts lists in):
 * marks each paragraph that has a list label or outline level, brackets form fields, unwraps
 * w:fldSimple (mammoth drops its result text) and blanks content-control placeholders.
 */
export function annotateDocument(xml: string, styles: StyleSheet, numbering: NumberingDefinitions): AnnotatedDocument {
  const annotator = new DocumentAnnotator(xml, styles, numbering);
  scanXml(xml, annotator);
  return { xml: annotator.context.result(), paragraphs: annotator.paragraphs, fields: annotator.context.fields };
}

/** The pass's state and its token handlers (methods, not closures: see XmlTokenHandler). */
class DocumentAnnotator implements XmlTokenHandler {
  readonly context: AnnotationContext;
  readonly paragraphs: ParagraphNote[] = [];
  private readonly labeler: ListLabeler;
  private readonly fieldTracker: ComplexFieldTracker;
  private readonly controlTracker: ContentControlTracker;
  private readonly openParagraphs: OpenParagraph[] = [];
  // mammoth reads only mc:Fallback of mc:AlternateContent; counting mc:Choice too would number
  // a text box's list twice.
  private skippingFrom: number | undefined;

  constructor(
    xml: string,
    private readonly styles: StyleSheet,
    numbering: NumberingDefinitions,
  ) {
    this.context = new AnnotationContext(xml);
    this.labeler = new ListLabeler(numbering, styles);
    this.fieldTracker = new ComplexFieldTracker(this.context);
    this.controlTracker = new ContentControlTracker(this.context);
  }

  onToken(token: XmlToken): void {
    if (token.kind === 'open') this.onOpen(token);
    else if (token.kind === 'close') this.onClose(token);
    else if (this.skippingFrom === undefined) {
      this.fieldTracker.onText(token);
      this.controlTracker.onText(token);
    }
  }

  private noteParagraph(paragraph: OpenParagraph, position: number): void {
    if (paragraph.noted) return;
    paragraph.noted = true;
    const note = describeParagraph(paragraph.properties, this.styles, this.labeler);
    if (!note) return;
    this.paragraphs.push(note);
    this.context.insert(position, markerXml({ kind: 'paragraph', index: this.paragraphs.length - 1 }));
  }

  private onOpen(tag: OpenTag): void {
    const { context, openParagraphs } = this;
    const depth = context.stack.length;
    if (this.skippingFrom === undefined && tag.name === 'mc:Choice' && !tag.selfClosing) this.skippingFrom = depth;
    if (this.skippingFrom !== undefined) {
      if (!tag.selfClosing) context.pushElement(tag.name);
      return;
    }
    const paragraph = openParagraphs[openParagraphs.length - 1];
    if (tag.name === 'w:bookmarkStart' && attribute(tag.rawAttributes, 'w:name')?.startsWith(MARKER_PREFIX)) {
      context.replace(tag.start, tag.end, '');
    } else if (tag.name === 'w:fldSimple') {
      context.replace(tag.start, tag.end, '');
    } else if (tag.name === 'w:r' && !tag.selfClosing) {
      context.runs.push({ start: tag.start, after: [] });
    }

    if (tag.name === 'w:p' && !tag.selfClosing) {
      openParagraphs.push({ depth, properties: { deleted: false }, inProperties: false, noted: false });
    } else if (paragraph && depth === paragraph.depth + 1) {
      if (tag.name === 'w:pPr' && !tag.selfClosing) paragraph.inProperties = true;
      else this.noteParagraph(paragraph, tag.name === 'w:pPr' ? tag.end : tag.start);
    } else if (paragraph?.inProperties) {
      readParagraphProperty(tag, depth - paragraph.depth, context.parent(), paragraph.properties);
    }

    this.fieldTracker.onOpen(tag);
    this.controlTracker.onOpen(tag);
    if (!tag.selfClosing) context.pushElement(tag.name);
  }

  private onClose(tag: CloseTag): void {
    const { context, openParagraphs } = this;
    if (this.skippingFrom !== undefined) {
      popElement(context, tag.name);
      if (context.stack.length <= this.skippingFrom) this.skippingFrom = undefined;
      return;
    }
    this.fieldTracker.onClose(tag);
    this.controlTracker.onClose(tag);
    const depth = context.stack.length;
    const paragraph = openParagraphs[openParagraphs.length - 1];
    if (tag.name === 'w:fldSimple') {
      context.replace(tag.start, tag.end, '');
    } else if (tag.name === 'w:pPr' && paragraph && depth === paragraph.depth + 2) {
      paragraph.inProperties = false;
      this.noteParagraph(paragraph, tag.end);
    } else if (tag.name === 'w:p' && paragraph && depth === paragraph.depth + 1) {
      this.noteParagraph(paragraph, tag.start);
      openParagraphs.pop();
    } else if (tag.name === 'w:r') {
      const run = context.runs.pop();
      if (run && run.after.length > 0) context.insert(tag.end, run.after.join(''));
    }
    popElement(context, tag.name);
  }
}

/** `relativeDepth` is the depth below the w:p: 2 for children of w:pPr, 3 for their children. */
function readParagraphProperty(tag: OpenTag, relativeDepth: number, parent: string | undefined, properties: ParagraphProperties): void {
  const value = attribute(tag.rawAttributes, 'w:val');
  if (relativeDepth === 2 && parent === 'w:pPr') {
    if (tag.name === 'w:pStyle') properties.styleId = value;
    if (tag.name === 'w:outlineLvl') properties.outlineLevel = toInteger(value);
  } else if (relativeDepth === 3 && parent === 'w:numPr') {
    if (tag.name === 'w:numId') properties.numId = value;
    if (tag.name === 'w:ilvl') properties.ilvl = toInteger(value);
  } else if (relativeDepth === 3 && parent === 'w:rPr' && tag.name === 'w:del') {
    properties.deleted = true;
  }
}

/** Malformed nesting is tolerated: pop to the matching element if it is near the top. */
function popElement(context: AnnotationContext, name: string): void {
  const { stack } = context;
  for (let i = stack.length - 1; i >= Math.max(0, stack.length - 8); i--) {
    if (stack[i] === name) {
      context.truncateTo(i);
      return;
    }
  }
}
