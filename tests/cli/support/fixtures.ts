import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './run-cli.js';

/** Committed fixtures (fixtures/build/ makes them), as paths relative to the project root. */
export const FIXTURES = {
  slutrapportDocx: 'fixtures/docs/slutrapport-trisam-gavle.docx',
  slutrapportPdf: 'fixtures/docs/slutrapport-trisam-gavle.pdf',
  badDir: 'fixtures/docs/bad',
  manyPagesPdf: 'fixtures/docs/bad/many-pages.pdf',
} as const;

export function fixturePath(relative: string): string {
  return join(ROOT, relative);
}

export function fixtureExists(relative: string): boolean {
  return existsSync(fixturePath(relative));
}
