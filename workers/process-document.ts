import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { evidencePages, type HtmlFolder } from '../pipeline/html/html-folder.js';
import type { ExtractionPool } from '../pipeline/pool.js';
import { personalValues } from '../pipeline/redact/redact-result.js';
import { madeBy } from '../pipeline/versions.js';
import type { Severity } from '../schemas/common.js';
import type { Lang } from '../schemas/config.js';
import { SCHEMA_VERSION, type DocumentFormat, type DocumentResult } from '../schemas/result.js';
import { alertForResult, type Alerter } from './alerts.js';
import type { DocumentJobData } from './document-job.js';
import { filedAs } from './filed-name.js';
import type { Logger } from './logger.js';
import type { ResultStore } from './result-store.js';

/** A fault of the surroundings (share not synced yet, file locked), not of the document: retry later. */
export class TransientError extends Error {
  override readonly name = 'TransientError';
}

export interface ProcessingContext {
  outDir: string;
  pool: ExtractionPool;
  store: ResultStore;
  alerter: Alerter;
  alertSeverity: Severity;
  jobTimeoutMs: number;
  logger: Logger;
  /** The report pages under <out> (index.html, reports/); none for a process that writes no pages. */
  pages?: HtmlFolder | null;
  /** The language of the texts for people the job writes (a timed-out document's advice); Swedish unless given. */
  lang?: Lang;
}

export interface ProcessingOutcome {
  status: 'ok' | 'failed';
  /** The failure as one line, for the failed job's reason. */
  reason: string | null;
  /** True when an earlier run (of a worker that died) had already committed the result. */
  replayed: boolean;
}

/**
 * The one code path of both queue workers and `watch --embedded`: parse the spooled copy with the
 * same pool as `extract`, raise alerts, commit the result, drop the spooled copy. Idempotent: a job
 * that is run again after its worker died finds the committed result and stops there.
 */
export async function processSpooledDocument(context: ProcessingContext, job: DocumentJobData): Promise<ProcessingOutcome> {
  const spoolPath = join(context.outDir, job.spoolFile);
  const committed = await context.store.read(job.sha256);
  if (committed) {
    // A worker that died after the commit may not have raised the alert: raise it now, once.
    const result = await context.store.readResult(job.sha256);
    // The worker may have died before the document's page was written: written (again) now.
    const page = result ? await writePages(context, result, spoolPath, job) : null;
    const alert = result ? alertForResult(result, context.alertSeverity, new Date(), page, await whereFiled(context, job, result.status)) : null;
    if (alert && result) await context.alerter.raiseOnce(alert, personalValues(result));
    await rm(spoolPath, { force: true });
    return { status: committed.status, reason: committed.status === 'failed' ? 'document failed (result already committed)' : null, replayed: true };
  }
  context.logger.info({ sha256: job.sha256, path: job.originalPath }, 'document-started');
  const format = await verifySpool(spoolPath, job.sha256, context.lang ?? 'sv');
  const parsed = await withTimeout(context.pool.process(spoolPath), context.jobTimeoutMs);
  const result: DocumentResult = parsed
    ? { ...parsed, source: { ...parsed.source, path: job.originalPath } }
    : timedOut(job, format, context.jobTimeoutMs, context.lang ?? 'sv');
  const repair = await context.store.commit(result);
  if (repair) context.logger.warn({ droppedBytes: repair.droppedBytes }, 'results-torn-line');
  // After the commit, never before: a crash in between is repaired by the replay above (raiseOnce),
  // where an alert raised first would be raised a second time by the job run again.
  // The page first, so that the alert can point at it; a few hundred milliseconds per drawn page.
  const page = await writePages(context, result, spoolPath, job);
  // The inbox file is still in the inbox (the watcher waits for this job): where it will lie.
  const alert = alertForResult(result, context.alertSeverity, new Date(), page, await whereFiled(context, job, result.status));
  if (alert) await context.alerter.raise(alert, personalValues(result));
  await rm(spoolPath, { force: true });
  context.logger.info(
    { sha256: job.sha256, path: job.originalPath, status: result.status, kind: result.kind, findings: result.findings.length },
    'document-processed',
  );
  const reason = result.status === 'failed' ? `${result.error.code}: ${result.error.message}` : null;
  return { status: result.status, reason, replayed: false };
}

/**
 * The document's report page (its evidence pages drawn from the spooled copy, still there) and its
 * line in the overview, which is rebuilt a few seconds later with whatever else finished meanwhile;
 * returns the page relative to <out> for the alert. A page that cannot be written costs the
 * document nothing (null): the result is committed and the alert is raised without it.
 */
async function writePages(context: ProcessingContext, result: DocumentResult, spoolPath: string, job: DocumentJobData): Promise<string | null> {
  const pages = context.pages;
  if (!pages) return null;
  try {
    const bytes = result.source.format === 'pdf' && evidencePages(result).length > 0 ? new Uint8Array(await readFile(spoolPath)) : null;
    const written = await pages.writeDocument({ result, bytes, redact: false, knownValues: [], receivedAt: job.enqueuedAt });
    pages.scheduleIndex();
    return written.report.split(/[\\/]/).join('/');
  } catch (error) {
    context.logger.warn({ err: error, sha256: job.sha256 }, 'report-page-failed');
    return null;
  }
}

/**
 * Where the watcher will file the document's inbox file (filed-name.ts), for the alert; undefined
 * when it was not found in an inbox, null when that cannot be known now (both names taken, or the
 * out folder could not be looked at: the alert goes out without it rather than not at all).
 */
export async function whereFiled(context: ProcessingContext, job: DocumentJobData, status: 'ok' | 'failed'): Promise<string | null | undefined> {
  if (job.inboxPath === undefined) return undefined;
  try {
    return await filedAs(context.outDir, status, job.inboxPath, job.sha256);
  } catch {
    return null;
  }
}

/** Checks that the spooled copy is there and whole; returns its format for a timeout result. */
async function verifySpool(path: string, sha256: string, lang: Lang): Promise<DocumentFormat | null> {
  const hash = createHash('sha256');
  let head: Buffer | null = null;
  try {
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      head ??= chunk.subarray(0, 8);
      hash.update(chunk);
    }
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new TransientError(lang === 'sv' ? `kopian ${path} i spool/ går inte att läsa: ${why}` : `spooled copy ${path} is not readable: ${why}`);
  }
  if (hash.digest('hex') !== sha256)
    throw new TransientError(
      lang === 'sv' ? `kopian ${path} i spool/ stämmer inte (ännu) med sin sha256` : `spooled copy ${path} does not match its sha256 (yet)`,
    );
  if (head?.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (head?.subarray(0, 2).toString('latin1') === 'PK') return 'docx';
  return null;
}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}

function timedOut(job: DocumentJobData, format: DocumentFormat | null, ms: number, lang: Lang): DocumentResult {
  const seconds = Math.round(ms / 1000);
  return {
    schemaVersion: SCHEMA_VERSION,
    status: 'failed',
    source: { path: job.originalPath, sha256: job.sha256, format, bytes: job.bytes, pages: null },
    language: 'und',
    wrappedIn: null,
    kind: 'unknown',
    record: null,
    findings: [],
    error: {
      code: 'timeout',
      message: {
        sv: `Behandlingen tog längre tid än ${seconds} s och avbröts; försök med en mindre eller enklare export av dokumentet.`,
        en: `Processing took longer than ${seconds} s and was stopped; try a smaller or simpler export of the document.`,
      }[lang],
    },
    warnings: [],
    ...madeBy(),
  };
}
