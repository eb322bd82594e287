import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { access, link, lstat, mkdir, readlink, rename, rm, symlink, unlink } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { dirname, extname, join } from 'node:path';
import { filedNameCandidates } from './filed-name.js';
import { notPlainReason, openPlainFile } from './plain-file.js';

const MAX_SUFFIX = 10_000;

/**
 * Moves `source` to `destinationDir/relativePath` without ever replacing a file already there:
 * "Rapport.pdf", then "Rapport (2).pdf", "Rapport (3).pdf"… Returns where it went.
 *
 * rename() would silently overwrite, so the new name is claimed with link() (atomic, fails if the
 * name exists) and the old one removed. Where hard links are impossible (inbox and out on different
 * file systems, some SMB mounts) the file is copied under a temp name and the original removed;
 * the copy never follows a link (copyAsItself).
 */
export async function moveWithoutOverwrite(source: string, destinationDir: string, relativePath: string): Promise<string> {
  const target = join(destinationDir, relativePath);
  await mkdir(dirname(target), { recursive: true });
  for (let attempt = 1; attempt <= MAX_SUFFIX; attempt += 1) {
    const candidate = attempt === 1 ? target : withSuffix(target, attempt);
    if (await claim(source, candidate)) return candidate;
  }
  throw new Error(`could not find a free name for ${target}`);
}

/**
 * Files a done inbox file under `destinationDir` by the names filed-name.ts chooses (its relative
 * path, else with its sha256's first 8 hex digits), so it lands where its alert said it would.
 * Only when both are taken (by other files, or by these bytes filed before) does it fall back to
 * moveWithoutOverwrite's counter: `byCounter` says so, for the log.
 */
export async function moveToFiledName(
  source: string,
  destinationDir: string,
  relativePath: string,
  sha256: string,
): Promise<{ movedTo: string; byCounter: boolean }> {
  await mkdir(dirname(join(destinationDir, relativePath)), { recursive: true });
  for (const candidate of filedNameCandidates(relativePath, sha256)) {
    const target = join(destinationDir, candidate);
    if (await claim(source, target)) return { movedTo: target, byCounter: false };
  }
  return { movedTo: await moveWithoutOverwrite(source, destinationDir, relativePath), byCounter: true };
}

/**
 * Moves an inbox entry that is not a plain file (or a plain file with a name we cannot use) aside
 * as itself, never reading through it: a hard link of the entry where possible; on another file
 * system a symbolic link is made again and a plain file of one name is copied through a handle
 * that refuses links; anything else (a FIFO, a socket, a device, a hard-linked file) is only
 * removed from the inbox, and null is returned.
 */
export async function moveAsideWithoutReading(source: string | Buffer, destinationDir: string, relativePath: string): Promise<string | null> {
  const target = join(destinationDir, relativePath);
  await mkdir(dirname(target), { recursive: true });
  for (let attempt = 1; attempt <= MAX_SUFFIX; attempt += 1) {
    const candidate = attempt === 1 ? target : withSuffix(target, attempt);
    try {
      await link(source, candidate);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') continue;
      if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP') throw error;
      const info = await lstat(source);
      if (!info.isSymbolicLink() && notPlainReason(info) !== null) {
        await unlink(source);
        return null;
      }
      if (await copyThenRemove(source, candidate)) return candidate;
      continue;
    }
    await unlink(source);
    return candidate;
  }
  throw new Error(`could not find a free name for ${target}`);
}

async function claim(source: string, candidate: string): Promise<boolean> {
  try {
    await link(source, candidate);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP') throw error;
    return copyThenRemove(source, candidate);
  }
  await unlink(source);
  return true;
}

async function copyThenRemove(source: string | Buffer, candidate: string): Promise<boolean> {
  // Copy to a hidden temp name first so nobody sees a half-copied file under the final name. Random,
  // not a timestamp: two moves in one millisecond took the same name and the second failed.
  const temp = join(dirname(candidate), `.${process.pid}-${randomBytes(8).toString('hex')}.moving`);
  await copyAsItself(source, temp);
  try {
    await link(temp, candidate);
    await unlink(temp);
  } catch (error) {
    const taken = (error as NodeJS.ErrnoException).code === 'EEXIST' || (await exists(candidate));
    if (taken) {
      await unlink(temp);
      return false;
    }
    // No hard links on this file system at all: rename onto the name just seen free.
    await rename(temp, candidate);
  }
  await unlink(source);
  return true;
}

/**
 * A copy is where a followed link would do harm: the target's bytes would land in a folder the
 * whole kansli reads. A symbolic link is copied as a link; a plain file is read through a handle
 * that refuses links and FIFOs (so a swap after any check changes nothing); anything else throws.
 */
async function copyAsItself(source: string | Buffer, temp: string): Promise<void> {
  const info = await lstat(source);
  if (info.isSymbolicLink()) {
    await symlink(await readlink(source), temp);
    return;
  }
  const input = await openPlainFile(source);
  try {
    await pipeline(input.createReadStream({ autoClose: false }), createWriteStream(temp, { flags: 'wx' }));
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  } finally {
    await input.close();
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

function withSuffix(path: string, number: number): string {
  const extension = extname(path);
  return `${path.slice(0, path.length - extension.length)} (${number})${extension}`;
}
