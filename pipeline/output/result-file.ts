import { join } from 'node:path';
import type { DocumentResult } from '../../schemas/result.js';
import { writeFileAtomic } from '../support/atomic-files.js';

export interface ResultFolders {
  /** <out>/results */
  resultsDir: string;
  /** <out>/.tmp */
  tempDir: string;
}

/**
 * results/<sha256>.json: the result as one line of JSON, written atomically (temp file in the temp
 * folder, fsync, rename). Written by the reading thread (store-in-thread.ts) or the main thread.
 */
export function writeResultFile(where: ResultFolders, result: DocumentResult): Promise<void> {
  return writeFileAtomic(join(where.resultsDir, `${result.source.sha256}.json`), `${JSON.stringify(result)}\n`, { tempDir: where.tempDir });
}
