import { lstat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { currentSha256 } from './plain-file.js';

/** Where a done inbox file goes under <out>: processed/ when its status is ok, failed/ otherwise. */
export function filingFolder(status: 'ok' | 'failed'): 'processed' | 'failed' {
  return status === 'ok' ? 'processed' : 'failed';
}

/**
 * The names a document's inbox file is filed under, in order of preference, relative to its
 * filing folder: its path relative to the inbox as it is, then with the first 8 hex digits of its
 * sha256 before the extension ("Rapport (3fa2c9d1).pdf"). Both follow from the document alone, so
 * the worker that raises the alert (before the move) and the watcher that moves the file (after
 * it) come to the same name without racing over a counter.
 */
export function filedNameCandidates(relativePath: string, sha256: string): [string, string] {
  const extension = extname(relativePath);
  return [relativePath, `${relativePath.slice(0, relativePath.length - extension.length)} (${sha256.slice(0, 8)})${extension}`];
}

/**
 * Where the file will lie once filed, relative to <out> with "/" separators ("processed/Rapport.pdf"):
 * the first of filedNameCandidates not taken yet, or null when both are (the watcher then falls
 * back to a counter, "Rapport (2).pdf", which cannot be known beforehand).
 */
export async function filedAs(outDir: string, status: 'ok' | 'failed', relativePath: string, sha256: string): Promise<string | null> {
  const folder = filingFolder(status);
  for (const candidate of filedNameCandidates(relativePath, sha256)) {
    if (!(await taken(join(outDir, folder, candidate)))) return [folder, ...candidate.split(sep)].join('/');
  }
  return null;
}

/**
 * For a duplicate's alert: where the earlier copy of these bytes lies, relative to <out>. The first
 * of its names (filedNameCandidates) in the folder of its status that holds these very bytes; else,
 * while the earlier file still waits in the inbox to be moved, the name it will get (filedAs, as its
 * own alert said). Null when neither: moved away by hand, removed by retention, filed by a counter.
 * Undefined when it cannot have been filed: the duplicate or the earlier copy was not found in the
 * watched inbox (`enqueue`, a copy queued again from the spool). Files are read without following links.
 */
export async function earlierCopyFiledAs(
  outDir: string,
  status: 'ok' | 'failed',
  duplicate: { path: string; inboxPath: string | undefined },
  earlierPath: string,
  sha256: string,
): Promise<string | null | undefined> {
  if (duplicate.inboxPath === undefined) return undefined;
  const earlierInboxPath = inboxPathOf(earlierPath, duplicate.path, duplicate.inboxPath);
  if (earlierInboxPath === undefined) return undefined;
  try {
    const holding = async (): Promise<string | null> => {
      for (const candidate of filedNameCandidates(earlierInboxPath, sha256)) {
        if (await holds(join(outDir, filingFolder(status), candidate), sha256)) return [filingFolder(status), ...candidate.split(sep)].join('/');
      }
      return null;
    };
    const filed = await holding();
    if (filed !== null) return filed;
    // Under the duplicate's own name the inbox file is the duplicate, not the earlier copy.
    const waiting = resolve(earlierPath) !== resolve(duplicate.path) && (await holds(earlierPath, sha256));
    const predicted = waiting ? await filedAs(outDir, status, earlierInboxPath, sha256) : null;
    // Looked again: moved meanwhile, the prediction would name the next free name instead of it.
    return (await holding()) ?? predicted;
  } catch {
    return null;
  }
}

/** `earlierPath` relative to the inbox `path` (found as `inboxPath`) was found in, or undefined when it lies outside it. */
function inboxPathOf(earlierPath: string, path: string, inboxPath: string): string | undefined {
  const inbox = resolve(path, ...inboxPath.split(/[\\/]/).map(() => '..'));
  const inside = relative(inbox, resolve(earlierPath));
  if (inside === '' || isAbsolute(inside) || inside.split(sep)[0] === '..') return undefined;
  return inside;
}

/** Whether `path` is a plain file (no link) with these bytes; false when there is none. */
async function holds(path: string, sha256: string): Promise<boolean> {
  if (!(await taken(path))) return false;
  return (await currentSha256(path).catch(() => null)) === sha256;
}

/** lstat, not access: a dangling link holds its name as surely as a file does. */
async function taken(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
