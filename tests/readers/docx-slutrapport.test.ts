import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block, Cell, DocModel, Paragraph, Table } from '../../extractors/model.js';
import { readDocx } from '../../extractors/readers/docx/index.js';
import { DOCS_DIR } from '../../fixtures/build/paths.js';
import { Limits } from '../../schemas/config.js';

/** Every paragraph of the document, including those inside (nested) table cells. */
function allParagraphs(blocks: Block[]): Paragraph[] {
  return blocks.flatMap((block) =>
    block.type === 'paragraph' ? [block] : block.rows.flatMap((row) => row.cells.flatMap((cell) => allParagraphs(cell.blocks))),
  );
}

function tables(blocks: Block[]): Table[] {
  return blocks.filter((block): block is Table => block.type === 'table');
}

/** The first table after the paragraph whose text starts with `heading`. */
function tableAfter(model: DocModel, heading: string): Table {
  const start = model.blocks.findIndex((block) => block.type === 'paragraph' && block.text.startsWith(heading));
  const table = tables(model.blocks.slice(start + 1))[0];
  if (start === -1 || !table) throw new Error(`no table after ${heading}`);
  return table;
}

function paragraphAt(model: DocModel, path: string): Paragraph {
  const found = allParagraphs(model.blocks).find((paragraph) => paragraph.source.path === path);
  if (!found) throw new Error(`no paragraph at ${path}`);
  return found;
}

const texts = (cells: Cell[]): string[] => cells.map((cell) => cell.text);

describe('readDocx on the seed slutrapport (legacy form fields, checkboxes, tables)', () => {
  let model: DocModel;

  beforeAll(async () => {
    const bytes = await readFile(join(DOCS_DIR, 'slutrapport-trisam-gavle.docx'));
    model = await readDocx(bytes, Limits.parse({}));
  });

  it('reads a docx model with metadata and no warnings', () => {
    expect(model.format).toBe('docx');
    expect(model.pages).toBeNull();
    expect(model.messages).toEqual([]);
    expect(model.metadata).toMatchObject({ title: 'Slutrapport Trisam 2.0 Gävle kommun', creator: 'Samordningsförbund Gävleborg' });
  });

  it('marks the Heading 1 sections, in order', () => {
    const headings = model.blocks.filter((block) => block.type === 'paragraph' && block.headingLevel === 1);
    expect(headings.map((heading) => (heading as Paragraph).text.split(' ')[0])).toEqual(['1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.', '9.']);
    expect(headings[0]).toMatchObject({ text: '1. Allmänna uppgifter', source: { page: null, path: 'p[3]' } });
  });

  it('gives a filled FORMTEXT its value, as text and as a field', () => {
    expect(paragraphAt(model, 'p[5]')).toMatchObject({
      text: 'Trisam 2.0 Gävle kommun',
      fields: [{ kind: 'text', value: 'Trisam 2.0 Gävle kommun', name: 'Text4' }],
    });
    expect(paragraphAt(model, 'p[11]')).toMatchObject({ text: '1250000 Kr', fields: [{ value: '1250000 Kr' }] });
  });

  it('keeps the line breaks of a multi-line field value', () => {
    const narrative = model.blocks.find((block): block is Paragraph => block.type === 'paragraph' && block.text.startsWith('Försörjningsstödenheten'));
    expect(narrative?.text.split('\n')).toHaveLength(3);
    expect(narrative?.fields?.[0]?.value).toBe(narrative?.text);
  });

  it('lets blank FORMTEXT fields (Word’s en-spaces) contribute nothing but record them', () => {
    // "Eventuellt slutdatum för intag" was left blank in the report.
    expect(paragraphAt(model, 'p[9]')).toMatchObject({ text: '', fields: [{ kind: 'text', value: '', name: 'Text6' }] });
    const everyField = allParagraphs(model.blocks).flatMap((paragraph) => paragraph.fields ?? []);
    expect(everyField.filter((field) => field.value === '').length).toBeGreaterThan(40);
    for (const paragraph of allParagraphs(model.blocks)) {
      expect(paragraph.text).not.toMatch(/[\u2002\u00a0]|FORMTEXT|rapportkoll:/);
      expect(paragraph.text).toBe(paragraph.text.trim());
    }
  });

  it('reads the 7.2 budget table as rows of cells, blank fields empty', () => {
    const budget = tableAfter(model, '7.2 Redovisa');
    expect(budget.source.path).toBe('tbl[5]');
    expect(budget.rows).toHaveLength(9);
    expect(texts(budget.rows[0]?.cells ?? [])).toEqual(['Kostnadsslag', 'Budget', 'Utfall']);
    const byLabel = new Map(budget.rows.map((row) => [row.cells[0]?.text.split(' (')[0], texts(row.cells).slice(1)]));
    expect(byLabel.get('Lokalkostnader')).toEqual(['1250000', '1250000']);
    expect(byLabel.get('Lönekostnader')).toEqual(['', '']);
    expect(byLabel.get('Summa')).toEqual(['1250000', '0']);

    const emptyBudgetCell = budget.rows[3]?.cells[1];
    expect(emptyBudgetCell).toMatchObject({ text: '', colSpan: 1, source: { page: null, path: 'tbl[5]/tr[4]/tc[2]' } });
    expect(emptyBudgetCell?.blocks).toEqual([
      {
        type: 'paragraph',
        text: '',
        source: { page: null, path: 'tbl[5]/tr[4]/tc[2]/p[1]' },
        fields: [{ kind: 'text', value: '', name: 'Text52' }],
      },
    ]);
    expect(budget.rows[8]?.cells[2]?.blocks[0]).toMatchObject({ text: '0', fields: [{ value: '0', name: 'Text67' }] });
  });

  it('reads the 8.1 checklist’s FORMCHECKBOX fields as ☐ with their state', () => {
    const checklist = tableAfter(model, '8.1 Insatsledare');
    expect(texts(checklist.rows[0]?.cells ?? [])).toEqual(['', 'Ja', 'Nej']);
    const answers = checklist.rows.slice(1);
    expect(answers).toHaveLength(6);
    for (const row of answers) {
      expect(texts(row.cells.slice(1))).toEqual(['☐', '☐']);
      const boxes = row.cells.slice(1).flatMap((cell) => allParagraphs(cell.blocks).flatMap((p) => p.checkboxes ?? []));
      expect(boxes).toEqual([{ checked: false }, { checked: false }]);
    }
  });

  it('keeps merged cells (gridSpan) and the nested office box table', () => {
    const responsible = tableAfter(model, '3. Ansvarig');
    expect(responsible.rows[5]?.cells).toHaveLength(1);
    expect(responsible.rows[5]?.cells[0]).toMatchObject({ text: 'henrik.almqvist@gavle.example', colSpan: 2 });

    const officeCell = tables(model.blocks)[0]?.rows[0]?.cells[1];
    const officeBox = officeCell?.blocks.find((block): block is Table => block.type === 'table');
    expect(officeBox?.source.path).toBe('tbl[1]/tr[1]/tc[2]/tbl[1]');
    expect(texts(officeBox?.rows[1]?.cells ?? [])).toEqual(['SFG 21-6.61', 'KLI']);
    expect(officeCell?.text.split('\n')).toContain('2022-01-24');
  });

  it('leaves out the running header and the page-number footer', () => {
    const everything = allParagraphs(model.blocks)
      .map((paragraph) => paragraph.text)
      .join('\n');
    expect(everything).not.toContain('Slutrapport – Samordningsförbund Gävleborg');
    expect(everything).not.toMatch(/Sida \d+ av \d+/);
  });

  it('gives every block a unique source path', () => {
    const paths = allParagraphs(model.blocks).map((paragraph) => paragraph.source.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const path of paths) expect(path).toMatch(/^(tbl\[\d+\]\/tr\[\d+\]\/tc\[\d+\]\/)*p\[\d+\]$/);
  });
});
