/**
 * Makes a folder of many documents for the bulk-export bench: the committed fixtures (the
 * top-level .pdf/.docx of fixtures/docs/ — never the hold-outs or the bad inputs) copied round-robin
 * and varied (document-variants.ts) so that every copy has its own sha256.
 * Usage: node --import tsx tests/bench/bulk-folder.ts <folder> [count=1000]
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { variantOf } from './document-variants.js';
import { packageRoot } from '../../pipeline/package-root.js';

export const DEFAULT_BULK_DOCUMENTS = 1000;

export async function bulkSeeds(): Promise<string[]> {
  const folder = join(packageRoot(), 'fixtures', 'docs');
  const names = (await readdir(folder, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && /\.(pdf|docx)$/i.test(entry.name))
    .map((entry) => entry.name);
  if (names.length === 0) throw new Error(`no .pdf or .docx fixtures in ${folder}; run \`npm run fixtures\``);
  return names.sort().map((name) => join(folder, name));
}

/** Writes `count` documents into `folder` (made if missing) and returns their paths, sorted. */
export async function makeBulkFolder(folder: string, count = DEFAULT_BULK_DOCUMENTS, seeds?: string[]): Promise<string[]> {
  const sources = seeds ?? (await bulkSeeds());
  const bytes = await Promise.all(sources.map((seed) => readFile(seed)));
  await mkdir(folder, { recursive: true });
  const paths: string[] = [];
  for (let n = 0; n < count; n += 1) {
    const index = n % sources.length;
    const path = join(folder, `${String(n).padStart(5, '0')}-${basename(sources[index] ?? '')}`);
    await writeFile(path, variantOf(bytes[index] ?? Buffer.alloc(0), `bulk-${n}`));
    paths.push(path);
  }
  return paths;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [folder, count] = process.argv.slice(2);
  if (!folder) {
    process.stderr.write('usage: bulk-folder.ts <folder> [count]\n');
    process.exitCode = 2;
  } else {
    const paths = await makeBulkFolder(folder, count ? Number(count) : DEFAULT_BULK_DOCUMENTS);
    process.stdout.write(`${paths.length} documents in ${folder}\n`);
  }
}
