import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyToSpool, discardSpool, FileChangedWhileCopied, type SpoolCopy } from '../../workers/spool.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rk-spool-copy-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const isCopy = (value: unknown): value is SpoolCopy => typeof value === 'object' && value !== null && 'tempPath' in value;
const sha = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

describe('copyToSpool', () => {
  it('copies a quiet file whole, with its hash', async () => {
    const bytes = randomBytes(3 * 1024 * 1024);
    await writeFile(join(dir, 'lugn.pdf'), bytes);
    const copy = await copyToSpool(join(dir, 'lugn.pdf'), join(dir, 'out-1'));
    expect(copy).toMatchObject({ sha256: sha(bytes), bytes: bytes.length, extension: 'pdf' });
    await discardSpool(copy);
  });

  it('never yields a copy mixing old and new bytes when the file is rewritten while it is read', async () => {
    const path = join(dir, 'skrivs om.pdf');
    for (let round = 0; round < 8; round++) {
      const before = randomBytes(24 * 1024 * 1024);
      const after = randomBytes(24 * 1024 * 1024);
      await writeFile(path, before);
      // The refusal is caught at once: the copy may give up while the rewrite below is still running,
      // and a rejection nobody handles yet is an unhandled one.
      const copying: Promise<unknown> = copyToSpool(path, join(dir, `out-${round}`)).catch((error: unknown) => error);
      await writeFile(path, after);
      const outcome = await copying;
      if (outcome instanceof FileChangedWhileCopied) {
        continue;
      }
      if (!isCopy(outcome)) throw outcome;
      // A snapshot, never a mix: the old bytes whole, or the new ones as far as they were written.
      const copied = await readFile(outcome.tempPath);
      expect(sha(copied)).toBe(outcome.sha256);
      const consistent = copied.equals(before) || copied.equals(after.subarray(0, copied.length));
      expect(consistent, `round ${round}: ${copied.length} bytes copied`).toBe(true);
      await discardSpool(outcome);
    }
  }, 120_000);
});
