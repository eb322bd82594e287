/**
 * A report typed by hand in Word (tests/slutrapport/support/numbered-report.ts): headings numbered
 * by Word's list numbering, labels with their values on the same line, a label | value table row,
 * a tkr budget, typed "X" answers, a filled signature block and a stray e-signature stamp.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../extractors/readers/docx/index.js';
import { extractSlutrapport } from '../../extractors/slutrapport/index.js';
import { structureOf } from '../../extractors/outlines.js';
import { Limits } from '../../schemas/config.js';
import type { SlutrapportRecord } from '../../schemas/slutrapport.js';
import { TEMPLATE_SECTIONS } from './support/contract.js';
import { budgetOf, count, money } from './support/normalise.js';
import { NUMBERED_REPORT as R, numberedReportDocx } from './support/numbered-report.js';

let record: SlutrapportRecord;

beforeAll(async () => {
  record = extractSlutrapport(structureOf(await readDocx(new Uint8Array(await numberedReportDocx()), Limits.parse({}))));
});

describe('a hand-typed slutrapport with Word-numbered headings', () => {
  it('finds the sections by the numbers Word renders in front of the headings', () => {
    expect(record.sections.map((s) => s.number)).toEqual(TEMPLATE_SECTIONS);
    const s41 = record.sections.find((s) => s.number === '4.1');
    expect(s41?.title).toBe('Bakgrund till insatsen. Beskriv skälen till insatsen.');
    expect(s41?.text).toBe(R.background.join('\n'));
    expect(record.sections.find((s) => s.number === '7.1')?.text).toBe('Det mesta har gått bra.');
    expect(record.sections.filter((s) => s.text === '').map((s) => s.number)).toEqual(['6.5', '8.3']);
  });

  it('reads values written after their label on the same line, and in the cell beside it', () => {
    expect(record.registrationNumber).toBe(R.registrationNumber);
    expect(record.intervention.name).toBe(R.name);
    expect(record.intervention.plannedPeriod).toMatchObject({ start: '2021-01-01', end: '2022-12-31', text: R.period });
    expect(record.intervention.intakeEndDate).toBe(R.intakeEnd);
    expect(money(record.intervention.granted)).toEqual({ sek: 1_200_000, unit: 'mkr', text: R.granted, decimals: 1 });
    expect(record.responsible).toEqual({
      organisation: 'Hofors kommun',
      workplace: 'Arbetsmarknadsenheten',
      contactPerson: 'Lena Vik',
      phone: '070-174 06 81',
      email: 'lena.vik@hofors.example',
      postalCode: '813 82',
      postalAddress: 'Hofors',
    });
  });

  it('keeps an impossible Ankomstdatum as written in the evidence, with the date null', () => {
    expect(record.receivedDate).toBeNull();
    expect(record.evidence['receivedDate']).toEqual({ page: null, section: 'Ankomstdatum', text: R.receivedDateText });
  });

  it('leaves out the applicant block whose labels were left empty', () => {
    expect(record.applicants).toEqual([
      { organisation: 'Hofors kommun, Arbetsmarknadsenheten', contactPerson: 'Lena Vik', email: 'lena.vik@hofors.example', phone: '070-174 06 81' },
    ]);
  });

  it('reads the participants, goals, a tkr budget, typed X answers and the signature', () => {
    expect(count(record.participants)).toEqual({ total: 35, women: 15, men: 9, other: 11, text: R.count });
    expect(record.evidence['participants']).toMatchObject({ section: '4.3', text: R.count });
    expect(record.goalsAndOutcomes).toEqual(R.goals);
    expect(budgetOf(record)).toEqual({
      rows: [
        {
          category: 'Lönekostnader',
          note: null,
          budget: { sek: 1_100_000, unit: 'tkr', text: '1 100' },
          outcome: { sek: 1_080_000, unit: 'tkr', text: '1 080' },
        },
        { category: 'Övriga kostnader', note: null, budget: { sek: 100_000, unit: 'tkr', text: '100' }, outcome: null },
      ],
      total: { budget: { sek: 1_200_000, unit: 'tkr', text: '1 200' }, outcome: { sek: 1_080_000, unit: 'tkr', text: '1 080' } },
    });
    expect(record.checklist.map((item) => item.answer)).toEqual(['ja', 'nej']);
    expect(record.signatures).toMatchObject([{ role: 'insatsägare', place: 'Hofors', date: '2023-02-15', organisation: 'Hofors kommun', name: 'Lena Vik' }]);
  });

  it('keeps the e-signature stamp out of every value', () => {
    expect(JSON.stringify(record)).not.toContain('Comfact');
  });
});
