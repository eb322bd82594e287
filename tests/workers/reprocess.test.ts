/**
 * `rapportkoll reprocess` after an upgrade, on a real out folder: documents in processed/ whose
 * result an older rapportkoll or older rules made (faked by writing their real result with an older
 * version) are read again, their results replaced, and only findings that are new raise an alert.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { madeBy } from '../../pipeline/versions.js';
import { defectKey } from '../../schemas/finding.js';
import type { DocumentResult } from '../../schemas/result.js';
import { extract } from '../cli/support/run-cli.js';
import { runCli } from './support/cli.js';
import { alertLines, resultLines } from './support/out-dir.js';

const FIXTURES = {
  planted: 'fixtures/docs/slutrapport-planted.docx',
  clean: 'fixtures/docs/slutrapport-clean.docx',
  current: 'fixtures/docs/slutrapport-english.docx',
  unrecorded: 'fixtures/docs/slutrapport-planted.pdf',
} as const;
type Name = keyof typeof FIXTURES;
/** Where each sits in processed/, as the watcher would have moved it there. */
const KEPT: Record<Name, string> = { planted: '2024/planted.docx', clean: 'clean.docx', current: 'english.docx', unrecorded: 'planted.pdf' };
const INBOX_PATH = '/srv/inkorg/2024/planted.docx';

let out: string;
const fresh = {} as Record<Name, DocumentResult>;
const sha = {} as Record<Name, string>;
let dropped: DocumentResult['findings'][number];

const resultFile = (name: Name): string => join(out, 'results', `${sha[name]}.json`);
const env = (): Record<string, string> => ({ RAPPORTKOLL_OUT: out, RAPPORTKOLL_CONCURRENCY: '2', LOG_LEVEL: 'info' });

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'rk-reprocess-'));
  const { results } = await extract(Object.values(FIXTURES));
  for (const [index, name] of (Object.keys(FIXTURES) as Name[]).entries()) {
    const result = results[index];
    if (!result) throw new Error(`no result for ${name}`);
    fresh[name] = result;
    sha[name] = createHash('sha256')
      .update(await readFile(FIXTURES[name]))
      .digest('hex');
    await mkdir(join(out, 'processed', KEPT[name], '..'), { recursive: true });
    await copyFile(FIXTURES[name], join(out, 'processed', KEPT[name]));
  }
  const warned = fresh.planted.findings.filter((finding) => finding.severity !== 'info');
  dropped = warned[0] ?? fail('the planted report has no warning or error');
  // What the older versions wrote: the planted report by an older rapportkoll that did not find
  // `dropped` (and under its inbox path), the clean one by older rules, the English one by this
  // version; the PDF has no result at all.
  const old: Partial<Record<Name, DocumentResult>> = {
    planted: {
      ...fresh.planted,
      source: { ...fresh.planted.source, path: INBOX_PATH },
      findings: fresh.planted.findings.filter((finding) => finding !== dropped),
      rapportkollVersion: '0.0.1',
    },
    clean: { ...fresh.clean, rulesVersion: 1 },
    current: fresh.current,
  };
  await mkdir(join(out, 'results'));
  for (const [name, result] of Object.entries(old) as Array<[Name, DocumentResult]>) await writeFile(resultFile(name), JSON.stringify(result, null, 2));
  await writeFile(
    join(out, 'results.jsonl'),
    Object.values(old)
      .map((result) => `${JSON.stringify(result)}\n`)
      .join(''),
  );
}, 180_000);

afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

function fail(message: string): never {
  throw new Error(message);
}

describe('rapportkoll reprocess', () => {
  it('--dry-run lists what would be made again and changes nothing', async () => {
    const before = await readFile(resultFile('planted'), 'utf8');
    const run = await runCli(['reprocess', '--dry-run'], env());
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('4 dokument i processed/: 3 skulle göras om av rapportkoll');
    expect(run.stdout).toContain('1 redan aktuella, 0 överhoppade; 0 larm för nya avvikelser');
    expect(await readFile(resultFile('planted'), 'utf8')).toBe(before);
    expect(await alertLines(out)).toEqual([]);
  }, 120_000);

  it('makes again the results of other versions, replaces them, and alerts only on the new finding', async () => {
    const currentMtime = (await stat(resultFile('current'))).mtimeMs;
    const run = await runCli(['reprocess'], env());
    expect(run.code, run.stderr).toBe(0);
    const { rapportkollVersion, rulesVersion } = madeBy();
    expect(run.stdout).toBe(
      `4 dokument i processed/: 3 gjordes om av rapportkoll ${rapportkollVersion} (regler ${rulesVersion}), 1 redan aktuella, 0 överhoppade; 2 larm för nya avvikelser\n`,
    );

    for (const name of ['planted', 'clean', 'unrecorded'] as const) {
      const stored = JSON.parse(await readFile(resultFile(name), 'utf8')) as DocumentResult;
      expect(stored).toMatchObject({ rapportkollVersion, rulesVersion, findings: fresh[name].findings });
    }
    expect((JSON.parse(await readFile(resultFile('planted'), 'utf8')) as DocumentResult).source.path).toBe(INBOX_PATH);
    expect((JSON.parse(await readFile(resultFile('unrecorded'), 'utf8')) as DocumentResult).source.path).toBe(join(out, 'processed', KEPT.unrecorded));
    expect((await stat(resultFile('current'))).mtimeMs).toBe(currentMtime);
    // One line per document, each the current version's.
    const lines = await resultLines(out);
    expect(lines.map((line) => line.source.sha256).sort()).toEqual(Object.values(sha).sort());
    expect(lines.every((line) => line.rapportkollVersion === rapportkollVersion && line.rulesVersion === rulesVersion)).toBe(true);

    const alerts = await alertLines(out);
    expect(alerts.map((alert) => [alert.document.sha256, alert.type])).toEqual(
      expect.arrayContaining([
        [sha.planted, 'findings'],
        [sha.unrecorded, 'findings'],
      ]),
    );
    expect(alerts).toHaveLength(2);
    const planted = alerts.find((alert) => alert.document.sha256 === sha.planted);
    expect(planted?.findings.map(defectKey)).toEqual([defectKey(dropped)]);
    expect(planted?.document.path).toBe(INBOX_PATH);
    expect(planted?.alertId).toBe(`${sha.planted}:findings:reprocess:${rapportkollVersion}:rules-${rulesVersion}`);
    const unrecorded = alerts.find((alert) => alert.document.sha256 === sha.unrecorded);
    expect(unrecorded?.findings.map(defectKey).sort()).toEqual(
      fresh.unrecorded.findings
        .filter((finding) => finding.severity !== 'info')
        .map(defectKey)
        .sort(),
    );
  }, 180_000);

  it('run again: everything is current, nothing is read or raised', async () => {
    const alerts = await alertLines(out);
    const run = await runCli(['reprocess'], env());
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('4 dokument i processed/: 0 gjordes om');
    expect(run.stdout).toContain('4 redan aktuella');
    expect(await alertLines(out)).toEqual(alerts);
  }, 120_000);

  it('a run cut short after raising the alert but before replacing the result raises it no second time', async () => {
    const oldPlanted = {
      ...fresh.planted,
      source: { ...fresh.planted.source, path: INBOX_PATH },
      findings: fresh.planted.findings.filter((finding) => finding !== dropped),
      rapportkollVersion: '0.0.1',
    };
    await writeFile(resultFile('planted'), JSON.stringify(oldPlanted, null, 2));
    const alerts = await alertLines(out);
    const run = await runCli(['reprocess'], env());
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('1 gjordes om');
    expect(run.stdout).toContain('0 larm för nya avvikelser');
    expect(await alertLines(out)).toEqual(alerts);
    expect(JSON.parse(await readFile(resultFile('planted'), 'utf8'))).toMatchObject({ rapportkollVersion: madeBy().rapportkollVersion });
  }, 120_000);
});
