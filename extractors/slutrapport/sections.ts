/**
 * The template's numbered sections as the structure pass found them (extractors/structure, told
 * with the template's outline), each with its entry in the template.
 */
import type { DocStructure, Section } from '../structure/index.js';
import { MAIN_SECTIONS, SUBSECTIONS, type TemplateSection } from './template.js';

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

/** The main sections (1–9) and the numbered subsections (4.1 …) of the document, in order. */
export function findSections(structure: DocStructure): { mains: SectionSpan[]; subsections: SectionSpan[] } {
  const depth = (section: Section): number => section.number.split('.').length;
  return {
    mains: structure.sections.filter((section) => depth(section) === 1).map((section) => span(section, MAIN_SECTIONS)),
    subsections: structure.sections.filter((section) => depth(section) === 2).map((section) => span(section, SUBSECTIONS)),
  };
}
