/**
 * The seed report (Trisam 2.0 Gävle kommun, rebuilt on the template with made-up people), from
 * its DOCX and its PDF: the values the project was designed from, asserted one by one.
 */
import { describe, expect, it } from 'vitest';
import { extractFixture } from './support/fixtures.js';

const COST_CATEGORIES = ['Aktiviteter', 'Externa tjänster', 'Lönekostnader', 'Lokalkostnader', 'Material/expenser', 'Resekostnader', 'Övriga kostnader'];

describe.each(['slutrapport-trisam-gavle.docx', 'slutrapport-trisam-gavle.pdf'])('the seed report, %s', (file) => {
  const record = () => extractFixture(file);
  const pdf = file.endsWith('.pdf');

  it('names the intervention, its planned period, the granted amount and the office stamps', async () => {
    const r = await record();
    expect(r.intervention.name).toBe('Trisam 2.0 Gävle kommun');
    expect(r.intervention.plannedPeriod).toMatchObject({ start: '2019-12-01', end: '2021-12-31', text: '2019-12-01 – 2021-12-31' });
    expect(r.intervention.granted).toMatchObject({ sek: 1_250_000, unit: 'kr', text: '1250000 Kr' });
    expect(r.intervention.granted?.evidence).toMatchObject({ text: '1250000 Kr', page: pdf ? 1 : null });
    expect(r.intervention.intakeEndDate).toBeNull();
    expect(r.receivedDate).toBe('2022-01-24');
    expect(r.registrationNumber).toBe('SFG 21-6.61');
    expect(r.evidence['registrationNumber']).toMatchObject({ text: 'SFG 21-6.61', page: pdf ? 1 : null });
  });

  it('reports all seven cost rows, only Lokalkostnader filled, and the Summa row as written (utfall 0, not null)', async () => {
    const { budget } = await record();
    expect(budget.rows.map((row) => row.category)).toEqual(COST_CATEGORIES);
    for (const row of budget.rows) {
      expect(row.note, row.category).toBeNull();
      if (row.category === 'Lokalkostnader') {
        expect(row.budget).toMatchObject({ sek: 1_250_000, unit: 'kr', text: '1250000' });
        expect(row.outcome).toMatchObject({ sek: 1_250_000, unit: 'kr', text: '1250000' });
      } else {
        expect(row.budget, row.category).toBeNull();
        expect(row.outcome, row.category).toBeNull();
      }
    }
    expect(budget.total.budget).toMatchObject({ sek: 1_250_000, unit: 'kr' });
    expect(budget.total.outcome).toMatchObject({ sek: 0, unit: 'kr', text: '0' });
    expect(budget.total.evidence).toMatchObject({ section: '7.2', text: expect.stringContaining('Summa') });
    if (pdf) expect(budget.total.evidence?.page).toBeGreaterThan(1);
  });

  it('finds no participant count: 4.3 says there are no statistics', async () => {
    const r = await record();
    expect(r.participants).toBeNull();
    expect(r.sections.find((s) => s.number === '4.3')?.text).toContain('Någon statistik för antal personer och kön finns i dagsläget inte');
  });

  it('leaves the six checklist items and the four signature blocks unanswered', async () => {
    const r = await record();
    expect(r.checklist).toHaveLength(6);
    expect(r.checklist.map((item) => item.answer)).toEqual([null, null, null, null, null, null]);
    expect(r.checklist[0]?.item).toBe('Kontrollerat att samtliga insatser/deltagare registrerat i enlighet med SUS');
    expect(r.signatures.map((s) => s.role)).toEqual(['insatsägare', 'samverkanspart', 'samverkanspart', 'samverkanspart']);
    for (const signature of r.signatures) {
      expect([signature.place, signature.date, signature.organisation, signature.name]).toEqual([null, null, null, null]);
    }
  });

  it("keeps the template's questions in the titles and the person's answers in the texts", async () => {
    const sections = new Map((await record()).sections.map((s) => [s.number, s]));
    const s41 = sections.get('4.1');
    expect(s41?.title).toBe('Bakgrund till insatsen. Beskriv skälen till insatsen.');
    expect(s41?.text.startsWith('Försörjningsstödenheten i Gävle kommun är indelad i olika arbetsteam.')).toBe(true);
    expect(s41?.text.endsWith('efter rehabilitering ska kunna försörja sig själva.')).toBe(true);
    // Three typed paragraphs, each one line of text however the PDF wrapped it.
    expect(s41?.text.split('\n')).toHaveLength(3);
    const s52 = sections.get('5.2');
    expect(s52?.title).toContain('Har de metoder/aktiviteter ni angett i ansökan använts/utförts på det sätt som var tänkt?');
    expect(s52?.text.startsWith('Det interna arbetet med Trisam')).toBe(true);
    expect(sections.get('7.3')?.title).toContain('(måluppfyllelse, budget, avvikelser, plan för implementering m.m)');
    expect(sections.get('7.1')?.text).toBe('');
    expect(sections.get('7.3')?.text).toBe('');
    expect(sections.get('7.2')?.text).toContain('Lokalkostnader');
  });

  it('reads section 3 with the postal code apart from the postal address', async () => {
    const { responsible } = await record();
    expect(responsible.postalCode).toBe('801 84');
    expect(responsible.postalAddress).toBe('Gävle');
    expect(responsible.phone).toBe('070-174 06 52');
  });
});
