/** Where a form field came from, recorded once and then located by its markers in mammoth's tree. */
export interface FieldNote {
  kind: 'text' | 'dropdown';
  name?: string;
}

export interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface OpenRun {
  start: number;
  /** XML to insert right after this run closes (markers cannot go inside a w:r). */
  after: string[];
}

/** State shared by the passes that annotate document.xml while it is scanned once. */
export class AnnotationContext {
  readonly stack: string[] = [];
  readonly runs: OpenRun[] = [];
  readonly fields: FieldNote[] = [];
  private readonly edits: Edit[] = [];

  constructor(readonly xml: string) {}

  insert(position: number, text: string): void {
    this.edits.push({ start: position, end: position, text });
  }

  replace(start: number, end: number, text: string): void {
    this.edits.push({ start, end, text });
  }

  parent(): string | undefined {
    return this.stack[this.stack.length - 1];
  }

  isInside(name: string): boolean {
    return this.stack.includes(name);
  }

  /** True when the current position is inside a paragraph (inline), not between blocks. */
  isInline(): boolean {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const name = this.stack[i];
      if (name === 'w:p') return true;
      if (name === 'w:body' || name === 'w:tc' || name === 'w:txbxContent' || name === 'w:tbl') return false;
    }
    return false;
  }

  addField(field: FieldNote): number {
    this.fields.push(field);
    return this.fields.length - 1;
  }

  /** Applies the edits; overlapping ones (only possible in malformed input) are dropped. */
  result(): string {
    const ordered = this.edits
      .map((edit, order) => ({ edit, order }))
      .sort((a, b) => a.edit.start - b.edit.start || a.order - b.order);
    const pieces: string[] = [];
    let position = 0;
    for (const { edit } of ordered) {
      if (edit.start < position) continue;
      pieces.push(this.xml.slice(position, edit.start), edit.text);
      position = edit.end;
    }
    pieces.push(this.xml.slice(position));
    return pieces.join('');
  }
}
