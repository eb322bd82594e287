/**
 * The participant count, only when the report states numbers ("35 deltagare, 15 kvinnor, 9 män
 * och 11 anonyma"). The target-group section 4.3 is where the template asks for it; other
 * sections are read when 4.3 states none.
 */
import type { Count, Evidence } from '../../schemas/common.js';
import { findCounts } from '../parse/count.js';

export interface SectionForCount {
  number: string;
  text: string;
  evidence: Evidence;
  /** Where in the section a piece of its text stands (its page may differ from the heading's). */
  locate(text: string): Evidence['page'];
}

const PREFERRED = '4.3';

/** A count that says how many took part: a total, or women and men. */
function informative(count: Count): boolean {
  return count.total !== null || (count.women !== null && count.men !== null);
}

export function readParticipants(sections: SectionForCount[]): Count | null {
  const ordered = [
    ...sections.filter((section) => section.number === PREFERRED),
    ...sections.filter((section) => section.number !== PREFERRED),
  ];
  for (const section of ordered) {
    const found = findCounts(section.text).find((candidate) => informative(candidate.value));
    if (found) {
      const page = section.locate(found.value.text) ?? section.evidence.page;
      return { ...found.value, evidence: { page, section: section.number, text: found.value.text } };
    }
  }
  return null;
}
