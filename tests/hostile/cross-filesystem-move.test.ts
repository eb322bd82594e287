import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { moveWithoutOverwrite } from '../../workers/move-file.js';
import { otherFilesystem } from './support/other-filesystem.js';

const other = otherFilesystem();
const made: string[] = [];
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!other.available)(`moves onto another file system (a copy, not a rename)${other.available ? '' : ` — skipped: ${other.reason}`}`, () => {
  // The copy's temp name was `.${pid}-${Date.now()}.moving`: two moves in one millisecond took the
  // same one, and the second failed with EEXIST (the file was then reported as its own duplicate).
  it('20 moves at once into one folder all land, each under its own name, no temp file left', async () => {
    const inbox = await mkdtemp(join(tmpdir(), 'rk-xfs-inbox-'));
    const out = other.makeDir('rk-xfs-out-');
    made.push(inbox, out);
    const names = Array.from({ length: 20 }, (_, i) => `Rapport ${i + 1}.pdf`);
    for (const name of names) await writeFile(join(inbox, name), `innehåll ${name}`);
    const processed = join(out, 'processed');
    await mkdir(processed);
    const settled = await Promise.allSettled(names.map((name) => moveWithoutOverwrite(join(inbox, name), processed, name)));
    expect(settled.filter((outcome) => outcome.status === 'rejected')).toEqual([]);
    expect((await readdir(processed)).sort()).toEqual([...names].sort());
    for (const name of names) expect(await readFile(join(processed, name), 'utf8')).toBe(`innehåll ${name}`);
    expect(await readdir(inbox)).toEqual([]);
  });

  it('20 same-named moves at once: (2), (3)… and never a lost file', async () => {
    const out = other.makeDir('rk-xfs-same-');
    made.push(out);
    const inboxes = await Promise.all(Array.from({ length: 20 }, () => mkdtemp(join(tmpdir(), 'rk-xfs-same-inbox-'))));
    for (const inbox of inboxes) made.push(inbox);
    await Promise.all(inboxes.map((inbox, i) => writeFile(join(inbox, 'Slutrapport.docx'), `kopia ${i}`)));
    const settled = await Promise.allSettled(inboxes.map((inbox) => moveWithoutOverwrite(join(inbox, 'Slutrapport.docx'), out, 'Slutrapport.docx')));
    expect(settled.filter((outcome) => outcome.status === 'rejected')).toEqual([]);
    const landed = await readdir(out);
    expect(landed).toHaveLength(20);
    const contents = await Promise.all(landed.map((name) => readFile(join(out, name), 'utf8')));
    expect(contents.sort()).toEqual(inboxes.map((_, i) => `kopia ${i}`).sort());
  });
});
