/**
 * Cross-document reconciliation over a real run: the Norrsken fixtures (fixtures/build/cross-document/)
 * link as expected.json says, the pair built to disagree gives exactly its findings, and the
 * consistent pairs — Norrsken's Nya steg, and the seed slutrapport with the 2021 annual report
 * listing it — give none.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExpectedCrossDocument } from '../../fixtures/build/cross-document/expected.js';
import { crossDocumentMismatch } from '../../pipeline/rules/cross-document-mismatch.js';
import { CrossDocumentMismatchData } from '../../schemas/run-finding.js';
import { ROOT, runCli } from '../cli/support/run-cli.js';
import { useScratchDir } from '../cli/support/temp-dir.js';
import { loadTable, type Row } from './support/out-folder.js';

const CROSS = 'fixtures/docs/cross-document';
const SEED_PAIR = ['fixtures/docs/slutrapport-trisam-gavle.docx', 'fixtures/docs/arsredovisning-gavleborg-2021.docx'];

const scratch = useScratchDir();
let expected: ExpectedCrossDocument;
let linked: Row[];
let findings: Row[];

beforeAll(async () => {
  expected = ExpectedCrossDocument.parse(JSON.parse(await readFile(join(ROOT, CROSS, 'expected.json'), 'utf8')));
  const out = join(scratch(), 'out');
  const run = await runCli(['extract', ...expected.documents.map((file) => `${CROSS}/${file}`), ...SEED_PAIR, '--out', out, '--quiet']);
  expect(run.code, run.stderr).toBe(0);
  linked = await loadTable(out, 'interventions_linked.csv');
  findings = (await loadTable(out, 'findings.csv')).filter((row) => row['scope'] === 'cross-document');
}, 120_000);

const files = (cell: unknown): string[] =>
  String(cell ?? '')
    .split(' | ')
    .map((path) => basename(path))
    .sort();

describe('cross-document reconciliation', () => {
  it('links each Norrsken intervention across the annual reports and its slutrapport, as expected.json says', () => {
    const norrsken = linked.filter((row) => files(row['document_paths']).some((file) => expected.documents.includes(file)));
    expect(
      norrsken.map((row) => ({ name: row['name'], documents: files(row['document_paths']), years: String(row['years']).split(' | ').map(Number) })),
    ).toEqual(expected.linked.map((intervention) => ({ ...intervention, documents: [...intervention.documents].sort() })));
  });

  it('finds exactly the disagreements built into Arbetslinjen Piteå, each with evidence in the documents it compares', () => {
    expect(
      findings.map((row) => ({
        rule: row['rule_id'],
        severity: row['severity'],
        document: basename(String(row['document_path'])),
        related: files(row['related_document_paths']),
      })),
    ).toEqual(
      expected.findings.map((finding) => ({
        rule: finding.ruleId,
        severity: 'warning',
        document: finding.documents[0],
        related: finding.documents.slice(1).sort(),
      })),
    );
    expect(findings.every((row) => String(row['message']).startsWith('Arbetslinjen Piteå: '))).toBe(true);
    const piteå = linked.find((row) => row['name'] === 'Arbetslinjen Piteå');
    expect(piteå).toMatchObject({ findings: 3, granted_sek: 900000, outcome_sum_sek: 1000000, period_start: '2021-01-01' });
    expect(findings.map((row) => row['link_id'])).toEqual([piteå?.['link_id'], piteå?.['link_id'], piteå?.['link_id']]);
  });

  it("carries each finding's figures as data, and its message is the rule's wording of that data", () => {
    const data = findings.map((row) => CrossDocumentMismatchData.parse(JSON.parse(String(row['data_json']))));
    expect(findings.map((row) => row['message'])).toEqual(data.map((item) => crossDocumentMismatch.meta.messages.sv(item)));
    expect(data.map((item) => item.compared).sort()).toEqual(['granted', 'period', 'period']);
    const granted = data.find((item) => item.compared === 'granted');
    expect(granted).toMatchObject({ intervention: 'Arbetslinjen Piteå', actual: 1_000_000, expected: 900_000, difference: 100_000, unit: 'kr' });
    const grantedRow = findings[data.findIndex((item) => item.compared === 'granted')];
    expect(grantedRow).toMatchObject({ actual: 1_000_000, expected: 900_000, difference: 100_000, tolerance: 1_500, unit: 'kr' });
    for (const row of findings.filter((candidate) => candidate !== grantedRow)) expect(row).toMatchObject({ actual: null, unit: null });
  });

  it('consistent pairs give no finding: Nya steg Luleå, and the seed slutrapport with the annual report listing it', () => {
    expect(linked.find((row) => row['name'] === 'Nya steg Luleå')).toMatchObject({
      findings: 0,
      slutrapporter: 1,
      arsredovisningar: 2,
      granted_sek: 1250000,
      outcome_sum_sek: 1200000,
    });
    expect(linked.find((row) => row['name'] === 'Trisam 2.0 Gävle kommun')).toMatchObject({ findings: 0, slutrapporter: 1, arsredovisningar: 1, documents: 2 });
    // Arbetslinjen Boden has other dates than the Piteå slutrapport: linked with it, that would be a finding.
    expect(linked.find((row) => row['name'] === 'Arbetslinjen Boden')).toMatchObject({ slutrapporter: 0, findings: 0 });
  });

  it('is configured like every rule: another severity, or off', async () => {
    const inputs = expected.documents.map((file) => `${CROSS}/${file}`);
    const config = join(scratch(), 'rapportkoll.config.json');
    await writeFile(config, JSON.stringify({ rules: { 'cross-document-mismatch': 'error' } }));
    const strict = await runCli(['extract', ...inputs, '--out', join(scratch(), 'strict'), '--config', config, '--fail-on', 'error', '--quiet']);
    expect(strict.code).toBe(1);
    const rows = (await loadTable(join(scratch(), 'strict'), 'findings.csv')).filter((row) => row['scope'] === 'cross-document');
    expect(rows.map((row) => row['severity'])).toEqual(['error', 'error', 'error']);

    await writeFile(config, JSON.stringify({ rules: { 'cross-document-mismatch': 'off' } }));
    const off = await runCli(['extract', ...inputs, '--out', join(scratch(), 'off'), '--config', config, '--quiet']);
    expect(off.code, off.stderr).toBe(0);
    expect((await loadTable(join(scratch(), 'off'), 'findings.csv')).filter((row) => row['scope'] === 'cross-document')).toEqual([]);
  }, 60_000);
});
