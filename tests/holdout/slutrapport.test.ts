/**
 * The blind check: two slutrapporter kept out of the extractor's development (fixtures/docs/holdout,
 * another producer and other wording than the fixtures it was tuned on) must come out as accurately
 * as the rest: every contract field, the planted findings and nothing the document does not contain.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExpectedSlutrapport } from '../../fixtures/build/slutrapport/expected.js';
import { HOLDOUT_DIR } from '../../fixtures/build/paths.js';
import { readDocx } from '../../extractors/readers/docx/index.js';
import { readPdf } from '../../extractors/readers/pdf/index.js';
import { extractSlutrapport } from '../../extractors/slutrapport/index.js';
import { structureOf } from '../../extractors/outlines.js';
import { processFile } from '../../pipeline/process-file.js';
import { Limits, PipelineConfig } from '../../schemas/config.js';
import { expectContract } from '../slutrapport/support/contract.js';

const expectations = JSON.parse(readFileSync(join(HOLDOUT_DIR, 'expected.json'), 'utf8')) as Record<string, unknown>;
const cases = Object.entries(expectations).flatMap(([name, json]) => {
  const expected = ExpectedSlutrapport.parse(json);
  return expected.files.map((file) => [`${name}: ${file}`, file, expected] as const);
});

describe.each(cases)('%s', (_name, file, expected) => {
  const path = join(HOLDOUT_DIR, file);
  const format = file.endsWith('.pdf') ? 'pdf' : 'docx';

  it('gives every contract field as written', async () => {
    const bytes = new Uint8Array(readFileSync(path));
    const model = format === 'pdf' ? await readPdf(bytes, Limits.parse({})) : await readDocx(bytes, Limits.parse({}));
    expectContract(extractSlutrapport(structureOf(model)), expected.record, format);
  });

  it('reports exactly the planted findings, in the language of the answers', async () => {
    const result = await processFile(path, PipelineConfig.parse({}));
    expect(result).toMatchObject({ status: 'ok', kind: 'slutrapport', language: expected.language });
    const tally = (ids: string[]) => ids.reduce<Record<string, number>>((counts, id) => ({ ...counts, [id]: (counts[id] ?? 0) + 1 }), {});
    expect(tally(result.findings.map((finding) => finding.ruleId))).toEqual(tally(expected.findings.map((finding) => finding.ruleId)));
  });
});
