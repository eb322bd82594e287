/**
 * A table of contents, also when a transcript runs it into one paragraph ("Sid Förvaltningsberättelse
 * 2 Styrelse 2 Kansli 2 … Resultaträkning 12 Balansräkning 13"): titles each followed by a page
 * number, the numbers never going back.
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
  if (!/\d/.test(text)) return null;
  const entries: ContentsEntry[] = [];
  let covered = 0;
  let start: number | null = null;
  for (const match of text.matchAll(ENTRY)) {
    // "Sid" heads the page column.
    const title = (match[1] ?? '')
      .replace(/[\s.…·_-]+$/u, '')
      .replace(/^(?:sid|sida|s\.)\s+/iu, '')
      .trim();
    const page = Number(match[2]);
    if (title === '' || page === 0) continue;
    start ??= match.index;
    entries.push({ title, page });
    covered += match[0].length;
  }
  if (entries.length < MIN_ENTRIES || start === null) return null;
  // From the first entry on, entries fill the text: a paragraph that merely mentions a few figures is no table of contents.
  if (covered < (text.length - start) * 0.7) return null;
  let ordered = 0;
  for (let index = 1; index < entries.length; index++) if ((entries[index]?.page ?? 0) >= (entries[index - 1]?.page ?? 0)) ordered++;
  if (ordered < (entries.length - 1) * IN_ORDER) return null;
  // Titles are a few words; sentences with a number in them are longer.
  const long = entries.filter((entry) => entry.title.split(/\s+/).length > 8).length;
  return long * 4 > entries.length ? null : entries;
}
