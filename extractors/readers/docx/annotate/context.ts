/** Where a form field came from, recorded once and then located by its markers in mammoth's tree. */
export interface FieldNote {
  kind: 'text' | 'dropdown';
  name?: string | undefined;
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

/** Elements whose content is blocks: a paragraph outside them is not inline. */
const BLOCK_CONTAINERS = new Set(['w:body', 'w:tc', 'w:txbxContent', 'w:tbl']);

/** State shared by the passes that annotate document.xml while it is scanned once. */
export class AnnotationContext {
  readonly stack: string[] = [];
  /**
   * Indexes into `stack` of the open elements that decide `isInline` (a paragraph, or a block
   * container), innermost last: kept as elements open and close so the question costs the same
   * at any nesting depth (hostile documents nest content controls 100 000 deep).
   */
  private readonly boundaries: number[] = [];
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

  /** Opens an element: it becomes the innermost on the stack. */
  pushElement(name: string): void {
    if (name === 'w:p' || BLOCK_CONTAINERS.has(name)) this.boundaries.push(this.stack.length);
    this.stack.push(name);
  }

  /** Closes every element from `depth` inwards (malformed nesting can close several at once). */
  truncateTo(depth: number): void {
    this.stack.length = depth;
    while (this.boundaries.length > 0 && (this.boundaries[this.boundaries.length - 1] as number) >= depth) this.boundaries.pop();
  }

  /** True when the current position is inside a paragraph (inline), not between blocks. */
  isInline(): boolean {
    const innermost = this.boundaries[this.boundaries.length - 1];
    return innermost !== undefined && this.stack[innermost] === 'w:p';
  }

  addField(field: FieldNote): number {
    this.fields.push(field);
    return this.fields.length - 1;
  }

  /** Applies the edits; overlapping ones (only possible in malformed input) are dropped. */
  result(): string {
    const ordered = this.edits.map((edit, order) => ({ edit, order })).sort((a, b) => a.edit.start - b.edit.start || a.order - b.order);
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
