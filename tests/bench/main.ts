/**
 * `npm run bench`: pages per second and peak RSS of the whole pipeline on the committed fixtures,
 * PDF and DOCX, warm (steady state over repeated runs in one process) and cold (a fresh process
 * per document), next to raw pdfjs-dist getTextContent on the same PDFs. Prints figures; not a test.
 * Every measurement runs in its own child process so their memory and module state never mix.
 * Then the bulk export (bulk-export.ts): documents/s and peak RSS of `extract --out` over 1 000
 * documents, on one core and on all. BENCH_BULK_ONLY=1 runs only that part. Then OCR of scans
 * (ocr-bench.ts): pages/s and peak RSS on one and two worker threads; BENCH_OCR_ONLY=1 runs only that.
 * The report pages (pages-runner.ts): what a document's page and each drawn evidence page add, and
 * index.html from 10 000 documents; BENCH_PAGES_ONLY=1 runs only that.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { packageRoot } from '../../pipeline/package-root.js';
import { runBulkBench } from './bulk-export.js';
import { runOcrBench } from './ocr-bench.js';
import { cliNodeFlags, compiledCli, runRunner, TSX, type RunnerReport } from './measurement.js';

const ROOT = packageRoot();
const DOCS = join(ROOT, 'fixtures', 'docs');
const PIPELINE = join(import.meta.dirname, 'pipeline-runner.ts');
const RAW_PDFJS = join(import.meta.dirname, 'raw-pdfjs-runner.ts');
const CLI = compiledCli();
const QUEUE_BENCH = join(import.meta.dirname, 'queue-bench.ts');
/** Issue 3: the 36-page annual report in under half a second once warm. */
const LARGEST_TARGET_MS = 500;
const ITERATIONS = Number(process.env['BENCH_ITERATIONS'] ?? '7');
/** Alternating rounds of raw pdfjs and the pipeline on the PDFs. */
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? '3');

interface Figures {
  label: string;
  pages: number;
  ms: number;
  peakRssMb: number;
}

function fixtures(extension: string): string[] {
  return readdirSync(DOCS)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => join(DOCS, name));
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Figures over documents that failed measure no extraction: say so next to them. */
function warnFailures(reports: RunnerReport[]): void {
  const failed = reports.flatMap((report) => report.documents.filter((document) => document.failed));
  const unique = new Map(failed.map((document) => [document.path, document.failed]));
  if (unique.size > 0) {
    console.log(
      `  ! ${unique.size} document(s) failed, so these figures do not measure their extraction: ${[...unique].map(([path, code]) => `${basename(path)} (${code})`).join(', ')}`,
    );
  }
}

/** Steady state: each document's median run after the warm-up passes (measurement.ts). */
function steady(label: string, report: RunnerReport, pagesOf: (path: string, reported: number | null) => number): Figures {
  warnFailures([report]);
  return steadyFigures(label, report, pagesOf);
}

function steadyFigures(label: string, report: RunnerReport, pagesOf: (path: string, reported: number | null) => number): Figures {
  let pages = 0;
  let ms = 0;
  for (const document of report.documents) {
    pages += pagesOf(document.path, document.pages);
    ms += median(document.runsMs);
  }
  return { label, pages, ms, peakRssMb: report.peakRssMb };
}

/** Cold start: one fresh process per document, counted from process start (node boot, module loading, the document). */
async function cold(
  label: string,
  script: string,
  files: string[],
  pagesOf: (path: string, reported: number | null) => number,
): Promise<Figures & { loadMs: number }> {
  let pages = 0;
  let ms = 0;
  let loadMs = 0;
  let peakRssMb = 0;
  const reports: RunnerReport[] = [];
  for (const file of files) {
    const report = await runRunner(script, { iterations: 0, files: [file] });
    reports.push(report);
    pages += pagesOf(file, report.documents[0]?.pages ?? null);
    ms += report.uptimeMs;
    loadMs += report.loadMs;
    peakRssMb = Math.max(peakRssMb, report.peakRssMb);
  }
  warnFailures(reports);
  return { label, pages, ms, loadMs: loadMs / files.length, peakRssMb };
}

/** Wall time of `rapportkoll extract <file>` in a fresh process: what one person running the CLI waits. */
function cliWallMs(file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [CLI, 'extract', file, '--concurrency', '1'], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', () => resolve(performance.now() - started));
  });
}

function row(figures: Figures): string {
  const pagesPerSecond = figures.ms > 0 ? (figures.pages / figures.ms) * 1000 : 0;
  const msPerPage = figures.pages > 0 ? figures.ms / figures.pages : 0;
  return `  ${figures.label.padEnd(44)}${pagesPerSecond.toFixed(1).padStart(10)} pages/s${msPerPage.toFixed(1).padStart(10)} ms/page${figures.peakRssMb.toFixed(0).padStart(8)} MB peak RSS`;
}

function percentOver(pipeline: Figures, raw: Figures): number {
  const perPage = (figures: Figures): number => figures.ms / Math.max(1, figures.pages);
  return ((perPage(pipeline) - perPage(raw)) / perPage(raw)) * 100;
}

const signedPercent = (percent: number): string => `${percent >= 0 ? '+' : ''}${percent.toFixed(0)} %`;

function overhead(pipeline: Figures, raw: Figures): string {
  return `  ${'pipeline overhead over raw pdfjs'.padEnd(44)}${signedPercent(percentOver(pipeline, raw)).padStart(10)} time per page`;
}

/** One report of several runners' rounds over the same files: every document's runs together. */
function mergeRounds(reports: RunnerReport[]): RunnerReport {
  const [first] = reports;
  if (!first) return { documents: [], loadMs: 0, uptimeMs: 0, peakRssMb: 0 };
  return {
    documents: first.documents.map((document, index) => ({
      ...document,
      runsMs: reports.flatMap((report) => report.documents[index]?.runsMs ?? []),
    })),
    loadMs: median(reports.map((report) => report.loadMs)),
    uptimeMs: median(reports.map((report) => report.uptimeMs)),
    peakRssMb: Math.max(...reports.map((report) => report.peakRssMb)),
  };
}

/** One document's steady-state time (median run), for a per-document target. */
function documentLine(report: RunnerReport, path: string, pages: number, targetMs: number): string {
  const runs = report.documents.find((document) => document.path === path)?.runsMs ?? [];
  const ms = median(runs);
  const verdict = ms <= targetMs ? `target < ${targetMs} ms: met` : `target < ${targetMs} ms: NOT met`;
  return `  ${`${basename(path)} (${pages} pages), steady state`.padEnd(44)}${ms.toFixed(0).padStart(10)} ms/doc   (${verdict})`;
}

/**
 * The queue-mode figures (queue-bench.ts) in their own process: documents/s with 1
 * and 2 workers through Redis, and the queue's overhead per document. Needs a Redis; says so if none.
 */
function queueBench(): Promise<void> {
  return new Promise((resolve) => {
    // With the CLI's node flags: its in-process pool is then the same as the workers' (and users').
    const child = spawn(process.execPath, [...cliNodeFlags(), ...TSX, QUEUE_BENCH], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => {
      console.log('');
      if (code === 0) console.log(stdout.trimEnd());
      else console.log(`queue mode: skipped (${stderr.trim().split('\n')[0] ?? `exit ${String(code)}`})`);
      resolve();
    });
  });
}

async function main(): Promise<void> {
  if (process.env['BENCH_STATEMENTS_ONLY'] === '1') return statementsBench();
  if (process.env['BENCH_OCR_ONLY'] === '1') return runOcrBench();
  if (process.env['BENCH_PAGES_ONLY'] === '1') return pagesBench();
  if (process.env['BENCH_BULK_ONLY'] !== '1') {
    await pipelineBench();
    await statementsBench();
    await queueBench();
    await pagesBench();
  }
  await runBulkBench();
  if (process.env['BENCH_BULK_ONLY'] !== '1') await runOcrBench();
}

const PAGES = join(import.meta.dirname, 'pages-runner.ts');

/** The report pages (pages-runner.ts), in a process of their own; BENCH_PAGES_ONLY=1 runs only this part. */
function pagesBench(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...TSX, PAGES], { stdio: 'inherit' });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`pages bench exited ${String(code)}`))));
  });
}

const STATEMENTS = join(import.meta.dirname, 'statements-runner.ts');
/** Issue 15: reading and checking the statements adds under 20 % to an annual report's steady-state time. */
const STATEMENTS_TARGET = 0.2;

interface StatementFigures {
  path: string;
  pages: number | null;
  totalMs: number;
  statementsMs: number;
}

/** The statement work against the whole pipeline, warm, per annual report (statements-runner.ts). */
async function statementsBench(): Promise<void> {
  const files = [
    'arsredovisning-gavleborg-2021.pdf',
    'arsredovisning-gavleborg-2021.docx',
    'arsredovisning-planted-2022.pdf',
    'arsredovisning-labels-2020.pdf',
  ].map((name) => join(DOCS, name));
  const rows = await new Promise<StatementFigures[]>((resolve, reject) => {
    const child = spawn(process.execPath, [...TSX, STATEMENTS, String(ITERATIONS), ...files], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(JSON.parse(stdout.trim().split('\n').at(-1) ?? '[]') as StatementFigures[])
        : reject(new Error(`statements runner exited ${String(code)}`)),
    );
  });
  console.log('\nFinancial statements (read as tables, contributions, narrative figures, six rules), warm, median of each:');
  for (const row of rows) {
    const added = row.totalMs > row.statementsMs ? row.statementsMs / (row.totalMs - row.statementsMs) : 0;
    const verdict = added < STATEMENTS_TARGET ? 'under' : 'OVER';
    console.log(
      `  ${basename(row.path).padEnd(40)}${String(row.pages ?? '–').padStart(4)} pages${row.totalMs.toFixed(1).padStart(9)} ms whole${row.statementsMs.toFixed(2).padStart(9)} ms statements` +
        `  +${(added * 100).toFixed(1)} % (${verdict} the ${STATEMENTS_TARGET * 100} % target)`,
    );
  }
}

async function pipelineBench(): Promise<void> {
  const pdfs = fixtures('.pdf');
  // Only .docx files with a PDF export beside them: that export is where their page count comes from.
  const docxs = fixtures('.docx').filter((path) => pdfs.some((pdf) => basename(pdf, '.pdf') === basename(path, '.docx')));
  if (pdfs.length === 0 && docxs.length === 0) throw new Error(`no fixtures in ${DOCS}; run \`npm run fixtures\``);
  console.log(`rapportkoll bench — node ${process.version}, ${ITERATIONS} timed runs per document after 3 warm-up passes over all of them`);

  // Raw pdfjs and the pipeline take turns, round after round, so that a machine running slower
  // for a while (other guests on the host) slows both alike instead of one of them.
  const rawRounds: RunnerReport[] = [];
  const pipelineRounds: RunnerReport[] = [];
  for (let round = 0; round < ROUNDS && pdfs.length > 0; round++) {
    rawRounds.push(await runRunner(RAW_PDFJS, { iterations: ITERATIONS, files: pdfs }));
    pipelineRounds.push(await runRunner(PIPELINE, { iterations: ITERATIONS, files: pdfs }));
  }
  // Raw pdfjs also tells the page count of each PDF, which stands in for its .docx sibling's.
  const rawSteadyReport = mergeRounds(rawRounds);
  const pdfPages = new Map(rawSteadyReport.documents.map((document) => [basename(document.path, '.pdf'), document.pages ?? 0]));
  const pagesOfPdf = (path: string): number => pdfPages.get(basename(path, '.pdf')) ?? 0;
  const pagesOfDocx = (path: string): number => pdfPages.get(basename(path, '.docx')) ?? 0;

  if (pdfs.length > 0) {
    const largest = pdfs.reduce((best, path) => (pagesOfPdf(path) > pagesOfPdf(best) ? path : best));
    console.log(
      `\nPDF: ${pdfs.length} files, ${pdfs.reduce((sum, path) => sum + pagesOfPdf(path), 0)} pages (largest ${basename(largest)}, ${pagesOfPdf(largest)} pages)`,
    );
    const pipelineReport = mergeRounds(pipelineRounds);
    const pipelineSteady = steady('pipeline (processFile), steady state', pipelineReport, pagesOfPdf);
    const rawSteady = steady('raw pdfjs getTextContent, steady state', rawSteadyReport, pagesOfPdf);
    console.log(row(pipelineSteady));
    console.log(row(rawSteady));
    console.log(overhead(pipelineSteady, rawSteady));
    const perRound = pipelineRounds.map((report, round) =>
      percentOver(steadyFigures('', report, pagesOfPdf), steadyFigures('', rawRounds[round] ?? report, pagesOfPdf)),
    );
    console.log(`  ${''.padEnd(44)}(median of ${ROUNDS} alternating rounds; the rounds alone: ${perRound.map(signedPercent).join(', ')})`);
    console.log(documentLine(pipelineReport, largest, pagesOfPdf(largest), LARGEST_TARGET_MS));
    const pipelineCold = await cold('pipeline, cold start (fresh process per file)', PIPELINE, pdfs, pagesOfPdf);
    const rawCold = await cold('raw pdfjs, cold start (fresh process per file)', RAW_PDFJS, pdfs, pagesOfPdf);
    console.log(row(pipelineCold));
    console.log(row(rawCold));
    console.log(overhead(pipelineCold, rawCold));
    console.log(`  module loading: pipeline ${pipelineCold.loadMs.toFixed(0)} ms, raw pdfjs ${rawCold.loadMs.toFixed(0)} ms (mean, from process start)`);
    console.log(`  CLI end to end (fresh process, 1 worker thread), ${basename(largest)}: ${(await cliWallMs(largest)).toFixed(0)} ms`);
  }

  if (docxs.length > 0) {
    const pages = docxs.reduce((sum, path) => sum + pagesOfDocx(path), 0);
    console.log(`\nDOCX: ${docxs.length} files, ${pages} pages (counted in the PDF export of the same document)`);
    const docxReport = await runRunner(PIPELINE, { iterations: ITERATIONS, files: docxs });
    console.log(row(steady('pipeline (processFile), steady state', docxReport, pagesOfDocx)));
    const largestDocx = docxs.reduce((best, path) => (pagesOfDocx(path) > pagesOfDocx(best) ? path : best));
    console.log(documentLine(docxReport, largestDocx, pagesOfDocx(largestDocx), LARGEST_TARGET_MS));
    console.log(row(await cold('pipeline, cold start (fresh process per file)', PIPELINE, docxs, pagesOfDocx)));
    console.log(`  CLI end to end (fresh process, 1 worker thread), ${basename(docxs[0] ?? '')}: ${(await cliWallMs(docxs[0] ?? '')).toFixed(0)} ms`);
  }
}

await main();
