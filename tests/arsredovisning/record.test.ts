/**
 * Every committed annual-report fixture, read by the real readers (pdfjs-dist / mammoth) and
 * extracted: each contract field must equal what fixtures/build put into the document.
 */
import { describe, expect, it } from 'vitest';
import { ArsredovisningRecord } from '../../schemas/arsredovisning.js';
import {
  expectEvidence,
  expectFrontMatter,
  expectGoals,
  expectInterventionList,
  expectInterventions,
  expectPairing,
  expectStatedFigures,
  expectStatements,
} from './support/contract.js';
import { arsredovisningFixtureFiles, extractFixture, withoutPages } from './support/fixtures.js';

const files = arsredovisningFixtureFiles();

describe('annual-report fixtures', () => {
  it('are found in fixtures/docs, as PDF and DOCX', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    expect(new Set(files.map((f) => f.format))).toEqual(new Set(['pdf', 'docx']));
  });
});

describe.each(files.map((f) => [f.file, f] as const))('%s', (file, { expected, format }) => {
  const want = expected.record;
  const record = () => extractFixture(file);

  it('is a valid contract record', async () => {
    expect(ArsredovisningRecord.safeParse(await record()).error?.issues ?? []).toEqual([]);
  });

  it('reads the organisation, year, members, member contributions and participants reached', async () => {
    expectFrontMatter(await record(), want);
  });

  it('reads every goal with its assessment as written', async () => {
    expectGoals(await record(), want);
  });

  it('reads the overview list with category and period (an unreadable side null)', async () => {
    expectInterventionList(await record(), want);
  });

  it('pairs each overview entry with its appendix block by fuzzy name, never two different ones', async () => {
    expectPairing(await record(), want);
  });

  it('reads one intervention per appendix block, every field', async () => {
    expectInterventions(await record(), want);
  });

  it('keeps the stated totals, counts and percentages the prose reconciles against', async () => {
    expectStatedFigures(await record(), want);
  });

  it('reads the financial statements row for row: label, note, this year and last year (budget, utfall, avvikelse) as written', async () => {
    expectStatements(await record(), want);
  });

  it('gives every value evidence: the page (PDF) or null (DOCX), a section and the text', async () => {
    expectEvidence(await record(), format);
  });
});

describe('an annual report read from its DOCX and from its PDF', () => {
  const pairs = [...new Set(files.map((f) => f.expected))].flatMap((e) => {
    const docx = e.files.find((f) => f.endsWith('.docx'));
    const pdf = e.files.find((f) => f.endsWith('.pdf'));
    return docx && pdf ? [[`${docx} / ${pdf}`, docx, pdf] as const] : [];
  });

  it('exist among the fixtures', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(2);
  });

  it.each(pairs)('%s give the same record apart from page numbers', async (_name, docx, pdf) => {
    expect(withoutPages(await extractFixture(pdf))).toEqual(withoutPages(await extractFixture(docx)));
  });
});
