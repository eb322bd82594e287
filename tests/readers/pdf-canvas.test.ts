import { readFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCS_DIR } from '../../fixtures/build/paths.js';
import { DOMMatrix } from '../../extractors/readers/pdf/canvas-stand-in.js';
import { readPdf } from '../../extractors/readers/pdf/index.js';
import { Limits } from '../../schemas/config.js';

const values = (m: DOMMatrix) => [m.a, m.b, m.c, m.d, m.e, m.f].map((v) => Math.round(v * 1e9) / 1e9 + 0);

describe('the DOMMatrix handed to pdfjs instead of the native canvas', () => {
  it.each<[string, () => DOMMatrix, number[]]>([
    ['identity', () => new DOMMatrix(), [1, 0, 0, 1, 0, 0]],
    [
      'scale then translate (as pdfjs compiles Type 3 glyph masks)',
      () => new DOMMatrix().scaleSelf(1 / 4, -1 / 2).translateSelf(0, -2),
      [0.25, 0, 0, -0.5, 0, 1],
    ],
    ['translate then scale', () => new DOMMatrix().translateSelf(3, 4).scaleSelf(2), [2, 0, 0, 2, 3, 4]],
    ['inverse', () => new DOMMatrix([2, 0, 0, 4, 6, 8]).invertSelf(), [0.5, 0, 0, 0.25, -3, -2]],
    ['pre-multiply', () => new DOMMatrix([1, 0, 0, 1, 5, 0]).preMultiplySelf(new DOMMatrix([2, 0, 0, 2, 0, 0])), [2, 0, 0, 2, 10, 0]],
    [
      'the copies leave the original alone',
      () => {
        const m = new DOMMatrix();
        m.translate(9, 9);
        return m.scale(3);
      },
      [3, 0, 0, 3, 0, 0],
    ],
  ])('%s', (_name, make, expected) => {
    expect(values(make())).toEqual(expected);
  });
});

describe('reading a PDF', () => {
  it('never loads the native @napi-rs/canvas package', async () => {
    await readPdf(new Uint8Array(readFileSync(join(DOCS_DIR, 'slutrapport-trisam-gavle.pdf'))), Limits.parse({}));
    const cache = (Module as unknown as { _cache: Record<string, unknown> })._cache;
    expect(Object.keys(cache).filter((path) => path.includes('napi-rs'))).toEqual([]);
    // The package is installed (an optional dependency of pdfjs-dist), so its absence is our doing.
    expect(() => createRequire(import.meta.url).resolve('@napi-rs/canvas')).not.toThrow();
  });
});
