/**
 * Bench runner: the whole pipeline (processFile: read, classify, extract, validate, language,
 * rules) in this thread, as built in dist/. Usage: node --import tsx pipeline-runner.ts <iterations> <files...>
 */
import { compiledModule, parseRunnerArgs, peakRssMb, timeRuns, writeReport } from './measurement.js';

const args = parseRunnerArgs(process.argv.slice(2));
const { processFile } = (await import(compiledModule('pipeline/process-file.js'))) as typeof import('../../pipeline/process-file.js');
const { PipelineConfig } = (await import(compiledModule('schemas/config.js'))) as typeof import('../../schemas/config.js');
const loadMs = process.uptime() * 1000;
const config = PipelineConfig.parse({});

const documents = await timeRuns(args.files, args.iterations, async (path) => {
  const result = await processFile(path, config);
  return result.status === 'failed' ? { pages: result.source.pages, failed: result.error.code } : { pages: result.source.pages };
});
writeReport({ documents, loadMs, uptimeMs: process.uptime() * 1000, peakRssMb: peakRssMb() });
