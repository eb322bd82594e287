/**
 * `--redact`: no name, e-mail address, phone number or personnummer of the fixtures' (made-up)
 * people in any file of the output folder, nor on stdout; the records keep the fields, null.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PEOPLE as GAVLEBORG_PEOPLE } from '../../fixtures/build/arsredovisning/documents/gavleborg-2021/people.js';
import { ExpectedCrossDocument } from '../../fixtures/build/cross-document/expected.js';
import type { SlutrapportData } from '../../fixtures/build/slutrapport/model.js';
import { clean } from '../../fixtures/build/slutrapport/documents/clean.js';
import { english } from '../../fixtures/build/slutrapport/documents/english.js';
import { pagebreak } from '../../fixtures/build/slutrapport/documents/pagebreak.js';
import { pdfkitReport } from '../../fixtures/build/slutrapport/documents/pdfkit.js';
import { PLANTED_PERSONNUMMER, planted } from '../../fixtures/build/slutrapport/documents/planted.js';
import { trisamGavle } from '../../fixtures/build/slutrapport/documents/trisam-gavle.js';
import { typedCells } from '../../fixtures/build/slutrapport/documents/typed-cells.js';
import { parseResults, ROOT, runCli } from '../cli/support/run-cli.js';
import { useScratchDir } from '../cli/support/temp-dir.js';
import { allFiles, loadResults, loadTable } from './support/out-folder.js';

const CROSS = 'fixtures/docs/cross-document';
const INPUTS = [
  ...['clean', 'english', 'pagebreak', 'planted', 'trisam-gavle'].flatMap((name) => [
    `fixtures/docs/slutrapport-${name}.docx`,
    `fixtures/docs/slutrapport-${name}.pdf`,
  ]),
  'fixtures/docs/slutrapport-pdfkit.pdf',
  'fixtures/docs/slutrapport-typed-cells.docx',
  'fixtures/docs/arsredovisning-gavleborg-2021.docx',
  `${CROSS}/arsredovisning-norrsken-2021.docx`,
  `${CROSS}/slutrapport-norrsken-arbetslinjen.docx`,
  `${CROSS}/slutrapport-norrsken-nya-steg.docx`,
];

/** Every person the slutrapport fixtures name, with their e-mail addresses and phone numbers. */
function personalData(report: SlutrapportData): string[] {
  return [
    ...report.applicants.flatMap((applicant) => [applicant.contactPerson, applicant.email, applicant.phone]),
    report.responsible.contactPerson,
    report.responsible.email,
    report.responsible.phone,
    ...report.signatures.map((signature) => signature.name),
    ...report.forbundContacts.flatMap((contact) => [contact.name, contact.email, contact.phone]),
  ].filter((value) => value.trim() !== '');
}

const EMAIL = /[\w.-]+@[\w-]+(?:\.[\w-]+)+/;
const PHONE = /070-174 ?06 ?\d\d|0701740\d\d/;

const scratch = useScratchDir();
let out: string;
let personal: string[];

beforeAll(async () => {
  const cross = ExpectedCrossDocument.parse(JSON.parse(await readFile(join(ROOT, CROSS, 'expected.json'), 'utf8')));
  personal = [
    ...new Set([
      ...[clean, english, pagebreak, planted, trisamGavle, pdfkitReport, typedCells].flatMap(personalData),
      ...Object.values(GAVLEBORG_PEOPLE),
      ...cross.people,
      PLANTED_PERSONNUMMER,
      // The birth date the personal-identity-number rule keeps when it masks the number.
      PLANTED_PERSONNUMMER.slice(0, 6),
    ]),
  ];
  out = join(scratch(), 'redacted');
  const run = await runCli(['extract', ...INPUTS, '--out', out, '--redact', '--quiet']);
  expect(run.code, run.stderr).toBe(0);
}, 120_000);

describe('--redact', () => {
  it('the documents do name these people when not redacting (so the check below means something)', async () => {
    const run = await runCli(['extract', 'fixtures/docs/slutrapport-clean.docx', 'fixtures/docs/slutrapport-planted.docx', '--quiet']);
    expect(run.stdout).toContain('Sofia Bergqvist');
    expect(run.stdout).toContain('sofia.bergqvist@sandviken.example');
    expect(run.stdout).toContain(PLANTED_PERSONNUMMER);
  });

  it('leaves no name, e-mail address, phone number or personnummer in any file of the output folder', async () => {
    const files = await allFiles(out);
    expect(files).toContain('results.jsonl');
    expect(files.filter((file) => file.startsWith('results/'))).toHaveLength(INPUTS.length);
    for (const file of files) {
      const text = (await readFile(join(out, file), 'utf8')).toLowerCase();
      for (const value of personal) expect(text.includes(value.toLowerCase()), `${file} contains ${value}`).toBe(false);
      expect(text, file).not.toMatch(EMAIL);
      expect(text, file).not.toMatch(PHONE);
    }
  });

  it('keeps the personal fields, null, and says redacted; everything else stays', async () => {
    const results = await loadResults(out);
    const reports = results.flatMap((result) => (result.kind === 'slutrapport' && result.record ? [result.record] : []));
    expect(reports.length).toBeGreaterThanOrEqual(12);
    for (const record of reports) {
      expect(record.redacted).toBe(true);
      expect(record.applicants.every((applicant) => applicant.contactPerson === null && applicant.email === null && applicant.phone === null)).toBe(true);
      expect([record.responsible.contactPerson, record.responsible.phone, record.responsible.email]).toEqual([null, null, null]);
      expect(record.signatures.every((signature) => signature.name === null)).toBe(true);
    }
    const cleanRecord = reports[0];
    expect(cleanRecord?.intervention.name).toBe('Steg vidare Sandviken');
    expect(cleanRecord?.applicants[0]?.organisation).toBe('Sandvikens kommun, Arbetsmarknadsenheten');
    expect(cleanRecord?.signatures[0]).toMatchObject({ place: 'Sandviken', date: '2022-09-15', organisation: 'Sandvikens kommun' });
    const annual = results.find((result) => result.kind === 'arsredovisning');
    expect(annual?.record).toMatchObject({ redacted: true });
    const documents = await loadTable(out, 'documents.csv');
    expect(documents.every((row) => row['redacted'] === (row['status'] === 'ok'))).toBe(true);
  });

  it('works on stdout as well', async () => {
    const run = await runCli(['extract', 'fixtures/docs/slutrapport-planted.docx', '--redact', '--quiet']);
    const [result] = parseResults(run.stdout);
    expect(result?.record).toMatchObject({ redacted: true });
    for (const value of personal) expect(run.stdout).not.toContain(value);
  });
});
