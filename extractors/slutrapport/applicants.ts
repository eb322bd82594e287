/** Section 2: the member organisations that applied, one block each; blank blocks are left out. */
import type { z } from 'zod';
import type { Applicant } from '../../schemas/slutrapport.js';
import { type EvidenceBook, evidenceAt } from '../evidence.js';
import type { FormRow } from '../structure/index.js';
import { type FormEntry, readForm } from './form-reader.js';
import type { TemplateLabels } from './profile.js';
import { SHAPES } from './split-glued.js';

type ApplicantRecord = z.infer<typeof Applicant>;

type Key = 'organisation' | 'contactPerson' | 'email' | 'phone';

function value(entry: FormEntry | undefined): string | null {
  const text = entry?.value.replace(/\s+/g, ' ').trim() ?? '';
  return text === '' ? null : text;
}

const responsibleOnlyOf = new WeakMap<TemplateLabels, string[]>();

/** Labels only the responsible organisation's box has: where the applicants end when its heading is missing. */
function responsibleOnlyLabels(labels: TemplateLabels): string[] {
  let wordings = responsibleOnlyOf.get(labels);
  if (!wordings) {
    const contact = labels.responsibleContact.filter((wording) => !labels.applicantContact.includes(wording));
    wordings = [...labels.responsibleOrganisation, ...labels.responsibleWorkplace, ...labels.postalCode, ...contact];
    responsibleOnlyOf.set(labels, wordings);
  }
  return wordings;
}

export function readApplicants(
  rows: FormRow[],
  range: { start: number; end: number },
  book: EvidenceBook,
  labels: TemplateLabels,
  ocrPages: ReadonlySet<number>,
): ApplicantRecord[] {
  const fields: Record<Key, readonly string[]> = {
    organisation: labels.applicantOrganisation,
    contactPerson: labels.applicantContact,
    email: labels.email,
    phone: labels.applicantPhone,
  };
  const responsibleOnly = responsibleOnlyLabels(labels);
  const read = readForm(rows, range.start, range.end, { ...fields, section3: responsibleOnly }, { shapes: { phone: SHAPES.phone }, ocrPages });
  const stop = read.findIndex((entry) => entry.key === 'section3');
  const entries = stop < 0 ? read : read.slice(0, stop);
  const blocks: Map<Key, FormEntry>[] = [];
  for (const entry of entries) {
    const key = entry.key as Key;
    const current = blocks.at(-1);
    // A block starts at its organisation label, or wherever a label repeats.
    if (!current || key === 'organisation' || current.has(key)) blocks.push(new Map([[key, entry]]));
    else current.set(key, entry);
  }
  const applicants: ApplicantRecord[] = [];
  for (const block of blocks) {
    const applicant: ApplicantRecord = {
      organisation: value(block.get('organisation')),
      contactPerson: value(block.get('contactPerson')),
      email: value(block.get('email')),
      phone: value(block.get('phone')),
    };
    if (Object.values(applicant).every((field) => field === null)) continue;
    const index = applicants.length;
    for (const [key, entry] of block) book.add(`applicants[${index}].${key}`, evidenceAt(entry.source, entry.label, entry.value));
    applicants.push(applicant);
  }
  return applicants;
}
