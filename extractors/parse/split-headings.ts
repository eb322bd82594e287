/**
 * A table's column headings typed on one line over it ("Kostnadsslag Budget Utfall", "Insats
 * Budget 2023 Utfall 2023 Avvikelse"), split into one heading per column. Where the words split
 * into headings that make the table's header in more than one way, the one whose every heading
 * opens with a capital is taken, as a typed line of headings has them; else none is guessed.
 */

/** More words than a line of headings has, so the splits stay few. */
const MOST_WORDS = 16;

/** A word no heading ends with: a heading's words run on past it ("Avvikelse mot budget", "Utfall i %"). */
const RUNS_ON = /^(?:i|mot|minus|och|av|enligt|jämfört|med|per|för|från|till|som|t\.?o\.?m\.?)$/iu;

/** The line's words, in order, spaces and tabs as one. */
export function wordsOfLine(text: string): string[] {
  const line = text.replace(/\s+/gu, ' ').trim();
  return line === '' ? [] : line.split(' ');
}

/** Every way to cut `words` into `parts` runs of one word or more, left to right. */
function splits(words: readonly string[], parts: number): string[][] {
  if (parts === 1) return words.length > 0 ? [[words.join(' ')]] : [];
  const found: string[][] = [];
  for (let cut = 1; cut <= words.length - parts + 1; cut += 1) {
    for (const rest of splits(words.slice(cut), parts - 1)) found.push([words.slice(0, cut).join(' '), ...rest]);
  }
  return found;
}

/** Whether a run of words may be one heading: it opens with a word `opens` knows and does not end mid-phrase. */
export function mayBeHeading(text: string, opens: (firstWord: string) => boolean): boolean {
  const words = text.split(' ');
  return opens(words[0] ?? '') && !RUNS_ON.test(words.at(-1) ?? '');
}

/**
 * The line's words as the first column's heading (`labelOptional`: or none, '') and then one heading
 * per figure column, where exactly one such split — or one whose headings all open with a capital —
 * `makesHeader`; null otherwise.
 */
export function splitHeadingLine(
  words: readonly string[],
  figureColumns: number,
  labelOptional: boolean,
  makesHeader: (texts: string[]) => boolean,
): string[] | null {
  if (words.length < 2 || words.length > MOST_WORDS || figureColumns < 1) return null;
  const candidates = [...splits(words, figureColumns + 1), ...(labelOptional ? splits(words, figureColumns).map((texts) => ['', ...texts]) : [])].filter(
    makesHeader,
  );
  if (candidates.length === 1) return candidates[0] ?? null;
  const capitalised = candidates.filter((texts) => texts.every((text) => !/^\p{Ll}/u.test(text)));
  return capitalised.length === 1 ? (capitalised[0] ?? null) : null;
}

/**
 * The header row a line of headings gives a table of cell texts without one: its words split
 * (`splitHeadingLine`) into the first column's heading and one per figure column — the columns after
 * the first where some row's cell `isFigure` — each set over its column, '' over the others. Null
 * where the table has fewer than `minFigures` such columns, or no split of the words `accepts` (given
 * the split's texts and the header row they make), or more than one does.
 */
export function headerRowFromLine(
  line: string,
  rows: readonly (readonly string[])[],
  options: { isFigure: (text: string) => boolean; labelOptional: boolean; minFigures: number; accepts: (texts: string[], header: string[]) => boolean },
): string[] | null {
  const width = rows.reduce((most, row) => Math.max(most, row.length), 0);
  const figures = Array.from({ length: width }, (_, column) => column).filter(
    (column) => column > 0 && rows.some((row) => (row[column] ?? '').trim() !== '' && options.isFigure((row[column] ?? '').trim())),
  );
  if (figures.length < options.minFigures) return null;
  const header = (texts: readonly string[]): string[] => {
    const cells = Array.from({ length: width }, () => '');
    cells[0] = texts[0] ?? '';
    figures.forEach((column, index) => {
      cells[column] = texts[index + 1] ?? '';
    });
    return cells;
  };
  const texts = splitHeadingLine(wordsOfLine(line), figures.length, options.labelOptional, (split) => options.accepts(split, header(split)));
  return texts ? header(texts) : null;
}
