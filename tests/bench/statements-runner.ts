/**
 * Bench runner: what reading and checking the financial statements costs in an annual report's
 * steady-state time (issue 15: under 20 %). For each file: the whole pipeline (processFile), then
 * on the same document's structure only the statement work — the statements read as tables, the
 * contributions per party, the narrative's figures (over every paragraph, an upper bound) and the
 * six statement rules. Usage: node --import tsx statements-runner.ts <iterations> <files...>
 */
import { compiledModule, parseRunnerArgs, timeRuns } from './measurement.js';

const args = parseRunnerArgs(process.argv.slice(2));
const { processFile, STAGES } = (await import(compiledModule('pipeline/process-file.js'))) as typeof import('../../pipeline/process-file.js');
const { createDocumentFile } = (await import(compiledModule('pipeline/document-file.js'))) as typeof import('../../pipeline/document-file.js');
const { PipelineConfig } = (await import(compiledModule('schemas/config.js'))) as typeof import('../../schemas/config.js');
const { readStatements } = (await import(
  compiledModule('extractors/arsredovisning/statements/index.js')
)) as typeof import('../../extractors/arsredovisning/statements/index.js');
const { readContributions } = (await import(
  compiledModule('extractors/arsredovisning/statements/contributions.js')
)) as typeof import('../../extractors/arsredovisning/statements/contributions.js');
const { readNarrativeFigures } = (await import(
  compiledModule('extractors/arsredovisning/statements/narrative.js')
)) as typeof import('../../extractors/arsredovisning/statements/narrative.js');
const { walk } = (await import(compiledModule('extractors/arsredovisning/walk.js'))) as typeof import('../../extractors/arsredovisning/walk.js');
const { RULES } = (await import(compiledModule('pipeline/rule-engine/registry.js'))) as typeof import('../../pipeline/rule-engine/registry.js');

const STATEMENT_RULES = new Set([
  'balance-sheet-mismatch',
  'statement-sum-mismatch',
  'equity-movement-mismatch',
  'narrative-statement-mismatch',
  'operating-deviation-mismatch',
  'member-contribution-split',
]);
const config = PipelineConfig.parse({});

const whole = await timeRuns(args.files, args.iterations, async (path) => {
  const result = await processFile(path, config);
  return result.status === 'failed' ? { pages: result.source.pages, failed: result.error.code } : { pages: result.source.pages };
});

// The statement work alone, on each document's structure and record as the pipeline made them.
const prepared = new Map<string, { structure: NonNullable<ReturnType<typeof createDocumentFile>['structure']>; record: Record<string, unknown> }>();
for (const path of args.files) {
  const file = createDocumentFile(path, config);
  for (const stage of STAGES) await stage(file);
  if (!file.structure || file.extraction?.kind !== 'arsredovisning') throw new Error(`${path}: not an annual report`);
  prepared.set(path, { structure: file.structure, record: file.extraction.record as unknown as Record<string, unknown> });
}
const rules = RULES.filter((rule) => STATEMENT_RULES.has(rule.meta.id));
const part = await timeRuns(args.files, args.iterations, async (path) => {
  const { structure, record } = prepared.get(path)!;
  const placed = walk(structure);
  const context = { year: (record['year'] as number | null) ?? null, defaultUnit: 'tkr' as const, members: (record['members'] as string[]) ?? [] };
  readStatements(placed, context);
  readContributions(placed, context);
  readNarrativeFigures(
    structure.units
      .filter((unit) => unit.container === 'paragraph')
      .map((unit) => ({ text: unit.text, evidence: { page: unit.source.page, section: unit.section, text: unit.text } })),
    context.year,
  );
  const input = { kind: 'arsredovisning' as const, record: record as never, text: [] };
  for (const rule of rules) rule.check(input);
  return { pages: structure.model.pages };
});

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const rows = args.files.map((path) => {
  const total = median(whole.find((document) => document.path === path)?.runsMs ?? []);
  const statements = median(part.find((document) => document.path === path)?.runsMs ?? []);
  return {
    path,
    pages: whole.find((document) => document.path === path)?.pages ?? null,
    totalMs: total,
    statementsMs: statements,
    share: total > 0 ? statements / total : 0,
  };
});
process.stdout.write(`${JSON.stringify(rows)}\n`);
