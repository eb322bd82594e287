import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface AtomicWriteOptions {
  /**
   * Where the temp file goes (default: beside the target). Must be on the target's file system; a
   * folder of its own keeps a killed writer's half-written temp file out of the target's folder.
   */
  tempDir?: string;
}

/** Writes to a temp file beside the target, fsyncs, renames: readers see the old file or the whole new one. */
export async function writeFileAtomic(path: string, data: string | Buffer, options: AtomicWriteOptions = {}): Promise<void> {
  const directory = dirname(path);
  await mkdir(directory, { recursive: true });
  const temp = tempPath(path, options.tempDir ?? directory);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(directory);
}

/** A fresh temp file name for `path` in `folder`: dot-named, unique per process and call. */
export function tempPath(path: string, folder: string): string {
  return join(folder, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Makes the rename itself durable; not every platform lets a directory be opened, which is fine. */
export async function syncDirectory(directory: string): Promise<void> {
  try {
    const handle = await open(directory, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort (Windows, some network file systems).
  }
}

export interface TailRepair {
  /** Bytes of an unterminated last line that were cut off. */
  droppedBytes: number;
}

/**
 * Appends one JSON line with a single write on an O_APPEND descriptor, so concurrent writers on one
 * machine never interleave. A torn line left by a process that died mid-write is cut off first,
 * otherwise this line would be glued onto it.
 */
export async function appendJsonLine(path: string, value: unknown): Promise<TailRepair | null> {
  const line = Buffer.from(`${JSON.stringify(value)}\n`, 'utf8');
  await mkdir(dirname(path), { recursive: true });
  const handle = await open(path, 'a+');
  try {
    const repair = await cutTornTail(handle);
    const { bytesWritten } = await handle.write(line, 0, line.length);
    if (bytesWritten !== line.length) throw new Error(`short write to ${path} (${bytesWritten} of ${line.length} bytes)`);
    await handle.datasync();
    return repair;
  } finally {
    await handle.close();
  }
}

/** Cuts an unterminated last line off a JSON-lines file (run at start-up; appendJsonLine does it too). */
export async function repairJsonlTail(path: string): Promise<TailRepair | null> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r+');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    return await cutTornTail(handle);
  } finally {
    await handle.close();
  }
}

const SETTLE_MS = 150;
const CHUNK = 64 * 1024;

async function cutTornTail(handle: FileHandle): Promise<TailRepair | null> {
  let size = (await handle.stat()).size;
  // Another process may be in the middle of its single write; a torn line is one that stays
  // unterminated while the size stands still.
  for (;;) {
    if (size === 0 || (await lastByte(handle, size)) === 0x0a) return null;
    await sleep(SETTLE_MS);
    const now = (await handle.stat()).size;
    if (now === size) break;
    size = now;
  }
  const keep = await endOfLastCompleteLine(handle, size);
  await handle.truncate(keep);
  await handle.datasync();
  return { droppedBytes: size - keep };
}

async function lastByte(handle: FileHandle, size: number): Promise<number> {
  const buffer = Buffer.alloc(1);
  await handle.read(buffer, 0, 1, size - 1);
  return buffer[0] ?? 0;
}

async function endOfLastCompleteLine(handle: FileHandle, size: number): Promise<number> {
  let end = size;
  while (end > 0) {
    const start = Math.max(0, end - CHUNK);
    const buffer = Buffer.alloc(end - start);
    await handle.read(buffer, 0, buffer.length, start);
    const newline = buffer.lastIndexOf(0x0a);
    if (newline >= 0) return start + newline + 1;
    end = start;
  }
  return 0;
}
