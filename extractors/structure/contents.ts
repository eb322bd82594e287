/**
 * A table of contents: titles each followed by a page number, the numbers never going back. An entry
 * per line ("Förvaltningsberättelse<tab>4", "Bilaga 1 Revisionsberättelse ..... 16"), an entry per
 * paragraph (a Word TOC field), or a transcript's one paragraph that runs them together ("Sid
 * Förvaltningsberättelse 2 Styrelse 2 Kansli 2 … Resultaträkning 12 Balansräkning 13").
 */

export interface ContentsEntry {
  title: string;
  page: number;
}

/** "Förvaltningsberättelse ..... 5", "Styrelse 2": a title, maybe dot leaders, a page number. */
const ENTRY = /(\p{Lu}[^\d\n]{1,80}?)[\s.…·_-]*?(?<![\d,.])(\d{1,3})(?![\d,.:%-]|\s\d{3}\b)/gu;
const MIN_ENTRIES = 4;
/** Share of consecutive entries whose page numbers do not go back. */
const IN_ORDER = 0.8;

/** The entries of a table of contents in `text`, or null when it is none. */
export function contentsEntries(text: string): ContentsEntry[] | null {
  return readContents(text)?.entries ?? null;
}

/** "Innehåll", "Innehållsförteckning": the heading a table of contents may start with. */
const CONTENTS_WORD = 'innehåll(?:sförteckning)?';
const CONTENTS_HEADING = new RegExp(`(?<![\\p{L}])${CONTENTS_WORD}(?![\\p{L}])`, 'iu');
const CONTENTS_HEADING_LINE = new RegExp(`^\\s*${CONTENTS_WORD}[\\s:]*$`, 'iu');

export function isContentsHeading(text: string): boolean {
  return CONTENTS_HEADING_LINE.test(text);
}

/** One entry on a line of its own, its section number left out: "Förvaltningsberättelse<tab>4", "2.1 Verksamhet 2020 ........ 5". */
const ONE_ENTRY = /^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(\p{Lu}.{0,80}?)[\s.…·_-]+(\d{1,3})$/u;

export function isContentsEntry(text: string): boolean {
  return ONE_ENTRY.test(text.trim());
}

function lineEntry(line: string): ContentsEntry | null {
  const match = ONE_ENTRY.exec(line.trim());
  const page = Number(match?.[2]);
  return match && page > 0 ? { title: (match[1] ?? '').trim(), page } : null;
}

/** The entries of a table of contents whose entries are paragraphs of their own, one per text, or null when the texts make none. */
export function spreadContentsEntries(texts: readonly string[]): ContentsEntry[] | null {
  const entries = texts.map(lineEntry);
  return entries.every((entry) => entry !== null) && isContents(entries) ? entries : null;
}

/**
 * Where the entries of the table of contents in `text` begin (after its heading, when it has one), or
 * null when it is none: the words before it may be a cover's that a transcript runs into the list
 * ("Årsredovisning 2019 Innehåll Förvaltningsberättelse 3 …").
 */
export function contentsStart(text: string): number | null {
  const read = readContents(text);
  if (!read) return null;
  const heading = CONTENTS_HEADING.exec(text.slice(0, read.end));
  return heading ? heading.index + heading[0].length : read.start;
}

interface ContentsRead {
  entries: ContentsEntry[];
  /** Where the first entry starts and ends in the text. */
  start: number;
  end: number;
}

function readContents(text: string): ContentsRead | null {
  if (!/\d/.test(text)) return null;
  return entryLines(text) ?? runTogether(text);
}

/** Every line an entry from the first one on (lines before it are the list's heading or a cover's). */
function entryLines(text: string): ContentsRead | null {
  const lines = text.split('\n');
  const first = lines.findIndex((line) => lineEntry(line) !== null);
  if (first < 0) return null;
  const entries: ContentsEntry[] = [];
  for (const line of lines.slice(first)) {
    if (line.trim() === '') continue;
    const entry = lineEntry(line);
    if (!entry) return null;
    entries.push(entry);
  }
  const start = lines.slice(0, first).reduce((length, line) => length + line.length + 1, 0);
  return isContents(entries) ? { entries, start, end: start + (lines[first]?.length ?? 0) } : null;
}

/** A transcript's one paragraph: each title up to the number after it. */
function runTogether(text: string): ContentsRead | null {
  const entries: ContentsEntry[] = [];
  let covered = 0;
  let start: number | null = null;
  let end = 0;
  for (const match of text.matchAll(ENTRY)) {
    // "Sid" heads the page column.
    const title = (match[1] ?? '')
      .replace(/[\s.…·_-]+$/u, '')
      .replace(/^(?:sid|sida|s\.)\s+/iu, '')
      .trim();
    const page = Number(match[2]);
    if (title === '' || page === 0) continue;
    if (start === null) {
      start = match.index;
      end = match.index + match[0].length;
    }
    entries.push({ title, page });
    covered += match[0].length;
  }
  if (start === null) return null;
  // From the first entry on, entries fill the text: a paragraph that merely mentions a few figures is no table of contents.
  if (covered < (text.length - start) * 0.7) return null;
  return isContents(entries) ? { entries, start, end } : null;
}

/** Enough entries, their pages in order, their titles a few words (sentences with a number in them are longer). */
function isContents(entries: readonly ContentsEntry[]): boolean {
  if (entries.length < MIN_ENTRIES) return false;
  let ordered = 0;
  for (let index = 1; index < entries.length; index++) if ((entries[index]?.page ?? 0) >= (entries[index - 1]?.page ?? 0)) ordered++;
  if (ordered < (entries.length - 1) * IN_ORDER) return false;
  const long = entries.filter((entry) => entry.title.split(/\s+/).length > 8).length;
  return long * 4 <= entries.length;
}
