import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyDocument, mayBeLabel, normalizeLabel } from '../../extractors/classify.js';
import { detectLanguage, narrativeTexts } from '../../extractors/language.js';
import type { DocModel } from '../../extractors/model.js';
import { structureOf } from '../../extractors/outlines.js';
import type { DocStructure } from '../../extractors/structure/index.js';
import { readDocx } from '../../extractors/readers/docx/index.js';
import { readPdf } from '../../extractors/readers/pdf/index.js';
import { Limits } from '../../schemas/config.js';
import { expectedDocuments, ROOT } from './support/expected-fixtures.js';

const limits = Limits.parse({});

async function readModel(path: string): Promise<DocModel> {
  const bytes = new Uint8Array(await readFile(join(ROOT, path)));
  return path.endsWith('.pdf') ? readPdf(bytes, limits) : readDocx(bytes, limits);
}

async function readStructure(path: string): Promise<DocStructure> {
  return structureOf(await readModel(path));
}

/** Both formats of every committed report; PDFs need the PDF reader. */
describe.each(expectedDocuments())('$path', ({ path, kind, language }) => {
  it(`is classified as ${kind}, by a clear margin`, async () => {
    const classification = classifyDocument(await readStructure(path));
    expect(classification.kind).toBe(kind);
    if (kind === 'slutrapport') expect(classification.scores.slutrapport).toBeGreaterThanOrEqual(3 * classification.scores.arsredovisning);
    if (kind === 'arsredovisning') expect(classification.scores.arsredovisning).toBeGreaterThanOrEqual(3 * classification.scores.slutrapport);
  });

  it(`is written in ${language}, judged on the narrative without the template's labels`, async () => {
    const structure = await readStructure(path);
    expect(detectLanguage(structure)).toBe(language);
    for (const text of narrativeTexts(structure)) {
      expect(text.split(/\s+/).length).toBeGreaterThanOrEqual(6);
      expect(text).not.toMatch(/^(Insatsens namn|Planerad insatstid|Kostnadsslag|Alla befintliga rubriker ska kommenteras)/);
    }
  });
});

/** The same document with every text in decomposed Unicode (å as a + ring), as some Mac producers write it. */
function decomposed(model: DocModel): DocModel {
  return JSON.parse(JSON.stringify(model), (_key, value: unknown) => (typeof value === 'string' ? value.normalize('NFD') : value)) as DocModel;
}

describe('labels in decomposed Unicode (the accents are separate characters)', () => {
  it.each([
    ['fixtures/docs/slutrapport-trisam-gavle.pdf', 'slutrapport'],
    ['fixtures/docs/arsredovisning-gavleborg-2021.docx', 'arsredovisning'],
  ])('%s classifies with the same scores as its composed text', async (path, kind) => {
    const model = await readModel(path);
    const composed = classifyDocument(structureOf(model));
    const nfd = classifyDocument(structureOf(decomposed(model)));
    expect(nfd.kind).toBe(kind);
    expect(nfd.scores).toEqual(composed.scores);
  });
});

describe('mayBeLabel: the short-line test made before normalising', () => {
  const wordsAfterNormalising = (text: string): number =>
    normalizeLabel(text)
      .split(' ')
      .filter((word) => word !== '').length;
  // Twelve words once normalised; as decomposed text, each "å"/"ö" splits a naive count of letter runs.
  const twelve = 'Årets återrapportering för åtgärder år två: sökt, beviljat, förbrukat, återbetalt och övrigt';
  const thirteen = `${twelve} ånyo`;

  it.each([
    [twelve, true],
    [twelve.normalize('NFD'), true],
    [thirteen, false],
    [thirteen.normalize('NFD'), false],
    ['– – – – – – – – – – – – – – Diarienummer', true],
    ['', true],
  ])('%j → %s', (text, expected) => {
    expect(mayBeLabel(text)).toBe(expected);
    expect(wordsAfterNormalising(text) <= 12).toBe(expected);
  });

  it('agrees with normalizeLabel on every line of the seed reports, composed and decomposed', async () => {
    for (const path of ['fixtures/docs/slutrapport-trisam-gavle.pdf', 'fixtures/docs/arsredovisning-gavleborg-2021.docx']) {
      for (const unit of (await readStructure(path)).units) {
        for (const line of [...unit.text.split('\n'), ...unit.text.normalize('NFD').split('\n')]) {
          expect(mayBeLabel(line), line).toBe(wordsAfterNormalising(line) <= 12);
        }
      }
    }
  });
});
