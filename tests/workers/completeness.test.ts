import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { variantOf } from '../bench/document-variants.js';
import { checkCompleteness, type Completeness } from '../../workers/completeness.js';

const SEEDS = ['fixtures/docs/slutrapport-trisam-gavle.docx', 'fixtures/docs/slutrapport-trisam-gavle.pdf'];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rk-complete-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** How far a real document has been written, as a scanner or an SMB copy leaves it. */
const stages: Array<[string, (bytes: Buffer) => Buffer, Completeness]> = [
  ['whole', (bytes) => bytes, 'complete'],
  ['whole, with a trailing comment', (bytes) => variantOf(bytes, 'x'), 'complete'],
  ['all but the last 40 bytes', (bytes) => bytes.subarray(0, bytes.length - 40), 'incomplete'],
  ['half', (bytes) => bytes.subarray(0, bytes.length >> 1), 'incomplete'],
  ['the first 4 KB', (bytes) => bytes.subarray(0, 4096), 'incomplete'],
  ['created, nothing written', () => Buffer.alloc(0), 'incomplete'],
  ['preallocated with zeros', (bytes) => Buffer.alloc(bytes.length), 'incomplete'],
];

describe('checkCompleteness on real documents', () => {
  for (const seed of SEEDS) {
    it.each(stages)(`${seed.split('/').pop()}: %s → %s`, async (_stage, cut, expected) => {
      const path = join(dir, `stage${seed.slice(seed.lastIndexOf('.'))}`);
      await writeFile(path, cut(await readFile(seed)));
      expect(await checkCompleteness(path)).toBe(expected);
    });
  }

  it.each([
    ['legacy.doc', Buffer.from('\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 word 97', 'latin1')],
    ['skanning.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16])],
    ['anteckning.txt', Buffer.from('Slutrapport – utkast')],
  ])('%s cannot be checked: only stability decides', async (name, bytes) => {
    const path = join(dir, name);
    await writeFile(path, bytes);
    expect(await checkCompleteness(path)).toBe('unchecked');
  });

  it.each([
    ['truncated.pdf', 'incomplete'],
    ['truncated.docx', 'incomplete'],
    ['random-bytes.pdf', 'incomplete'],
    ['document.odt', 'complete'],
    ['encrypted.pdf', 'complete'],
    ['legacy.doc', 'unchecked'],
  ])('fixtures/docs/bad/%s → %s', async (name, expected) => {
    expect(await checkCompleteness(join('fixtures/docs/bad', name))).toBe(expected);
  });

  it('tells a PDF by its first bytes even under another name', async () => {
    const pdf = await readFile(SEEDS[1] ?? '');
    const path = join(dir, 'scan-0001');
    await writeFile(path, pdf.subarray(0, pdf.length >> 1));
    expect(await checkCompleteness(path)).toBe('incomplete');
  });
});
