import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../extractors/readers/pdf/index.js';
import { Limits } from '../../schemas/config.js';
import { sourceFiles } from '../architecture/support/import-graph.js';
import { pagesPdf } from './support/raw-pdf.js';

/** A page whose one line is `count` separate show-text operators: a run each, side by side. */
function oneHugeLine(count: number): Uint8Array {
  return Buffer.from(`BT /F1 10 Tf 50 800 Td ${'(ab) Tj '.repeat(count)}ET`, 'latin1');
}

describe('one huge line of text', () => {
  // Spreading a document-sized array into Math.max overflowed the stack: "corrupt" for a readable page.
  it('a line of 300 000 runs is read, not reported as corrupt', async () => {
    const model = await readPdf(pagesPdf([oneHugeLine(300_000)]), Limits.parse({ timeoutMs: 600_000 }));
    const text = model.blocks.map((block) => ('text' in block ? block.text : '')).join('');
    expect(text.length).toBe(600_000);
  }, 600_000);
});

describe('no spread of document-sized arrays into a call', () => {
  const ROOT = join(import.meta.dirname, '../..');
  // One argument per element: past a few hundred thousand the stack overflows. extractors/arrays.ts loops instead.
  const SPREAD_CALL = /(?:Math\.(?:max|min)|\.push|\.unshift|String\.fromCharCode|String\.fromCodePoint)\(\s*(?:[^()[\]{}]*,\s*)?\.\.\./;

  it('the source has no Math.max(...xs), push(...xs) or fromCharCode(...xs)', () => {
    const library = sourceFiles(ROOT).filter((file) => /^(extractors|pipeline|workers|schemas|cli)\//.test(file));
    expect(library.length).toBeGreaterThan(100);
    // Over the whole text, not line by line: a formatter may put the spread on a line of its own.
    const offending = library.flatMap((file) => {
      const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
      const code = lines.map((line) => (/^\s*(?:\*|\/\/)/.test(line) ? '' : line)).join('\n');
      return [...code.matchAll(new RegExp(SPREAD_CALL.source, 'g'))].map((match) => {
        const line = code.slice(0, match.index).split('\n').length;
        return `${file}:${line}: ${lines[line - 1]?.trim() ?? ''}`;
      });
    });
    expect(offending).toEqual([]);
  });

  it('the check catches the forms it forbids', () => {
    for (const line of ['Math.max(...xs)', 'a.push(...b)', 'Math.min(0, ...xs)', 'String.fromCharCode(...codes)', 'a.push(\n  ...b,\n)'])
      expect(SPREAD_CALL.test(line)).toBe(true);
    for (const line of ['Math.max(a, b)', 'a.push(b)', '[...xs]', 'a.push({ kind, ...rest })', 'a.push([...xs, ...ys])'])
      expect(SPREAD_CALL.test(line)).toBe(false);
  });
});
