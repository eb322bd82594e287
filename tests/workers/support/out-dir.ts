import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { Alert } from '../../../schemas/alert.js';
import { DocumentResult } from '../../../schemas/result.js';

/** Every line of a JSON-lines file, or [] when it does not exist yet. */
export async function jsonLines(path: string): Promise<unknown[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as unknown);
}

export async function resultLines(outDir: string): Promise<DocumentResult[]> {
  return (await jsonLines(join(outDir, 'results.jsonl'))).map((line) => DocumentResult.parse(line));
}

export async function alertLines(outDir: string): Promise<Alert[]> {
  return (await jsonLines(join(outDir, 'alerts.jsonl'))).map((line) => Alert.parse(line));
}

/** Files under a folder, relative to it, sorted; [] when it does not exist. */
export async function filesUnder(directory: string): Promise<string[]> {
  try {
    const entries = await readdir(directory, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile())
      .map((entry) => relative(directory, join(entry.parentPath, entry.name)))
      .sort();
  } catch {
    return [];
  }
}
