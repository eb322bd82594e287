import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixturePath } from './support/fixtures.js';
import { extract } from './support/run-cli.js';

const sha256Of = (path: string): string =>
  createHash('sha256')
    .update(readFileSync(fixturePath(path)))
    .digest('hex');

describe('limits on a real document', () => {
  it.each([FIXTURES.slutrapportDocx, FIXTURES.slutrapportPdf])('--max-bytes below the size of %s → too-large, with its identity', async (path) => {
    const size = statSync(fixturePath(path)).size;
    const { results } = await extract([path, '--max-bytes', String(size - 1)]);
    expect(results[0]?.status).toBe('failed');
    expect(results[0]?.error?.code).toBe('too-large');
    expect(results[0]?.error?.message).toContain('--max-bytes');
    expect(results[0]?.source).toMatchObject({ path, sha256: sha256Of(path), bytes: size });
  });

  it('--max-bytes equal to the size lets the document through', async () => {
    const size = statSync(fixturePath(FIXTURES.slutrapportDocx)).size;
    const { results } = await extract([FIXTURES.slutrapportDocx, '--max-bytes', String(size)]);
    expect(results[0]?.error?.code ?? null).not.toBe('too-large');
  });

  /** Needs the PDF reader. */
  it('--max-pages below the page count of a real PDF → too-large', async () => {
    const { results } = await extract([FIXTURES.slutrapportPdf, '--max-pages', '1']);
    expect(results[0]?.status).toBe('failed');
    expect(results[0]?.error?.code).toBe('too-large');
    expect(results[0]?.source.format).toBe('pdf');
  });

  it('--timeout-ms too short for real documents → each fails with timeout, the run still ends at once with every result', async () => {
    const paths = [FIXTURES.slutrapportPdf, FIXTURES.slutrapportDocx, FIXTURES.slutrapportDocx];
    const started = Date.now();
    const { results } = await extract([...paths, '--timeout-ms', '1', '--concurrency', '1']);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(results.map((result) => result.source.path)).toEqual(paths);
    for (const result of results) {
      expect(result.status).toBe('failed');
      expect(result.error).toMatchObject({ code: 'timeout' });
      expect(result.error?.message).toContain('--timeout-ms');
      expect(result.source.sha256).toBe(sha256Of(result.source.path));
    }
  });
});
