/**
 * The committed annual-report fixtures (fixtures/docs, never the hold-outs) read by the real
 * readers, and the expected.json the fixtures generator wrote beside each.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExpectedArsredovisning } from '../../../fixtures/build/arsredovisning/expected.js';
import { DOCS_DIR } from '../../../fixtures/build/paths.js';
import { extractArsredovisning } from '../../../extractors/arsredovisning/index.js';
import { structureOf } from '../../../extractors/outlines.js';
import { readDocx } from '../../../extractors/readers/docx/index.js';
import { readPdf } from '../../../extractors/readers/pdf/index.js';
import type { DocModel } from '../../../extractors/model.js';
import type { ArsredovisningRecord } from '../../../schemas/arsredovisning.js';
import type { Count, Money, Period } from '../../../schemas/common.js';
import { Limits } from '../../../schemas/config.js';

export interface ArsredovisningFixtureFile {
  file: string;
  format: 'pdf' | 'docx';
  expected: ExpectedArsredovisning;
}

export function arsredovisningFixtureFiles(): ArsredovisningFixtureFile[] {
  return readdirSync(DOCS_DIR)
    .filter((name) => name.endsWith('.expected.json'))
    .sort()
    .flatMap((name) => {
      const parsed = ExpectedArsredovisning.safeParse(JSON.parse(readFileSync(join(DOCS_DIR, name), 'utf8')));
      if (!parsed.success) return [];
      return parsed.data.files.map((file) => ({ file, format: file.endsWith('.pdf') ? ('pdf' as const) : ('docx' as const), expected: parsed.data }));
    });
}

const models = new Map<string, Promise<DocModel>>();

export function readFixture(file: string): Promise<DocModel> {
  let model = models.get(file);
  if (!model) {
    const bytes = new Uint8Array(readFileSync(join(DOCS_DIR, file)));
    model = file.endsWith('.pdf') ? readPdf(bytes, Limits.parse({})) : readDocx(bytes, Limits.parse({}));
    models.set(file, model);
  }
  return model;
}

export async function extractFixture(file: string): Promise<ArsredovisningRecord> {
  return extractArsredovisning(structureOf(await readFixture(file)));
}

/** Whitespace collapsed in every string: how long texts from a PDF and a DOCX are compared. */
export function collapsed<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (_key, inner: unknown) => (typeof inner === 'string' ? inner.replace(/\s+/g, ' ').trim() : inner))) as T;
}

export function money(value: Money | null): { sek: number; unit: string; text: string } | null {
  return value ? { sek: value.sek, unit: value.unit, text: value.text } : null;
}

export function period(value: Period | null): { start: string | null; end: string | null; text: string } | null {
  return value ? { start: value.start, end: value.end, text: value.text } : null;
}

/** A count as expected.json states it: without evidence, and without the year its sentence names (tests/parse/count.test.ts reads that). */
export function count<C extends Count>(value: C | null): Omit<C, 'evidence' | 'year'> | null {
  if (!value) return null;
  const { evidence: _evidence, year: _year, ...rest } = value;
  return rest;
}

/** The record without page numbers: what must be equal for a report's DOCX and PDF. */
export function withoutPages(record: ArsredovisningRecord): unknown {
  return collapsed(JSON.parse(JSON.stringify(record, (key, value: unknown) => (key === 'page' || key === 'box' ? undefined : value))));
}
