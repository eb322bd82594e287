/**
 * `extract --out`: results.jsonl and the five tables from a real run over real fixtures, read back
 * through a real CSV parser with each column's type.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentResult } from '../../schemas/result.js';
import { runCli } from '../cli/support/run-cli.js';
import { useScratchDir } from '../cli/support/temp-dir.js';
import { header, loadResults, loadTable, type Row } from './support/out-folder.js';

const CROSS = 'fixtures/docs/cross-document';
const INPUTS = [
  'fixtures/docs/slutrapport-trisam-gavle.docx',
  'fixtures/docs/slutrapport-trisam-gavle.pdf',
  'fixtures/docs/slutrapport-planted.docx',
  'fixtures/docs/slutrapport-clean.docx',
  'fixtures/docs/arsredovisning-gavleborg-2021.docx',
  'fixtures/docs/bad/encrypted.pdf',
  'fixtures/docs/bad/image.png',
  `${CROSS}/arsredovisning-norrsken-2021.docx`,
  `${CROSS}/arsredovisning-norrsken-2022.docx`,
  `${CROSS}/slutrapport-norrsken-arbetslinjen.docx`,
  `${CROSS}/slutrapport-norrsken-nya-steg.docx`,
];

const scratch = useScratchDir();
let out: string;
let stdoutJsonl: string;
let stderr: string;
let results: DocumentResult[];
const tables: Record<string, Row[]> = {};

beforeAll(async () => {
  out = join(scratch(), 'out');
  const [exported, streamed] = await Promise.all([
    runCli(['extract', ...INPUTS, '--out', out, '--csv-delimiter', ';']),
    runCli(['extract', ...INPUTS, '--quiet']),
  ]);
  expect(exported.code, exported.stderr).toBe(0);
  expect(streamed.code, streamed.stderr).toBe(0);
  stdoutJsonl = streamed.stdout;
  stderr = exported.stderr;
  results = await loadResults(out);
  for (const name of ['documents.csv', 'interventions.csv', 'budget_rows.csv', 'findings.csv', 'interventions_linked.csv'] as const)
    tables[name] = await loadTable(out, name, ';');
}, 120_000);

const table = (name: string): Row[] => tables[name] ?? [];
const ok = (kind: string): DocumentResult[] => results.filter((result) => result.status === 'ok' && result.kind === kind);

describe('extract --out: results.jsonl', () => {
  it('is byte for byte what `extract --format jsonl` prints to stdout, one line per input in input order', async () => {
    expect(await readFile(join(out, 'results.jsonl'), 'utf8')).toBe(stdoutJsonl);
    expect(results.map((result) => result.source.path)).toEqual(INPUTS);
  });

  it('the run ends with a summary: documents, ok, failed by code, findings by rule, time', () => {
    expect(stderr).toMatch(/rapportkoll: 11 dokument: 9 ok, 2 misslyckades \(encrypted 1, unsupported-format 1\); \d+ avvikelser \(.*\); \d+,\d s\n/);
    expect(stderr).toMatch(/avvikelser per regel: .*cross-document-mismatch 3/);
  });
});

describe('extract --out: the tables', () => {
  it('are UTF-8 with a BOM, separated by the chosen ";", with the documented headers', async () => {
    expect(await header(out, 'documents.csv', ';')).toEqual([
      'document_id',
      'path',
      'sha256',
      'format',
      'bytes',
      'pages',
      'kind',
      'language',
      'status',
      'error_code',
      'error_message',
      'findings',
      'redacted',
    ]);
    expect(await header(out, 'findings.csv', ';')).toEqual([
      'document_id',
      'document_path',
      'document_sha256',
      'scope',
      'rule_id',
      'severity',
      'message',
      'page',
      'section',
      'evidence_text',
      'evidence_count',
      'link_id',
      'intervention_name',
      'related_document_paths',
      'actual',
      'expected',
      'difference',
      'tolerance',
      'unit',
      'data_json',
    ]);
    const raw = await readFile(join(out, 'interventions.csv'), 'utf8');
    expect(raw.split('\n')[0]).toContain('link_id;document_id;document_path;document_sha256;document_kind;organisation;year;name');
    expect(raw).toContain('Trisam 2.0 Gävle kommun');
  });

  it('documents.csv: one row per input, with status, error code and typed counts', () => {
    const rows = table('documents.csv');
    expect(rows.map((row) => row['path'])).toEqual(INPUTS);
    expect(rows[1]).toMatchObject({ format: 'pdf', pages: 7, kind: 'slutrapport', language: 'swe', status: 'ok', error_code: null, redacted: false });
    expect(rows[0]).toMatchObject({ format: 'docx', pages: null, findings: results[0]?.findings.length });
    expect(rows[5]).toMatchObject({ status: 'failed', error_code: 'encrypted', findings: 0 });
    expect(rows[6]).toMatchObject({ status: 'failed', error_code: 'unsupported-format', format: null });
    rows.forEach((row, index) => expect(row['sha256']).toBe(results[index]?.source.sha256));
  });

  it('interventions.csv: one row per slutrapport and per annual-report intervention, money in kronor with its unit, null never 0', () => {
    const rows = table('interventions.csv');
    const annual = ok('arsredovisning').reduce(
      (sum, result) => sum + (result.kind === 'arsredovisning' && result.record ? result.record.interventions.length : 0),
      0,
    );
    expect(rows).toHaveLength(ok('slutrapport').length + annual);
    const seed = rows.find((row) => row['document_path'] === INPUTS[1]);
    expect(seed).toMatchObject({
      document_kind: 'slutrapport',
      name: 'Trisam 2.0 Gävle kommun',
      // The förbund that funded it, as the slutrapport names it (its record's organisation).
      organisation: 'Samordningsförbund Gävleborg',
      year: 2021,
      period_start: '2019-12-01',
      period_end: '2021-12-31',
      granted_sek: 1250000,
      granted_unit: 'kr',
      budget_sek: 1250000,
      // The seed's Summa utfall says 0: that is what it states, not a missing value.
      outcome_sek: 0,
      participants_total: null,
      participants_approximate: null,
    });
    const norrsken = rows.find((row) => row['name'] === 'Nya steg Luleå' && row['year'] === 2022 && row['document_kind'] === 'arsredovisning');
    expect(norrsken).toMatchObject({
      organisation: 'Samordningsförbundet Norrsken',
      budget_sek: 650000,
      budget_unit: 'tkr',
      outcome_sek: 640000,
      granted_sek: null,
      lead: 'Luleå kommun',
    });
    expect(norrsken).toMatchObject({
      participants_scope: 'year',
      participants_total: 22,
      participants_women: 12,
      participants_men: 10,
      participants_other: null,
      participants_approximate: false,
    });
  });

  it('budget_rows.csv: every 7.2 cost row of every slutrapport, blank amounts empty', () => {
    const rows = table('budget_rows.csv');
    const expected = ok('slutrapport').reduce(
      (sum, result) => sum + (result.kind === 'slutrapport' && result.record ? result.record.budget.rows.length : 0),
      0,
    );
    expect(rows).toHaveLength(expected);
    const seed = rows.filter((row) => row['document_path'] === INPUTS[0]);
    expect(seed.map((row) => row['row_number'])).toEqual(seed.map((_, index) => index + 1));
    expect(seed.find((row) => row['category'] === 'Lokalkostnader')).toMatchObject({
      budget_sek: 1250000,
      outcome_sek: 1250000,
      budget_unit: 'kr',
      intervention_name: 'Trisam 2.0 Gävle kommun',
    });
    expect(seed.find((row) => row['category'] === 'Lönekostnader')).toMatchObject({ budget_sek: null, outcome_sek: null, budget_text: null });
  });

  it("findings.csv: one row per finding with its first evidence; the documents' own, then the cross-document ones", () => {
    const rows = table('findings.csv');
    const own = results.reduce((sum, result) => sum + result.findings.length, 0);
    expect(rows).toHaveLength(own + 3);
    expect(rows.slice(0, own).every((row) => row['scope'] === 'document')).toBe(true);
    // A document's finding carries the link of the intervention it is about: each of a slutrapport's, none of an unreadable file's.
    for (const [index, path] of INPUTS.entries()) {
      const mine = rows.slice(0, own).filter((row) => row['document_path'] === path);
      expect(mine.every((row) => row['document_id'] === index + 1)).toBe(true);
      if (results[index]?.kind === 'slutrapport') for (const row of mine) expect(row['link_id'], `${path} ${String(row['rule_id'])}`).toMatch(/^L\d{5}$/);
    }
    expect(rows.slice(own).every((row) => row['scope'] === 'cross-document' && row['rule_id'] === 'cross-document-mismatch')).toBe(true);
    const first = results[0]?.findings[0];
    expect(rows[0]).toMatchObject({
      document_path: INPUTS[0],
      rule_id: first?.ruleId,
      severity: first?.severity,
      message: first?.message,
      evidence_count: first?.evidence.length,
    });
    expect(rows[0]?.['section']).toBe(first?.evidence[0]?.section ?? null);
    expect(rows.find((row) => row['document_path'] === INPUTS[1])?.['page']).toEqual(expect.any(Number));
  });

  it("findings.csv: each finding's data as JSON, and the figures of a comparison in columns of their own", () => {
    const rows = table('findings.csv');
    const own = results.flatMap((result) => result.findings);
    expect(rows.slice(0, own.length).map((row) => JSON.parse(String(row['data_json'])))).toEqual(own.map((finding) => finding.data));
    // The seed: utfall rows of 1 250 000 kr under a Summa of 0 kr; a checklist left blank states no comparison.
    const seed = rows.filter((row) => row['document_path'] === INPUTS[0]);
    expect(seed.find((row) => row['rule_id'] === 'outcome-total-mismatch')).toMatchObject({
      actual: 0,
      expected: 1250000,
      difference: -1250000,
      tolerance: 0,
      unit: 'kr',
    });
    expect(seed.find((row) => row['rule_id'] === 'checklist-unanswered')).toMatchObject({
      actual: null,
      expected: null,
      difference: null,
      tolerance: null,
      unit: null,
    });
    const counts = rows.filter((row) => row['rule_id'] === 'gender-sum-mismatch');
    expect(counts.length).toBeGreaterThan(0);
    for (const row of counts) expect(row).toMatchObject({ unit: 'persons', difference: Number(row['actual']) - Number(row['expected']) });
    for (const row of rows.filter((candidate) => candidate['scope'] === 'cross-document'))
      expect(JSON.parse(String(row['data_json']))).toHaveProperty('compared');
  });

  it('interventions_linked.csv: one row per intervention, every interventions.csv row pointing at one', () => {
    const linked = table('interventions_linked.csv');
    const interventions = table('interventions.csv');
    expect(new Set(linked.map((row) => row['link_id'])).size).toBe(linked.length);
    expect(new Set(interventions.map((row) => row['link_id']))).toEqual(new Set(linked.map((row) => row['link_id'])));
    for (const row of linked) {
      expect(row['documents']).toBe(interventions.filter((intervention) => intervention['link_id'] === row['link_id']).length);
    }
    // The seed's docx and pdf and the annual report (the .docx) listing it: one intervention, no disagreement.
    const trisam = linked.find((row) => row['name'] === 'Trisam 2.0 Gävle kommun');
    expect(trisam).toMatchObject({ documents: 3, slutrapporter: 2, arsredovisningar: 1, years: '2021', findings: 0, granted_sek: 1250000 });
  });
});
