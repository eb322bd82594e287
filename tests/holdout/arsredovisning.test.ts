/**
 * The blind check for annual reports: a report made by someone else from the seed's layout, with
 * its own wording and layout (fixtures/docs/holdout), kept out of the extractor's development. It
 * must come out as accurately as the fixtures: every contract field, exactly its inconsistencies.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExpectedArsredovisning } from '../../fixtures/build/arsredovisning/expected.js';
import { HOLDOUT_DIR } from '../../fixtures/build/paths.js';
import { processFile } from '../../pipeline/process-file.js';
import { PipelineConfig } from '../../schemas/config.js';
import { expectRecord } from '../arsredovisning/support/contract.js';
import { extractFixture } from '../arsredovisning/support/fixtures.js';

const cases = readdirSync(HOLDOUT_DIR)
  .filter((name) => name.startsWith('arsredovisning-') && name.endsWith('.expected.json'))
  .flatMap((name) => {
    const expected = ExpectedArsredovisning.parse(JSON.parse(readFileSync(join(HOLDOUT_DIR, name), 'utf8')));
    return expected.files.map((file) => [file, expected] as const);
  });

describe('hold-out annual reports', () => {
  it('are there, as PDF and DOCX', () => {
    expect(cases.map(([file]) => file.split('.').pop()).sort()).toEqual(['docx', 'pdf']);
  });
});

describe.each(cases)('%s', (file, expected) => {
  it('gives every contract field as written', async () => {
    expectRecord(await extractFixture(`holdout/${file}`), expected.record, file.endsWith('.pdf') ? 'pdf' : 'docx');
  });

  it('reports exactly the inconsistencies it contains', async () => {
    const result = await processFile(join(HOLDOUT_DIR, file), PipelineConfig.parse({}));
    expect(result).toMatchObject({ status: 'ok', kind: 'arsredovisning', language: 'swe' });
    const tally = (ids: string[]) => ids.reduce<Record<string, number>>((counts, id) => ({ ...counts, [id]: (counts[id] ?? 0) + 1 }), {});
    expect(tally(result.findings.map((finding) => finding.ruleId))).toEqual(tally(expected.findings.map((finding) => finding.ruleId)));
  });
});
