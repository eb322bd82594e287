/**
 * The inbox is a shared folder anyone can write to. A symbolic link, a hard link to a file outside,
 * a FIFO or a socket dropped there is never opened or followed: it is set aside as itself with a
 * reason and a log line, and a FIFO never blocks the watcher or its shutdown. The dangerous case is
 * an out folder on another file system, where a move is a copy and a followed link would copy its
 * target into a folder the whole kansli reads.
 */
import { execFileSync } from 'node:child_process';
import { copyFile, link, lstat, mkdir, mkdtemp, readdir, readFile, readlink, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moveWithoutOverwrite } from '../../workers/move-file.js';
import { NotAPlainFile } from '../../workers/plain-file.js';
import { copyToSpool } from '../../workers/spool.js';
import { ROOT } from '../cli/support/run-cli.js';
import { filesUnder, resultLines } from '../workers/support/out-dir.js';
import { waitFor } from '../workers/support/wait.js';
import { startWatch } from './support/embedded-watch.js';
import { otherFilesystem } from './support/other-filesystem.js';

const SECRET = 'HEMLIGT: lösenord till ekonomisystemet\n';
const REPORT = join(ROOT, 'fixtures/docs/slutrapport-clean.docx');
let dir: string;
let secret: string;
const servers: Server[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rk-special-'));
  secret = join(dir, 'hemlig.pdf');
  await writeFile(secret, SECRET);
});
afterAll(async () => {
  for (const server of servers) server.close();
  await rm(dir, { recursive: true, force: true });
});

function listenOn(path: string): Promise<void> {
  const server = createServer();
  servers.push(server);
  return new Promise((resolve) => server.listen(path, () => resolve()));
}

describe('links and special files in the watched inbox', () => {
  it('are set aside unread with a reason and a log line; the report beside them is processed; a FIFO does not block shutdown', async () => {
    const inbox = join(dir, 'inkorg');
    const out = join(dir, 'ut');
    await mkdir(inbox);
    await symlink(secret, join(inbox, 'länk.pdf'));
    await link(secret, join(inbox, 'hårdlänk.pdf'));
    execFileSync('mkfifo', [join(inbox, 'rör.pdf')]);
    await listenOn(join(inbox, 'uttag.pdf'));
    await copyFile(REPORT, join(inbox, 'Slutrapport.docx'));
    const watch = await startWatch(inbox, out);
    try {
      await waitFor('the inbox emptied', async () => (await readdir(inbox)).length === 0, 60_000);
    } finally {
      const closed = Date.now();
      await watch.service.close();
      expect(Date.now() - closed).toBeLessThan(10_000);
    }
    const results = await resultLines(out);
    expect(results.map((result) => result.source.path)).toEqual([join(inbox, 'Slutrapport.docx')]);
    expect(await filesUnder(join(out, 'spool'))).toEqual([]);
    // Set aside as themselves: the link is still a link, the FIFO a FIFO, the socket a socket.
    expect((await lstat(join(out, 'failed', 'länk.pdf'))).isSymbolicLink()).toBe(true);
    expect(await readlink(join(out, 'failed', 'länk.pdf'))).toBe(secret);
    expect((await lstat(join(out, 'failed', 'rör.pdf'))).isFIFO()).toBe(true);
    expect((await lstat(join(out, 'failed', 'uttag.pdf'))).isSocket()).toBe(true);
    expect((await lstat(join(out, 'failed', 'hårdlänk.pdf'))).ino).toBe((await lstat(secret)).ino);
    const setAside = watch.lines.filter((line) => String(line.event).endsWith('set-aside'));
    expect(Object.fromEntries(setAside.map((line) => [String(line.path).slice(inbox.length + 1), line.reason]))).toEqual({
      'länk.pdf': expect.stringMatching(/symbolisk länk/),
      'hårdlänk.pdf': expect.stringMatching(/hårdlänk/),
      'rör.pdf': expect.stringMatching(/FIFO/),
      'uttag.pdf': expect.stringMatching(/socket/),
    });
    expect(watch.text()).not.toContain('HEMLIGT');
  }, 120_000);

  it('a file swapped for a link after it was looked at is not read through the link', async () => {
    const path = join(dir, 'bytt.pdf');
    await symlink(secret, path);
    const out = join(dir, 'ut-bytt');
    await expect(copyToSpool(path, out)).rejects.toBeInstanceOf(NotAPlainFile);
    expect(await filesUnder(join(out, 'spool'))).toEqual([]);
  });
});

const other = otherFilesystem();
describe.skipIf(!other.available)(`moving a link to another file system${other.available ? '' : ` — skipped: ${other.reason}`}`, () => {
  it('moves the link as a link: its target is never copied into the out folder', async () => {
    const inbox = join(dir, 'inkorg-xfs');
    await mkdir(inbox);
    await writeFile(join(inbox, 'rapport.pdf'), '%PDF-1.7 riktig rapport');
    // The report is swapped for a link after it was processed, just before it is moved.
    await rename(join(inbox, 'rapport.pdf'), join(dir, 'undan.pdf'));
    await symlink(secret, join(inbox, 'rapport.pdf'));
    const out = other.makeDir('rk-special-out-');
    try {
      const movedTo = await moveWithoutOverwrite(join(inbox, 'rapport.pdf'), join(out, 'processed'), 'rapport.pdf');
      expect((await lstat(movedTo)).isSymbolicLink()).toBe(true);
      for (const file of await filesUnder(out)) expect(await readFile(join(out, file), 'utf8')).not.toContain('HEMLIGT');
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
