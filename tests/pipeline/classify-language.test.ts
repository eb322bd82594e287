import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyDocument } from '../../extractors/classify.js';
import { detectLanguage, narrativeTexts } from '../../extractors/language.js';
import type { DocModel } from '../../extractors/model.js';
import { readDocx } from '../../extractors/readers/docx/index.js';
import { readPdf } from '../../extractors/readers/pdf/index.js';
import { Limits } from '../../schemas/config.js';
import { expectedDocuments, ROOT } from './support/expected-fixtures.js';

const limits = Limits.parse({});

async function readModel(path: string): Promise<DocModel> {
  const bytes = new Uint8Array(await readFile(join(ROOT, path)));
  return path.endsWith('.pdf') ? readPdf(bytes, limits) : readDocx(bytes, limits);
}

/** Both formats of every committed report; PDFs need the PDF reader. */
describe.each(expectedDocuments())('$path', ({ path, kind, language }) => {
  it(`is classified as ${kind}, by a clear margin`, async () => {
    const classification = classifyDocument(await readModel(path));
    expect(classification.kind).toBe(kind);
    if (kind === 'slutrapport') expect(classification.scores.slutrapport).toBeGreaterThanOrEqual(3 * classification.scores.arsredovisning);
    if (kind === 'arsredovisning') expect(classification.scores.arsredovisning).toBeGreaterThanOrEqual(3 * classification.scores.slutrapport);
  });

  it(`is written in ${language}, judged on the narrative without the template's labels`, async () => {
    const model = await readModel(path);
    expect(detectLanguage(model)).toBe(language);
    for (const text of narrativeTexts(model)) {
      expect(text.split(/\s+/).length).toBeGreaterThanOrEqual(6);
      expect(text).not.toMatch(/^(Insatsens namn|Planerad insatstid|Kostnadsslag|Alla befintliga rubriker ska kommenteras)/);
    }
  });
});
