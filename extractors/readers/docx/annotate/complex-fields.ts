import { attribute, escapeXml, textOf, type CloseTag, type OpenTag, type TextRun } from '../xml/scan.js';
import type { AnnotationContext, OpenRun } from './context.js';
import { markerXml } from './markers.js';

interface OpenField {
  instruction: string;
  separated: boolean;
  name?: string | undefined;
  entries: string[];
  selected?: number | undefined;
  defaultSelected?: number | undefined;
  /** Set once the field is known to be a form field we mark. */
  index?: number;
  kind?: 'text' | 'dropdown' | 'other';
  /** The run after which the start marker was queued. */
  startRun?: OpenRun;
}

/** Fields nested deeper than this are hostile input; they are left alone. */
const MAX_OPEN_FIELDS = 64;

/**
 * Legacy form fields (FORMTEXT, FORMDROPDOWN) are complex fields: begin / instruction / separate /
 * result runs / end. mammoth keeps the result text but forgets where the field was, and shows
 * nothing for a dropdown. We bracket each field's result with markers and write a dropdown's
 * selected entry as its result. FORMCHECKBOX is left to mammoth, which reads w:checked / w:default.
 */
export class ComplexFieldTracker {
  private readonly open: OpenField[] = [];
  /** The begin fldChar whose w:ffData is being read. */
  private beginning: OpenField | undefined;

  constructor(private readonly context: AnnotationContext) {}

  onOpen(tag: OpenTag): void {
    if (tag.name === 'w:fldChar') {
      this.onFieldCharacter(tag);
    } else if (this.beginning) {
      this.readFormFieldData(tag, this.beginning);
    }
  }

  onClose(tag: CloseTag): void {
    if (tag.name === 'w:fldChar') this.beginning = undefined;
  }

  onText(token: TextRun): void {
    const field = this.open[this.open.length - 1];
    if (field && !field.separated && this.context.parent() === 'w:instrText') {
      field.instruction += textOf(this.context.xml, token);
    }
  }

  private onFieldCharacter(tag: OpenTag): void {
    const type = attribute(tag.rawAttributes, 'w:fldCharType');
    if (type === 'begin') {
      if (this.open.length >= MAX_OPEN_FIELDS) return;
      const field: OpenField = { instruction: '', separated: false, entries: [] };
      this.open.push(field);
      if (!tag.selfClosing) this.beginning = field;
    } else if (type === 'separate') {
      const field = this.open[this.open.length - 1];
      if (!field || field.separated) return;
      field.separated = true;
      this.classify(field);
      const run = this.context.runs[this.context.runs.length - 1];
      if (field.index !== undefined && run) {
        run.after.push(markerXml({ kind: 'field-start', index: field.index }));
        field.startRun = run;
      }
    } else if (type === 'end') {
      const field = this.open.pop();
      if (field) this.finish(field);
    }
  }

  private finish(field: OpenField): void {
    if (!field.separated) this.classify(field);
    const run = this.context.runs[this.context.runs.length - 1];
    if (field.index === undefined || !run) return;
    const end = markerXml({ kind: 'field-end', index: field.index });
    if (!field.separated) {
      // No result runs (always so for FORMDROPDOWN): write the shown value after this run.
      const start = markerXml({ kind: 'field-start', index: field.index });
      const value = field.kind === 'dropdown' ? this.selectedEntry(field) : '';
      const result = value === '' ? '' : `<w:r><w:t xml:space="preserve">${escapeXml(value)}</w:t></w:r>`;
      run.after.push(start + result + end);
    } else if (field.startRun === run) {
      // separate and end share this run: the start marker is already queued after it.
      run.after.push(end);
    } else {
      this.context.insert(run.start, end);
    }
  }

  private classify(field: OpenField): void {
    if (field.kind !== undefined) return;
    const keyword = /^\s*(FORMTEXT|FORMDROPDOWN)\b/i.exec(field.instruction)?.[1]?.toUpperCase();
    if (keyword === 'FORMTEXT' || keyword === 'FORMDROPDOWN') {
      field.kind = keyword === 'FORMTEXT' ? 'text' : 'dropdown';
      field.index = this.context.addField({ kind: field.kind, name: field.name });
    } else {
      field.kind = 'other';
    }
  }

  private readFormFieldData(tag: OpenTag, field: OpenField): void {
    const value = attribute(tag.rawAttributes, 'w:val');
    if (value === undefined) return;
    const parent = this.context.parent();
    if (tag.name === 'w:name' && parent === 'w:ffData') field.name = value;
    if (tag.name === 'w:listEntry') field.entries.push(value);
    if (tag.name === 'w:result' && parent === 'w:ddList') field.selected = toIndex(value);
    if (tag.name === 'w:default' && parent === 'w:ddList') field.defaultSelected = toIndex(value);
  }

  private selectedEntry(field: OpenField): string {
    return field.entries[field.selected ?? field.defaultSelected ?? 0] ?? '';
  }
}

function toIndex(value: string): number | undefined {
  return /^\d{1,6}$/.test(value) ? Number(value) : undefined;
}
