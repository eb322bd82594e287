/**
 * The seed report on a retyped template: every label and heading reworded, typo'd or with other
 * dashes and brackets, built with the fixture writers (DOCX with grey form fields, DOCX typed into
 * table cells, and a pdfkit PDF with borderless tables) and read by the real readers. The
 * extractor must still find every field.
 */
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../fixtures/build/docx/index.js';
import { slutrapportPdfkit } from '../../fixtures/build/pdf/render.js';
import { clean } from '../../fixtures/build/slutrapport/documents/clean.js';
import { trisamGavle } from '../../fixtures/build/slutrapport/documents/trisam-gavle.js';
import { type DocxRenderOptions, slutrapportDocx } from '../../fixtures/build/slutrapport/docx-template.js';
import { expectedFor } from '../../fixtures/build/slutrapport/expected.js';
import { driftedLabels, SEED_LABELS } from '../../fixtures/build/slutrapport/labels.js';
import type { SlutrapportData } from '../../fixtures/build/slutrapport/model.js';
import { readDocx } from '../../extractors/readers/docx/index.js';
import { readPdf } from '../../extractors/readers/pdf/index.js';
import { extractSlutrapport } from '../../extractors/slutrapport/index.js';
import { structureOf } from '../../extractors/outlines.js';
import { Limits } from '../../schemas/config.js';
import { expectContract } from './support/contract.js';

const N = SEED_LABELS.narrative;

/** The same report on a template someone retyped. */
const drifted: SlutrapportData = {
  ...trisamGavle,
  labels: driftedLabels(
    {
      registrationNumber: 'Diarienr',
      receivedDate: 'Ankomst datum',
      section1: '1. Allmäna uppgifter',
      name: 'Insatsens namn:',
      period: 'Planerad insatstid (åååå-mm-dd)',
      intakeEndDate: 'Ev. slutdatum för intag av deltagare i insatsen',
      granted: 'Totalt beviljade medel från Samordningsförbund X för insatsen',
      section2: '2. Följande förbundsmedlemmar har sökt medel:',
      applicantOrganisation: 'Organisations och arbetställets namn',
      applicantContact: 'Kontakt person',
      applicantEmail: 'E-post adress',
      applicantPhone: 'Telefon nummer',
      section3: '3. Ansvarig för genomförandet av insatsen',
      responsibleContact: 'Namn – kontaktperson för insatsägaren',
      responsiblePhone: 'Mobiltelefon',
      costColumns: ['Kostnadsslag', 'Budget', 'Utfall'],
      costRows: SEED_LABELS.costRows.map((row) => row.replace('Externa tjänster', 'Externa tjänster ').replace('Resekostnader', 'Rese kostnader')),
      costCategories: SEED_LABELS.costCategories.map((c) => c.replace('Resekostnader', 'Rese kostnader')),
      totalRow: 'Summa:',
      printedName: 'Namnförtydligande:',
      organisationOwner: 'Organisation – Insatsägare / huvudman',
    },
    {
      '4.1': { heading: '4.1 Bakgrund till insatsen – beskriv skälen till insatsen' },
      '5.3': { heading: N['5.3'].heading.replace('numerära', 'numerärå'), instruction: N['5.3'].instruction },
      '7.3': { heading: '7.3 Styrgruppens analys av utfallet för insatsen', instruction: '(måluppfyllelse, budget, avvikelser, plan för implementering mm)' },
    },
  ),
};

const expected = expectedFor(drifted, ['drifted']).record;
const limits = Limits.parse({});

describe('a slutrapport on a retyped template', () => {
  it.each<[string, DocxRenderOptions]>([
    ['grey form fields', { fields: 'form', checkboxes: 'legacy' }],
    ['values typed into table cells', { fields: 'typed', checkboxes: 'sdt' }],
  ])('DOCX with %s: every field is found', async (_name, options) => {
    const bytes = await buildDocx(slutrapportDocx(drifted, options));
    const record = extractSlutrapport(structureOf(await readDocx(new Uint8Array(bytes), limits)));
    expectContract(record, expected, 'docx');
  });

  it('PDF drawn by pdfkit with borderless tables: every field is found', async () => {
    const record = extractSlutrapport(structureOf(await readPdf(await slutrapportPdfkit(drifted), limits)));
    expectContract(record, expected, 'pdf');
    expect(record.intervention.granted?.evidence?.page).toBe(1);
  });

  it('DOCX whose headings 1, 2 and 3 were deleted: the fields are still told apart by their labels', async () => {
    const headless: SlutrapportData = { ...clean, labels: driftedLabels({ section1: '', section2: '', section3: '' }) };
    const bytes = await buildDocx(slutrapportDocx(headless, { fields: 'form', checkboxes: 'sdt' }));
    const record = extractSlutrapport(structureOf(await readDocx(new Uint8Array(bytes), limits)));
    expectContract(record, expectedFor(headless, ['headless']).record, 'docx');
  });
});

describe('labels that carry more than the label', () => {
  /** A slashed alternative, a format hint in words and a qualifier after the label; the value on the next line. */
  const qualified: SlutrapportData = {
    ...clean,
    labels: driftedLabels({
      receivedDate: 'Ankomstdag',
      name: 'Insatsens namn/titel',
      period: 'Planerad insatstid: fr.o.m. – t.o.m.',
      granted: 'Totalt beviljade medel från förbundet',
    }),
  };
  const want = expectedFor(qualified, ['qualified']).record;

  it.each<[string, DocxRenderOptions]>([
    ['grey form fields', { fields: 'form', checkboxes: 'legacy' }],
    ['values typed into table cells', { fields: 'typed', checkboxes: 'sdt' }],
  ])('DOCX with %s: the words after the label are not its value', async (_name, options) => {
    const bytes = await buildDocx(slutrapportDocx(qualified, options));
    expectContract(extractSlutrapport(structureOf(await readDocx(new Uint8Array(bytes), limits))), want, 'docx');
  });

  it('PDF drawn by pdfkit: the same', async () => {
    expectContract(extractSlutrapport(structureOf(await readPdf(await slutrapportPdfkit(qualified), limits))), want, 'pdf');
  });
});
