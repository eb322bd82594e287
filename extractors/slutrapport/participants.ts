/**
 * The participant count, only when the report states numbers ("35 deltagare, 15 kvinnor, 9 män
 * och 11 anonyma"). The section where the template asks for it comes first (Gävleborg's target
 * group, 4.3); the other sections are read when it states none. Every other count with a breakdown
 * is kept beside it, so a breakdown about another year is checked too.
 */
import type { Count, Evidence } from '../../schemas/common.js';
import { boxOnPage, evidenceAt } from '../evidence.js';
import { fieldLinesFrom, ownUnits } from '../identity/index.js';
import type { SourceRef } from '../model.js';
import { findCounts, hasBreakdown, makesUpTotal } from '../parse/count.js';
import { PART_OF_ABOVE } from '../parse/breakdown.js';
import { genderTableCounts, isGenderHeader, withGenderHeadingLine } from '../parse/gender-rows.js';
import { formTableCounts, tableCounts } from '../parse/table-counts.js';
import { type DocStructure, tableEnd } from '../structure/index.js';

export interface SectionForCount {
  number: string;
  text: string;
  evidence: Evidence;
  /** Where in the section a piece of its text stands (its page may differ from the heading's). */
  locate(text: string): SourceRef | null;
}

/** A count that says how many took part: a total, or women and men. */
function informative(count: Count): boolean {
  return count.total !== null || (count.women !== null && count.men !== null);
}

export interface ParticipantCounts {
  participants: Count | null;
  /** Every other count with a total and a part, wherever it stands and whatever year it is about. */
  statedCounts: Count[];
}

/** `preferred`: the section where the template asks for the participants (Gävleborg's 4.3), read first. */
export function readParticipants(sections: SectionForCount[], preferred: string | null): ParticipantCounts {
  const ordered = [...sections.filter((section) => section.number === preferred), ...sections.filter((section) => section.number !== preferred)];
  let participants: Count | null = null;
  const statedCounts: Count[] = [];
  for (const section of ordered) {
    for (const found of findCounts(section.text)) {
      const first = participants === null && informative(found.value);
      if (!first && !hasBreakdown(found.value)) continue;
      const place = section.locate(found.value.text);
      const evidence: Evidence = { page: place?.page ?? section.evidence.page, section: section.number, text: found.quote };
      const box = place ? boxOnPage(place) : undefined;
      if (box) evidence.box = box;
      const count = { ...found.value, evidence };
      if (first) participants = count;
      else statedCounts.push(count);
    }
  }
  return { participants, statedCounts };
}

/**
 * A report in running text, with no template's sections: every count with a total and a part its
 * own text states (not docplayer's list of other documents), for the gender rule as any text's.
 */
export function readRunningCounts(structure: DocStructure): Count[] {
  const units = ownUnits(structure);
  const counts: Count[] = [];
  for (let position = 0; position < units.length;) {
    const unit = units[position];
    if (!unit) break;
    // A form's fields typed as paragraphs one under the other are read as the lines of one.
    const run = Math.max(1, fieldLinesFrom(units, position));
    const text = units
      .slice(position, position + run)
      .map((each) => each.text)
      .join('\n');
    for (const found of findCounts(text)) {
      if (hasBreakdown(found.value)) counts.push({ ...found.value, evidence: evidenceAt(unit.source, unit.section, found.quote) });
    }
    position += run;
  }
  return counts;
}

/**
 * "Kön | Antal" / "Kvinnor | 230" / "Män | 180" / "Totalt | 410", or "Kvinnor | Män | Totalt" over a
 * row of figures: a participants table by gender; or "Antal deltagare | 64" / "Varav kvinnor | 30", a
 * form typed as a table: its counts (parse/table-counts.ts) quoted from their rows.
 */
export function readCountTables(structure: DocStructure): Count[] {
  return [...tablesOf(structure)].flatMap(({ cells, quoted }) => tableCounts(cells).map(({ count, row }) => quoted(count, row)));
}

/** The lines over a table that may caption it: its heading and a line under it. */
const CAPTION_ROWS = 2;

/** A table of the document: its cells' texts, what stands over it, and a count read from it given evidence from its row. */
interface DocumentTable {
  cells: string[][];
  /** The title of the section it stands in and the lines right over it. */
  caption: string;
  quoted: (count: Count, row: number) => Count;
}

/** Every table of the document as its cells' texts, with a count read from it given evidence from its row. */
function* tablesOf(structure: DocStructure): Generator<DocumentTable> {
  const rows = structure.rows;
  const textsOf = (from: number, to: number) => rows.slice(from, to).map((row) => row.cells.map((cell) => cell.text));
  for (let start = 0; start < rows.length;) {
    const from = start;
    const end = tableEnd(rows, from);
    start = end;
    if (rows[from]?.table === null) continue;
    let cells = textsOf(from, end);
    const sectionAt = (at: number) => structure.sections.filter((candidate) => candidate.start <= at && at < candidate.end).at(-1) ?? null;
    const over: string[] = [];
    for (let at = from - 1; at >= Math.max(0, from - CAPTION_ROWS) && rows[at]?.table === null; at -= 1) {
      over.unshift((rows[at]?.cells ?? []).map((cell) => cell.text).join(' '));
    }
    const caption = [sectionAt(from)?.title ?? '', ...over].join('\n');
    // Headings set apart: a header that is a table of its own over the table of counts, or a line of them right over it.
    const next = rows[end];
    if (cells.length === 1 && isGenderHeader(cells[0] ?? []) && next && next.table !== null) {
      const joined = [...cells, ...textsOf(end, tableEnd(rows, end))];
      if (genderTableCounts(joined).length > 0) {
        cells = joined;
        start = tableEnd(rows, end);
      }
    }
    const headed = over.length > 0 ? withGenderHeadingLine(over.at(-1) ?? '', cells) : null;
    /** The header the line stands for is no row of the document: a count's row is one fewer. */
    const offset = headed ? -1 : 0;
    const quoted = (count: Count, row: number): Count => {
      const at = from + row + offset;
      return { ...count, evidence: evidenceAt(rows[at]?.source ?? { page: null }, sectionAt(at)?.number ?? null, count.text) };
    };
    yield { cells: headed ?? cells, caption, quoted };
  }
}

/**
 * A final report's participants on a form typed as a table ("Antal deltagare | 64" / "Varav kvinnor |
 * 30" / "Varav män | 34"): the first total its fields split by gender, with the split where it makes
 * the total up (a split that does not is the gender rule's, not the record's).
 */
export function readFormTableParticipants(structure: DocStructure): Count | null {
  for (const { cells, quoted } of tablesOf(structure)) {
    // A total alone may be a goal's ("Antal deltagare | 40" under "Mål"): only a form that splits it is the participants'.
    const found = formTableCounts(cells).find(({ count }) => count.total !== null && (count.women !== null || count.men !== null));
    if (!found) continue;
    const { count, row } = found;
    return quoted(makesUpTotal(count) ? count : { ...count, women: null, men: null, other: null }, row);
  }
  return null;
}

/** A table's caption or header that says it counts the participants taken in ("Deltagare", "Antal inskrivna deltagare per år"). */
const OF_PARTICIPANTS = /(?<![\p{L}])(?:deltagare|deltagarna|deltagit|deltog|inskrivna|inskrivning\p{L}*|skrivits\s+in)(?![\p{L}])/iu;
/** …and not those who left, or where they went ("Avslutade deltagare", "Resultat efter avslut", "till arbete"). */
const OF_AN_OUTCOME = /(?<![\p{L}])(?:avslut\p{L}*|utskriv\p{L}*|resultat\p{L}*|gått\s+vidare|till\s+(?:arbete|studier)|efter)(?![\p{L}])/iu;
/** The count of a table's whole: its "Totalt" column or "Summa" row, beside one per year or age group. */
const OF_THE_WHOLE = /^(?:totalt|total|summa|samtliga|alla)(?![\p{L}])/iu;

/**
 * A final report's participants as a table by gender ("Kön | Antal" / "Kvinnor | 23" / "Män | 17" /
 * "Totalt | 40"), where its caption or header says it counts the participants taken in and not an
 * outcome: its one count, or the whole's beside one per year or age group; not one year's alone. The
 * split where it makes the total up, as on a form.
 */
export function readGenderTableParticipants(structure: DocStructure): Count | null {
  for (const { cells, caption, quoted } of tablesOf(structure)) {
    const about = `${caption}\n${(cells[0] ?? []).join(' ')}`;
    if (!OF_PARTICIPANTS.test(about) || OF_AN_OUTCOME.test(about)) continue;
    // A "Varav unga under 25 år" row under the participants' is part of them, not another count of the whole.
    const counts = genderTableCounts(cells).filter(({ row }) => !PART_OF_ABOVE.test((cells[row]?.[0] ?? '').trim()));
    const found = counts.length === 1 ? counts[0] : counts.find(({ count }) => OF_THE_WHOLE.test(count.text));
    if (!found || found.count.year !== undefined) continue;
    const { count, row } = found;
    return quoted(makesUpTotal(count) ? count : { ...count, women: null, men: null, other: null }, row);
  }
  return null;
}
