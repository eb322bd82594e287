/**
 * The structure pass: headings, sections, page furniture, tables of contents, key–value rows and
 * running text are found once, here, and every extractor, the classifier, language detection and the
 * rules' text units read the result (pipeline/stages/structure.ts puts it on the DocumentFile).
 * Teach a new layout here, not in each reader of it.
 */
import type { Block, Cell, DocModel, Paragraph, Row } from '../model.js';
import { contentsEntries, type ContentsEntry, isContentsEntry, isContentsHeading, spreadContentsEntries } from './contents.js';
import { type Furniture, type GluedChrome, gluedPageChrome, markFurniture } from './furniture.js';
import { candidateAt, type HeadingCandidate, numberedLine, type RunIn, runInHeading } from './headings.js';
import { findKeyValues } from './key-values.js';
import { type ChosenHeading, chooseHeadings, type Outline } from './outline.js';
import { readProse } from './prose.js';
import { flattenRows, type FormRow, headingLineOf } from './rows.js';
import type { DocStructure, Heading, Section, StructureUnit, UnitRole } from './types.js';

export { type ContentsEntry, contentsStart } from './contents.js';
export type { Furniture, FurnitureKind } from './furniture.js';
export { startsNumberedHeading, withoutSectionNumber } from './headings.js';
export { isFieldLine, type KeyValue, labelColon, opensLabelledLine } from './key-values.js';
export type { Outline } from './outline.js';
export { type FormCell, type FormLine, type FormRow, paragraphLines, rowText, tableEnd } from './rows.js';
export type { DocStructure, Heading, Section, StructureUnit, UnitRole } from './types.js';

/** Shorter texts are labels, values and names rather than sentences someone wrote. */
const NAMES_SHARE = 0.6;
const NOISE_SHARE = 0.4;
const MIN_NAME_LIST_WORDS = 4;

type Origin = Paragraph | Row;
/** What a heading is found by: the outline's choice, or the paragraph or cell it is. */
type HeadingKey = ChosenHeading | Paragraph | Cell;

/** A paragraph's heading run into its text, after its glued chrome and maybe a section number. */
interface ParagraphRunIn extends RunIn {
  /** Where the title starts in the paragraph's text (after chrome and number). */
  titleStart: number;
  numbered: boolean;
}

/**
 * Where each origin (a paragraph, a table row) and each top-level block stands among the kept rows:
 * its first kept row, or, when furniture took all its rows, the kept row count before it.
 */
class RowIndex {
  private readonly first = new Map<Origin | Block, number>();
  private readonly insertion = new Map<Origin | Block, number>();
  private readonly rowsOf = new Map<Origin, number[]>();

  constructor(all: FormRow[], removed: boolean[]) {
    let kept = 0;
    all.forEach((row, index) => {
      for (const key of [row.origin, row.block]) if (!this.insertion.has(key)) this.insertion.set(key, kept);
      if (removed[index]) return;
      for (const key of [row.origin, row.block]) if (!this.first.has(key)) this.first.set(key, kept);
      let rows = this.rowsOf.get(row.origin);
      if (!rows) this.rowsOf.set(row.origin, (rows = []));
      rows.push(kept);
      kept++;
    });
  }

  keptRows(origin: Origin): number[] {
    return this.rowsOf.get(origin) ?? [];
  }

  firstRow(key: Origin | Block): number | null {
    return this.first.get(key) ?? null;
  }

  /** The section at `key`: its first kept row's, or the one of the row before where it stood. */
  sectionAt(key: Origin | Block, rowSections: (string | null)[]): string | null {
    const first = this.first.get(key);
    if (first !== undefined) return rowSections[first] ?? null;
    const insertion = this.insertion.get(key) ?? 0;
    return insertion > 0 ? (rowSections[insertion - 1] ?? null) : null;
  }
}

function hasCheckbox(cell: Cell): boolean {
  return /[☐☒]/u.test(cell.text) || cell.blocks.some((block) => block.type === 'paragraph' && (block.checkboxes?.length ?? 0) > 0);
}

/** A unit before its role is known. */
interface Placed {
  text: string;
  source: StructureUnit['source'];
  container: StructureUnit['container'];
  paragraph: Paragraph | null;
  checklistRow: boolean;
  origin: Origin | null;
  /** The table cell, for a cell's unit. */
  cell: Cell | null;
}

/**
 * Every paragraph and table cell in reading order, then the footnotes. A cell is one unit (one
 * form field to the person filling it in) unless it nests a table, whose cells count on their own.
 */
function* placedTexts(model: DocModel): Generator<Placed> {
  yield* blockTexts(model.blocks, 'paragraph');
  for (const note of model.footnotes) {
    if (note.text.trim() !== '')
      yield { text: note.text, source: note.source, container: 'footnote', paragraph: null, checklistRow: false, origin: null, cell: null };
  }
}

function* blockTexts(blocks: Block[], container: 'paragraph' | 'cell'): Generator<Placed> {
  for (const block of blocks) {
    if (block.type === 'paragraph') {
      if (block.text.trim() !== '')
        yield { text: block.text, source: block.source, container, paragraph: block, checklistRow: false, origin: block, cell: null };
      continue;
    }
    for (const row of block.rows) {
      const checklistRow = row.cells.some(hasCheckbox);
      for (const cell of row.cells) {
        if (cell.continuation) continue;
        if (cell.blocks.some((inner) => inner.type === 'table')) {
          yield* blockTexts(cell.blocks, 'cell');
        } else if (cell.text.trim() !== '') {
          const only = cell.blocks.length === 1 && cell.blocks[0]?.type === 'paragraph' ? cell.blocks[0] : null;
          yield { text: cell.text, source: cell.source, container: 'cell', paragraph: only, checklistRow, origin: row, cell };
        }
      }
    }
  }
}

/** The role of a text someone may have written: contents, a list of names, OCR debris or running text. */
function roleOf(body: string): { role: UnitRole; prose: string; contents: ContentsEntry[] } {
  const contents = contentsEntries(body);
  if (contents) return { role: 'contents', prose: '', contents };
  const reading = readProse(body);
  if (reading.words + reading.noiseWords > 0 && reading.noiseWords / (reading.words + reading.noiseWords) > NOISE_SHARE)
    return { role: 'noise', prose: '', contents: [] };
  if (reading.words >= MIN_NAME_LIST_WORDS && reading.nameWords / reading.words >= NAMES_SHARE) return { role: 'names', prose: '', contents: [] };
  return { role: 'text', prose: reading.prose, contents: [] };
}

class StructureBuilder {
  private readonly all: FormRow[];
  private readonly removed: boolean[];
  readonly rows: FormRow[];
  readonly furniture: Furniture[];
  private readonly index: RowIndex;
  private readonly chrome: Map<Paragraph, GluedChrome>;
  private readonly runIns = new Map<Paragraph, ParagraphRunIn>();
  private readonly chosen: ChosenHeading[];
  /** The chosen heading covering each row it uses. */
  private readonly headingRows = new Map<number, ChosenHeading>();
  readonly rowSections: (string | null)[];
  private readonly headings: { heading: Heading; key: HeadingKey }[] = [];
  readonly units: StructureUnit[] = [];
  /** Per unit, what identifies the heading it is or starts with. */
  private readonly headingKeys: (HeadingKey | null)[] = [];
  readonly contents: ContentsEntry[] = [];

  constructor(
    private readonly model: DocModel,
    private readonly outlines: readonly Outline[],
  ) {
    this.all = flattenRows(model.blocks);
    const topParagraphs = model.blocks.filter((block): block is Paragraph => block.type === 'paragraph');
    this.chrome = gluedPageChrome(topParagraphs);
    // A page of a transcript without text is its number alone: all chrome.
    const blankPages = new Set([...this.chrome].filter(([paragraph, glued]) => glued.end >= paragraph.text.trimEnd().length).map(([paragraph]) => paragraph));
    const marked = markFurniture(this.all, outlines, blankPages);
    this.removed = marked.removed;
    // The reader's running headers (a PDF's margin lines, a .docx's header parts) first: they stand on every page.
    this.furniture = [
      ...(model.runningHeads ?? []).map((head): Furniture => ({ kind: 'running-header', text: head.text, source: head.source })),
      ...marked.furniture,
    ];
    for (const [paragraph, glued] of this.chrome) {
      if (blankPages.has(paragraph)) continue;
      this.furniture.push({ kind: 'page-number', text: glued.page, source: paragraph.source });
      if (glued.header !== '') this.furniture.push({ kind: 'running-header', text: glued.header, source: paragraph.source });
    }
    this.rows = this.all.filter((_, at) => !this.removed[at]);
    this.index = new RowIndex(this.all, this.removed);
    for (const paragraph of topParagraphs) this.findRunIn(paragraph);
    this.chosen = this.chooseSections();
    for (const heading of this.chosen) for (let row = heading.row; row < heading.row + heading.rowsUsed; row++) this.headingRows.set(row, heading);
    this.rowSections = this.sectionPerRow();
    for (const heading of this.chosen) this.addHeading(this.numberedHeading(heading), heading);
  }

  private isKnownTitle = (title: string): boolean => this.outlines.some((outline) => outline.isTitle(title));

  /** The paragraph's text after the chrome a transcript glued to it. */
  private ownText(paragraph: Paragraph): string {
    return paragraph.text.slice(this.chrome.get(paragraph)?.end ?? 0);
  }

  private findRunIn(paragraph: Paragraph): void {
    if (paragraph.headingLevel !== undefined) return;
    const chromeEnd = this.chrome.get(paragraph)?.end ?? 0;
    const own = paragraph.text.slice(chromeEnd);
    const numbered = numberedLine(own);
    // numberedLine's title runs to the end of the text, so the number is what comes before it.
    const numberEnd = numbered ? own.length - numbered.title.length : 0;
    const runIn = runInHeading(own.slice(numberEnd), this.isKnownTitle);
    if (runIn)
      this.runIns.set(paragraph, {
        title: runIn.title,
        bodyStart: chromeEnd + numberEnd + runIn.bodyStart,
        titleStart: chromeEnd + numberEnd,
        numbered: numbered !== null,
      });
  }

  private chooseSections(): ChosenHeading[] {
    const firstRows = new Map<number, Paragraph>();
    for (const paragraph of this.chrome.keys()) {
      const first = this.index.firstRow(paragraph);
      if (first !== null) firstRows.set(first, paragraph);
    }
    // A transcript's page number is no section number: candidates are read after the chrome.
    const rows = this.rows.map((row, at) => {
      const paragraph = firstRows.get(at);
      const cell = row.cells[0];
      if (!paragraph || !cell) return row;
      const end = this.chrome.get(paragraph)?.end ?? 0;
      const text = cell.text.slice(Math.min(end, cell.text.length)).trim();
      return { ...row, cells: [{ ...cell, text }] };
    });
    const candidates: HeadingCandidate[] = [];
    rows.forEach((_, at) => {
      const candidate = candidateAt(rows, at);
      if (candidate && (candidate.parts[0] ?? 0) >= 1) candidates.push(candidate);
    });
    const knownTitle = (candidate: HeadingCandidate): boolean => {
      const row = this.rows[candidate.row];
      if (!row || row.table !== null || !('text' in row.origin)) return false;
      if (this.isKnownTitle(candidate.title.trim())) return true;
      const runIn = this.runIns.get(row.origin);
      return runIn !== undefined && runIn.numbered && this.index.firstRow(row.origin) === candidate.row;
    };
    return chooseHeadings(rows, candidates, this.outlines, knownTitle);
  }

  private sectionPerRow(): (string | null)[] {
    let current: string | null = null;
    return this.rows.map((_, at) => {
      const heading = this.headingRows.get(at);
      if (heading && heading.row === at) current = heading.number;
      return current;
    });
  }

  private numberedHeading(chosen: ChosenHeading): Heading {
    const row = this.rows[chosen.row];
    const origin = row?.origin;
    const runIn = origin && 'text' in origin && this.index.firstRow(origin) === chosen.row ? this.runIns.get(origin) : undefined;
    return {
      number: chosen.number,
      title: runIn ? runIn.title : chosen.title.trim(),
      level: chosen.parts.length,
      row: chosen.row,
      rowsUsed: chosen.rowsUsed,
      by: 'number',
      source: row?.source ?? { page: null },
    };
  }

  private addHeading(heading: Heading, key: HeadingKey): void {
    this.headings.push({ heading, key });
  }

  /** Every unit with its role, section and body. */
  placeUnits(): void {
    for (const placed of placedTexts(this.model)) this.units.push(this.unitOf(placed));
    this.markSpreadContents();
  }

  /** A table of contents whose entries are paragraphs of their own, under its heading (a Word TOC field: "Förvaltningsberättelse<tab>4"). */
  private markSpreadContents(): void {
    let run: StructureUnit[] = [];
    let headed = false;
    const close = (): void => {
      const entries = headed ? spreadContentsEntries(run.map((unit) => unit.text)) : null;
      if (entries) {
        for (const unit of run) {
          unit.role = 'contents';
          unit.prose = '';
        }
        for (const entry of entries) this.contents.push(entry);
      }
      run = [];
    };
    for (const unit of this.units) {
      // "1. Förvaltningsberättelse<tab>4" was taken for a numbered heading: in the list it is an entry.
      if ((unit.role === 'text' || unit.role === 'heading') && isContentsEntry(unit.text)) {
        run.push(unit);
        continue;
      }
      close();
      headed = isContentsHeading(unit.text);
    }
    close();
  }

  private unitOf(placed: Placed): StructureUnit {
    const origin = this.originOf(placed);
    const section = origin === null ? null : this.index.sectionAt(origin, this.rowSections);
    const unit: StructureUnit = {
      text: placed.text,
      source: placed.source,
      container: placed.container,
      paragraph: placed.paragraph,
      checklistRow: placed.checklistRow,
      role: 'text',
      section,
      body: '',
      prose: '',
      heading: null,
    };
    this.headingKeys.push(this.readUnit(unit, placed));
    return unit;
  }

  /** A cell beside a nested table was unrolled with it (a layout row): its rows are its paragraphs' lines. */
  private originOf(placed: Placed): Origin | null {
    if (placed.origin === null || !placed.cell || this.index.firstRow(placed.origin) !== null) return placed.origin;
    const unrolled = placed.cell.blocks.find((block) => block.type === 'paragraph' && this.index.firstRow(block) !== null);
    return unrolled?.type === 'paragraph' ? unrolled : placed.origin;
  }

  private keptRowsOf(placed: Placed): number[] {
    if (placed.origin === null) return [];
    const rows = this.index.keptRows(placed.origin);
    if (rows.length > 0 || !placed.cell) return rows;
    return placed.cell.blocks.flatMap((block) => (block.type === 'paragraph' ? this.index.keptRows(block) : []));
  }

  /** Gives the unit its role, body and prose; returns the key of the heading it is or starts with. */
  private readUnit(unit: StructureUnit, placed: Placed): HeadingKey | null {
    if (placed.origin === null) return this.fill(unit, placed.text, null);
    const kept = this.keptRowsOf(placed);
    const first = kept[0];
    if (first === undefined) {
      unit.role = 'furniture';
      return null;
    }
    const chosen = this.headingRows.get(first);
    if (placed.cell) return this.readCell(unit, placed, placed.cell, first, chosen);
    const paragraph = placed.paragraph;
    if (!paragraph) return this.fill(unit, placed.text, null);
    const runIn = this.runIns.get(paragraph);
    if (runIn) {
      if (!chosen) this.addHeading({ number: null, title: runIn.title, level: 1, row: first, rowsUsed: 1, by: 'run-in', source: paragraph.source }, paragraph);
      return this.fill(unit, paragraph.text.slice(runIn.bodyStart), chosen ?? paragraph);
    }
    if (chosen) {
      // A heading printed with its text in one paragraph (PDF): the lines after the heading's are the text.
      const rest = paragraph.headingLevel === undefined ? kept.filter((row) => !this.headingRows.has(row)) : [];
      return this.fill(unit, rest.map((row) => this.rows[row]?.cells[0]?.text ?? '').join('\n'), chosen);
    }
    if (paragraph.headingLevel !== undefined) {
      this.addHeading(
        { number: null, title: paragraph.text.trim(), level: paragraph.headingLevel, row: first, rowsUsed: 1, by: 'style', source: paragraph.source },
        paragraph,
      );
      return this.fill(unit, '', paragraph);
    }
    return this.fill(unit, this.ownText(paragraph), null);
  }

  private readCell(unit: StructureUnit, placed: Placed, cell: Cell, row: number, chosen: ChosenHeading | undefined): HeadingKey | null {
    const formRow = this.rows[row];
    const line = formRow ? headingLineOf(formRow) : null;
    const firstLine = cell.text.split('\n')[0]?.trim() ?? '';
    if (chosen && line !== null && firstLine !== '' && line.startsWith(firstLine)) {
      return this.fill(unit, cell.text.split('\n').slice(1).join('\n'), chosen);
    }
    if (placed.paragraph?.headingLevel !== undefined) {
      this.addHeading(
        { number: null, title: placed.text.trim(), level: placed.paragraph.headingLevel, row, rowsUsed: 1, by: 'style', source: placed.source },
        cell,
      );
      return this.fill(unit, '', cell);
    }
    return this.fill(unit, placed.text, null);
  }

  /** A unit with nothing left after its heading is the heading; else its body tells its role. */
  private fill(unit: StructureUnit, body: string, key: HeadingKey | null): HeadingKey | null {
    if (body.trim() === '') {
      unit.role = 'heading';
      return key;
    }
    const read = roleOf(body);
    unit.role = read.role;
    unit.body = body;
    unit.prose = read.prose;
    for (const entry of read.contents) this.contents.push(entry);
    return key;
  }

  /** Headings in document order, sections with their spans, units pointing at their headings. */
  finish(): DocStructure {
    this.headings.sort((a, b) => a.heading.row - b.heading.row);
    const indexOf = new Map(this.headings.map((entry, at) => [entry.key, at]));
    const sections: Section[] = [];
    this.chosen.forEach((chosen, at) => {
      const depth = chosen.parts.length;
      const later = this.chosen.slice(at + 1);
      const end = later.find((other) => other.parts.length <= depth)?.row ?? this.rows.length;
      let parent: number | null = null;
      for (let before = sections.length - 1; before >= 0; before--) {
        const candidate = this.chosen[before];
        if (candidate && candidate.parts.length < depth) {
          parent = before;
          break;
        }
      }
      sections.push({
        number: chosen.number,
        title: chosen.title.trim(),
        heading: indexOf.get(chosen) ?? -1,
        row: chosen.row,
        start: chosen.row + chosen.rowsUsed,
        end,
        ownEnd: later[0]?.row ?? this.rows.length,
        parent,
      });
    });
    this.units.forEach((unit, at) => {
      const key = this.headingKeys[at];
      unit.heading = key === undefined || key === null ? null : (indexOf.get(key) ?? null);
    });
    const index = this.index;
    const rowSections = this.rowSections;
    return {
      model: this.model,
      rows: this.rows,
      headings: this.headings.map((entry) => entry.heading),
      sections,
      units: this.units,
      furniture: this.furniture,
      keyValues: findKeyValues(this.rows),
      contents: this.contents,
      rowSections,
      sectionOf: (block: Block) => index.sectionAt(block, rowSections),
    };
  }
}

/**
 * The structure of a read document. `outlines`: what known templates and kinds of report print
 * (extractors/outlines.ts has the built-in ones), so their headings are told from their labels.
 */
export function buildStructure(model: DocModel, outlines: readonly Outline[] = []): DocStructure {
  const builder = new StructureBuilder(model, outlines);
  builder.placeUnits();
  return builder.finish();
}
