/**
 * A PDF's page tree states its own page count (/Count), and a hostile file lies: a negative count
 * gave `pages: -5`, a result that broke the contract and stopped `extract --out` with exit 1.
 * Bad input is one failed document with a reason; the batch goes on and every record validates.
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReadFailure } from '../../extractors/readers/failure.js';
import { readPdf } from '../../extractors/readers/pdf/index.js';
import { createDocumentFile } from '../../pipeline/document-file.js';
import { okResult } from '../../pipeline/result.js';
import { Limits, PipelineConfig } from '../../schemas/config.js';
import { DocumentResult } from '../../schemas/result.js';
import { ROOT, runCli } from '../cli/support/run-cli.js';
import { useScratchDir } from '../cli/support/temp-dir.js';
import { loadResults } from '../export/support/out-folder.js';
import { pagesPdf, textContent } from './support/raw-pdf.js';

const scratch = useScratchDir();
const PAGE = textContent(['Slutrapport för projektet Arbetslinjen', 'Projektet har pågått under tre år och nått sina mål.']);

async function readFailure(bytes: Uint8Array): Promise<ReadFailure> {
  const outcome = await readPdf(bytes, Limits.parse({})).then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(outcome instanceof ReadFailure)) throw new Error(`expected a ReadFailure, got ${JSON.stringify(outcome)}`);
  return outcome;
}

describe('a PDF page tree that lies about its page count', () => {
  it.each([-5, 0])('/Count %i fails as corrupt, saying the page count is impossible', async (count) => {
    const failure = await readFailure(pagesPdf([PAGE], { count }));
    expect(failure.code).toBe('corrupt');
    expect(failure.message).toMatch(/page/);
  });

  it('/Count in the billions: the page tree is walked for the pages it has, or the file is too large', async () => {
    const outcome = await readPdf(pagesPdf([PAGE], { count: 4_000_000_000 }), Limits.parse({})).then(
      (model) => model.pages,
      (error: unknown) => (error instanceof ReadFailure ? error.code : error),
    );
    expect([1, 'too-large']).toContain(outcome);
  });

  it('/Count 100 000 over one real page: too-large by the stated count, or the page it has', async () => {
    const outcome = await readPdf(pagesPdf([PAGE], { count: 100_000 }), Limits.parse({})).then(
      (model) => model.pages,
      (error: unknown) => (error instanceof ReadFailure ? error.code : error),
    );
    expect([1, 'too-large']).toContain(outcome);
  });

  it('a result the contract refuses becomes a failed result that the contract accepts', () => {
    const file = createDocumentFile('/inbox/lying.pdf', PipelineConfig.parse({}));
    Object.assign(file, { format: 'pdf', size: 1234, sha256: 'a'.repeat(64), pages: -5 });
    const stderr = process.stderr.write;
    process.stderr.write = () => true;
    const result = (() => {
      try {
        return okResult(file);
      } finally {
        process.stderr.write = stderr;
      }
    })();
    expect(DocumentResult.safeParse(result).success).toBe(true);
    expect(result.status).toBe('failed');
    expect(result.source).toEqual({ path: '/inbox/lying.pdf', sha256: 'a'.repeat(64), format: 'pdf', bytes: 1234, pages: null });
  });

  it('extract --out goes on past it, every record validates, and --resume finishes', async () => {
    const inbox = join(scratch(), 'inbox');
    await mkdir(inbox);
    await writeFile(join(inbox, 'negative-count.pdf'), pagesPdf([PAGE], { count: -5 }));
    await writeFile(join(inbox, 'plain.pdf'), pagesPdf([PAGE]));
    await copyFile(join(ROOT, 'fixtures/docs/slutrapport-clean.docx'), join(inbox, 'slutrapport-clean.docx'));
    const out = join(scratch(), 'out');
    const first = await runCli(['extract', inbox, '--out', out, '--concurrency', '2']);
    expect(first.code, first.stderr).toBe(0);
    const results = await loadResults(out);
    expect(results.map((result) => [result.source.path.replace(/.*\//, ''), result.status, result.error?.code ?? null])).toEqual([
      ['negative-count.pdf', 'failed', 'corrupt'],
      ['plain.pdf', 'ok', null],
      ['slutrapport-clean.docx', 'ok', null],
    ]);
    const resumed = await runCli(['extract', inbox, '--out', out, '--resume', '--concurrency', '2']);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(await loadResults(out)).toHaveLength(3);
  }, 120_000);
});
