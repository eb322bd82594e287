/**
 * The template's numbered sections as the structure pass found them (extractors/structure, told
 * with the templates' outlines), each with its entry in the template the document is on.
 */
import type { DocStructure, Section } from '../structure/index.js';
import type { TemplateReading, TemplateSection } from './profile.js';

export interface SectionSpan {
  number: string;
  /** The template's entry, when the number is one of the template's. */
  template: TemplateSection | null;
  /** Row of the heading. */
  heading: number;
  /** The heading's text without its number. */
  headingText: string;
  /** Rows [start, end) after the heading, up to the next heading of its level or above. */
  start: number;
  end: number;
}

function span(section: Section, list: TemplateSection[]): SectionSpan {
  return {
    number: section.number,
    template: list.find((entry) => entry.number === section.number) ?? null,
    heading: section.row,
    headingText: section.title,
    start: section.start,
    end: section.end,
  };
}

/**
 * The main sections (1–9) and the numbered subsections (4.1 …) of the document, in order. A main
 * section the template gives no subsections and no box of fields is answered under its own
 * heading (a form numbered 1, 2, 3 only), so it is listed among the subsections too: those are
 * the record's sections.
 */
export function findSections(structure: DocStructure, reading: TemplateReading): { mains: SectionSpan[]; subsections: SectionSpan[] } {
  const depth = (section: Section): number => section.number.split('.').length;
  const FORM_BOXES = new Set(['intervention', 'applicants', 'responsible']);
  const answeredUnderMain = (section: Section): boolean => {
    const entry = reading.mains.find((main) => main.number === section.number);
    if (!entry || (entry.holds !== null && FORM_BOXES.has(entry.holds))) return false;
    return !reading.subsections.some((sub) => sub.number.startsWith(`${entry.number}.`));
  };
  return {
    mains: structure.sections.filter((section) => depth(section) === 1).map((section) => span(section, reading.mains)),
    subsections: structure.sections
      .filter((section) => depth(section) === 2 || (depth(section) === 1 && answeredUnderMain(section)))
      .map((section) => span(section, depth(section) === 1 ? reading.mains : reading.subsections)),
  };
}
