/**
 * Every committed slutrapport fixture, read by the real readers (mammoth / pdfjs-dist) and
 * extracted: each contract field must equal what fixtures/build put into the document
 * (expected.json), and every value must carry evidence pointing back into the document.
 */
import { describe, expect, it } from 'vitest';
import { SlutrapportRecord } from '../../schemas/slutrapport.js';
import { extractFixture, slutrapportFixtureFiles, withoutPages } from './support/fixtures.js';
import { expectOfficeAndSection1, expectSameText, expectSections } from './support/contract.js';
import { budgetOf, checklistOf, count, signaturesOf } from './support/normalise.js';

const files = slutrapportFixtureFiles();

describe('slutrapport fixtures', () => {
  it('are found in fixtures/docs', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(files.some((f) => f.format === 'pdf')).toBe(true);
    expect(files.some((f) => f.format === 'docx')).toBe(true);
  });
});

describe.each(files.map((f) => [f.file, f] as const))('%s', (file, { expected, format }) => {
  const want = expected.record;
  const record = () => extractFixture(file);

  it('is a valid contract record', async () => {
    const parsed = SlutrapportRecord.safeParse(await record());
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('reads the office box and section 1', async () => {
    expectOfficeAndSection1(await record(), want);
  });

  it('reads the applicants (blank blocks left out) and the responsible organisation', async () => {
    const r = await record();
    expect(r.applicants).toEqual(want.applicants);
    expect(r.responsible).toEqual(want.responsible);
  });

  it('lists every template section in order, blank exactly where the person wrote nothing', async () => {
    expectSections(await record(), want);
  });

  it('reads the goals and outcomes of 5.1', async () => {
    expectSameText((await record()).goalsAndOutcomes, want.goalsAndOutcomes, format);
  });

  it('counts participants only where the report states numbers', async () => {
    expect(count((await record()).participants)).toEqual(want.participants);
  });

  it('reads every cost row of 7.2 and the Summa row as written', async () => {
    expectSameText(budgetOf(await record()), want.budget, format);
  });

  it('reads the 8.1 checklist answers', async () => {
    expect(checklistOf(await record())).toEqual(want.checklist);
  });

  it('reads the four 9.1 signature blocks', async () => {
    expect(signaturesOf(await record())).toEqual(want.signatures);
  });

  it('gives every value evidence with the page (PDF) or null (DOCX)', async () => {
    const r = await record();
    const pageOk = (page: number | null | undefined) => (format === 'pdf' ? (page ?? 0) >= 1 : page === null);
    const carried = [
      r.intervention.plannedPeriod?.evidence,
      r.intervention.granted?.evidence,
      r.participants?.evidence,
      ...r.budget.rows.flatMap((row) => [row.evidence, row.budget?.evidence, row.outcome?.evidence]),
      r.budget.total.evidence,
      ...r.checklist.map((item) => item.evidence),
      ...r.signatures.map((signature) => signature.evidence),
      ...r.sections.map((section) => section.evidence),
      ...Object.values(r.evidence),
    ];
    for (const evidence of carried.filter((e) => e !== undefined)) expect(pageOk(evidence.page), JSON.stringify(evidence)).toBe(true);
    for (const path of [
      'registrationNumber',
      'receivedDate',
      'intervention.name',
      'intervention.plannedPeriod',
      'intervention.intakeEndDate',
      'intervention.granted',
    ]) {
      expect(r.evidence[path], path).toBeDefined();
    }
    if (r.intervention.granted) expect(r.intervention.granted.evidence?.text).toBe(r.intervention.granted.text);
    // The quote is the count and, where the sentence names it, the year it is about.
    if (r.participants) expect(r.evidence['participants']?.text).toContain(r.participants.text);
    if (r.participants?.year !== undefined) expect(r.evidence['participants']?.text).toContain(String(r.participants.year));
    r.budget.rows.forEach((row) => {
      if (row.budget) expect(row.budget.evidence?.text).toContain(row.budget.text);
    });
  });
});

describe('a report read from its DOCX and from its PDF', () => {
  const pairs = [...new Set(files.map((f) => f.expected))].flatMap((e) => {
    const docx = e.files.find((f) => f.endsWith('.docx'));
    const pdf = e.files.find((f) => f.endsWith('.pdf'));
    return docx && pdf ? [[`${docx} / ${pdf}`, docx, pdf] as const] : [];
  });

  it('exist among the fixtures', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(1);
  });

  it.each(pairs)('%s give the same record apart from page numbers', async (_name, docx, pdf) => {
    expectSameText(withoutPages(await extractFixture(pdf)), withoutPages(await extractFixture(docx)), 'pdf');
  });
});
