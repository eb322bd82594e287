/**
 * The committed slutrapport fixtures (fixtures/docs, never the hold-outs) read by the real readers,
 * and the expected.json written beside each by fixtures/build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCS_DIR } from '../../../fixtures/build/paths.js';
import { ExpectedSlutrapport } from '../../../fixtures/build/slutrapport/expected.js';
import { readDocx } from '../../../extractors/readers/docx/index.js';
import { readPdf } from '../../../extractors/readers/pdf/index.js';
import { extractSlutrapport } from '../../../extractors/slutrapport/index.js';
import { structureOf } from '../../../extractors/outlines.js';
import type { DocModel } from '../../../extractors/model.js';
import { Limits } from '../../../schemas/config.js';
import type { SlutrapportRecord } from '../../../schemas/slutrapport.js';

export interface SlutrapportFixtureFile {
  /** e.g. "slutrapport-clean.pdf" */
  file: string;
  format: 'pdf' | 'docx';
  expected: ExpectedSlutrapport;
}

/** Every document named by a slutrapport expected.json in fixtures/docs. */
export function slutrapportFixtureFiles(): SlutrapportFixtureFile[] {
  return readdirSync(DOCS_DIR)
    .filter((name) => name.endsWith('.expected.json'))
    .sort()
    .flatMap((name) => {
      const json: unknown = JSON.parse(readFileSync(join(DOCS_DIR, name), 'utf8'));
      const parsed = ExpectedSlutrapport.safeParse(json);
      if (!parsed.success) return [];
      return parsed.data.files.map((file) => ({
        file,
        format: file.endsWith('.pdf') ? ('pdf' as const) : ('docx' as const),
        expected: parsed.data,
      }));
    });
}

const models = new Map<string, Promise<DocModel>>();

/** The document model of a fixture, read once per test file. */
export function readFixture(file: string): Promise<DocModel> {
  let model = models.get(file);
  if (!model) {
    const bytes = new Uint8Array(readFileSync(join(DOCS_DIR, file)));
    const limits = Limits.parse({});
    model = file.endsWith('.pdf') ? readPdf(bytes, limits) : readDocx(bytes, limits);
    models.set(file, model);
  }
  return model;
}

export async function extractFixture(file: string): Promise<SlutrapportRecord> {
  return extractSlutrapport(structureOf(await readFixture(file)));
}

/** The record without where on the page things stand (page numbers and a PDF's boxes), which only a PDF has. */
export function withoutPages(record: SlutrapportRecord): unknown {
  return JSON.parse(JSON.stringify(record, (key, value: unknown) => (key === 'page' || key === 'box' ? undefined : value)));
}
