/** Asserts a record against an expected.json record, field by field (shared by the fixture and drift tests). */
import { expect } from 'vitest';
import type { ExpectedSlutrapport } from '../../../fixtures/build/slutrapport/expected.js';
import type { SlutrapportRecord } from '../../../schemas/slutrapport.js';
import { collapseWhitespace, inventedBreaks } from './line-breaks.js';
import { budgetOf, checklistOf, count, money, period, signaturesOf } from './normalise.js';

/** The template's numbered sections, in order. */
export const TEMPLATE_SECTIONS = [
  '4.1',
  '4.2',
  '4.3',
  '5.1',
  '5.2',
  '5.3',
  '5.4',
  '6.1',
  '6.2',
  '6.3',
  '6.4',
  '6.5',
  '7.1',
  '7.2',
  '7.3',
  '8.1',
  '8.2',
  '8.3',
  '9.1',
];

/** Sections whose content is a table, checklist or signature block rather than free text. */
export const STRUCTURED = new Set(['5.1', '7.2', '8.1', '9.1']);

type Want = ExpectedSlutrapport['record'];

export type Format = 'pdf' | 'docx';

/**
 * Equal, for a PDF up to line breaks it could not tell from wrapping (see line-breaks.ts): the
 * text must be the same and the PDF may not break a line the writer did not.
 */
export function expectSameText(actual: unknown, expected: unknown, format: Format): void {
  if (format === 'docx') {
    expect(actual).toEqual(expected);
    return;
  }
  expect(collapseWhitespace(actual)).toEqual(collapseWhitespace(expected));
  expect(inventedBreaks(actual, expected)).toEqual([]);
}

export function expectOfficeAndSection1(r: SlutrapportRecord, want: Want): void {
  expect(r.registrationNumber).toBe(want.registrationNumber);
  expect(r.receivedDate).toBe(want.receivedDate);
  expect(r.evidence['receivedDate']?.text ?? '').toBe(want.receivedDateText ?? '');
  expect(r.intervention.name).toBe(want.intervention.name);
  expect(period(r.intervention.plannedPeriod)).toEqual(want.intervention.plannedPeriod);
  expect(r.intervention.intakeEndDate).toBe(want.intervention.intakeEndDate);
  expect(r.evidence['intervention.intakeEndDate']?.text ?? '').toBe(want.intervention.intakeEndDateText ?? '');
  expect(money(r.intervention.granted)).toEqual(want.intervention.granted);
}

export function expectSections(r: SlutrapportRecord, want: Want): void {
  expect(r.sections.map((s) => s.number)).toEqual(TEMPLATE_SECTIONS);
  const blank = r.sections.filter((s) => !STRUCTURED.has(s.number) && s.text === '').map((s) => s.number);
  expect(blank).toEqual(want.blankSections);
  for (const section of r.sections) {
    expect(section.title, section.number).not.toBe('');
    expect(section.title, section.number).not.toMatch(/^\d/);
    expect(section.evidence.section).toBe(section.number);
  }
}

/** Every contract field at once. */
export function expectContract(r: SlutrapportRecord, want: Want, format: Format): void {
  expectOfficeAndSection1(r, want);
  expect(r.applicants).toEqual(want.applicants);
  expect(r.responsible).toEqual(want.responsible);
  expectSections(r, want);
  expectSameText(r.goalsAndOutcomes, want.goalsAndOutcomes, format);
  expect(count(r.participants)).toEqual(want.participants);
  expectSameText(budgetOf(r), want.budget, format);
  expect(checklistOf(r)).toEqual(want.checklist);
  expect(signaturesOf(r)).toEqual(want.signatures);
}
