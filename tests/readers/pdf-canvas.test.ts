import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DOCS_DIR } from '../../fixtures/build/paths.js';
import { DOMMatrix } from '../../extractors/readers/pdf/canvas-stand-in.js';

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

/**
 * Reads a PDF with the compiled reader (`npm test` builds first) in a process of its own — the test
 * files share their worker's modules, and the OCR tests load the canvas on purpose — and gives back
 * the native modules (@napi-rs) that process had loaded once it was read, and once it then loaded the
 * canvas itself — which shows the probe sees the package when it is there.
 */
async function canvasLoadedReading(pdf: string): Promise<{ afterReading: string[]; afterLoading: string[] }> {
  const reader = pathToFileURL(join(import.meta.dirname, '../../dist/extractors/readers/pdf/index.js')).href;
  const limits = pathToFileURL(join(import.meta.dirname, '../../dist/schemas/config.js')).href;
  const script = [
    `import { readFileSync } from 'node:fs';`,
    `import { Module } from 'node:module';`,
    `const { readPdf } = await import(${JSON.stringify(reader)});`,
    `const { Limits } = await import(${JSON.stringify(limits)});`,
    `await readPdf(new Uint8Array(readFileSync(${JSON.stringify(pdf)})), Limits.parse({}));`,
    `const native = () => Object.keys(Module._cache).filter((path) => path.includes('napi-rs'));`,
    `const afterReading = native();`,
    `Module.createRequire(${JSON.stringify(reader)})('@napi-rs/canvas');`,
    `process.stdout.write(JSON.stringify({ afterReading, afterLoading: native() }));`,
  ].join('\n');
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script]);
  return JSON.parse(stdout) as { afterReading: string[]; afterLoading: string[] };
}

describe('reading a PDF', () => {
  it('never loads the native @napi-rs/canvas package', async () => {
    const { afterReading, afterLoading } = await canvasLoadedReading(join(DOCS_DIR, 'slutrapport-trisam-gavle.pdf'));
    expect(afterReading).toEqual([]);
    // The package is installed (an optional dependency of pdfjs-dist), so its absence is our doing.
    expect(afterLoading).not.toEqual([]);
  });
});
