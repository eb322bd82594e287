import type { SlutrapportRecord } from '../../schemas/slutrapport.js';
import { readIdentity } from '../identity/index.js';
import { readApplicants } from './applicants.js';
import { EvidenceBook } from '../evidence.js';
import type { DocStructure } from '../structure/index.js';
import { readHeader } from './header.js';
import { readResponsible } from './responsible.js';
import { bodyRight } from './running-text.js';
import { readSectionRecords } from './section-records.js';
import { findSections, type SectionSpan } from './sections.js';

/** Without headings to go by, page 1's fields are looked for in this many rows. */
const FIRST_PAGE_ROWS = 400;

type Range = { start: number; end: number };

/**
 * Rows of main section `number`; when its heading was not found, the stretch between the
 * neighbouring headings that were (the labels of each section tell them apart).
 */
function sectionRange(mains: SectionSpan[], number: number, limit: number): Range {
  const span = mains.find((main) => Number(main.number) === number);
  if (span) return { start: span.start, end: span.end };
  const before = mains.filter((main) => Number(main.number) < number).at(-1);
  const after = mains.find((main) => Number(main.number) > number);
  const start = before?.start ?? 0;
  return { start, end: after?.heading ?? Math.max(limit, start) };
}

/**
 * Builds the contract's slutrapport record from a document on the förbund's template, read by
 * either reader, from its structure (rows without page furniture, the sections found with the
 * template's outline). Fields are found by the template's section numbers and labels (fuzzily), values
 * are parsed by extractors/parse, and every value carries evidence.
 */
export function extractSlutrapport(structure: DocStructure): SlutrapportRecord {
  const rows = structure.rows;
  const { mains, subsections } = findSections(structure);
  const book = new EvidenceBook();
  const limit = Math.min(rows.length, FIRST_PAGE_ROWS);
  // The office box stands before section 1, but a PDF may read it after the first heading.
  const office: Range = { start: 0, end: mains.find((main) => Number(main.number) >= 2)?.heading ?? limit };
  const header = readHeader(rows, office, sectionRange(mains, 1, limit), book);
  const applicants = readApplicants(rows, sectionRange(mains, 2, limit), book);
  const responsible = readResponsible(rows, sectionRange(mains, 3, limit), book);
  const parts = readSectionRecords(rows, subsections, bodyRight(rows));
  if (parts.participants?.evidence) book.add('participants', parts.participants.evidence);
  const identity = readIdentity(structure, parts.participants ? ['organisation'] : ['organisation', 'participantsReached']);
  const organisation = identity.organisation;
  book.add('organisation', organisation?.evidence ?? null);
  // A final report without the template's participant field still states whom it reached.
  const participants = parts.participants ?? identity.participantsReached?.value ?? null;
  if (!parts.participants && participants?.evidence) book.add('participants', participants.evidence);

  return {
    organisation: organisation?.value ?? null,
    registrationNumber: header.registrationNumber,
    receivedDate: header.receivedDate,
    intervention: header.intervention,
    applicants,
    responsible,
    sections: parts.sections,
    goalsAndOutcomes: parts.goals,
    participants,
    statedCounts: parts.statedCounts,
    budget: parts.budget,
    checklist: parts.checklist,
    signatures: parts.signatures,
    evidence: book.entries,
  };
}
