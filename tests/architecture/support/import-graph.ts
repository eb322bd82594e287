import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import ts from 'typescript';

/**
 * The layers, lowest first: a file may import its own layer and the ones below it, never one above
 * (docs/development.md). Everything else — tests/, fixtures/, files at the top level — sits outside:
 * it may import anything, and no layer may import it.
 */
export const LAYERS = ['schemas', 'extractors', 'pipeline', 'workers', 'cli'] as const;
export type Layer = (typeof LAYERS)[number];

/** A relative import of one source file by another (paths relative to the repository, with "/"). */
export interface Edge {
  from: string;
  to: string;
  specifier: string;
}

export interface ImportGraph {
  files: string[];
  edges: Edge[];
  /** Relative imports that name no file in the repository. */
  unresolved: Edge[];
}

const SOURCE = /\.(?:ts|mts|cts)$/;
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist']);

/** Every TypeScript file under `root` (build output, packages and dot folders left out), with "/" separators. */
export function sourceFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && SOURCE.test(entry.name)) found.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return found.sort();
}

/**
 * Every relative import of every file: static imports, `import type`, `export … from`, dynamic
 * `import()` and `import('…')` types alike (TypeScript's own pre-processor finds them, so comments
 * and strings that merely look like imports are not counted). Package imports are not edges.
 */
export function importGraph(sources: ReadonlyMap<string, string>): ImportGraph {
  const files = [...sources.keys()].sort();
  const known = new Set(files);
  const edges: Edge[] = [];
  const unresolved: Edge[] = [];
  for (const from of files) {
    const info = ts.preProcessFile(sources.get(from) ?? '', true, true);
    const specifiers = [...info.importedFiles, ...info.referencedFiles].map((reference) => reference.fileName);
    for (const specifier of specifiers) {
      if (!specifier.startsWith('.')) continue;
      const target = resolve(from, specifier, known);
      if (target === null) unresolved.push({ from, to: posix.join(posix.dirname(from), specifier), specifier });
      else if (target !== 'data') edges.push({ from, to: target, specifier });
    }
  }
  return { files, edges, unresolved };
}

/** The graph of the files on disk under `root`. */
export function repositoryGraph(root: string): ImportGraph {
  return importGraph(new Map(sourceFiles(root).map((file) => [file, readFileSync(join(root, file), 'utf8')])));
}

/** NodeNext resolution as the sources use it: "./x.js" is x.ts; JSON and other data files are not sources ('data'). */
function resolve(from: string, specifier: string, known: ReadonlySet<string>): string | 'data' | null {
  const path = posix.normalize(posix.join(posix.dirname(from), specifier));
  const candidates = [path.replace(/\.js$/, '.ts'), path.replace(/\.mjs$/, '.mts'), path.replace(/\.cjs$/, '.cts'), path, `${path}.ts`, `${path}/index.ts`];
  const found = candidates.find((candidate) => known.has(candidate));
  if (found) return found;
  return /\.json$/.test(path) ? 'data' : null;
}

/** The layer a file belongs to, or null for files outside the layers (tests, fixtures, top-level files). */
export function layerOf(file: string): Layer | null {
  const top = file.split('/')[0] ?? '';
  return (LAYERS as readonly string[]).includes(top) && file.includes('/') ? (top as Layer) : null;
}

/** Imports that run against the layer order, one sentence each. */
export function wrongWayImports(graph: ImportGraph): string[] {
  const problems: string[] = [];
  for (const edge of graph.edges) {
    const from = layerOf(edge.from);
    const to = layerOf(edge.to);
    if (from === null) continue;
    if (to === null) problems.push(`${edge.from} imports ${edge.to}, which is outside the shipped layers`);
    else if (LAYERS.indexOf(to) > LAYERS.indexOf(from))
      problems.push(`${edge.from} imports ${edge.to}: ${from}/ may not import ${to}/ (order: ${LAYERS.join(' < ')})`);
  }
  return problems;
}

/** Every import cycle, each as the files around it ("a.ts → b.ts → a.ts"); one cycle per tangle of files. */
export function importCycles(graph: ImportGraph): string[] {
  const next = new Map<string, string[]>(graph.files.map((file) => [file, []]));
  for (const edge of graph.edges) next.get(edge.from)?.push(edge.to);
  return stronglyConnected(graph.files, next)
    .filter((component) => component.length > 1 || (next.get(component[0] ?? '') ?? []).includes(component[0] ?? ''))
    .map((component) => cycleThrough(component, next).join(' → '));
}

/** Tarjan's algorithm, iteratively (a deep import chain must not overflow the stack). */
function stronglyConnected(files: string[], next: ReadonlyMap<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  for (const start of files) {
    if (index.has(start)) continue;
    const work: { file: string; child: number }[] = [{ file: start, child: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      if (!frame) break;
      const children = next.get(frame.file) ?? [];
      const child = children[frame.child++];
      if (child !== undefined) {
        if (!index.has(child)) {
          index.set(child, counter);
          low.set(child, counter++);
          stack.push(child);
          onStack.add(child);
          work.push({ file: child, child: 0 });
        } else if (onStack.has(child)) {
          low.set(frame.file, Math.min(low.get(frame.file) ?? 0, index.get(child) ?? 0));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.file, Math.min(low.get(parent.file) ?? 0, low.get(frame.file) ?? 0));
      if (low.get(frame.file) === index.get(frame.file)) {
        const component: string[] = [];
        for (let file = stack.pop(); file !== undefined; file = stack.pop()) {
          onStack.delete(file);
          component.push(file);
          if (file === frame.file) break;
        }
        components.push(component.sort());
      }
    }
  }
  return components;
}

/** One concrete cycle inside a tangle: the shortest way from its first file back to itself. */
function cycleThrough(component: string[], next: ReadonlyMap<string, string[]>): string[] {
  const inside = new Set(component);
  const start = component[0] ?? '';
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let at = 0; at < queue.length; at++) {
    const file = queue[at] ?? '';
    for (const child of next.get(file) ?? []) {
      if (!inside.has(child)) continue;
      if (child === start) {
        const way: string[] = [];
        for (let step: string | undefined = file; step !== undefined && step !== start; step = cameFrom.get(step)) way.unshift(step);
        return [start, ...way, start];
      }
      if (!cameFrom.has(child)) {
        cameFrom.set(child, file);
        queue.push(child);
      }
    }
  }
  return [...component, start];
}
