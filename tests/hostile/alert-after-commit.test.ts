/**
 * The alert is written after the result commits, and a job run again (its worker died) raises it
 * if it is missing and never twice: one document, one alert, whatever instant the worker died in.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractionPool, type ExtractionPool } from '../../pipeline/pool.js';
import { PipelineConfig } from '../../schemas/config.js';
import { Alerter } from '../../workers/alerts.js';
import { enqueuerIdentity, type DocumentJobData } from '../../workers/document-job.js';
import { processSpooledDocument, type ProcessingContext } from '../../workers/process-document.js';
import { ResultStore } from '../../workers/result-store.js';
import { commitSpool, copyToSpool } from '../../workers/spool.js';
import { ROOT } from '../cli/support/run-cli.js';
import { alertLines } from '../workers/support/out-dir.js';

const REPORT = join(ROOT, 'fixtures/docs/slutrapport-trisam-gavle.docx');
let pool: ExtractionPool;
let dir: string;

beforeAll(async () => {
  pool = createExtractionPool({ concurrency: 1, config: PipelineConfig.parse({}) });
  dir = await mkdtemp(join(tmpdir(), 'rk-alert-commit-'));
});
afterAll(async () => {
  await pool.close();
  await rm(dir, { recursive: true, force: true });
});

async function setUp(name: string): Promise<{ context: ProcessingContext; job: DocumentJobData }> {
  const outDir = join(dir, name);
  await mkdir(outDir);
  const logger = pino({ level: 'silent' });
  const context: ProcessingContext = {
    outDir,
    pool,
    store: new ResultStore(outDir),
    alerter: new Alerter(outDir, logger, null),
    alertSeverity: 'warning',
    jobTimeoutMs: 60_000,
    logger,
  };
  const copy = await copyToSpool(REPORT, outDir);
  const job: DocumentJobData = {
    sha256: copy.sha256,
    spoolFile: await commitSpool(copy, outDir),
    originalPath: '/inkorg/Slutrapport Trisam.docx',
    bytes: copy.bytes,
    enqueuedAt: new Date().toISOString(),
    enqueuedBy: enqueuerIdentity(),
  };
  return { context, job };
}

describe('alerts after the commit, once by alertId', () => {
  it('a job run twice (its worker died after finishing) raises its alert once', async () => {
    const { context, job } = await setUp('twice');
    await processSpooledDocument(context, job);
    await writeFile(join(context.outDir, job.spoolFile), await readFile(REPORT));
    const again = await processSpooledDocument(context, job);
    expect(again.replayed).toBe(true);
    const alerts = await alertLines(context.outDir);
    expect(alerts.map((alert) => alert.alertId)).toEqual([`${job.sha256}:findings`]);
  }, 60_000);

  it('a worker that died between the commit and the alert: the job run again raises the missing alert', async () => {
    const { context, job } = await setUp('died-after-commit');
    // What the dead worker left: the committed result, no alert.
    const parsed = await pool.process(join(context.outDir, job.spoolFile));
    await context.store.commit({ ...parsed, source: { ...parsed.source, path: job.originalPath } });
    expect(await alertLines(context.outDir)).toEqual([]);
    const outcome = await processSpooledDocument(context, job);
    expect(outcome.replayed).toBe(true);
    expect((await alertLines(context.outDir)).map((alert) => alert.alertId)).toEqual([`${job.sha256}:findings`]);
  }, 60_000);
});
