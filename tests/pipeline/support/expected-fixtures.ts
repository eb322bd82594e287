import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const DOCS_DIR = join(ROOT, 'fixtures', 'docs');

/** What the fixtures helper states about each committed document (fixtures/docs/*.expected.json). */
export interface ExpectedDocument {
  /** Relative to the project root. */
  path: string;
  kind: string;
  language: string;
}

/** Every committed document with an expectation, found at test time so new fixtures are covered. */
export function expectedDocuments(): ExpectedDocument[] {
  const documents: ExpectedDocument[] = [];
  for (const name of readdirSync(DOCS_DIR)
    .filter((entry) => entry.endsWith('.expected.json'))
    .sort()) {
    const expected = JSON.parse(readFileSync(join(DOCS_DIR, name), 'utf8')) as { kind: string; language: string; files: string[] };
    for (const file of expected.files) documents.push({ path: `fixtures/docs/${file}`, kind: expected.kind, language: expected.language });
  }
  return documents;
}
