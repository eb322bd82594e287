/**
 * `extract --out` as a Frictionless Data Package: datapackage.json held to the published Data
 * Package, Table Schema and Table Dialect JSON Schemas (v1, kept in support/frictionless/) with
 * ajv, and every CSV read back by its own descriptor — the header is the schema's fields, every
 * value parses as its field's type, the keys are unique and the references resolve. Also the new
 * tables' content: reports.csv per förbund and year, statement_rows.csv, findings tied to their
 * intervention, and byte-identical files at two paths kept as two documents.
 */
import { Ajv } from 'ajv';
import { parse } from 'csv-parse/sync';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../schemas/result.js';
import { runCli } from '../cli/support/run-cli.js';
import { useScratchDir } from '../cli/support/temp-dir.js';

const PROFILES = join(import.meta.dirname, 'support', 'frictionless');
const DUPLICATE = 'fixtures/docs/arsredovisning-planted-2022.pdf';
/** Real openings from the corpus: an interim report's web summary, and an annual report stating its organisationsnummer. */
const INTERIM = 'fixtures/corpus/dev/roslagen-2022-delarsavstamning-webbsammanfattning.pdf';
const WITH_ORGANISATION_NUMBER = 'fixtures/corpus/dev/lycksele-2010-arsredovisning.pdf';

interface Field {
  name: string;
  type: string;
  description: string;
  trueValues?: string[];
  falseValues?: string[];
}
interface Resource {
  name: string;
  path: string;
  encoding: string;
  dialect: { delimiter: string };
  schema: {
    fields: Field[];
    missingValues: string[];
    primaryKey?: string[];
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  };
}
interface Descriptor {
  schemaVersion: number;
  resources: Resource[];
}

const scratch = useScratchDir();
let out: string;
let copies: string[];
let descriptor: Descriptor;
const rows = new Map<string, Record<string, string>[]>();

beforeAll(async () => {
  out = join(scratch(), 'out');
  copies = [join(scratch(), 'a', 'report.pdf'), join(scratch(), 'b', 'report.pdf')];
  for (const copy of copies) {
    await mkdir(join(copy, '..'), { recursive: true });
    await copyFile(DUPLICATE, copy);
  }
  const inputs = [
    'fixtures/docs/arsredovisning-gavleborg-2021.docx',
    'fixtures/docs/arsredovisning-labels-2020.pdf',
    'fixtures/docs/slutrapport-planted.docx',
    'fixtures/docs/bad/encrypted.pdf',
    ...copies,
    INTERIM,
    WITH_ORGANISATION_NUMBER,
  ];
  const run = await runCli(['extract', ...inputs, '--out', out, '--csv-delimiter', ';', '--quiet']);
  expect(run.code, run.stderr).toBe(0);
  descriptor = JSON.parse(await readFile(join(out, 'datapackage.json'), 'utf8')) as Descriptor;
  for (const resource of descriptor.resources) {
    const bytes = await readFile(join(out, resource.path));
    expect(bytes.subarray(0, 3).toString('hex'), `${resource.path} starts with a BOM`).toBe('efbbbf');
    rows.set(resource.name, parse(bytes, { bom: true, columns: true, delimiter: resource.dialect.delimiter }));
  }
}, 180_000);

async function profile(name: string): Promise<object> {
  return JSON.parse(await readFile(join(PROFILES, `${name}.json`), 'utf8')) as object;
}

/** The published profiles carry keywords of their own (propertyOrder, context); formats are not checked. */
function ajv(): Ajv {
  return new Ajv({ strict: false, validateFormats: false, allErrors: true });
}

const table = (name: string): Record<string, string>[] => rows.get(name) ?? [];

/** Whether a CSV value is what its Table Schema field type says (Table Schema v1, default formats). */
function parsesAs(field: Field, value: string): boolean {
  switch (field.type) {
    case 'string':
      return true;
    case 'integer':
      return /^-?\d+$/.test(value) && Number.isSafeInteger(Number(value));
    case 'number':
      return /^-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$/.test(value) && Number.isFinite(Number(value));
    case 'boolean':
      return [...(field.trueValues ?? ['true']), ...(field.falseValues ?? ['false'])].includes(value);
    case 'date': {
      const date = new Date(`${value}T00:00:00Z`);
      return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
    }
    default:
      return false;
  }
}

describe('datapackage.json', () => {
  it('is a valid Data Package by the published JSON Schema', async () => {
    const validate = ajv().compile(await profile('datapackage'));
    expect(validate(descriptor), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it("gives each resource a valid Table Schema and Table Dialect: ';' as chosen, UTF-8 with its BOM stated", async () => {
    const schema = ajv().compile(await profile('tableschema'));
    const dialect = ajv().compile(await profile('tabledialect'));
    for (const resource of descriptor.resources) {
      expect(schema(resource.schema), `${resource.name}: ${JSON.stringify(schema.errors)}`).toBe(true);
      expect(dialect(resource.dialect), `${resource.name}: ${JSON.stringify(dialect.errors)}`).toBe(true);
      expect(resource.dialect.delimiter).toBe(';');
      expect(resource.encoding).toBe('utf-8');
    }
    expect(descriptor.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('describes every CSV of the folder, every column with a description; text columns state the formula guard', () => {
    expect(descriptor.resources.map((resource) => resource.path).sort()).toEqual(
      [
        'budget_rows.csv',
        'budget_years.csv',
        'funding_parts.csv',
        'documents.csv',
        'findings.csv',
        'interventions.csv',
        'interventions_linked.csv',
        'reports.csv',
        'statement_rows.csv',
      ].sort(),
    );
    for (const field of descriptor.resources.flatMap((resource) => resource.schema.fields)) {
      expect(field.description.length, field.name).toBeGreaterThan(10);
      if (field.type === 'string') expect(field.description, field.name).toContain("leading '");
    }
  });
});

describe('the CSVs read by their descriptor', () => {
  it('have exactly the fields the schema lists, in order', async () => {
    for (const resource of descriptor.resources) {
      const [header] = parse(await readFile(join(out, resource.path)), { bom: true, delimiter: resource.dialect.delimiter, to_line: 1 }) as string[][];
      expect(header, resource.name).toEqual(resource.schema.fields.map((field) => field.name));
    }
  });

  it('hold in every cell a value of its field type, or nothing', () => {
    let checked = 0;
    for (const resource of descriptor.resources) {
      for (const row of table(resource.name)) {
        for (const field of resource.schema.fields) {
          const value = row[field.name] ?? '';
          if (resource.schema.missingValues.includes(value)) continue;
          expect(parsesAs(field, value), `${resource.name}.${field.name}: "${value}" is no ${field.type}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('have unique primary keys and foreign keys that resolve to documents.csv', () => {
    for (const resource of descriptor.resources) {
      const key = resource.schema.primaryKey;
      if (key) {
        const keys = table(resource.name).map((row) => key.map((name) => row[name]).join('\u0000'));
        expect(new Set(keys).size, resource.name).toBe(keys.length);
      }
      for (const foreign of resource.schema.foreignKeys ?? []) {
        const targets = new Set(table(foreign.reference.resource).map((row) => foreign.reference.fields.map((name) => row[name]).join('\u0000')));
        for (const row of table(resource.name)) {
          const value = foreign.fields.map((name) => row[name]).join('\u0000');
          if (value !== '') expect(targets.has(value), `${resource.name} → ${value}`).toBe(true);
        }
      }
    }
  });
});

describe('the new tables', () => {
  it('keep byte-identical files at two paths as two documents with their own key', () => {
    const twins = table('documents').filter((row) => copies.includes(row['path'] ?? ''));
    expect(twins.map((row) => row['document_id'])).toEqual(['5', '6']);
    expect(new Set(twins.map((row) => row['sha256'])).size).toBe(1);
    expect(
      table('reports')
        .filter((row) => copies.includes(row['document_path'] ?? ''))
        .map((row) => row['document_id']),
    ).toEqual(['5', '6']);
  });

  it('reports.csv: per förbund and year the contributions, participants, result and equity', () => {
    const gavleborg = table('reports').find((row) => row['organisation'] === 'Samordningsförbund Gävleborg');
    expect(gavleborg).toMatchObject({
      document_id: '1',
      year: '2021',
      member_contributions_sek: '13320000',
      member_contributions_unit: 'tkr',
      state_contribution_sek: '6660000',
      region_contribution_sek: '3330000',
      kommun_contribution_sek: '3330000',
      participants_total: '994',
      participants_women: '609',
      participants_men: '384',
      participants_approximate: 'false',
      result_sek: '-1718000',
      equity_sek: '5232000',
      interventions: '18',
    });
    const fjallbygden = table('reports').find((row) => row['organisation'] === 'Samordningsförbundet Fjällbygden');
    expect(fjallbygden).toMatchObject({ year: '2020', result_sek: '125000', equity_sek: '912000', kommun_contribution_sek: '1200000' });
  });

  it('reports.csv: an interim report with its period instead of a year, and the organisationsnummer where stated', () => {
    const byPath = (path: string) => table('reports').find((row) => row['document_path'] === path);
    expect(byPath(INTERIM)).toMatchObject({ kind: 'delarsrapport', year: '', period_start: '2022-01-01', period_end: '2022-06-30', organisation_number: '' });
    expect(byPath(WITH_ORGANISATION_NUMBER)).toMatchObject({
      kind: 'arsredovisning',
      year: '2010',
      period_start: '',
      period_end: '',
      organisation_number: '222000-1784',
    });
    expect(byPath('fixtures/docs/arsredovisning-gavleborg-2021.docx')).toMatchObject({ organisation_number: '', period_start: '' });
  });

  it('statement_rows.csv: every figure with its statement, row, column and year', () => {
    const balance = table('statement_rows').filter((row) => row['document_id'] === '1' && row['statement'] === 'balance');
    expect(balance.find((row) => row['label'] === 'SUMMA TILLGÅNGAR' && row['column'] === 'previous')).toMatchObject({
      year: '2020',
      amount_sek: '8502000',
      unit: 'tkr',
      unit_text: 'Belopp i tkr',
      amount_text: '8 502',
    });
    const operating = table('statement_rows').filter((row) => row['document_id'] === '1' && row['statement'] === 'operating');
    expect(operating.filter((row) => row['label'] === 'Samverkansinsatser').map((row) => [row['column'], row['amount_sek']])).toEqual([
      ['budget', '-13840000'],
      ['outcome', '-11271000'],
      ['deviation', '2569000'],
    ]);
  });

  it('findings.csv: a finding about one intervention names it and carries its link_id', () => {
    const about = table('findings').filter((row) => row['document_id'] === '1' && row['rule_id'] === 'outcome-exceeds-budget');
    expect(about.map((row) => row['intervention_name'])).toEqual(['Insatskatalogen Gävleborg']);
    expect(about[0]?.['link_id']).toMatch(/^L\d{5}$/);
    const slutrapport = table('findings').filter((row) => row['document_id'] === '3');
    expect(slutrapport.length).toBeGreaterThan(0);
    for (const row of slutrapport) expect(row['link_id'], row['rule_id']).toMatch(/^L\d{5}$/);
    const statementFindings = table('findings').filter((row) => row['rule_id'] === 'balance-sheet-mismatch');
    expect(statementFindings.map((row) => [row['document_id'], row['intervention_name'], row['link_id']])).toEqual([
      ['5', '', ''],
      ['6', '', ''],
    ]);
  });
});
