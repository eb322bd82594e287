import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentResult } from '../../schemas/result.js';
import { writeFileAtomic } from '../support/atomic-files.js';
import { type ExportFolder, ExportFolderError } from './export-folder.js';
import { cannotResume, RunOptions, runOptionsKey } from './run-options.js';
import { writeResultFile } from './result-file.js';
import type { StoreInstruction } from './store-in-thread.js';
import { parseStoredResult } from './stored-result.js';

const RESULT_FILE = /^[0-9a-f]{64}\.json$/;

/**
 * results/<sha256>.json of an `extract --out` folder: each document's result, written atomically
 * as soon as it is done, so a killed run loses only the documents still being read. It is what
 * --resume skips by, and what results.jsonl and the tables are made from at the end.
 */
export class ExportStore {
  constructor(readonly folder: ExportFolder) {}

  /**
   * Makes the folder ready: removes temp files a killed run left, and records the options. A run
   * without --resume starts afresh (earlier results removed); with --resume, results made with
   * other options are refused rather than mixed in.
   */
  async open(options: RunOptions, resume: boolean): Promise<void> {
    const { root, results, temp, runOptions } = this.folder;
    await rm(temp, { recursive: true, force: true });
    await mkdir(temp, { recursive: true });
    if (resume) {
      const stored = await readRunOptions(runOptions);
      if (stored === 'unreadable') throw new ExportFolderError(cannotResume(root, 'foreign', options.lang));
      if (stored && runOptionsKey(stored) !== runOptionsKey(options)) {
        throw new ExportFolderError(cannotResume(root, { stored, wanted: options }, options.lang));
      }
      if (!stored && (await this.count()) > 0) throw new ExportFolderError(cannotResume(root, 'no-run-json', options.lang));
    } else {
      await this.clear();
    }
    await mkdir(results, { recursive: true });
    await writeFileAtomic(runOptions, `${JSON.stringify(options, null, 2)}\n`, { tempDir: temp });
  }

  /** The stored result of these bytes, or null when there is none (or it is not a valid result). */
  async read(sha256: string): Promise<DocumentResult | null> {
    let text: string;
    try {
      text = await readFile(this.pathOf(sha256), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return parseStoredResult(text);
  }

  write(result: DocumentResult): Promise<void> {
    return writeResultFile({ resultsDir: this.folder.results, tempDir: this.folder.temp }, result);
  }

  /** Where a thread storing results itself (pool.processAndStore) puts them. */
  instruction(redact: boolean, sha256: string | null): StoreInstruction {
    return { resultsDir: this.folder.results, tempDir: this.folder.temp, redact, sha256 };
  }

  /** Removes the temp folder once the run has finished writing. */
  async close(): Promise<void> {
    await rm(this.folder.temp, { recursive: true, force: true });
  }

  private pathOf(sha256: string): string {
    return join(this.folder.results, `${sha256}.json`);
  }

  private async resultFiles(): Promise<string[]> {
    const names = await readdir(this.folder.results).catch(() => []);
    return names.filter((name) => RESULT_FILE.test(name));
  }

  private async count(): Promise<number> {
    return (await this.resultFiles()).length;
  }

  private async clear(): Promise<void> {
    for (const name of await this.resultFiles()) await rm(join(this.folder.results, name), { force: true });
  }
}

async function readRunOptions(path: string): Promise<RunOptions | null | 'unreadable'> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const parsed = RunOptions.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : 'unreadable';
  } catch {
    return 'unreadable';
  }
}
