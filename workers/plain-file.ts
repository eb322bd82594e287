import { createHash } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { Wording } from '../schemas/config.js';
import { NOT_PLAIN } from './texts.js';

/**
 * What the inbox may hand us: a regular file with one name. Everything else is set aside unread —
 * a symbolic link (its target may be any file the service can read), a hard link (the same bytes
 * have a name outside the inbox), a FIFO (opening one waits for a writer forever), a socket, a device.
 */
export class NotAPlainFile extends Error {
  override readonly name = 'NotAPlainFile';
  constructor(
    readonly path: string,
    /** Why, in both languages: the log says it in the run's language (logger.ts). */
    readonly reason: Wording,
  ) {
    super(`${path} is not a plain file: ${reason.en}`);
  }
}

/** Why an entry is not a plain file, or null when it is one (from lstat, or fstat of an open handle). */
export function notPlainReason(info: Stats): Wording | null {
  if (info.isSymbolicLink()) return NOT_PLAIN.symbolicLink;
  if (info.isFIFO()) return NOT_PLAIN.fifo;
  if (info.isSocket()) return NOT_PLAIN.socket;
  if (info.isBlockDevice() || info.isCharacterDevice()) return NOT_PLAIN.device;
  if (info.isDirectory()) return NOT_PLAIN.folder;
  if (!info.isFile()) return NOT_PLAIN.notRegular;
  if (info.nlink > 1) {
    const names = String(info.nlink);
    return { sv: NOT_PLAIN.hardLink.sv.replace('{names}', names), en: NOT_PLAIN.hardLink.en.replace('{names}', names) };
  }
  return null;
}

// O_NOFOLLOW: a symbolic link fails to open (ELOOP) instead of opening its target. O_NONBLOCK: a
// FIFO opens at once instead of waiting for a writer (then fails the fstat check). Both are 0 on
// Windows, which has neither.
const FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** Opens `path` for reading only if it is a plain file; throws NotAPlainFile otherwise. */
export async function openPlainFile(path: string | Buffer): Promise<FileHandle> {
  let handle: FileHandle;
  try {
    handle = await open(path, FLAGS);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw new NotAPlainFile(String(path), NOT_PLAIN.symbolicLink);
    throw error;
  }
  const reason = notPlainReason(
    await handle.stat().catch(async (error: unknown) => {
      await handle.close();
      throw error;
    }),
  );
  if (reason !== null) {
    await handle.close();
    throw new NotAPlainFile(String(path), reason);
  }
  return handle;
}

/** The sha256 of the plain file at `path` now (throws NotAPlainFile when it is no longer one). */
export async function currentSha256(path: string): Promise<string> {
  const handle = await openPlainFile(path);
  try {
    const hash = createHash('sha256');
    for await (const chunk of handle.createReadStream({ autoClose: false }) as AsyncIterable<Buffer>) hash.update(chunk);
    return hash.digest('hex');
  } finally {
    await handle.close();
  }
}
