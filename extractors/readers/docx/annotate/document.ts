import type { NumberingDefinitions } from '../numbering/definitions.js';
import { ListLabeler } from '../numbering/list-labels.js';
import type { StyleSheet } from '../styles.js';
import { attribute, scanXml, type CloseTag, type OpenTag } from '../xml/scan.js';
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
export function annotateDocument(
  xml: string,
  styles: StyleSheet,
  numbering: NumberingDefinitions,
): AnnotatedDocument {
  const context = new AnnotationContext(xml);
  const labeler = new ListLabeler(numbering, styles);
  const fieldTracker = new ComplexFieldTracker(context);
  const controlTracker = new ContentControlTracker(context);
  const paragraphs: ParagraphNote[] = [];
  const openParagraphs: OpenParagraph[] = [];

  const noteParagraph = (paragraph: OpenParagraph, position: number): void => {
    if (paragraph.noted) return;
    paragraph.noted = true;
    const note = describeParagraph(paragraph.properties, styles, labeler);
    if (!note) return;
    paragraphs.push(note);
    context.insert(position, markerXml({ kind: 'paragraph', index: paragraphs.length - 1 }));
  };

  // mammoth reads only mc:Fallback of mc:AlternateContent; counting mc:Choice too would number
  // a text box's list twice.
  let skippingFrom: number | undefined;

  const onOpen = (tag: OpenTag): void => {
    const depth = context.stack.length;
    if (skippingFrom === undefined && tag.name === 'mc:Choice' && !tag.selfClosing) skippingFrom = depth;
    if (skippingFrom !== undefined) {
      if (!tag.selfClosing) context.stack.push(tag.name);
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
      else noteParagraph(paragraph, tag.name === 'w:pPr' ? tag.end : tag.start);
    } else if (paragraph?.inProperties) {
      readParagraphProperty(tag, depth - paragraph.depth, context.parent(), paragraph.properties);
    }

    fieldTracker.onOpen(tag);
    controlTracker.onOpen(tag);
    if (!tag.selfClosing) context.stack.push(tag.name);
  };

  const onClose = (tag: CloseTag): void => {
    if (skippingFrom !== undefined) {
      popElement(context.stack, tag.name);
      if (context.stack.length <= skippingFrom) skippingFrom = undefined;
      return;
    }
    fieldTracker.onClose(tag);
    controlTracker.onClose(tag);
    const depth = context.stack.length;
    const paragraph = openParagraphs[openParagraphs.length - 1];
    if (tag.name === 'w:fldSimple') {
      context.replace(tag.start, tag.end, '');
    } else if (tag.name === 'w:pPr' && paragraph && depth === paragraph.depth + 2) {
      paragraph.inProperties = false;
      noteParagraph(paragraph, tag.end);
    } else if (tag.name === 'w:p' && paragraph && depth === paragraph.depth + 1) {
      noteParagraph(paragraph, tag.start);
      openParagraphs.pop();
    } else if (tag.name === 'w:r') {
      const run = context.runs.pop();
      if (run && run.after.length > 0) context.insert(tag.end, run.after.join(''));
    }
    popElement(context.stack, tag.name);
  };

  scanXml(xml, (token) => {
    if (token.kind === 'open') onOpen(token);
    else if (token.kind === 'close') onClose(token);
    else if (skippingFrom === undefined) {
      fieldTracker.onText(token);
      controlTracker.onText(token);
    }
  });
  return { xml: context.result(), paragraphs, fields: context.fields };
}

/** `relativeDepth` is the depth below the w:p: 2 for children of w:pPr, 3 for their children. */
function readParagraphProperty(
  tag: OpenTag,
  relativeDepth: number,
  parent: string | undefined,
  properties: ParagraphProperties,
): void {
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
function popElement(stack: string[], name: string): void {
  for (let i = stack.length - 1; i >= Math.max(0, stack.length - 8); i--) {
    if (stack[i] === name) {
      stack.length = i;
      return;
    }
  }
}
