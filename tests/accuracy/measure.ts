/**
 * Runs the pipeline over a corpus set's documents — each text as its .pdf and its .docx — and
 * tells, per document and field, whether both came out as the text states.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CorpusDocument, type CorpusKind } from '../../fixtures/build/corpus/expected.js';
import type { CorpusSet } from '../../fixtures/build/corpus/sets.js';
import { CORPUS_DIR } from '../../fixtures/build/paths.js';
import { processFile } from '../../pipeline/process-file.js';
import { PipelineConfig } from '../../schemas/config.js';
import { expectedIdentity, FIELDS, type Field, identityOf, type Identity, sameValue } from './compare.js';

export type { CorpusSet };
export const FORMATS = ['pdf', 'docx'] as const;
export type Format = (typeof FORMATS)[number];

export interface Measured {
  id: string;
  /** The expected kind; "negative" for a document that is no report. */
  group: CorpusKind | 'negative';
  expected: Identity;
  actual: Record<Format, Identity>;
  /** Right in both renderings. */
  right: Record<Field, boolean>;
  /** The rule id of every finding, in both renderings. */
  findings: string[];
}

export async function measureSet(set: CorpusSet, onDocument?: (done: number, total: number) => void): Promise<Measured[]> {
  const dir = join(CORPUS_DIR, set);
  const ids = (await readdir(dir))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -5))
    .sort();
  const config = PipelineConfig.parse({});
  const measured: Measured[] = [];
  for (const id of ids) {
    const document = CorpusDocument.parse(JSON.parse(await readFile(join(dir, `${id}.json`), 'utf8')));
    const expected = expectedIdentity(document.expected);
    const actual = {} as Record<Format, Identity>;
    const findings: string[] = [];
    for (const format of FORMATS) {
      const result = await processFile(join(dir, `${id}.${format}`), config);
      actual[format] = identityOf(result);
      findings.push(...result.findings.map((finding) => finding.ruleId));
    }
    const right = Object.fromEntries(
      FIELDS.map((field) => [field, FORMATS.every((format) => sameValue(field, actual[format][field], expected[field]))]),
    ) as Record<Field, boolean>;
    measured.push({ id, group: document.expected.kind ?? 'negative', expected, actual, right, findings });
    onDocument?.(measured.length, ids.length);
  }
  return measured;
}

export const GROUPS = ['arsredovisning', 'delarsrapport', 'slutrapport', 'negative'] as const;

/** "right/total" per group and field, and a total row. */
export function tally(measured: Measured[]): { group: string; documents: number; cells: Record<Field, string> }[] {
  const rows = [...GROUPS.map((group) => ({ group, items: measured.filter((item) => item.group === group) })), { group: 'all', items: measured }];
  return rows
    .filter((row) => row.items.length > 0)
    .map(({ group, items }) => ({
      group,
      documents: items.length,
      cells: Object.fromEntries(FIELDS.map((field) => [field, `${items.filter((item) => item.right[field]).length}/${items.length}`])) as Record<Field, string>,
    }));
}
