import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepFolder } from '../../workers/inbox-watcher.js';

// The sweep is the watcher's safety net for file events that never come (a share written from
// another machine, a directory whose first events were missed): what it lists is what gets taken.
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rk-sweep-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the inbox sweep', () => {
  it('lists every regular file in every folder, and only those', async () => {
    const inbox = join(dir, 'inkorg');
    const out = join(inbox, 'ut');
    await mkdir(join(inbox, 'Hudiksvall', '2024'), { recursive: true });
    await mkdir(join(out, 'processed'), { recursive: true });
    await writeFile(join(inbox, 'Årsredovisning 2023.pdf'), 'x');
    await writeFile(join(inbox, 'Hudiksvall', '2024', 'Slutrapport.docx'.normalize('NFD')), 'x');
    await writeFile(join(out, 'processed', 'done.pdf'), 'x');
    for (const ignored of ['~$Slutrapport.docx', 'nedladdning.pdf.crdownload', '.DS_Store']) await writeFile(join(inbox, ignored), 'x');
    await symlink('/etc/passwd', join(inbox, 'länk.pdf'));
    await symlink(join(inbox, 'Hudiksvall'), join(inbox, 'länkad mapp'));
    execFileSync('mkfifo', [join(inbox, 'fifo.pdf')]);

    const found = await sweepFolder(Buffer.from(inbox), Buffer.from(out));
    expect(found.files.sort()).toEqual([join(inbox, 'Hudiksvall', '2024', 'Slutrapport.docx'.normalize('NFD')), join(inbox, 'Årsredovisning 2023.pdf')].sort());
    expect(found.misnamed).toEqual([]);
  });

  it('gives names that are not UTF-8 by their raw bytes, and does not descend into them', async () => {
    const inbox = join(dir, 'inkorg-2');
    await mkdir(inbox);
    const latin1 = Buffer.concat([Buffer.from(`${inbox}/`), Buffer.from('Årsrapport.pdf', 'latin1')]);
    await writeFile(latin1, 'x');
    await writeFile(join(inbox, 'ok.pdf'), 'x');

    const found = await sweepFolder(Buffer.from(inbox), Buffer.from(join(dir, 'ut-2')));
    expect(found.files).toEqual([join(inbox, 'ok.pdf')]);
    expect(found.misnamed).toEqual([latin1]);
  });
});
