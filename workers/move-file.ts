import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, copyFile, link, mkdir, rename, unlink } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';

const MAX_SUFFIX = 10_000;

/**
 * Moves `source` to `destinationDir/relativePath` without ever replacing a file already there:
 * "Rapport.pdf", then "Rapport (2).pdf", "Rapport (3).pdf"… Returns where it went.
 *
 * rename() would silently overwrite, so the new name is claimed with link() (atomic, fails if the
 * name exists) and the old one removed. Where hard links are impossible (inbox and out on different
 * file systems, some SMB mounts) the file is copied with COPYFILE_EXCL and the original removed.
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

async function copyThenRemove(source: string, candidate: string): Promise<boolean> {
  // Copy to a hidden temp name first so nobody sees a half-copied file under the final name. Random,
  // not a timestamp: two moves in one millisecond took the same name and the second failed.
  const temp = join(dirname(candidate), `.${process.pid}-${randomBytes(8).toString('hex')}.moving`);
  await copyFile(source, temp, constants.COPYFILE_EXCL);
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
