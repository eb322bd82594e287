import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding rapportkoll's package.json, found by walking up from this module: the same
 * answer from dist/pipeline/ (the installed CLI) and from pipeline/ (tests running the sources).
 */
export function packageRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(folder, 'package.json');
    if (existsSync(manifest) && isRapportkoll(manifest)) return folder;
    const parent = dirname(folder);
    if (parent === folder) throw new Error('cannot find the rapportkoll package.json above this module');
    folder = parent;
  }
}

function isRapportkoll(manifest: string): boolean {
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'rapportkoll';
  } catch {
    return false;
  }
}
