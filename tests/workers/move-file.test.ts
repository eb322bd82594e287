import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moveWithoutOverwrite } from '../../workers/move-file.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rk-move-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('moveWithoutOverwrite', () => {
  it('adds (2), (3)… instead of replacing a same-named file', async () => {
    const inbox = join(dir, 'inbox-1');
    const processed = join(dir, 'processed-1');
    await mkdir(inbox, { recursive: true });
    const moved: string[] = [];
    for (const content of ['first', 'second', 'third']) {
      await writeFile(join(inbox, 'Slutrapport.docx'), content);
      moved.push(await moveWithoutOverwrite(join(inbox, 'Slutrapport.docx'), processed, 'Slutrapport.docx'));
    }
    expect(moved.map((path) => path.slice(processed.length + 1))).toEqual(['Slutrapport.docx', 'Slutrapport (2).docx', 'Slutrapport (3).docx']);
    expect(await readFile(join(processed, 'Slutrapport.docx'), 'utf8')).toBe('first');
    expect(await readFile(join(processed, 'Slutrapport (3).docx'), 'utf8')).toBe('third');
    expect(await readdir(inbox)).toEqual([]);
  });

  it('keeps sub-folders and Swedish names in NFC and NFD as they are', async () => {
    const inbox = join(dir, 'inbox-2');
    const failed = join(dir, 'failed-2');
    const nfc = 'Årsredovisning Gävleborg – förbund.pdf'.normalize('NFC');
    const nfd = 'Årsredovisning Gävleborg – förbund.pdf'.normalize('NFD');
    await mkdir(join(inbox, 'Söderhamn'), { recursive: true });
    await writeFile(join(inbox, 'Söderhamn', nfc), 'nfc');
    await writeFile(join(inbox, 'Söderhamn', nfd), 'nfd');
    await moveWithoutOverwrite(join(inbox, 'Söderhamn', nfc), failed, join('Söderhamn', nfc));
    await moveWithoutOverwrite(join(inbox, 'Söderhamn', nfd), failed, join('Söderhamn', nfd));
    // Both spellings stay distinct files, byte for byte as they were named.
    expect((await readdir(join(failed, 'Söderhamn'))).sort()).toEqual([nfc, nfd].sort());
    expect(await readFile(join(failed, 'Söderhamn', nfd), 'utf8')).toBe('nfd');
    expect(await readdir(join(inbox, 'Söderhamn'))).toEqual([]);
  });
});
