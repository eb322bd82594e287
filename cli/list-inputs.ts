import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isIgnoredName } from '../pipeline/support/ignore-rules.js';
import { UsageError } from './exit-codes.js';

/**
 * The documents named on the command line, in that order; a folder contributes every file under
 * it, recursively, sorted by path. Paths stay as given (relative stays relative) because they
 * are the `source.path` of the results. Lock, temp and dot files are skipped in folders (the
 * same rule as the watched inbox), but a file named explicitly is always taken.
 */
export async function listInputs(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => {
      throw new UsageError(`no such file or folder: ${path}`);
    });
    if (info.isDirectory()) files.push(...(await walk(path)).sort(byPath));
    else if (info.isFile()) files.push(path);
    else throw new UsageError(`not a file or folder: ${path}`);
  }
  return files;
}

async function walk(folder: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (isIgnoredName(entry.name)) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (entry.isFile() || (entry.isSymbolicLink() && (await isFile(path)))) files.push(path);
  }
  return files;
}

/** A symlinked file is followed; a symlinked folder is not, so a link cycle cannot make the walk endless. */
async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isFile(),
    () => false,
  );
}

/** Code-unit order: the same on every machine and locale, so runs are reproducible. */
function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
