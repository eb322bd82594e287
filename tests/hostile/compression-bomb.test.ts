/**
 * A FlateDecode stream in a PDF that inflates to gigabytes took 2–7 GB RSS (ArrayBuffers, outside
 * the worker's heap limit) and the kernel killed the run. The reader counts what the streams inflate
 * to before pdfjs sees them and refuses the document as too-large past limits.maxDecompressedBytes.
 */
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { countInflatedBytes } from '../../extractors/readers/pdf/inflate-budget.js';
import { ReadFailure } from '../../extractors/readers/failure.js';
import { readPdf } from '../../extractors/readers/pdf/index.js';
import { Limits } from '../../schemas/config.js';
import { compressionBomb, deflated, pagesPdf, textContent } from './support/raw-pdf.js';

const MB = 1024 * 1024;
const PAGE = textContent(['Årsredovisning 2021', 'Förvaltningsberättelse']);

describe('a compression bomb in a PDF stream', () => {
  it('the bomb is what it claims: 64 MB from a small stream', () => {
    const bomb = compressionBomb(64);
    expect(bomb.length).toBeLessThan(200_000);
    expect(inflateSync(bomb, { finishFlush: 2 }).length).toBe(64 * MB);
  });

  it('a 4 GB content stream fails as too-large, with little memory and before pdfjs inflates it', async () => {
    const pdf = pagesPdf([compressionBomb(4096)], { contentFilter: 'FlateDecode' });
    const before = process.memoryUsage().rss;
    const outcome = await readPdf(pdf, Limits.parse({})).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(outcome).toBeInstanceOf(ReadFailure);
    expect((outcome as ReadFailure).code).toBe('too-large');
    expect((outcome as ReadFailure).message).toMatch(/unpacks to more than 200 MB/);
    expect(process.memoryUsage().rss - before).toBeLessThan(150 * MB);
  }, 120_000);

  it('counts every FlateDecode stream against one budget, and a normal document reads', async () => {
    const two = pagesPdf([compressionBomb(3), compressionBomb(3)], { contentFilter: 'FlateDecode' });
    expect(await countInflatedBytes(two, 100 * MB)).toEqual({ inflated: 6 * MB, overBudget: false });
    expect((await countInflatedBytes(two, 5 * MB)).overBudget).toBe(true);
    const normal = pagesPdf([deflated(PAGE)], { contentFilter: 'FlateDecode' });
    expect((await readPdf(normal, Limits.parse({}))).pages).toBe(1);
  });
});
