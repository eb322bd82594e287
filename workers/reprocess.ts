import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { evidencePages, type HtmlFolder } from '../pipeline/html/html-folder.js';
import type { ExtractionPool } from '../pipeline/pool.js';
import { personalValues } from '../pipeline/redact/redact-result.js';
import { isMadeByThisVersion, madeBy } from '../pipeline/versions.js';
import type { Severity } from '../schemas/common.js';
import { defectKey } from '../schemas/finding.js';
import type { DocumentResult } from '../schemas/result.js';
import { alertForResult, type Alerter } from './alerts.js';
import type { Logger } from './logger.js';
import { currentSha256, NotAPlainFile } from './plain-file.js';
import type { ResultStore, StoredResult } from './result-store.js';

export interface ReprocessOptions {
  outDir: string;
  pool: ExtractionPool;
  store: ResultStore;
  alerter: Alerter;
  alertSeverity: Severity;
  logger: Logger;
  /** Documents read at once (the pool's threads). */
  concurrency: number;
  /** Only say what would be made again. */
  dryRun: boolean;
  /** The report pages under <out>, written anew for each document made again. */
  pages?: HtmlFolder | null;
}

export interface ReprocessOutcome {
  /** Plain files found in processed/. */
  documents: number;
  /** Their result was made by this rapportkoll and these rules: left alone. */
  current: number;
  /** Made again (or, with dryRun, would be). */
  redone: number;
  /** Alerts raised for findings (or a failure) the old result did not have. */
  alerts: number;
  /** Not plain files, or changed while being read: left alone, with a log line. */
  skipped: number;
}

/**
 * `rapportkoll reprocess`, after an upgrade: every document kept in <out>/processed/ whose result
 * was made by another rapportkoll or rules version (or has none) is read again and its result
 * replaced — results/<sha256>.json atomically, and its line in results.jsonl (the new line is
 * appended first, the old one dropped at the end, so a run cut short leaves both and the next one
 * finishes the job). Alerts are raised only for what is new: findings whose defect (defectKey) the
 * old result did not have, or a failure where it had none; each such alert's id names the version,
 * so a run cut short and run again raises it once.
 */
export async function reprocessOutFolder(options: ReprocessOptions): Promise<ReprocessOutcome> {
  const { outDir, logger } = options;
  const files = await listProcessed(join(outDir, 'processed'));
  const outcome: ReprocessOutcome = { documents: files.length, current: 0, redone: 0, alerts: 0, skipped: 0 };
  const replaced = new Set<string>();
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < files.length) {
      const path = files[next++] ?? '';
      const done = await reprocessOne(options, path).catch((error: unknown) => {
        logger.warn({ path, err: error instanceof Error ? error.message : String(error) }, 'reprocess-failed');
        return 'skipped' as const;
      });
      if (done === 'current') outcome.current++;
      else if (done === 'skipped') outcome.skipped++;
      else {
        outcome.redone++;
        if (done.alerted) outcome.alerts++;
        replaced.add(done.sha256);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, lane));
  // Also after a run cut short: results.jsonl keeps the newest line of every result made again.
  if (!options.dryRun) await options.store.keepNewestLines();
  logger.info({ ...outcome, dryRun: options.dryRun }, 'reprocess-done');
  return outcome;
}

type OneOutcome = 'current' | 'skipped' | { sha256: string; alerted: boolean };

async function reprocessOne(options: ReprocessOptions, path: string): Promise<OneOutcome> {
  const { store, logger } = options;
  let sha256: string;
  try {
    sha256 = await currentSha256(path);
  } catch (error) {
    if (!(error instanceof NotAPlainFile)) throw error;
    logger.warn({ path, reason: error.reason }, 'reprocess-not-plain');
    return 'skipped';
  }
  const old = await store.readStored(sha256);
  if (old && isMadeByThisVersion(old)) return 'current';
  const was = old ? { rapportkollVersion: old.rapportkollVersion ?? null, rulesVersion: old.rulesVersion ?? null } : null;
  if (options.dryRun) {
    logger.info({ path, sha256, was }, 'reprocess-would-redo');
    return { sha256, alerted: false };
  }
  const parsed = await options.pool.process(path);
  if (parsed.source.sha256 !== sha256) {
    logger.warn({ path, sha256 }, 'reprocess-changed');
    return 'skipped';
  }
  // The path it was found under in the inbox, as the old result says; the kept copy's when none does.
  const result: DocumentResult = { ...parsed, source: { ...parsed.source, path: old?.source.path ?? path } };
  const alert = newsAlert(result, old, options.alertSeverity);
  // Raised before the commit, by an id that names this version: a run cut short in between finds
  // the old result again, computes the same alert and raiseOnce does not raise it a second time.
  const alerted = alert ? await options.alerter.raiseOnce(alert, personalValues(result)) : false;
  await store.commit(result);
  await rewritePages(options, result, path);
  logger.info({ path, sha256, was, status: result.status, findings: result.findings.length, alerted }, 'reprocess-redone');
  return { sha256, alerted };
}

/** The document's page with its new findings (drawn from the kept copy); the overview follows a few seconds later. */
async function rewritePages(options: ReprocessOptions, result: DocumentResult, path: string): Promise<void> {
  const pages = options.pages;
  if (!pages) return;
  try {
    const bytes = result.source.format === 'pdf' && evidencePages(result).length > 0 ? new Uint8Array(await readFile(path)) : null;
    await pages.writeDocument({ result, bytes, redact: false, knownValues: [], receivedAt: new Date().toISOString() });
    pages.scheduleIndex();
  } catch (error) {
    options.logger.warn({ path, err: error instanceof Error ? error.message : String(error) }, 'report-page-failed');
  }
}

/** The alert for what the new result has and the old one had not, or null when nothing is new. */
export function newsAlert(result: DocumentResult, old: StoredResult | null, threshold: Severity): ReturnType<typeof alertForResult> {
  if (result.status === 'failed' && old?.status === 'failed') return null;
  const known = new Set((old?.findings ?? []).map((finding) => defectKey(finding)));
  const alert = alertForResult({ ...result, findings: result.findings.filter((finding) => !known.has(defectKey(finding))) }, threshold);
  if (!alert) return null;
  const { rapportkollVersion, rulesVersion } = madeBy();
  return { ...alert, alertId: `${alert.alertId}:reprocess:${rapportkollVersion}:rules-${rulesVersion}` };
}

/** Regular files under processed/, sorted; links and anything else are never followed. */
async function listProcessed(folder: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(folder, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
