import { lstat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';

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
