import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { packageRoot } from '../pipeline/package-root.js';

/** rapportkoll's version, from its package.json. */
export async function packageVersion(): Promise<string> {
  const manifest = JSON.parse(await readFile(join(packageRoot(), 'package.json'), 'utf8')) as { version?: string };
  return manifest.version ?? '0.0.0';
}
