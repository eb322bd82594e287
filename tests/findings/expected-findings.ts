/**
 * Every fixture's findings against the findings its expected.json lists: one to one, by rule id
 * and the figures and subject of their data (an expected entry's `data` is a part of the
 * finding's data). Shared by the exhaustive test and `npm run accuracy`'s count by rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DOCS_DIR, HOLDOUT_DIR } from '../../fixtures/build/paths.js';
import { processFile } from '../../pipeline/process-file.js';
import { PipelineConfig } from '../../schemas/config.js';
import type { Finding } from '../../schemas/finding.js';

const ExpectedFinding = z.object({ ruleId: z.string(), where: z.string(), data: z.record(z.string(), z.unknown()).optional() });
const ExpectedFile = z.object({ kind: z.string(), files: z.array(z.string()).min(1), findings: z.array(ExpectedFinding) });
export type ExpectedFinding = z.infer<typeof ExpectedFinding>;

export interface FixtureFile {
  /** Relative to fixtures/docs. */
  file: string;
  path: string;
  findings: ExpectedFinding[];
}

/** Every document of fixtures/docs with an expected.json beside it (the hold-outs when asked). */
export function fixtureFiles(set: 'dev' | 'holdout' = 'dev'): FixtureFile[] {
  const dir = set === 'dev' ? DOCS_DIR : HOLDOUT_DIR;
  const prefix = set === 'dev' ? '' : 'holdout/';
  const files: FixtureFile[] = [];
  // The hostile-text report lives apart (its 10 000-letter word is no record to compare field by field), its findings not.
  const folders = set === 'dev' ? [[dir, prefix] as const, [join(dir, 'hostile'), 'hostile/'] as const] : [[dir, prefix] as const];
  for (const [folder, folderPrefix] of folders) {
    for (const name of readdirSync(folder)
      .filter((entry) => entry.endsWith('.expected.json'))
      .sort()) {
      const expected = ExpectedFile.parse(JSON.parse(readFileSync(join(folder, name), 'utf8')));
      for (const file of expected.files) files.push({ file: `${folderPrefix}${file}`, path: join(folder, file), findings: expected.findings });
    }
  }
  if (set === 'holdout') {
    // The slutrapport hold-outs share one expected.json, keyed by name.
    const shared = z
      .record(z.string(), z.object({ findings: z.array(ExpectedFinding) }).loose())
      .parse(JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')));
    for (const [name, expected] of Object.entries(shared)) {
      for (const file of readdirSync(dir).filter((entry) => entry.startsWith(`${name}.`) && !entry.endsWith('.json'))) {
        files.push({ file: `${prefix}${file}`, path: join(dir, file), findings: expected.findings });
      }
    }
  }
  return files;
}

const config = PipelineConfig.parse({});

export async function findingsOf(path: string): Promise<Finding[]> {
  const result = await processFile(path, config);
  if (result.status !== 'ok') throw new Error(`${path}: ${result.status} (${result.error?.code ?? ''})`);
  return result.findings;
}

/** Whether `part` is a part of `whole`: every key of an object, every item of an array (same length), equal values. */
export function isPartOf(part: unknown, whole: unknown): boolean {
  if (Array.isArray(part)) return Array.isArray(whole) && whole.length === part.length && part.every((item, index) => isPartOf(item, whole[index]));
  if (part !== null && typeof part === 'object') {
    if (whole === null || typeof whole !== 'object' || Array.isArray(whole)) return false;
    return Object.entries(part).every(([key, value]) => isPartOf(value, (whole as Record<string, unknown>)[key]));
  }
  return Object.is(part, whole);
}

export interface Pairing {
  /** Findings no expected entry accounts for: false alarms. */
  extra: { ruleId: string; message: string; data: unknown }[];
  /** Expected entries no finding answers: missed defects. */
  missing: ExpectedFinding[];
}

/** Pairs findings with expected entries one to one, by rule id and data. */
export function pair(findings: Finding[], expected: ExpectedFinding[]): Pairing {
  const open = [...expected];
  const extra: Pairing['extra'] = [];
  for (const finding of findings) {
    const index = open.findIndex((entry) => entry.ruleId === finding.ruleId && isPartOf(entry.data ?? {}, finding.data));
    if (index < 0) extra.push({ ruleId: finding.ruleId, message: finding.message, data: finding.data });
    else open.splice(index, 1);
  }
  return { extra, missing: open };
}
