import type { Block, Footnote } from '../../../model.js';
import { formatNumber } from '../numbering/list-labels.js';
import type { MammothDocument, MammothNode, MammothNoteReference } from '../mammoth/tree.js';
import { blocksText } from './text.js';

type BuildNoteBody = (body: MammothNode[], pathPrefix: string) => Block[];

/**
 * Footnotes and endnotes in order of first reference, numbered as Word shows them by default
 * (footnotes 1, 2, 3; endnotes i, ii, iii). The number is what a paragraph's `footnoteRefs` holds.
 */
export class NoteRegistry {
  readonly footnotes: Footnote[] = [];
  private readonly numbers = new Map<string, string>();
  private footnoteCount = 0;
  private endnoteCount = 0;

  constructor(
    private readonly notes: MammothDocument['notes'],
    private readonly buildBody: BuildNoteBody,
  ) {}

  reference(reference: MammothNoteReference): string {
    const key = `${reference.noteType}:${reference.noteId}`;
    const known = this.numbers.get(key);
    if (known !== undefined) return known;
    const number = reference.noteType === 'endnote' ? formatNumber(++this.endnoteCount, 'lowerRoman') : String(++this.footnoteCount);
    this.numbers.set(key, number);
    const note = this.notes.resolve({ noteType: reference.noteType, noteId: reference.noteId });
    const path = `${reference.noteType}[${reference.noteId}]`;
    const text = note ? blocksText(this.buildBody(note.body, `${path}/`)) : '';
    this.footnotes.push({ id: number, text, source: { page: null, path } });
    return number;
  }
}
