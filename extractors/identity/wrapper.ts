/**
 * A paper that carries a report: a region's beslutsunderlag, a kommun's protokollsutdrag, an
 * agenda's bilaga, with the förbund's annual report attached. It carries the report when it lists
 * the report among its documents ("I ärendet redovisas följande dokument: a) Beslutsunderlag
 * b) Årsredovisning och revisionsberättelse", "bifogar följande handlingar: 1. … 2. Årsredovisning
 * 2014", "Bilagor: - Revisionsberättelse 2013 - Årsredovisning 2013"), names its file ("Årsredovisning
 * 2014.pdf") or is followed by the report's own cover and contents; a paper that only speaks of the
 * report (a protokoll on ansvarsfrihet) carries nothing and is no report, and neither does one whose
 * annual report never speaks of financial coordination (a kommun's own, sent to its fullmäktige).
 */
import type { WrappedIn } from '../../schemas/result.js';
import { evidenceAt } from '../evidence.js';
import type { DocStructure, StructureUnit } from '../structure/index.js';
import type { OpeningWord } from './opening.js';
import { ownUnits, withoutPageMarks } from './opening.js';
import { CASE_PAPERS, speaksOfForbund, type ReportKind } from './document-type.js';
import { foldedWord, isLike, REPORT_WORDS, startsLike } from './kind-words.js';
import { findOrganisations } from './organisation.js';

/** A word long enough to name a report; carriedKind tells whether it does. */
const LONG_WORD = /(?<![\p{L}\d])\p{L}[\p{L}\d]{7,}/gu;
/** "b) Årsredovisning …", "2. Årsredovisning 2014": an item of a list of documents. */
const LISTED = /(?:^|\s)([a-h]\)|\d{1,2}[.)])\s+(\p{L}[\p{L}\d]{7,})/gu;
/** "… 2014.pdf", "… aug 2021.docx" after a report's name: a file. */
const FILE_AFTER = /^[^\n]{0,60}?\.(?:pdf|docx?|odt|odf)(?![\p{L}])/u;
/** How far after the cover's title its contents or first part may stand. */
const COVER_REACH = 240;
/** A board's cover line before the report's title, which names itself as given: "… avger härmed följande Årsredovisning". */
const DECLARES = /(?:^|\s)avger(?:\s+härmed)?(?:\s+följande)?\s+$/u;
const DECLARES_REACH = 32;
/** A paper's list of what it sends, by its lead: "Bilagor:", "Bifogade handlingar:", "Bifogas:", "… bifogar följande:". */
const ATTACHMENTS_LEAD = /(?<![\p{L}])(?:bilagor|bifogade\s+handlingar|bifogas|bifogat|bifogar(?:\s+(?:härmed|följande))*(?:\s+handlingar)?)\s*:/giu;
/** How far after its lead such a list runs. */
const ATTACHMENTS_REACH = 200;
/** Where an item of the list starts: right after the lead, after a dash, a bullet, a comma, a semicolon or an item's number. */
const LIST_ITEM = /(?:^|[-–•;,]|\d{1,2}[.)])\s*(\p{L}[\p{L}\d]{7,})/gu;

/** The reports a paper may carry, by the words that name each: the same as a report's own title ("Verksamhetsberättelse 2014" of a förbund is its annual report). */
const CARRIED: [ReportKind, string][] = REPORT_WORDS.flatMap(({ kind, stems }) => stems.map((stem): [ReportKind, string] => [kind, stem]));
const CARRIED_STEMS = CARRIED.map(([, stem]) => stem);
/** What follows a report's title on its cover: its contents or its first part. */
const CONTENTS = ['innehallsforteckning', 'innehall', 'forvaltningsberattelse'];
/** A report's first numbered part after its cover: "1. Sammanfattning", "1 Inledning", "1. Förord" (a paper's sections go unnumbered). */
const FIRST_PART = /(?:^|\s)1\.?\s+(?:Sammanfattning|Inledning|Förord)(?![\p{L}])/u;

/** The report a word names, by its start, an OCR'd letter misread or not ("Årsredovisningen", "ARSREDOVISNING", "Årsredovlsning"). */
function carriedKind(word: string): ReportKind | null {
  const key = foldedWord(word);
  return CARRIED.find(([, stem]) => startsLike(key, stem))?.[0] ?? null;
}

/** A cover's word as a cover writes it: capitalised and whole ("Årsredovisning", "INNEHÅLL", not "årsredovisningen"). */
function coverWord(word: string, stems: readonly string[]): boolean {
  return /^\p{Lu}/u.test(word) && stems.some((stem) => isLike(foldedWord(word), stem));
}

/**
 * The report's own cover after the paper: its title, capitalised as a cover writes it, and within a
 * few lines its table of contents or its first part ("ÅRSREDOVISNING FÖR … SAMORDNINGSFÖRBUND
 * Innehåll:", "Årsredovisning 2016 … Innehållsförteckning Förvaltningsberättelse"). A paper that only
 * speaks of the report writes it in a sentence and lists no contents. The title nearest the contents
 * is the cover's; one before it is the paper's ärende ("Årsredovisning 2011, … Från …").
 */
function coverTitle(text: string): { index: number; kind: ReportKind } | null {
  const words = [...text.matchAll(LONG_WORD)];
  for (const [first, word] of words.entries()) {
    if (!coverWord(word[0], CARRIED_STEMS)) continue;
    // "Samordningsförbundet Samspelet … avger Verksamhetsberättelse avseende 2014 års verksamhet": a cover that says it is the report, wherever its contents follow.
    if (DECLARES.test(text.slice(Math.max(0, word.index - DECLARES_REACH), word.index)))
      return { index: word.index, kind: carriedKind(word[0]) ?? 'arsredovisning' };
    let title = word;
    const reach = word.index + word[0].length + COVER_REACH;
    for (const next of words.slice(first + 1)) {
      if (next.index > reach) break;
      if (coverWord(next[0], CONTENTS)) return { index: title.index, kind: carriedKind(title[0]) ?? 'arsredovisning' };
      if (coverWord(next[0], CARRIED_STEMS)) title = next;
    }
    // The report's first part numbered after its title, the paper's own text before it (a paper's heading naming the report stands at its top).
    if (FIRST_PART.test(text.slice(title.index, reach)) && wordsBefore(text, word.index) >= PAPER_WORDS)
      return { index: word.index, kind: carriedKind(word[0]) ?? 'arsredovisning' };
  }
  return null;
}

/** How many words of its own a paper has before the report it carries starts (its heading, a decision, a signature). */
const PAPER_WORDS = 40;

function wordsBefore(text: string, index: number): number {
  return (text.slice(0, index).match(/\S+/gu) ?? []).length;
}

/** A report's name followed by a file's extension ("Årsredovisning 2014.pdf"). */
function fileNamed(text: string): ReportKind | null {
  for (const word of text.matchAll(LONG_WORD)) {
    const kind = carriedKind(word[0]);
    if (kind && FILE_AFTER.test(text.slice(word.index + word[0].length))) return kind;
  }
  return null;
}

/**
 * The unit where the carried report's own cover starts, when the paper is followed by it: the report
 * names its förbund as the förbund writes itself, the kommun's paper as the kommun does.
 */
export function carriedCoverUnit(structure: DocStructure): StructureUnit | null {
  const units = ownUnits(structure);
  const text = units.map((unit) => unit.text).join('\n');
  const cover = coverTitle(text);
  if (!cover) return null;
  const start = cover.index;
  let end = 0;
  for (const unit of units) {
    end += unit.text.length + 1;
    if (start < end) return unit;
  }
  return null;
}

/** A report's name, as a title writes it, starting an item of the paper's list of attachments. */
function attachmentNamed(text: string): ReportKind | null {
  for (const lead of text.matchAll(ATTACHMENTS_LEAD)) {
    const start = lead.index + lead[0].length;
    for (const item of text.slice(start, start + ATTACHMENTS_REACH).matchAll(LIST_ITEM)) {
      const word = item[1] ?? '';
      if (coverWord(word, CARRIED_STEMS)) return carriedKind(word);
    }
  }
  return null;
}

/** The kind of report the paper carries, or null when it carries none (or carries no förbund's annual or interim report). */
export function carriedReport(structure: DocStructure): ReportKind | null {
  const kind = carriedKindOf(structure);
  // A kommun's paper sending its own annual report to fullmäktige carries a report, but no samordningsförbund's.
  return kind && kind !== 'slutrapport' && !speaksOfForbund(structure) ? null : kind;
}

function carriedKindOf(structure: DocStructure): ReportKind | null {
  const text = ownUnits(structure)
    .map((unit) => unit.text)
    .join('\n');
  const file = fileNamed(text);
  if (file) return file;
  const cover = coverTitle(text);
  if (cover) return cover.kind;
  const attachment = attachmentNamed(text);
  if (attachment) return attachment;
  const items = [...text.matchAll(LISTED)];
  for (const item of items) {
    const label = item[1] ?? '';
    const kind = carriedKind(item[2] ?? '');
    if (!kind) continue;
    // A list has a neighbour item ("a)" before "b)", "1." before "2.") close by; "Ks 23. Årsredovisning …" is a paragraph number.
    const neighbours = neighbourLabels(label);
    const window = text.slice(Math.max(0, item.index - 400), item.index + 400);
    if (neighbours.some((other) => new RegExp(`(?:^|\\s)${escape(other)}\\s`, 'u').test(window))) {
      return kind;
    }
  }
  return null;
}

function neighbourLabels(label: string): string[] {
  const letter = label.match(/^([a-h])\)$/u)?.[1];
  if (letter)
    return [String.fromCharCode(letter.charCodeAt(0) - 1), String.fromCharCode(letter.charCodeAt(0) + 1)]
      .filter((c) => c >= 'a' && c <= 'h')
      .map((c) => `${c})`);
  const number = Number(label.slice(0, -1));
  const mark = label.slice(-1);
  return [number - 1, number + 1].filter((n) => n >= 1).map((n) => `${n}${mark}`);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** Words that end a wrapper's title line: what follows it in a decision paper. */
const MAX_TITLE_WORDS = 14;

/**
 * The wrapper as the result names it: its kind as written ("beslutsunderlag", "bilaga") and its
 * title, the ärende it is about — the line naming the report (with its continuation), else the
 * line that names the wrapper.
 */
export function wrapperOf(structure: DocStructure, at: OpeningWord): WrappedIn {
  const papers = caseOf(at.unit);
  if (papers) return papers;
  const kind = at.word.replace(/[^\p{L}]+/gu, '').toLowerCase();
  const title = firstOf(structure, reportLine(structure), arendeLine(structure)) ?? wrapperLine(at);
  return { kind, title: title.text, evidence: evidenceAt(title.unit.source, title.unit.section, title.text) };
}

/** An agenda item's cover sheet: "Revisionsberättelse … för Samordningsförbundet X Handlingar i ärendet: …" is the case's papers, its title the case. */
function caseOf(unit: StructureUnit): WrappedIn | null {
  const lead = unit.text.match(CASE_PAPERS);
  if (!lead || lead.index === undefined) return null;
  const title = withoutPageMarks(unit.text.slice(0, lead.index)).trim().split(/\s+/u).slice(0, MAX_TITLE_WORDS).join(' ');
  if (title === '') return null;
  const kind = lead[0].replace(/\s*:$/u, '').replace(/\s+/gu, ' ').toLowerCase();
  return { kind, title, evidence: evidenceAt(unit.source, unit.section, title) };
}

interface Line {
  text: string;
  unit: StructureUnit;
}

/** The first short line naming the report ("Årsredovisning och revisionsberättelse 2014 Nedansiljans" + "samordningsförbund"). */
function reportLine(structure: DocStructure): Line | null {
  for (const unit of ownUnits(structure)) {
    const lines = unit.text.split('\n').map((line) => line.trim());
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index] ?? '';
      if (!carriedKind(line.split(/\s/u)[0] ?? '') || line.split(/\s+/).length > MAX_TITLE_WORDS) continue;
      let text = line;
      // A title broken over lines goes on in lower case ("… Nedansiljans" / "samordningsförbund").
      for (let next = index + 1; next < lines.length && /^\p{Ll}/u.test(lines[next] ?? '') && (lines[next] ?? '').split(/\s+/).length <= 4; next++)
        text += ` ${lines[next]}`;
      return { text, unit };
    }
  }
  return null;
}

/** How far after the report's name the förbund it is from may be named ("Årsredovisning 2013 för Sjuhärads samordningsförbund"). */
const NAMED_WITHIN = 60;
const ARENDE_LENGTH = 160;
/**
 * What a title sets between the report's name and its förbund's: a year, "för", "och
 * revisionsberättelse", "januari–juni 2021", a comma. A capitalised word there ("Årsredovisning 2013
 * Hälsningar Karin Exempel Sekreterare Samordningsförbundet …") is a letter's closing, not the ärende.
 */
const TITLE_BETWEEN = /^[\s\d\p{Ll},.:–-]*$/u;

/**
 * The ärende a paper's heading runs into ("E8 BESLUTSFÖRSLAG Årsredovisning 2013 för Sjuhärads
 * samordningsförbund Kommunstyrelsen föreslår …", "Dnr 137/ Årsredovisning 2011, Västra Mälardalens
 * Samordningsförbund Från …"): the report's name as a title writes it, through the förbund's name
 * that follows it.
 */
function arendeLine(structure: DocStructure): Line | null {
  for (const unit of ownUnits(structure)) {
    for (const word of unit.text.matchAll(LONG_WORD)) {
      if (!coverWord(word[0], CARRIED_STEMS)) continue;
      const rest = unit.text.slice(word.index, word.index + ARENDE_LENGTH);
      const name = findOrganisations(rest)[0];
      if (name && name.index <= NAMED_WITHIN && TITLE_BETWEEN.test(rest.slice(word[0].length, name.index)))
        return { text: rest.slice(0, name.index + name.name.length).replace(/\s+/gu, ' '), unit };
    }
  }
  return null;
}

/** The line that stands first in the document (the paper's own ärende before the carried report's cover); in one unit, the whole line. */
function firstOf(structure: DocStructure, line: Line | null, arende: Line | null): Line | null {
  if (!line || !arende) return line ?? arende;
  const units = ownUnits(structure);
  return units.indexOf(arende.unit) < units.indexOf(line.unit) ? arende : line;
}

function wrapperLine(at: OpeningWord): Line {
  const line = at.unit.text.split('\n').find((candidate) => candidate.includes(at.word)) ?? at.word;
  // "1 1(2) P 4 – Bilaga 1 – …": the page's number glued before the title is none of it.
  const title = withoutPageMarks(line).trim().split(/\s+/).slice(0, MAX_TITLE_WORDS).join(' ');
  // A transcript runs the title into what follows; a title that names its förbund's acronym ends there: "… Huddinge, Botkyrka och Salem (HBS)".
  const closed = title.match(/^.*?\(\p{Lu}[\p{L}\d .-]*\)(?=\s+\p{Lu})/u)?.[0];
  // "Bilaga 87 a 2014-05-13 1 (1) Landstingsfullmäktige …": a letter's date or page count after the paper's name ends its title.
  const dated = title.match(/^.*?\p{L}.*?(?=\s+(?:\d{4}-\d{2}-\d{2}|\d+\s?\(\d+\))(?:\s|$))/u)?.[0];
  return { text: closed ?? dated ?? title, unit: at.unit };
}
