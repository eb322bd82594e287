import type { SlutrapportRecord } from '../../schemas/slutrapport.js';
import { readIdentity } from '../identity/index.js';
import type { TemplateProfile, TemplatePart } from '../../schemas/template-profile.js';
import { readApplicants } from './applicants.js';
import { EvidenceBook } from '../evidence.js';
import type { DocStructure } from '../structure/index.js';
import { readHeader } from './header.js';
import { readFundingTables } from './funding-tables.js';
import { readCountTables, readFormTableParticipants, readGenderTableParticipants, readRunningCounts } from './participants.js';
import { chooseReading, GENERIC_READING, type TemplateReading } from './profile.js';
import { readResponsible } from './responsible.js';
import { bodyRight } from './running-text.js';
import { readSectionRecords } from './section-records.js';
import { findSections, type SectionSpan } from './sections.js';

export { type TemplateReading, chooseReading } from './profile.js';

/** Without headings to go by, page 1's fields are looked for in this many rows. */
const FIRST_PAGE_ROWS = 400;

type Range = { start: number; end: number };

const mainOf = (number: string): number => Number(number.split('.')[0]);

/**
 * Rows of the section holding `part`; when its heading was not found, the stretch between the
 * neighbouring headings that were (the labels of each section tell them apart). A template without
 * such a section, and the generic reading, look in the first page's rows.
 */
function partRange(mains: SectionSpan[], reading: TemplateReading, part: TemplatePart, limit: number): Range | null {
  const number = reading.sectionOf(part);
  if (number === null) return { start: 0, end: limit };
  const main = mainOf(number);
  const span = mains.find((entry) => Number(entry.number) === main);
  if (span) return { start: span.start, end: span.end };
  const before = mains.filter((entry) => Number(entry.number) < main).at(-1);
  const after = mains.find((entry) => Number(entry.number) > main);
  const start = before?.start ?? 0;
  return { start, end: after?.heading ?? Math.max(limit, start) };
}

/** The record's cost tables split by funder; no field when the report has none. */
function fundingTablesOf(structure: DocStructure, reading: TemplateReading): Pick<SlutrapportRecord, 'fundingTables'> {
  const tables = readFundingTables(structure, reading.labels.costColumn);
  return tables.length > 0 ? { fundingTables: tables } : {};
}

/**
 * Builds the contract's slutrapport record from a document on a förbund's template, read by either
 * reader, from its structure (rows without page furniture, the sections found with the templates'
 * outlines). The template is the best-fitting profile (Gävleborg's built in, `profiles` from the
 * configuration), or none: then the fields are read generically. Fields are found by the template's
 * section numbers and labels (fuzzily), values are parsed by extractors/parse, and every value
 * carries evidence.
 */
export function extractSlutrapport(structure: DocStructure, profiles: readonly TemplateProfile[] = []): SlutrapportRecord {
  const reading = chooseReading(structure, profiles);
  const rows = structure.rows;
  const { mains, subsections } = findSections(structure, reading);
  const book = new EvidenceBook();
  const limit = Math.min(rows.length, FIRST_PAGE_ROWS);
  // The office box stands before the first section's fields, but a PDF may read it after the first heading.
  const first = reading.mains[0] ? mainOf(reading.mains[0].number) : null;
  const second = first === null ? undefined : mains.find((main) => Number(main.number) > first);
  const office: Range = { start: 0, end: second?.heading ?? limit };
  const ocrPages = new Set(structure.model.ocr?.pages ?? []);
  const header = readHeader(rows, office, partRange(mains, reading, 'intervention', limit) ?? office, book, reading, ocrPages);
  const applicantsRange = reading.sectionOf('applicants') === null ? null : partRange(mains, reading, 'applicants', limit);
  const applicants = applicantsRange ? readApplicants(rows, applicantsRange, book, reading.labels, ocrPages) : [];
  const responsible = readResponsible(rows, partRange(mains, reading, 'responsible', limit) ?? office, book, reading.labels, ocrPages);
  const parts = readSectionRecords(structure, subsections, bodyRight(rows), reading);
  if (parts.participants?.evidence) book.add('participants', parts.participants.evidence);
  const identity = readIdentity(
    structure,
    [
      'organisation',
      ...(parts.participants ? [] : (['participantsReached'] as const)),
      ...(header.intervention.plannedPeriod ? [] : (['ranPeriod'] as const)),
      ...(header.intervention.name ? [] : (['insatsName'] as const)),
    ],
    'insats',
  );
  const organisation = identity.organisation;
  book.add('organisation', organisation?.evidence ?? null);
  // A final report without the template's participant field still states whom it reached: in its text, on a form typed as a table, or in a table by gender.
  const participants =
    parts.participants ?? identity.participantsReached?.value ?? readFormTableParticipants(structure) ?? readGenderTableParticipants(structure);
  if (!parts.participants && participants?.evidence) book.add('participants', participants.evidence);

  // A report without the form's period field may still tell in a sentence when the project ran.
  const ran = identity.ranPeriod;
  if (!header.intervention.plannedPeriod && ran) book.add('intervention.plannedPeriod', ran.evidence);
  const period = header.intervention.plannedPeriod || !ran ? header.intervention : { ...header.intervention, plannedPeriod: ran.value };
  // A report without the form's name field still names its insats on its cover or in its title.
  const named = identity.insatsName;
  if (!header.intervention.name && named) book.add('intervention.name', named.evidence);
  const intervention = header.intervention.name || !named ? period : { ...period, name: named.value };

  return {
    template: reading === GENERIC_READING ? null : { id: reading.id, name: reading.name },
    organisation: organisation?.value ?? null,
    registrationNumber: header.registrationNumber,
    receivedDate: header.receivedDate,
    intervention,
    applicants,
    responsible,
    sections: parts.sections,
    goalsAndOutcomes: parts.goals,
    participants,
    // Without the template's sections, the counts its running text states; and a table's by gender wherever it stands.
    statedCounts: [...(parts.sections.length > 0 ? parts.statedCounts : readRunningCounts(structure)), ...readCountTables(structure)],
    budget: parts.budget,
    ...fundingTablesOf(structure, reading),
    checklist: parts.checklist,
    signatures: parts.signatures,
    evidence: book.entries,
  };
}
