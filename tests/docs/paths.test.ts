/**
 * Every path of the repository that the README and docs/ name in code (`pipeline/pool.ts`,
 * `dist/cli/main.js`, `tests/rules/`) exists, so the pages follow when code moves. A built path
 * (dist/…) counts when its source exists; a placeholder (`extractors/<kind>/index.ts`,
 * `fixtures/docs/arsredovisning-*.pdf`) when the folder before it does.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../fixtures/build/paths.js';

const PAGES = [
  'README.md',
  'fixtures/README.md',
  ...readdirSync(join(REPO_ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** The folders at the top of the repository whose paths the pages name. */
const REPOSITORY_PATH = /^(?:\.\/)?((?:cli|pipeline|extractors|workers|schemas|fixtures|tests|docs|deploy|dist|\.ci)\/[^\s"'`;:()[\]]*)/;

/** Path-like words inside code spans and fenced blocks, with their line numbers. */
function namedPaths(markdown: string): { line: number; path: string }[] {
  let fenced = false;
  return markdown.split('\n').flatMap((text, index) => {
    if (/^ {0,3}(```|~~~)/.test(text)) {
      fenced = !fenced;
      return [];
    }
    const code = fenced ? [text] : [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? '');
    return code
      .flatMap((span) => span.split(/\s+/))
      .flatMap((word) => {
        const path = REPOSITORY_PATH.exec(word)?.[1]?.replace(/[.,]+$/, '');
        return path === undefined ? [] : [{ line: index + 1, path }];
      });
  });
}

/** The part of a path that must exist: before a placeholder, and the source of a built file. */
function mustExist(path: string): string {
  const placeholder = path.search(/[<*{[]/);
  const fixed = placeholder === -1 ? path : path.slice(0, path.lastIndexOf('/', placeholder) + 1);
  if (fixed === 'dist/') return 'package.json'; // the build's output folder, there once built
  if (!fixed.startsWith('dist/')) return fixed;
  return fixed.slice('dist/'.length).replace(/\.js$/, '.ts');
}

describe('paths named in the README and docs/', () => {
  it.each(PAGES)('%s names only paths that exist', (page) => {
    const markdown = readFileSync(join(REPO_ROOT, page), 'utf8');
    const missing = namedPaths(markdown)
      .filter(({ path }) => !existsSync(join(REPO_ROOT, mustExist(path))))
      .map(({ line, path }) => `${page}:${line}: ${path}`);
    expect(missing).toEqual([]);
  });

  it.each([
    ['`pipeline/pool.ts` and `tests/rules/`', ['pipeline/pool.ts', 'tests/rules/']],
    ['`npm run build && node dist/cli/main.js extract`', ['dist/cli/main.js']],
    [
      '`extractors/readers/<format>/index.ts`, `fixtures/docs/arsredovisning-*.{docx,pdf}`',
      ['extractors/readers/<format>/index.ts', 'fixtures/docs/arsredovisning-*.{docx,pdf}'],
    ],
    ['```sh\nnode --import tsx fixtures/build/main.ts\n```', ['fixtures/build/main.ts']],
    ['pipeline/pool.ts outside code, `results/<sha256>.json`, `/mnt/delad/Inkorg`', []],
  ])('%j names %j', (markdown, paths) => {
    expect(namedPaths(markdown).map(({ path }) => path)).toEqual(paths);
  });

  it.each([
    ['pipeline/pool.ts', 'pipeline/pool.ts'],
    ['dist/cli/main.js', 'cli/main.ts'],
    ['dist/', 'package.json'],
    ['extractors/readers/<format>/index.ts', 'extractors/readers/'],
    ['fixtures/docs/arsredovisning-*.{docx,pdf}', 'fixtures/docs/'],
  ])('%s must exist as %s', (path, expected) => {
    expect(mustExist(path)).toBe(expected);
  });
});
