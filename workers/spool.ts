import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { openPlainFile } from './plain-file.js';
import { extname, join } from 'node:path';

/**
 * Workers on other machines cannot read the watcher's inbox path, so every document is first copied
 * into <out>/spool/<sha256>.<ext> on the shared out directory, and the job carries that path relative
 * to <out> (each machine may mount the share elsewhere). The copy is hashed while it is written, so
 * the job's id is the sha256 of exactly the bytes the worker will parse, even if the inbox file
 * changes afterwards.
 */
export interface SpoolCopy {
  sha256: string;
  bytes: number;
  /** Hidden temp file in the spool directory; commit or discard it. */
  tempPath: string;
  /** Lower-case extension without the dot ("pdf"), "" when none; kept so readers see the usual name. */
  extension: string;
}

export function spoolDirectory(outDir: string): string {
  return join(outDir, 'spool');
}

/** The file changed while it was copied to the spool; taking it again later is the remedy. */
export class FileChangedWhileCopied extends Error {
  constructor(path: string) {
    super(`${path} changed while it was being copied; it will be taken again once it is quiet`);
    this.name = 'FileChangedWhileCopied';
  }
}

export async function copyToSpool(path: string, outDir: string): Promise<SpoolCopy> {
  const directory = spoolDirectory(outDir);
  await mkdir(directory, { recursive: true });
  const tempPath = join(directory, `.${process.pid}-${randomBytes(6).toString('hex')}.partial`);
  const hash = createHash('sha256');
  let bytes = 0;
  // Opened without following a link and without waiting for a FIFO's writer, then checked to be
  // a regular file of one name: whatever the name was swapped for since it was looked at, only
  // the bytes of a plain file in the inbox are ever read.
  const source = await openPlainFile(path);
  const handle = await open(tempPath, 'wx').catch(async (error: unknown) => {
    await source.close();
    throw error;
  });
  try {
    const before = await source.stat();
    for await (const chunk of source.createReadStream({ autoClose: false }) as AsyncIterable<Buffer>) {
      hash.update(chunk);
      bytes += chunk.length;
      await handle.write(chunk);
    }
    // Rewritten while it was read (an editor saving again, a second copy over the first): the copy
    // may mix old and new bytes, a document nobody wrote. Not taken; the watcher tries again once
    // the file is quiet.
    const after = await source.stat();
    if (after.size !== bytes || after.mtimeMs !== before.mtimeMs || after.size !== before.size) throw new FileChangedWhileCopied(path);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await source.close();
    await rm(tempPath, { force: true });
    throw error;
  }
  await handle.close();
  await source.close();
  return { sha256: hash.digest('hex'), bytes, tempPath, extension: spoolExtension(path) };
}

/**
 * Gives the copy its final name (or `relative`, an existing job's spool name) and returns it relative
 * to <out>. Same sha, same bytes: replacing an existing copy is harmless.
 */
export async function commitSpool(copy: SpoolCopy, outDir: string, relative = spoolName(copy)): Promise<string> {
  await rename(copy.tempPath, join(outDir, relative));
  return relative;
}

function spoolName(copy: SpoolCopy): string {
  return `spool/${copy.extension ? `${copy.sha256}.${copy.extension}` : copy.sha256}`;
}

export async function discardSpool(copy: SpoolCopy): Promise<void> {
  await rm(copy.tempPath, { force: true });
}

function spoolExtension(path: string): string {
  const extension = extname(path).slice(1).toLowerCase();
  return /^[a-z0-9]{1,10}$/.test(extension) ? extension : '';
}
