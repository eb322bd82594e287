import type { SlutrapportRecord } from '../../schemas/slutrapport.js';

/** Evidence entries of the fields that are nulled: the value is gone, so is where it stood. */
const PERSONAL_EVIDENCE = /^(?:applicants\[\d+\]\.(?:contactPerson|email|phone)|responsible\.(?:contactPerson|phone|email)|signatures\[\d+\]\.name)$/;

export interface WithoutPersonalFields {
  record: SlutrapportRecord;
  /** The values removed, to be scrubbed wherever else the document repeats them. */
  removed: string[];
}

/**
 * The slutrapport with its people taken out: the applicants' and the responsible's contact
 * person, e-mail and phone, and the signatories' names (namnförtydligande) set to null.
 * Organisations, places and dates stay: they are about the intervention, not a person.
 */
export function withoutPersonalFields(record: SlutrapportRecord): WithoutPersonalFields {
  const removed: string[] = [];
  const take = (value: string | null): null => {
    if (value !== null) removed.push(value);
    return null;
  };
  const applicants = record.applicants.map((applicant) => ({
    ...applicant,
    contactPerson: take(applicant.contactPerson),
    email: take(applicant.email),
    phone: take(applicant.phone),
  }));
  const { responsible } = record;
  const withoutResponsible = { ...responsible, contactPerson: take(responsible.contactPerson), phone: take(responsible.phone), email: take(responsible.email) };
  const signatures = record.signatures.map((signature) => ({ ...signature, name: take(signature.name) }));
  const evidence = Object.fromEntries(Object.entries(record.evidence).filter(([path]) => !PERSONAL_EVIDENCE.test(path)));
  return { record: { ...record, applicants, responsible: withoutResponsible, signatures, evidence, redacted: true }, removed };
}
