import { readFile, stat } from 'node:fs/promises';
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

/** What `reprocess` needs of a result of any version: what made it, and its defects (by defectKey). */
const StoredResult = CommittedResult.extend({
  rapportkollVersion: z.string().optional(),
  rulesVersion: z.number().optional(),
  findings: z.array(z.looseObject({ ruleId: z.string(), data: z.unknown() })).optional(),
});
export type StoredResult = z.infer<typeof StoredResult>;

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

  /** The committed result as any version wrote it (versions and findings loosely), or null. */
  async readStored(sha256: string): Promise<StoredResult | null> {
    try {
      const parsed = StoredResult.safeParse(JSON.parse(await readFile(join(this.outDir, ResultStore.relativePath(sha256)), 'utf8')));
      return parsed.success ? parsed.data : null;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' || error instanceof SyntaxError) return null;
      throw error;
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

  /**
   * Drops every line of results.jsonl but the last of each document (a result replaced by
   * `reprocess` is appended anew). Rewritten atomically; a line another process appends meanwhile
   * is kept, since the rewrite starts over when the file grew.
   */
  async keepNewestLines(): Promise<void> {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      let text: string;
      try {
        text = await readFile(this.jsonlPath, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
        throw error;
      }
      const lines = text.split('\n').filter((line) => line !== '');
      const lastOf = new Map<string, number>();
      lines.forEach((line, index) => lastOf.set(shaOfLine(line) ?? `line ${index}`, index));
      const kept = lines.filter((line, index) => lastOf.get(shaOfLine(line) ?? `line ${index}`) === index);
      if (kept.length === lines.length) return;
      if ((await stat(this.jsonlPath)).size !== Buffer.byteLength(text)) continue;
      await writeFileAtomic(this.jsonlPath, kept.map((line) => `${line}\n`).join(''));
      return;
    }
  }

  repair(): Promise<TailRepair | null> {
    return repairJsonlTail(this.jsonlPath);
  }
}

function shaOfLine(line: string): string | null {
  try {
    const sha = (JSON.parse(line) as { source?: { sha256?: unknown } }).source?.sha256;
    return typeof sha === 'string' ? sha : null;
  } catch {
    return null;
  }
}
