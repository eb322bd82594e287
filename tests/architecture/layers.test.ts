import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../pipeline/rule-engine/registry.js';
import { RUN_RULES } from '../../pipeline/rule-engine/run-rules.js';
import { importCycles, importGraph, LAYERS, repositoryGraph, sourceFiles, wrongWayImports } from './support/import-graph.js';

const ROOT = join(import.meta.dirname, '../..');
const graph = repositoryGraph(ROOT);

describe('the layers point one way: schemas < extractors < pipeline < workers < cli', () => {
  it('walks every source file of every layer, and the tests', () => {
    for (const layer of [...LAYERS, 'tests', 'fixtures']) expect(graph.files.some((file) => file.startsWith(`${layer}/`))).toBe(true);
    expect(graph.edges.length).toBeGreaterThan(500);
  });

  it('every relative import names a file that exists', () => {
    expect(graph.unresolved.map((edge) => `${edge.from}: ${edge.specifier}`)).toEqual([]);
  });

  it('no import runs against the layer order, and no layer imports tests, fixtures or bench code', () => {
    expect(wrongWayImports(graph)).toEqual([]);
  });

  it('no import cycles, type-only imports included', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it('library code (extractors, pipeline, workers, schemas) never ends the process: only cli/ decides how it exits', () => {
    const library = sourceFiles(ROOT).filter((file) => /^(extractors|pipeline|workers|schemas)\//.test(file));
    expect(library.filter((file) => /\bprocess\.exit\s*\(/.test(readFileSync(join(ROOT, file), 'utf8')))).toEqual([]);
  });

  it('pipeline/rules/ holds the rules and nothing else: one file per registered rule, named by its id', () => {
    const files = readdirSync(join(ROOT, 'pipeline', 'rules')).sort();
    const ids = [...RULES, ...RUN_RULES].map((rule) => `${rule.meta.id}.ts`).sort();
    expect(files).toEqual(ids);
  });

  it('the build ships the layers only: no tests, fixtures or bench code in dist/', () => {
    // `npm test` builds first; the build starts from an empty dist/.
    expect(existsSync(join(ROOT, 'dist'))).toBe(true);
    expect(readdirSync(join(ROOT, 'dist')).filter((name) => !(LAYERS as readonly string[]).includes(name))).toEqual([]);
  });
});

/** The checks themselves, on made-up files: each must catch what it is there to catch. */
describe('the import checks', () => {
  const check = (files: Record<string, string>) => {
    const made = importGraph(new Map(Object.entries(files)));
    return { wrongWay: wrongWayImports(made), cycles: importCycles(made), unresolved: made.unresolved.map((edge) => edge.specifier) };
  };

  it('catch every kind of import that runs the wrong way', () => {
    const { wrongWay } = check({
      'extractors/a.ts': "import { x } from '../pipeline/x.js';",
      'extractors/b.ts': "import type { Y } from '../workers/y.js';",
      'pipeline/x.ts': "export { z } from '../workers/y.js';",
      'pipeline/w.ts': "const cli = await import('../cli/main.js');",
      'workers/y.ts': "type M = typeof import('../cli/main.js');",
      'cli/main.ts': "import '../tests/bench/main.js';",
      'tests/bench/main.ts': "import '../../cli/main.js';",
      'schemas/s.ts': "import { e } from '../extractors/a.js';",
    });
    expect(wrongWay).toEqual([
      'cli/main.ts imports tests/bench/main.ts, which is outside the shipped layers',
      'extractors/a.ts imports pipeline/x.ts: extractors/ may not import pipeline/ (order: schemas < extractors < pipeline < workers < cli)',
      'extractors/b.ts imports workers/y.ts: extractors/ may not import workers/ (order: schemas < extractors < pipeline < workers < cli)',
      'pipeline/w.ts imports cli/main.ts: pipeline/ may not import cli/ (order: schemas < extractors < pipeline < workers < cli)',
      'pipeline/x.ts imports workers/y.ts: pipeline/ may not import workers/ (order: schemas < extractors < pipeline < workers < cli)',
      'schemas/s.ts imports extractors/a.ts: schemas/ may not import extractors/ (order: schemas < extractors < pipeline < workers < cli)',
      'workers/y.ts imports cli/main.ts: workers/ may not import cli/ (order: schemas < extractors < pipeline < workers < cli)',
    ]);
  });

  it('allow imports down the layers, within a layer, and from tests', () => {
    const { wrongWay, cycles } = check({
      'cli/main.ts': "import '../workers/y.js'; import '../pipeline/x.js'; import '../extractors/a.js'; import '../schemas/s.js';",
      'workers/y.ts': "import '../pipeline/x.js';",
      'pipeline/x.ts': "import '../extractors/a.js'; import './sub/z.js';",
      'pipeline/sub/z.ts': "import '../../schemas/s.js';",
      'extractors/a.ts': "import type { S } from '../schemas/s.js'; // import '../cli/main.js'",
      'schemas/s.ts': 'const text = "import \'../cli/main.js\'";',
      'tests/t.test.ts': "import '../cli/main.js';",
    });
    expect({ wrongWay, cycles }).toEqual({ wrongWay: [], cycles: [] });
  });

  it('find cycles, type-only and through re-exports too, and name the files around each', () => {
    const { cycles } = check({
      'extractors/form.ts': "import { n } from './noise.js';",
      'extractors/noise.ts': "import type { Row } from './form.js';",
      'pipeline/a.ts': "export * from './b.js';",
      'pipeline/b.ts': "export { c } from './c.js';",
      'pipeline/c.ts': "const a = await import('./a.js');",
      'pipeline/self.ts': "import type { Me } from './self.js';",
    });
    expect(cycles.sort()).toEqual([
      'extractors/form.ts → extractors/noise.ts → extractors/form.ts',
      'pipeline/a.ts → pipeline/b.ts → pipeline/c.ts → pipeline/a.ts',
      'pipeline/self.ts → pipeline/self.ts',
    ]);
  });

  it('report an import of a file that does not exist, rather than skip it', () => {
    expect(check({ 'pipeline/a.ts': "import { gone } from './gone.js';" }).unresolved).toEqual(['./gone.js']);
  });
});
