import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bulkSeeds, makeBulkFolder } from '../bench/bulk-folder.js';
import { useScratchDir } from '../cli/support/temp-dir.js';

const scratch = useScratchDir();

describe('the bench folder of many documents', () => {
  it('is made from the top-level fixtures only — no hold-outs, no bad inputs', async () => {
    const seeds = await bulkSeeds();
    expect(seeds.length).toBeGreaterThanOrEqual(10);
    for (const seed of seeds) expect(seed).toMatch(/fixtures\/docs\/(slutrapport|arsredovisning)-[^/]+\.(pdf|docx)$/);
  });

  it('copies them round-robin, each with bytes of its own', async () => {
    const seeds = await bulkSeeds();
    const paths = await makeBulkFolder(join(scratch(), 'bulk'), seeds.length + 3);
    expect(paths).toHaveLength(seeds.length + 3);
    expect(paths.map((path) => basename(path))).toEqual([...paths.map((path) => basename(path))].sort());
    expect(basename(paths[seeds.length] ?? '')).toBe(`${String(seeds.length).padStart(5, '0')}-${basename(seeds[0] ?? '')}`);
    const hashes = await Promise.all(
      paths.map(async (path) =>
        createHash('sha256')
          .update(await readFile(path))
          .digest('hex'),
      ),
    );
    expect(new Set(hashes).size).toBe(paths.length);
  });
});
