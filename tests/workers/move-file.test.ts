import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentJobData } from '../../workers/document-job.js';
import { filedAs, filedNameCandidates } from '../../workers/filed-name.js';
import { moveToFiledName, moveWithoutOverwrite } from '../../workers/move-file.js';

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

describe('moveToFiledName and filedAs: the alert and the move choose the same name', () => {
  const sha = (digit: string): string => digit.repeat(64);

  it('the plain name, then the sha256-suffixed one, then (logged) a counter; filedAs foretells the first two and is null after', async () => {
    const out = join(dir, 'out-filed');
    const inbox = join(dir, 'inbox-filed');
    await mkdir(join(inbox, 'Gävle'), { recursive: true });
    const name = join('Gävle', 'Rapport.pdf');
    expect(filedNameCandidates(name, sha('a'))).toEqual([name, join('Gävle', 'Rapport (aaaaaaaa).pdf')]);
    const filed: (string | null)[] = [];
    const moved: { movedTo: string; byCounter: boolean }[] = [];
    // The third is b's bytes again (dropped a third time under one name): both its names are taken.
    for (const [n, digit] of ['a', 'b', 'b'].entries()) {
      await writeFile(join(inbox, name), `file ${n}`);
      filed.push(await filedAs(out, 'ok', name, sha(digit)));
      moved.push(await moveToFiledName(join(inbox, name), join(out, 'processed'), name, sha(digit)));
    }
    expect(filed).toEqual(['processed/Gävle/Rapport.pdf', 'processed/Gävle/Rapport (bbbbbbbb).pdf', null]);
    expect(moved.map(({ movedTo, byCounter }) => [movedTo.slice(out.length + 1), byCounter])).toEqual([
      [join('processed', 'Gävle', 'Rapport.pdf'), false],
      [join('processed', 'Gävle', 'Rapport (bbbbbbbb).pdf'), false],
      [join('processed', 'Gävle', 'Rapport (2).pdf'), true],
    ]);
    expect(await readFile(join(out, 'processed', 'Gävle', 'Rapport (2).pdf'), 'utf8')).toBe('file 2');
    expect(await filedAs(out, 'failed', name, sha('a'))).toBe('failed/Gävle/Rapport.pdf');
  });

  it("a job's inboxPath must stay inside the inbox (anything can write to Redis)", () => {
    const job = {
      sha256: sha('a'),
      spoolFile: `spool/${sha('a')}.pdf`,
      originalPath: '/in/x.pdf',
      bytes: 1,
      enqueuedAt: new Date().toISOString(),
      enqueuedBy: 'h:1',
    };
    expect(DocumentJobData.safeParse({ ...job, inboxPath: 'Gävle/x.pdf' }).success).toBe(true);
    expect(DocumentJobData.safeParse(job).success).toBe(true);
    for (const inboxPath of ['../x.pdf', '/etc/x.pdf', 'a/../../x.pdf', 'a//x.pdf', ''])
      expect(DocumentJobData.safeParse({ ...job, inboxPath }).success, inboxPath).toBe(false);
  });
});
