import { fill, TEXT } from './texts.js';
import type { Severity } from '../schemas/common.js';
import type { PipelineConfig } from '../schemas/config.js';
import { type DocumentResult, SCHEMA_VERSION } from '../schemas/result.js';
import type { CsvDelimiter } from '../pipeline/export/csv-table.js';
import { writeExport } from '../pipeline/export/write-export.js';
import { readFileFacts } from '../pipeline/file-facts.js';
import { exportFolder } from '../pipeline/output/export-folder.js';
import { ExportStore } from '../pipeline/output/export-store.js';
import type { Lang } from '../schemas/config.js';
import type { RunOptions } from '../pipeline/output/run-options.js';
import { createExtractionPool, type ExtractionPool } from '../pipeline/pool.js';
import { ocrProgressLine, Progress } from './progress.js';
import { type Countable, RunSummary } from './run-summary.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from './exit-codes.js';
import { isQueueOutFolder } from '../workers/out-folder.js';
import { printable } from '../pipeline/support/printable.js';
import { isMadeByThisVersion } from '../pipeline/versions.js';
import { writeRunPages } from './html-pages.js';

export interface ExportRunOptions {
  files: readonly string[];
  config: PipelineConfig;
  concurrency: number;
  failOn: Exclude<Severity, 'info'> | undefined;
  quiet: boolean;
  redact: boolean;
  outDir: string;
  resume: boolean;
  delimiter: CsvDelimiter;
  /** rapportkoll's version: results of another version are not resumed. */
  version: string;
  /** A folder for the pages people open (index.html, reports/…); none when not given. */
  htmlDir?: string;
}

/** Files hashed ahead of the pool, per thread, so a thread never waits for the main thread to read its next file. */
const AHEAD_PER_THREAD = 2;
const SIGNAL_EXIT: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143 };

/**
 * `extract --out`: every document's result is stored as it finishes (results/<sha256>.json,
 * atomically), then results.jsonl and the tables are written from them in input order. With
 * --resume, documents whose bytes already have a result are not read again. Ctrl-C or SIGTERM
 * stops at once, with every file in the folder valid; kill -9 leaves them valid too (see
 * ExportStore and writeExport). Returns the exit status.
 */
export async function runExport(run: ExportRunOptions): Promise<number> {
  const summary = new RunSummary(run.config.lang);
  const folder = exportFolder(run.outDir);
  const store = new ExportStore(folder);
  const options: RunOptions = { schemaVersion: SCHEMA_VERSION, rapportkoll: run.version, redact: run.redact, rules: run.config.rules, lang: run.config.lang };
  if (isQueueOutFolder(run.outDir)) throw new UsageError(fill(TEXT.queueOutFolder[run.config.lang], { dir: run.outDir }));
  await store.open(options, run.resume);

  const progress = run.quiet ? null : new Progress({ total: run.files.length, stream: process.stderr, lang: run.config.lang });
  const say = (line: string): void => (progress ? progress.log(line) : undefined);
  // Said even with --quiet: an interrupted run must say how to go on.
  const interruption = new Interruption(run.config.lang, (line) => (progress ? progress.log(line) : process.stderr.write(`${line}\n`)));
  const threads = Math.max(1, Math.min(run.concurrency, run.files.length));
  let pool: ExtractionPool | null = null;
  const startedPool = (): ExtractionPool =>
    (pool ??= createExtractionPool({ concurrency: threads, config: run.config, onOcrPage: (...page) => say(ocrProgressLine(run.config.lang, ...page)) }));
  const closePool = (): Promise<void> => pool?.close() ?? Promise.resolve();
  interruption.beforeExit = () => pool?.terminate() ?? Promise.resolve();
  // The one thing kept per document: under which sha256 its result is stored (null: kept below instead).
  const keys: (string | null)[] = run.files.map(() => null);
  // Results that cannot be stored by their bytes' sha256 (the file could not be read, or changed while being read).
  const unstored = new Map<number, DocumentResult>();
  // Bytes seen earlier in this run: a copy waits for the first and takes its result.
  const seen = new Map<string, Promise<void>>();

  const processOne = async (index: number): Promise<void> => {
    const path = run.files[index] ?? '';
    const sha256 = await readFileFacts(path).then(
      (facts) => facts.sha256,
      () => null,
    );
    let counted: Countable | null = null;
    let reused = false;
    if (sha256 !== null) {
      const earlier = seen.get(sha256);
      if (earlier) await earlier;
      if (earlier || run.resume) {
        const stored = await store.read(sha256);
        // Made by another rapportkoll or rules version (an upgrade since): made again, and counted.
        if (stored !== null && !earlier && !isMadeByThisVersion(stored)) summary.redone++;
        else counted = stored;
      }
      reused = counted !== null && !earlier;
      if (counted !== null) keys[index] = sha256;
    }
    if (interruption.stopping) return;
    if (counted === null) {
      let done = (): void => undefined;
      if (sha256 !== null && !seen.has(sha256)) seen.set(sha256, new Promise((resolve) => (done = resolve)));
      try {
        const outcome = await startedPool().processAndStore(path, store.instruction(run.redact, sha256));
        if (interruption.stopping) return;
        if (outcome.stored) keys[index] = outcome.sha256;
        counted = outcome.stored ? outcome : await keep(index, sha256, outcome.result);
      } finally {
        done();
      }
    }
    summary.add(counted, reused);
    progress?.update({ done: summary.documents, failed: summary.failed, reused: summary.reused });
    if (counted.status === 'failed' && counted.error && !reused)
      say(`rapportkoll: ${printable(path)}: ${counted.error.code}: ${printable(counted.error.message)}`);
  };

  /** A result the thread did not store: stored here when it is of the bytes read (a thread that died), else kept in memory. */
  const keep = async (index: number, sha256: string | null, result: DocumentResult): Promise<DocumentResult> => {
    if (sha256 !== null && result.source.sha256 === sha256) {
      await interruption.writing(store.write(result));
      keys[index] = sha256;
    } else {
      unstored.set(index, result);
    }
    return result;
  };

  try {
    let next = 0;
    const lane = async (): Promise<void> => {
      while (!interruption.stopping && next < run.files.length) await processOne(next++);
    };
    await Promise.all(Array.from({ length: threads * AHEAD_PER_THREAD }, lane));
    await closePool();
    if (interruption.stopping) return await interruption.exit();

    const outcome = await writeExport({
      folder,
      inputs: run.files,
      delimiter: run.delimiter,
      rules: run.config.rules,
      lang: run.config.lang,
      resultOf: async (index) => {
        const key = keys[index];
        const result = key === null || key === undefined ? unstored.get(index) : await store.read(key);
        if (!result) throw new Error(`the result of ${run.files[index] ?? index} is missing from ${folder.results}`);
        return result;
      },
    });
    summary.addFindings(outcome.crossDocumentFindings);
    if (run.htmlDir) {
      await writeRunPages({
        htmlDir: run.htmlDir,
        lang: run.config.lang,
        redact: run.redact,
        count: run.files.length,
        resultOf: async (index) => {
          const key = keys[index];
          const result = key === null || key === undefined ? unstored.get(index) : await store.read(key);
          if (!result) throw new Error(`the result of ${run.files[index] ?? index} is missing from ${folder.results}`);
          return result;
        },
      });
    }
    await store.close();
    progress?.stop();
    if (!run.quiet) {
      for (const line of summary.lines()) process.stderr.write(`rapportkoll: ${line}\n`);
      process.stderr.write(
        run.config.lang === 'sv'
          ? `rapportkoll: ${outcome.linkedInterventions} insatser kopplade mellan dokumenten; resultat och tabeller i ${printable(run.outDir)}\n`
          : `rapportkoll: ${outcome.linkedInterventions} interventions linked across documents; results and tables in ${printable(run.outDir)}\n`,
      );
    }
    return run.failOn && summary.hasFindingAtLeast(run.failOn) ? EXIT_FINDINGS : EXIT_OK;
  } finally {
    progress?.stop();
    interruption.release();
  }
}

/**
 * Ctrl-C and SIGTERM: no new document is started, the result files the main thread is writing
 * are finished, the reading threads are stopped (a result a thread was writing is either renamed
 * into place or left in .tmp/), and the process exits with 128 + signal at once — documents still
 * being read are dropped, to be read again by --resume. A second signal exits immediately.
 */
class Interruption {
  stopping = false;
  /** Run before exiting: the reading threads are stopped first, not torn down by the exit. */
  beforeExit: () => Promise<void> = () => Promise.resolve();
  private signal: NodeJS.Signals | null = null;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly onSignal = (signal: NodeJS.Signals): void => {
    if (this.stopping) process.exit(SIGNAL_EXIT[signal] ?? 1);
    this.stopping = true;
    this.signal = signal;
    this.say(
      this.lang === 'sv'
        ? `rapportkoll: ${signal}: avbryter; resultaten hittills sparas — kör samma kommando med --resume för att fortsätta`
        : `rapportkoll: ${signal}: stopping; the results so far are kept — run the same command with --resume to go on`,
    );
    void this.exit();
  };

  constructor(
    private readonly lang: Lang,
    private readonly say: (line: string) => void,
  ) {
    process.on('SIGINT', this.onSignal);
    process.on('SIGTERM', this.onSignal);
  }

  /** Tracks a write that must not be cut off by the exit. */
  async writing(write: Promise<void>): Promise<void> {
    this.inFlight.add(write);
    try {
      await write;
    } finally {
      this.inFlight.delete(write);
    }
  }

  async exit(): Promise<never> {
    await Promise.allSettled([...this.inFlight]);
    await this.beforeExit().catch(() => undefined);
    process.exit(SIGNAL_EXIT[this.signal ?? 'SIGINT'] ?? 1);
  }

  release(): void {
    process.off('SIGINT', this.onSignal);
    process.off('SIGTERM', this.onSignal);
  }
}
