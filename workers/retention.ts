import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { HtmlFolder } from '../pipeline/html/html-folder.js';
import { writeFileAtomic } from '../pipeline/support/atomic-files.js';
import type { Lang } from '../schemas/config.js';
import type { Logger } from './logger.js';
import { alertsFile } from './out-folder.js';
import { ResultStore } from './result-store.js';

const DAY_MS = 24 * 3600 * 1000;
/** How often a long-running watch applies retention again. */
export const RETENTION_INTERVAL_MS = 3600 * 1000;

export interface RetentionOutcome {
  documents: number;
  results: number;
  /** Documents whose report page and overview line (reports/, pages-entries/) went with their result. */
  pages: number;
  alerts: number;
}

/**
 * `retention.days` (gallring): removes from <out> what is older than that — the document copies in
 * processed/ and failed/ (by when they were moved there or last written), results/<sha256>.json
 * with their lines in results.jsonl and, for those documents, their report pages and overview lines
 * (the overview is then rebuilt in `lang`), and the lines of alerts.jsonl by their createdAt — and logs
 * what it removed. The jsonl files are rewritten whole (atomically); a line appended by another
 * process while one is rewritten is kept, since the rewrite starts over when the file grew.
 */
export async function applyRetention(
  outDir: string,
  days: number,
  logger: Logger,
  { now = Date.now(), lang = 'sv' }: { now?: number; lang?: Lang } = {},
): Promise<RetentionOutcome> {
  const before = now - days * DAY_MS;
  let documents = 0;
  for (const folder of ['processed', 'failed']) documents += await removeOlderFiles(join(outDir, folder), before);
  const removedShas = new Set<string>();
  const resultsDir = join(outDir, 'results');
  for (const name of await listFiles(resultsDir)) {
    const path = join(resultsDir, name);
    if (name.endsWith('.json') && (await isOlder(path, before))) {
      await rm(path, { force: true });
      removedShas.add(name.slice(0, -'.json'.length));
    }
  }
  let pages = 0;
  if (removedShas.size > 0) {
    await rewriteLines(new ResultStore(outDir).jsonlPath, (line) => !removedShas.has(shaOfResultLine(line) ?? ''));
    const folder = new HtmlFolder(outDir, { lang, renderer: null });
    for (const sha256 of removedShas) if (await folder.removeDocument(sha256)) pages += 1;
    // Another process rebuilding it now may have read the lines before they went: then once more later.
    if (pages > 0 && !(await folder.writeIndex())) folder.scheduleIndex();
  }
  const alerts = await rewriteLines(alertsFile(outDir), (line) => {
    const createdAt = createdAtOf(line);
    return createdAt === null || createdAt >= before;
  });
  const outcome = { documents, results: removedShas.size, pages, alerts };
  if (documents + removedShas.size + pages + alerts > 0) logger.info({ retentionDays: days, removed: outcome }, 'retention-done');
  return outcome;
}

/** Applies retention now and every hour until stopped; a failure is logged and tried again next time. */
export function startRetention(outDir: string, days: number | null, logger: Logger, lang: Lang): { stop(): void } {
  if (days === null) return { stop: () => undefined };
  const run = (): void => {
    applyRetention(outDir, days, logger, { lang }).catch((error: unknown) => logger.warn({ err: error }, 'retention-failed'));
  };
  run();
  const timer = setInterval(run, RETENTION_INTERVAL_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

async function removeOlderFiles(folder: string, before: number): Promise<number> {
  let removed = 0;
  let entries;
  try {
    entries = await readdir(folder, { recursive: true, withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (await isOlder(path, before)) {
      await rm(path, { force: true });
      removed += 1;
    }
  }
  return removed;
}

async function isOlder(path: string, before: number): Promise<boolean> {
  try {
    return (await stat(path)).mtimeMs < before;
  } catch {
    return false;
  }
}

async function listFiles(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch {
    return [];
  }
}

/** Keeps the lines `keep` accepts; returns how many were dropped. Starts over when the file changed meanwhile. */
async function rewriteLines(path: string, keep: (line: string) => boolean): Promise<number> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      return 0;
    }
    const lines = text.split('\n').filter((line) => line !== '');
    const kept = lines.filter(keep);
    if (kept.length === lines.length) return 0;
    if ((await stat(path)).size !== Buffer.byteLength(text)) continue;
    await writeFileAtomic(path, kept.map((line) => `${line}\n`).join(''));
    return lines.length - kept.length;
  }
  return 0;
}

function createdAtOf(line: string): number | null {
  try {
    const value = (JSON.parse(line) as { createdAt?: unknown }).createdAt;
    return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? Date.parse(value) : null;
  } catch {
    return null;
  }
}

function shaOfResultLine(line: string): string | null {
  try {
    const sha = (JSON.parse(line) as { source?: { sha256?: unknown } }).source?.sha256;
    return typeof sha === 'string' ? sha : null;
  } catch {
    return null;
  }
}
