/**
 * Runner for the OCR bench: reads the given scans through the extraction pool (OCR in its own
 * thread per document) with the given number of worker threads, and reports the OCR'd pages, the
 * wall time and the peak RSS of the whole process, OCR threads and tesseract's WASM included.
 * Arguments: <threads> <file…>.
 */
import type { createExtractionPool as CreatePool } from '../../pipeline/pool.js';
import type { PipelineConfig as Config } from '../../schemas/config.js';
import { compiledModule, peakRssMb } from './measurement.js';

const [threadsArg, ...files] = process.argv.slice(2);
const { createExtractionPool } = (await import(compiledModule('pipeline/pool.js'))) as { createExtractionPool: typeof CreatePool };
const { PipelineConfig } = (await import(compiledModule('schemas/config.js'))) as { PipelineConfig: typeof Config };
const threads = Number(threadsArg ?? '1');
const pool = createExtractionPool({ concurrency: threads, config: PipelineConfig.parse({}) });
const started = performance.now();
const results = await Promise.all(files.map((path) => pool.process(path)));
const ms = performance.now() - started;
await pool.close();
const failed = results.filter((result) => result.status === 'failed').map((result) => `${result.source.path} (${result.error?.code ?? '?'})`);
const pages = results.reduce((sum, result) => sum + (result.source.ocr?.pages.length ?? 0), 0);
process.stdout.write(`${JSON.stringify({ threads, documents: files.length, pages, ms, peakRssMb: peakRssMb(), failed })}\n`);
