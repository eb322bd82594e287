/**
 * An annual report in the Sjöbotten layout (interventions as sections, participants as a table in
 * Bilaga 1) whose table closes with a Totalt row. Read as .docx by the real pipeline, it gives
 * exactly the findings listed: none where the Totalt is the rows' sum, none where it counts unique
 * individuals (one who took part in two insatser counts once, so fewer than the sum), one where a
 * plain Totalt is not the sum.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annualLayoutDocx } from '../../fixtures/build/annual-layouts/docx.js';
import type { Part } from '../../fixtures/build/annual-layouts/model.js';
import { sjobotten2022 } from '../../fixtures/build/annual-layouts/sjobotten.js';
import { buildDocx } from '../../fixtures/build/docx/index.js';
import { processFile } from '../../pipeline/process-file.js';
import { PipelineConfig } from '../../schemas/config.js';
import { reportFolder } from './support/report-files.js';

const ROWS = [
  ['Insats', 'Deltagare 2022', 'Kvinnor', 'Män', 'Avslutade'],
  ['Arbetslots', '42', '25', '17', '19'],
  ['Hälsosteget', '18', '10', '8', '8'],
  ['Språk och arbete', '35', '21', '14', '12'],
];

const CASES: [string, string[], string[]][] = [
  ['a Totalt that is the rows’ sum', ['Totalt', '95', '56', '39', '39'], []],
  ['a Totalt of unique individuals, fewer than the sum', ['Totalt (unika individer)', '80', '48', '32', '39'], []],
  ['a Totalt that is not the rows’ sum', ['Totalt', '90', '53', '37', '39'], ['aggregate-mismatch']],
];

const folder = reportFolder('follow-up-totals');

describe('a follow-up table’s Totalt row: the findings, exactly', () => {
  it.each(CASES)('%s', async (name, total, findings) => {
    const parts = sjobotten2022.parts.map((part: Part): Part =>
      part.type === 'table' && part.rows[0]?.[0] === 'Insats' ? { ...part, rows: [...ROWS, total] } : part,
    );
    const path = join(folder(), `${name.replace(/\W+/gu, '-')}.docx`);
    await writeFile(path, new Uint8Array(await buildDocx(annualLayoutDocx({ ...sjobotten2022, parts }, 'Samordningsförbundet Sjöbotten'))));
    const result = await processFile(path, PipelineConfig.parse({}));
    expect(result).toMatchObject({ status: 'ok', kind: 'arsredovisning' });
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });
});
