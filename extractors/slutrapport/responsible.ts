/** Section 3: who is responsible for carrying out the intervention. */
import type { z } from 'zod';
import type { Responsible } from '../../schemas/slutrapport.js';
import { type EvidenceBook, evidenceAt } from '../evidence.js';
import type { FormRow } from '../structure/index.js';
import { readForm } from './form-reader.js';
import type { TemplateLabels } from './profile.js';
import { SHAPES } from './split-glued.js';
import { minOf } from '../arrays.js';

type ResponsibleRecord = z.infer<typeof Responsible>;

function vocabularyOf(labels: TemplateLabels): Record<keyof ResponsibleRecord, readonly string[]> {
  return {
    organisation: labels.responsibleOrganisation,
    workplace: labels.responsibleWorkplace,
    contactPerson: labels.responsibleContact,
    phone: labels.responsiblePhone,
    email: labels.email,
    postalCode: labels.postalCode,
    postalAddress: labels.postalAddress,
  };
}

const OWN_LABELS = new Set(['organisation', 'workplace', 'postalCode']);

export function readResponsible(
  rows: FormRow[],
  range: { start: number; end: number },
  book: EvidenceBook,
  labels: TemplateLabels,
  ocrPages: ReadonlySet<number>,
): ResponsibleRecord {
  const VOCABULARY = vocabularyOf(labels);
  const all = readForm(rows, range.start, range.end, VOCABULARY, { shapes: { phone: SHAPES.phone, postalCode: SHAPES.postalCode }, ocrPages });
  // E-postadress is also an applicant label: the block starts at the first label only section 3 has.
  const own = all.filter((entry) => OWN_LABELS.has(entry.key)).map((entry) => entry.row);
  const start = own.length > 0 ? minOf(own) : range.start;
  const entries = all.filter((entry) => entry.row >= start);
  const result: ResponsibleRecord = {
    organisation: null,
    workplace: null,
    contactPerson: null,
    phone: null,
    email: null,
    postalCode: null,
    postalAddress: null,
  };
  for (const key of Object.keys(VOCABULARY) as (keyof ResponsibleRecord)[]) {
    const entry = entries.find((candidate) => candidate.key === key);
    if (!entry) continue;
    const text = entry.value.replace(/\s+/g, ' ').trim();
    result[key] = text === '' ? null : text;
    book.add(`responsible.${key}`, evidenceAt(entry.source, entry.label, entry.value));
  }
  return result;
}
