import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processFile } from '../../pipeline/process-file.js';
import { messageOf, RULES_VERSION } from '../../pipeline/rule-engine/registry.js';
import { PipelineConfig } from '../../schemas/config.js';
import { DocumentResult, SCHEMA_VERSION } from '../../schemas/result.js';
import { expectedDocuments, ROOT } from './support/expected-fixtures.js';

const config = PipelineConfig.parse({});
const VERSION: unknown = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')).version;
/** What a message built from incomplete data would show. */
const UNFILLED = /\b(?:undefined|NaN|null)\b|\[object |\$\{/;

/** Each document's result, read once for all the tests about it. */
const results = new Map<string, Promise<DocumentResult>>();
function resultOf(absolute: string): Promise<DocumentResult> {
  let result = results.get(absolute);
  if (!result) results.set(absolute, (result = processFile(absolute, config).then((made) => DocumentResult.parse(made))));
  return result;
}

/** Every committed report, both formats: needs the readers, the extractors and the rules. */
describe.each(expectedDocuments())('processFile($path)', ({ path, kind, language }) => {
  it(`is an ok ${kind} in ${language} with its identity, valid against the contract`, async () => {
    const absolute = join(ROOT, path);
    const result = await resultOf(absolute);
    const bytes = await readFile(absolute);
    expect(result).toMatchObject({ schemaVersion: SCHEMA_VERSION, status: 'ok', kind, language, error: null });
    expect(result.source).toMatchObject({
      path: absolute,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: (await stat(absolute)).size,
      format: path.endsWith('.pdf') ? 'pdf' : 'docx',
    });
    if (result.source.format === 'pdf') expect(result.source.pages).toBeGreaterThan(0);
    else expect(result.source.pages).toBeNull();
    expect(result.record).not.toBeNull();
    for (const finding of result.findings) expect(finding.evidence.length).toBeGreaterThan(0);
  });

  it('says what made it, and each finding says in words what its data says', async () => {
    const result = await resultOf(join(ROOT, path));
    expect(result).toMatchObject({ rapportkollVersion: VERSION, rulesVersion: RULES_VERSION, warnings: [] });
    for (const finding of result.findings) {
      expect(finding.message).toBe(messageOf(finding, config.lang));
      expect(finding.message).not.toMatch(UNFILLED);
    }
  });
});

describe('processFile on what is not a document', () => {
  it.each([
    { name: 'a folder', path: 'fixtures/docs', reason: 'den är ingen vanlig fil' },
    { name: 'a path that does not exist', path: 'fixtures/docs/no-such-report.pdf', reason: 'den finns inte' },
  ])('$name → failed corrupt, saying why, with the identity of zero bytes', async ({ path, reason }) => {
    const result = await processFile(join(ROOT, path), config);
    expect(result).toMatchObject({ status: 'failed', kind: 'unknown', record: null, error: { code: 'corrupt' } });
    expect(result.error?.message).toContain(reason);
    expect(result.source).toMatchObject({ bytes: 0, format: null, sha256: createHash('sha256').digest('hex') });
  });
});

describe('the pdfjs trap', () => {
  it('reading PDFs through the pipeline leaves Array.prototype.push, JSON.stringify and JSON.parse native', async () => {
    const pdfs = expectedDocuments().filter((document) => document.path.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThan(0);
    for (const pdf of pdfs) await processFile(join(ROOT, pdf.path), config);
    for (const builtin of [Array.prototype.push, JSON.stringify, JSON.parse]) expect(Function.prototype.toString.call(builtin)).toContain('[native code]');
  });
});
