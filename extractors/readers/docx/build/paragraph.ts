import type { Checkbox, FormField, Paragraph, SourceRef } from '../../../model.js';
import type { FieldNote } from '../annotate/context.js';
import { parseMarker } from '../annotate/markers.js';
import type { ParagraphNote } from '../annotate/paragraph-notes.js';
import type { MammothNode, MammothParagraph } from '../mammoth/tree.js';
import { CHECKED, replaceBoxGlyphs, UNCHECKED } from './checkbox-glyphs.js';
import type { NoteRegistry } from './notes.js';
import { headingLevel, normalizeText } from './text.js';

interface OpenFormField {
  index: number;
  field: FormField;
  /** Field text not yet placed in any paragraph's text (held back until we know it is not blank). */
  pending: string;
  /** Field text already placed in earlier paragraphs (a field spanning paragraphs). */
  placed: string;
}

export interface ParagraphContext {
  paragraphNotes: ParagraphNote[];
  fieldNotes: FieldNote[];
  notes: NoteRegistry;
  /** Form fields opened by a start marker and not yet closed; shared across paragraphs. */
  openFields: OpenFormField[];
}

/**
 * Flattens one mammoth paragraph into the model: text by the model's conventions, form fields
 * (blank ones contribute nothing), checkbox glyphs, footnote numbers instead of markers.
 */
export function buildParagraph(node: MammothParagraph, source: SourceRef, context: ParagraphContext): Paragraph {
  let raw = '';
  let note: ParagraphNote | undefined;
  const fields: FormField[] = [];
  const checkboxes: Checkbox[] = [];
  const footnoteRefs: string[] = [];

  const append = (text: string): void => {
    const field = context.openFields[context.openFields.length - 1];
    if (field) field.pending += text;
    else raw += text;
  };

  const closeField = (index: number): void => {
    const position = context.openFields.findIndex((open) => open.index === index);
    if (position === -1) return;
    // Fields close innermost first; anything still open inside this one closes with it, its text
    // going to the enclosing field (or the paragraph) only when it is not blank.
    while (context.openFields.length > position) {
      const open = context.openFields.pop();
      if (!open) break;
      open.field.value = normalizeText(open.placed + open.pending);
      if (open.field.value !== '') append(open.pending);
    }
  };

  const visit = (child: MammothNode): void => {
    switch (child.type) {
      case 'text':
        append(replaceBoxGlyphs(child.value, checkboxes));
        break;
      case 'tab':
        append(' ');
        break;
      case 'break':
        append('\n');
        break;
      case 'checkbox':
        append(child.checked ? CHECKED : UNCHECKED);
        checkboxes.push({ checked: child.checked });
        break;
      case 'noteReference':
        footnoteRefs.push(context.notes.reference(child));
        break;
      case 'bookmarkStart': {
        const marker = parseMarker(child.name);
        if (marker?.kind === 'paragraph') note = context.paragraphNotes[marker.index];
        else if (marker?.kind === 'field-start') {
          const fieldNote = context.fieldNotes[marker.index];
          if (fieldNote) {
            const field: FormField = { kind: fieldNote.kind, value: '' };
            if (fieldNote.name !== undefined && fieldNote.name !== '') field.name = fieldNote.name;
            fields.push(field);
            context.openFields.push({ index: marker.index, field, pending: '', placed: '' });
          }
        } else if (marker?.kind === 'field-end') closeField(marker.index);
        break;
      }
      default:
        if ('children' in child && child.children) child.children.forEach(visit);
    }
  };
  node.children.forEach(visit);

  // A field still open spans into the next paragraph: its text so far belongs here.
  for (const open of context.openFields) {
    raw += open.pending;
    open.placed += `${open.pending}\n`;
    open.pending = '';
  }

  const paragraph: Paragraph = { type: 'paragraph', text: normalizeText(raw), source };
  const level = headingLevel(node.styleName, node.styleId, note?.outlineLevel);
  if (level !== undefined) paragraph.headingLevel = level;
  if (note?.listLabel !== undefined) paragraph.listLabel = note.listLabel;
  if (fields.length > 0) paragraph.fields = fields;
  if (checkboxes.length > 0) paragraph.checkboxes = checkboxes;
  if (footnoteRefs.length > 0) paragraph.footnoteRefs = footnoteRefs;
  return paragraph;
}

/** Empty paragraphs (spacing, page breaks) are layout, not content. */
export function isEmptyParagraph(paragraph: Paragraph): boolean {
  return paragraph.text === '' && !paragraph.fields && !paragraph.checkboxes && !paragraph.footnoteRefs;
}
