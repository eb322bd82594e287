/**
 * The repository stands on its own: no file in it points at the spec and seed copies that sit beside
 * the project on developers' machines. The contract, rule catalogue and glossary are docs/contract.md,
 * docs/rules.md and docs/glossary.md; the seed texts are fixtures/seeds/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../fixtures/build/paths.js';

/** What a reference to the outside copies looks like: their folder, or their upper-case file names. */
// Spelled in parts, so this file itself never names the outside folder it looks for.
const SHARED = ['..', 'shared'].join('/');
const OUTSIDE = [SHARED, 'shared/spec', 'shared/seeds', 'CONTRACT.md', 'RULES.md', 'GLOSSARY.md'];

/** Tracked files and new ones not yet added (ignored files such as node_modules/ and dist/ left out). */
function repositoryFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: REPO_ROOT, encoding: 'utf8' });
  return [...new Set(listed.split('\0').filter((path) => path !== ''))];
}

/** A file's bytes; null when it was deleted and the deletion is not staged yet, or is no file (a link to a folder). */
function readIfPresent(path: string): Buffer | null {
  const full = join(REPO_ROOT, path);
  return existsSync(full) && statSync(full).isFile() ? readFileSync(full) : null;
}

/** "path:line: text" for every line of a file that names one of the outside copies. */
function outsideReferences(path: string, bytes: Buffer): string[] {
  if (!OUTSIDE.some((pattern) => bytes.includes(pattern))) return [];
  return bytes
    .toString('utf8')
    .split('\n')
    .flatMap((line, index) => (OUTSIDE.some((pattern) => line.includes(pattern)) ? [`${path}:${index + 1}: ${line.trim()}`] : []));
}

describe('the repository stands on its own', () => {
  const self = relative(REPO_ROOT, import.meta.filename);

  it('lists the repository through git', () => {
    const files = repositoryFiles();
    expect(files).toContain('package.json');
    expect(files).toContain(self);
  });

  it('no source, test, fixture or doc refers to the copies outside the repository', () => {
    const found = repositoryFiles()
      .filter((path) => path !== self)
      .flatMap((path) => {
        const bytes = readIfPresent(path);
        return bytes === null ? [] : outsideReferences(path, bytes);
      });
    expect(found, 'point at docs/contract.md, docs/rules.md, docs/glossary.md or fixtures/seeds/ instead').toEqual([]);
  });

  it.each([
    [`// see ${SHARED}/spec/RULES.md`, 1],
    [`readFileSync(join(import.meta.dirname, '../../${SHARED}/seeds/x.txt'))`, 1],
    ['the contract (CONTRACT.md)', 1],
    ['see docs/rules.md and fixtures/seeds/', 0],
    ['a shared folder, shared storage', 0],
  ])('%j has %i reference(s) outside', (line, count) => {
    expect(outsideReferences('x.ts', Buffer.from(`first line\n${line}\n`))).toHaveLength(count);
  });
});
