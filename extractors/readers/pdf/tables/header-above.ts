/**
 * The header of a table without borders that its rows did not take in because its headings are
 * wider than their columns: a word that wraps onto a line of its own ("Varav" over "medfinansiering")
 * runs over to the left of its right-aligned column, or two headings print into each other
 * ("KommunalFörsäkringskassans"), so the header's bands do not line up with the columns as the rows'
 * do. Read against the rows' columns instead, each band's stretches cut where their words fall into
 * different columns, such bands are the table's header after all.
 */
import { appendAll } from '../../../arrays.js';
import { FIGURE, lineOfRuns, setAlike, type BuiltLine, type LineBand } from '../layout/lines.js';

/** The most bands a header takes: a heading over two wrapped lines. */
const HEADER_BANDS = 3;

/** The table's columns as its rows have them: which column a line falls in, and whether it lies within it. */
export interface TableColumns {
  columnOf: (line: BuiltLine) => number;
  /** The line lies within the column's edges. */
  within: (line: BuiltLine, column: number) => boolean;
  /** The line starts at the column's left edge or ends at its right one, as a cell's text is set. */
  aligned: (line: BuiltLine, column: number) => boolean;
}

/** The most runs a line is cut between: a header's line has a few; a longer one is taken whole or not at all. */
const MOST_RUNS = 40;

/**
 * The line as pieces, left to right, each in a column of its own after `after`: whole where it lies
 * within its column, else cut between its runs where every piece is set as its column's text is, at
 * one of its edges (a heading that runs over into the column beside it is no part of that one; a
 * line of running text whose words happen to fall in the columns is seldom set so at every cut), the
 * whole line too; null where none of these. Each piece's start is tried once per column before it
 * (a hostile line of many runs could otherwise be cut every way), and a line of more than MOST_RUNS
 * runs is not cut at all.
 */
function piecesInColumns(line: BuiltLine, after: number, columns: TableColumns): BuiltLine[] | null {
  const column = columns.columnOf(line);
  if (column > after && columns.within(line, column)) return [line];
  if (line.runs.length > MOST_RUNS) return column > after && columns.aligned(line, column) ? [line] : null;
  const count = line.runs.length;
  const tried = new Map<string, BuiltLine[] | null>();
  /** The runs from `from` on as aligned pieces, each in a column after `previous`. */
  const piecesFrom = (from: number, previous: number): BuiltLine[] | null => {
    const key = `${from}:${previous}`;
    if (tried.has(key)) return tried.get(key) ?? null;
    let found: BuiltLine[] | null = null;
    for (let to = from + 1; to <= count && !found; to += 1) {
      const piece = to - from === count ? line : lineOfRuns(line, from, to);
      const pieceColumn = piece ? columns.columnOf(piece) : -1;
      if (!piece || pieceColumn <= previous || !columns.aligned(piece, pieceColumn)) continue;
      const rest = to === count ? [] : piecesFrom(to, pieceColumn);
      if (rest) found = [piece, ...rest];
    }
    tried.set(key, found);
    return found;
  };
  return piecesFrom(0, after);
}

/** The band's lines as pieces in columns, left to right, no two in one column; null where they are not, or where a piece is a figure. */
function bandInColumns(band: LineBand, columns: TableColumns): LineBand | null {
  const pieces: BuiltLine[] = [];
  let column = -1;
  for (const line of band) {
    const cut = piecesInColumns(line, column, columns);
    if (!cut) return null;
    appendAll(pieces, cut);
    column = columns.columnOf(cut.at(-1) ?? line);
  }
  const [first, ...rest] = pieces;
  if (!first || pieces.some((piece) => FIGURE.test(piece.text.trim()))) return null;
  // One line from the label column on, in words a space apart, is a line of running text over the
  // table: its words are left to the readers of a line of headings, who split it by what they say.
  if (band.length === 1 && rest.length > 0 && columns.columnOf(first) === 0) return null;
  return [first, ...rest];
}

/**
 * The bands right over a table's first row (`above`, nearest last) that are its header: a band of
 * words in two columns or more, a figure column among them, and under it the bands of its
 * headings' wrapped words, all set alike and each no further from the next than `maxGap` (× size),
 * every piece in a column of the table's. Their lines are given cut into the pieces that fall in the
 * columns; [] where the bands over the table are no such header.
 */
export function headerBandsAbove(above: readonly LineBand[], firstRow: LineBand, columns: TableColumns, maxGap: number): LineBand[] {
  const header: LineBand[] = [];
  let below = firstRow;
  for (const band of [...above].reverse().slice(0, HEADER_BANDS)) {
    const size = Math.max(band[0].size, below[0].size);
    if (below[0].baseline - band[0].baseline > size * maxGap) break;
    if (header.length > 0 && !band.every((line) => setAlike(line, below[0]))) break;
    const pieces = bandInColumns(band, columns);
    if (!pieces) break;
    header.unshift(pieces);
    below = band;
  }
  // The header opens with its band that heads columns beside the first; over it nothing belongs.
  const top = header.findIndex((band) => band.length >= 2 && band.some((line) => columns.columnOf(line) > 0));
  return top < 0 ? [] : header.slice(top);
}
