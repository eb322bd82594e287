import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { DocumentResult } from '../schemas/result.js';
import { appendJsonLine, repairJsonlTail, writeFileAtomic, type TailRepair } from '../pipeline/support/atomic-files.js';

/** What dedupe needs of a committed result; loose so that a newer schema's file still counts. */
const CommittedResult = z.looseObject({
  status: z.enum(['ok', 'failed']),
  source: z.looseObject({ path: z.string(), sha256: z.string() }),
});
export type CommittedResult = z.infer<typeof CommittedResult>;

/**
 * <out>/results/<sha256>.json (one file per document, the commit marker) and <out>/results.jsonl
 * (every result as one contract line). The line is appended first and the file written last, so
 * a process that dies in between leaves no file, the job is run again and nothing is missing; the
 * price is that a crash in that instant can leave the same document twice in results.jsonl (readers
 * dedupe on source.sha256).
 */
export class ResultStore {
  readonly jsonlPath: string;

  constructor(private readonly outDir: string) {
    this.jsonlPath = join(outDir, 'results.jsonl');
  }

  /** Relative to <out>, as alerts refer to it. */
  static relativePath(sha256: string): string {
    return join('results', `${sha256}.json`);
  }

  /** The committed result of these bytes, or null (also when the file is unreadable or not a result). */
  async read(sha256: string): Promise<CommittedResult | null> {
    let text: string;
    try {
      text = await readFile(join(this.outDir, ResultStore.relativePath(sha256)), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    try {
      const parsed = CommittedResult.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  /** The committed result in full, or null when there is none or it is not one of this contract. */
  async readResult(sha256: string): Promise<DocumentResult | null> {
    try {
      const parsed = DocumentResult.safeParse(JSON.parse(await readFile(join(this.outDir, ResultStore.relativePath(sha256)), 'utf8')));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  async commit(result: DocumentResult): Promise<TailRepair | null> {
    const repair = await appendJsonLine(this.jsonlPath, result);
    await writeFileAtomic(join(this.outDir, ResultStore.relativePath(result.source.sha256)), `${JSON.stringify(result, null, 2)}\n`);
    return repair;
  }

  repair(): Promise<TailRepair | null> {
    return repairJsonlTail(this.jsonlPath);
  }
}
