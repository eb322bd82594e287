/**
 * Every relative link in the README, docs/ and the other Markdown files of the repository points at
 * a file or folder inside it, and every #anchor at a heading of the page it names (GitHub's ids).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../fixtures/build/paths.js';

/** What the check needs of a repository: a file's text, or null; whether a path is a folder. */
interface Repository {
  read(path: string): string | null;
  isFolder(path: string): boolean;
}

const ON_DISK: Repository = {
  read: (path) => {
    const full = join(REPO_ROOT, path);
    return existsSync(full) && statSync(full).isFile() ? readFileSync(full, 'utf8') : null;
  },
  isFolder: (path) => existsSync(join(REPO_ROOT, path)) && statSync(join(REPO_ROOT, path)).isDirectory(),
};

/** The Markdown files git knows of, new ones not yet added included. */
function markdownFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z', '--', '*.md'], { cwd: REPO_ROOT, encoding: 'utf8' });
  return [...new Set(listed.split('\0').filter((path) => path !== '' && ON_DISK.read(path) !== null))];
}

/** Each line with whether it is inside a fenced code block (the fence lines themselves count as inside). */
function linesOf(markdown: string): { text: string; number: number; code: boolean }[] {
  let fence: string | null = null;
  return markdown.split('\n').map((text, index) => {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(text)?.[1];
    const opensOrCloses = marker !== undefined && (fence === null || (marker[0] === fence[0] && marker.length >= fence.length));
    if (opensOrCloses) fence = fence === null ? marker : null;
    return { text, number: index + 1, code: opensOrCloses || fence !== null };
  });
}

/** Link targets outside code: inline `[text](target "title")` and reference definitions `[id]: target`. */
function linkTargets(markdown: string): { line: number; target: string }[] {
  return linesOf(markdown)
    .filter((line) => !line.code)
    .flatMap(({ text, number }) => {
      const prose = text.replace(/(`+)[\s\S]*?\1/g, '');
      const inline = [...prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => match[1] ?? '');
      const definition = /^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)/.exec(prose)?.[1];
      return [...inline, ...(definition === undefined ? [] : [definition])].map((target) => ({ line: number, target }));
    });
}

/** GitHub's id of every heading: lower case, punctuation and symbols dropped, spaces as hyphens, repeats numbered. */
function headingIds(markdown: string): Set<string> {
  const ids = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of linesOf(markdown)) {
    const heading = line.code ? undefined : /^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line.text)?.[1];
    if (heading === undefined) continue;
    const text = heading.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
      .replace(/ /g, '-');
    const repeats = seen.get(base) ?? 0;
    seen.set(base, repeats + 1);
    ids.add(repeats === 0 ? base : `${base}-${repeats}`);
  }
  return ids;
}

/** "file:line: target (why)" for every relative link in the Markdown file `path` that does not resolve. */
function brokenLinks(path: string, repository: Repository): string[] {
  const markdown = repository.read(path) ?? '';
  return linkTargets(markdown).flatMap(({ line, target }) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return []; // https:, mailto:: not a file of the repository
    const hash = target.indexOf('#');
    const file = hash === -1 ? target : target.slice(0, hash);
    const anchor = hash === -1 ? '' : target.slice(hash + 1);
    const resolved = file === '' ? path : normalize(join(dirname(path), decodeURIComponent(file))).replace(/[\\/]$/, '');
    const where = `${path}:${line}: ${target}`;
    if (resolved === '..' || resolved.startsWith('../') || resolved.startsWith('..\\')) return [`${where} (outside the repository)`];
    const content = repository.read(resolved);
    if (content === null && !repository.isFolder(resolved)) return [`${where} (no such file)`];
    if (anchor === '') return [];
    if (content === null || !resolved.endsWith('.md')) return [`${where} (an anchor into something that is not a Markdown page)`];
    return headingIds(content).has(decodeURIComponent(anchor)) ? [] : [`${where} (no heading #${anchor})`];
  });
}

describe('links in the Markdown files', () => {
  it('every relative link in README.md, docs/ and the other Markdown files resolves inside the repository', () => {
    const files = markdownFiles();
    expect(files).toEqual(expect.arrayContaining(['README.md', 'docs/contract.md', 'docs/rules.md', 'docs/glossary.md']));
    expect(files.flatMap((path) => brokenLinks(path, ON_DISK))).toEqual([]);
  });

  it('the README links to every page of docs/', () => {
    const linked = new Set(linkTargets(ON_DISK.read('README.md') ?? '').map(({ target }) => target.split('#')[0]));
    expect(markdownFiles().filter((path) => path.startsWith('docs/') && !linked.has(path))).toEqual([]);
  });

  const PAGES: Record<string, string> = {
    'README.md': '# Tool\n\n## Install\n\n## Interrupted runs and `--resume`\n\n## Install\n',
    'docs/a.md': '# A page\n\n## One PC, no Redis\n\n## What is read — and why\n\n```md\n## Not a heading\n[in a fence](missing.md)\n```\n',
    'fixtures/README.md': '# Fixtures\n',
  };
  const FOLDERS = new Set(['docs', 'fixtures']);

  it.each([
    ['[a](docs/a.md)', []],
    ['[a](docs/a.md#one-pc-no-redis)', []],
    ['[a](docs/a.md#what-is-read--and-why)', []],
    ['[r](#interrupted-runs-and---resume)', []],
    ['[i](#install-1)', []],
    ['[f](fixtures/README.md "the fixtures") and [d](docs/)', []],
    ['[web](https://example.org/x.md), [m](mailto:a@b.example) and `[code](missing.md)`', []],
    ['[gone](docs/b.md)', ['README.md:1: docs/b.md (no such file)']],
    ['[spec](../elsewhere/spec.md)', ['README.md:1: ../elsewhere/spec.md (outside the repository)']],
    ['[fenced](docs/a.md#not-a-heading)', ['README.md:1: docs/a.md#not-a-heading (no heading #not-a-heading)']],
    ['[self](#nowhere)', ['README.md:1: #nowhere (no heading #nowhere)']],
    ['[folder](docs/#a)', ['README.md:1: docs/#a (an anchor into something that is not a Markdown page)']],
    ['[ref]: docs/c.md', ['README.md:1: docs/c.md (no such file)']],
  ])('%j → %j', (line, expected) => {
    const pages: Record<string, string> = { ...PAGES, 'README.md': `${line}\n${PAGES['README.md']}` };
    const repository: Repository = { read: (path) => pages[path] ?? null, isFolder: (path) => FOLDERS.has(path) };
    expect(brokenLinks('README.md', repository)).toEqual(expected);
  });

  it('finds links in a page of docs/ relative to that page', () => {
    const pages: Record<string, string> = { ...PAGES, 'docs/a.md': '[up](../README.md#install) [side](b.md)\n' };
    const repository: Repository = { read: (path) => pages[path] ?? null, isFolder: (path) => FOLDERS.has(path) };
    expect(brokenLinks('docs/a.md', repository)).toEqual(['docs/a.md:1: b.md (no such file)']);
  });
});
