import { fill, TEXT } from './texts.js';
import { say } from './ui-lang.js';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { isIgnoredName } from '../pipeline/support/ignore-rules.js';
import type { Lang } from '../schemas/config.js';
import { UsageError } from './exit-codes.js';
import { appendAll } from '../extractors/arrays.js';

/**
 * Files a folder walk leaves out because they are plainly not reports: data, notes and
 * spreadsheets kept beside the reports. A file that looks like a report in another format (.doc,
 * .odt, an image) is taken and ends with its clear `unsupported-format` result.
 */
export const NOT_REPORT_EXTENSIONS = new Set(['.json', '.jsonl', '.md', '.txt', '.csv', '.tsv', '.xlsx', '.xls', '.ods']);

/** Files left out of folder walks, by why: an extension ('.json'), or 'hidden, lock or temp file'. */
export type SkippedFiles = Map<string, number>;

/**
 * The documents named on the command line, in that order; a folder contributes every file under
 * it, recursively, sorted by path. Paths stay as given (relative stays relative) because they
 * are the `source.path` of the results. Lock, temp and dot files (the same rule as the watched
 * inbox) and files plainly not reports (NOT_REPORT_EXTENSIONS) are skipped in folders and counted
 * in `skipped`, but a file named explicitly is always taken.
 */
export async function listInputs(paths: readonly string[], skipped: SkippedFiles = new Map()): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => {
      throw new UsageError(fill(say(TEXT.noSuchPath), { path }));
    });
    if (info.isDirectory()) appendAll(files, (await walk(path, skipped)).sort(byPath));
    else if (info.isFile()) files.push(path);
    else throw new UsageError(fill(say(TEXT.notFileOrFolder), { path }));
  }
  return files;
}

const HIDDEN = 'hidden, lock or temp file';
const LINK = 'symbolic link, not followed';
const NOT_REGULAR = 'not a regular file';
/** Why a file was skipped, in Swedish (an extension stays as it is). */
const WHY_SV: Record<string, string> = {
  [HIDDEN]: 'dolda filer, låsfiler eller temporära filer',
  [LINK]: 'symboliska länkar, följs inte',
  [NOT_REGULAR]: 'inte vanliga filer',
};

async function walk(folder: string, skipped: SkippedFiles): Promise<string[]> {
  const files: string[] = [];
  const skip = (why: string): void => {
    skipped.set(why, (skipped.get(why) ?? 0) + 1);
  };
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (isIgnoredName(entry.name)) {
      if (!entry.isDirectory()) skip(HIDDEN);
      continue;
    }
    const path = join(folder, entry.name);
    // Links are never followed (readdir's types are lstat's): a link in a folder from the web may
    // point at any file the reader can read, and a linked folder may loop. Name a file to read it.
    if (entry.isSymbolicLink()) skip(LINK);
    else if (entry.isDirectory()) appendAll(files, await walk(path, skipped));
    else if (!entry.isFile()) skip(NOT_REGULAR);
    else if (NOT_REPORT_EXTENSIONS.has(extname(entry.name).toLowerCase())) skip(extname(entry.name).toLowerCase());
    else files.push(path);
  }
  return files;
}

/** Code-unit order: the same on every machine and locale, so runs are reproducible. */
function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One line for stderr (Swedish unless `lang` says otherwise): how many files the walk left out, and which kinds. */
export function describeSkipped(skipped: SkippedFiles, lang: Lang = 'sv'): string | null {
  const total = [...skipped.values()].reduce((sum, count) => sum + count, 0);
  if (total === 0) return null;
  const kinds = [...skipped].sort(([a], [b]) => byPath(a, b)).map(([why, count]) => `${count} ${lang === 'sv' ? (WHY_SV[why] ?? why) : why}`);
  return lang === 'sv'
    ? `hoppade över ${total} ${total === 1 ? 'fil' : 'filer'} i mapparna som inte är rapporter eller inte vanliga filer (${kinds.join(', ')})`
    : `skipped ${total} file${total === 1 ? '' : 's'} in folders that are not reports or not plain files (${kinds.join(', ')})`;
}
