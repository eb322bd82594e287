/**
 * Cost tables split by who pays for them ("Kostnadsslag | Samordningsförbundet | Medfinansiering |
 * Totalt"), wherever they stand in a final report: each row's part per funder and its total, and the
 * Summa row, as written (schemas/slutrapport.ts `FundingTable`), for funding-split-mismatch. A table
 * is one when every column but the first is headed by a funder, the last perhaps by the total, with
 * at least two funders, and its rows are costs: the first column says so, or the line over it.
 */
import type { MoneyUnit } from '../../schemas/common.js';
import type { FundingRow, FundingTable } from '../../schemas/slutrapport.js';
import { evidenceAt } from '../evidence.js';
import { PART_OF_ABOVE, TOTAL_WORDS } from '../parse/breakdown.js';
import { parseAmount, readFigureCell, unitNamed } from '../parse/money.js';
import { type DocStructure, type FormCell, type FormRow, rowText, tableEnd } from '../structure/index.js';
import { headerRowFromLine } from '../parse/split-headings.js';
import { tableUnitOf } from './budget.js';
import { cellsByColumn, textsByColumn, WRAPPED_LINES, wrappedWords } from './budget-heading-line.js';
import { labelAt } from './labels.js';
import { cellUnder, overlap } from './table-columns.js';

/** A column heading's unit or its "belopp": "Totalt (kr)", "Förbundet, tkr", "Kommunen i kr". */
const HEADING_UNIT = /(?:\s*,?\s*(?:\([^)]*\)|(?:i\s+)?(?:kr|tkr|mkr|kronor|sek)))+$/iu;
/** Money from, as a heading may put it before a funder: "Från förbundet", "Sökt från Finsam", "Medel från kommunen". */
const FROM = String.raw`(?:(?:sökta?\s+|medel\s+|bidrag\s+|finansiering\s+)?från\s+)?`;
/**
 * Who pays, as a column's heading names them: the förbund ("Samordningsförbundet", "Förbundets
 * medel", "Finsam-medel"), a member ("Kommunen", "Västerdals kommun", "Region Älvdalen",
 * "Landstinget", "Försäkringskassan", "Arbetsförmedlingen"), the ESF, or another's share
 * ("Medfinansiering kommunen", "Kommunal medfinansiering", "Medfinansiärer", "Egen finansiering",
 * "Övrig finansiering"). "Varav medfinansiering" is a part of another column, no funder's own.
 */
const FUNDER = new RegExp(
  String.raw`^${FROM}(?:` +
    [
      String.raw`(?:samordnings)?förbund(?:et|ets)?(?:\s+medel)?`,
      String.raw`samordningsförbundet(?:\s+[\p{L}-]+){0,3}`,
      String.raw`finsam(?:[-\s]?medel)?`,
      String.raw`(?:[\p{L}-]+\s+)?medfinansiering(?:\s+[\p{L}-]+){0,3}`,
      String.raw`medfinansiär(?:er(?:na)?|en)?`,
      String.raw`(?:egen|egna|övrig|annan|extern)\s+(?:finansiering|insats|medel|medfinansiering)`,
      String.raw`(?:kommun(?:en|erna)?|regionen|landstinget)`,
      String.raw`(?:region|landstinget)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?`,
      String.raw`[\p{L}-]+s?\s+(?:kommun|region|landsting)`,
      String.raw`försäkringskassan|arbetsförmedlingen`,
      String.raw`esf(?:-rådet)?|europeiska\s+socialfonden`,
    ].join('|') +
    ')$',
  'iu',
);
/** The total's column: "Totalt", "Summa", "Total kostnad", "Summa kostnader", "Totalt (kr)". */
const TOTAL_COLUMN = new RegExp(String.raw`^(?:${TOTAL_WORDS})(?:\s+(?:kostnad(?:er)?|belopp|budget|utfall))?$`, 'iu');
/** A total row: "Summa", "Totalt", "Summa kostnader". */
const TOTAL_ROW = new RegExp(String.raw`^(?:${TOTAL_WORDS})(?![\p{L}])`, 'iu');
/** The first column of a table of costs: "Kostnadsslag", "Kostnader", "Post", "Budgetpost", "Typ av kostnad". */
const COST_COLUMN = /^(?:kostnad\p{L}*|utgift\p{L}*|post|budgetpost|kostnadspost|typ\s+av\s+kostnad)$/iu;
/** A line over a table that says its figures are money: "Kostnader per finansiär", "Budget och finansiering, tkr". */
const ABOUT_MONEY = /kostnad|budget|utfall|ekonomi|finansi|medel|(?<![\p{L}])t?kr(?![\p{L}])/iu;
/** The most rows a header's headings wrap onto in a PDF ("Medfinansiering" over "kommunen"). */
const HEADER_ROWS = 3;
/** A share in per cent: "80 %", "12,5%". */
const PERCENT = /^\d[\d\s,.]*\s?%$/u;

const flat = (text: string): string => text.replace(/\s+/gu, ' ').trim();
/**
 * A line of headings with the space put back between two that ran together: a heading wider than its
 * narrow column in a PDF runs into the one before it ("FörbundetsMedfinansiering"), and the reader
 * finds no gap between them.
 */
const apart = (line: string): string => line.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
const headingOf = (cell: FormCell): string => flat(cell.text).replace(HEADING_UNIT, '').trim();
/**
 * A column's heading as written, its lines joined: with a space, or — where Word or LibreOffice broke
 * a word too long for a narrow column ("Samordningsförb" over "undets medel") — without one, where
 * only that joining reads as a funder.
 */
function writtenHeading(cell: FormCell): string {
  const spaced = flat(cell.text);
  const glued = flat(cell.text.replace(/(\p{Ll})\n(?=\p{Ll})/gu, '$1'));
  return !isFunder(spaced) && isFunder(glued) ? glued : spaced;
}

/** A heading that names who pays, its unit aside; no "varav", which is a part of another column. */
function isFunder(heading: string): boolean {
  const core = heading.replace(HEADING_UNIT, '').trim();
  return FUNDER.test(core) && !PART_OF_ABOVE.test(core);
}

/** A row with an amount in a cell after its first: a row of figures, no more of the header. */
function hasAmount(row: FormRow): boolean {
  return row.cells.slice(1).some((cell) => cell.text !== '' && readFigureCell(cell.text, (text) => parseAmount(text, 'kr')).money !== null);
}

/**
 * The header's cells, each with the words that wrapped under it joined on (a PDF without borders
 * sets "Medfinansiering" over "kommunen" as two rows), and a heading over several columns
 * ("Finansiering" over "Förbundet | Kommunen") given way to the headings under it; the number of
 * rows it takes.
 */
function joinedHeader(rows: readonly FormRow[], start: number, end: number): { cells: FormCell[]; taken: number } | null {
  const first = rows[start];
  if (!first || hasAmount(first)) return null;
  let cells = first.cells.map((cell) => ({ ...cell }));
  let taken = 1;
  while (taken < HEADER_ROWS && start + taken < end) {
    const row = rows[start + taken];
    if (!row || hasAmount(row)) break;
    const under = new Map<FormCell, FormCell[]>();
    for (const cell of row.cells.filter((candidate) => candidate.text !== '')) {
      const above = cells.filter((candidate) => overlap(candidate, cell) > 0);
      const target = above.length === 1 ? above[0] : undefined;
      if (!target) return null;
      under.set(target, [...(under.get(target) ?? []), cell]);
    }
    cells = cells.flatMap((cell) => {
      const below = under.get(cell) ?? [];
      if (below.length > 1) return below.map((child) => ({ ...child }));
      const [wrapped] = below;
      return wrapped ? [{ ...cell, text: `${cell.text} ${wrapped.text}` }] : [cell];
    });
    taken += 1;
  }
  return { cells, taken };
}

interface SplitHeader {
  label: FormCell;
  funders: FormCell[];
  total: FormCell | null;
}

/**
 * The header's columns when it heads a table split by funder: the first column the rows' labels'
 * (its heading perhaps blank), then two funders or more, and the total last, if any — every one of
 * them headed. Null for any other header.
 */
function splitHeader(cells: readonly FormCell[]): SplitHeader | null {
  const [label, ...figures] = cells;
  if (!label || figures.some((cell) => cell.text.trim() === '')) return null;
  const last = figures.at(-1);
  const total = last && TOTAL_COLUMN.test(headingOf(last)) ? last : null;
  const funders = total ? figures.slice(0, -1) : figures;
  if (funders.length < 2 || !funders.every((cell) => isFunder(writtenHeading(cell)))) return null;
  return { label, funders, total };
}

/** The lines right over the table (its title, a unit), and the title of the section it stands in. */
function captionOf(structure: DocStructure, start: number): { heading: string | null; caption: string } {
  const over = structure.rows[start - 1];
  const heading = over && over.table === null ? flat(rowText(over)) : null;
  const section = structure.sections.filter((candidate) => candidate.start <= start && start < candidate.end).at(-1);
  return { heading: heading === '' ? null : heading, caption: [section?.title ?? '', heading ?? ''].join('\n') };
}

function sectionNumberAt(structure: DocStructure, at: number): string | null {
  return structure.sections.filter((candidate) => candidate.start <= at && at < candidate.end).at(-1)?.number ?? null;
}

/** A row's label and figures under the header's columns; null for a row with no label or no figure. */
function readRow(structure: DocStructure, at: number, header: SplitHeader, unit: (cell: FormCell) => MoneyUnit): FundingRow | null {
  const row = structure.rows[at];
  if (!row) return null;
  const under = (heading: FormCell): FormCell | null => cellUnder(row, heading);
  const labelCell = under(header.label) ?? row.cells[0] ?? null;
  const label = flat(labelCell?.text ?? '');
  if (label === '') return null;
  // A row of each funder's share ("Andel | 80 % | 20 % | 100 %") is no row of amounts.
  const figures = [...header.funders, ...(header.total ? [header.total] : [])]
    .map((heading) => under(heading)?.text.trim() ?? '')
    .filter((text) => text !== '');
  if (figures.length > 0 && figures.every((text) => PERCENT.test(text))) return null;
  const evidence = evidenceAt(row.source, sectionNumberAt(structure, at), rowText(row));
  const unreadFigures: { column: string; text: string }[] = [];
  const read = (heading: FormCell) => {
    const cell = under(heading);
    const { money, unread } = readFigureCell(cell === labelCell ? '' : (cell?.text ?? ''), (text) => parseAmount(text, unit(heading)));
    if (unread !== null) unreadFigures.push({ column: flat(heading.text), text: unread });
    return money ? { ...money, evidence } : null;
  };
  const parts = header.funders.map(read);
  const total = header.total ? read(header.total) : null;
  if (total === null && parts.every((part) => part === null) && unreadFigures.length === 0) return null;
  return { label, parts, total, ...(unreadFigures.length > 0 ? { unreadFigures } : {}), evidence };
}

/** A table's header as found: its columns, the table's first row of figures, and the row its caption stands over. */
interface FoundHeader {
  header: SplitHeader;
  firstRow: number;
  captionAt: number;
}

/**
 * A table without a header of its own under a line of its headings ("Kostnadsslag Förbundets
 * Medfinansiering Totalt"), as a PDF without borders or a Word author sets it: the line's words split
 * into one heading per figure column, with the words that wrapped under them, where that makes a
 * header split by funder.
 */
function headerOnLineOver(structure: DocStructure, start: number, end: number, costLabels: readonly string[]): FoundHeader | null {
  const rows = structure.rows;
  const tableRows = rows.slice(start, end);
  const cells = cellsByColumn(tableRows);
  // The words that wrapped may be read as the table's first row: a row of words over figure columns only.
  const firstRow = rows[start];
  const wordsRow = firstRow && !hasAmount(firstRow) && firstRow.cells.every((cell) => cell.column > 0 || cell.text === '') ? firstRow : null;
  for (let line = start - 1; line >= Math.max(0, start - 1 - WRAPPED_LINES); line -= 1) {
    const row = rows[line];
    if (!row || row.table !== null) return null;
    const wrapped = wrappedWords(rows, line + 1, start, cells);
    if (!wrapped) continue;
    for (const cell of wordsRow?.cells ?? []) {
      if (cell.text !== '') wrapped.set(cell.column, [wrapped.get(cell.column) ?? '', flat(cell.text)].join(' ').trim());
    }
    const headerOf = (texts: readonly string[]): FormCell[] =>
      texts.flatMap((text, column) => {
        const cell = cells.get(column);
        const words = [text, wrapped.get(column) ?? ''].join(' ').trim();
        return cell && (column === 0 || words !== '') ? [{ ...cell, text: words, paragraphs: [] }] : [];
      });
    const texts = headerRowFromLine(apart(rowText(row)), textsByColumn(tableRows), {
      isFigure: (text) => parseAmount(text, 'kr') !== null,
      labelOptional: true,
      minFigures: 2,
      // A heading opens with a capital: a line of words in lower case is the rest of headings that wrapped.
      accepts: (split, byColumn) => split.every((text) => !/^\p{Ll}/u.test(text)) && isCostsHeader(structure, line, headerOf(byColumn), costLabels) !== null,
    });
    const header = texts && isCostsHeader(structure, line, headerOf(texts), costLabels);
    if (header) return { header, firstRow: wordsRow ? start + 1 : start, captionAt: line };
  }
  return null;
}

/** The header split by funder that `cells` make, where its rows are costs; null otherwise. */
function isCostsHeader(structure: DocStructure, captionAt: number, cells: readonly FormCell[], costLabels: readonly string[]): SplitHeader | null {
  const header = splitHeader(cells);
  if (!header) return null;
  const labelHeading = headingOf(header.label);
  const costs = COST_COLUMN.test(labelHeading) || labelAt(labelHeading, costLabels)?.rest === '' || ABOUT_MONEY.test(captionOf(structure, captionAt).caption);
  return costs ? header : null;
}

/** The table's own header, the first of its rows (with the words that wrapped under it), where it is split by funder. */
function ownHeader(structure: DocStructure, start: number, end: number, costLabels: readonly string[]): FoundHeader | null {
  const joined = joinedHeader(structure.rows, start, end);
  const header = joined && isCostsHeader(structure, start, joined.cells, costLabels);
  return joined && header ? { header, firstRow: start + joined.taken, captionAt: start } : null;
}

/** The table split by funder at rows [start, end), or null when its header is no such table's. */
function readTable(structure: DocStructure, start: number, end: number, costLabels: readonly string[]): FundingTable | null {
  const found = ownHeader(structure, start, end, costLabels) ?? headerOnLineOver(structure, start, end, costLabels);
  if (!found) return null;
  const { header, firstRow, captionAt } = found;
  const { heading } = captionOf(structure, captionAt);
  const tableUnit = tableUnitOf(structure.rows, captionAt);
  const unit = (cell: FormCell): MoneyUnit => unitNamed(cell.text) ?? tableUnit ?? 'kr';
  const read: { row: FundingRow; total: boolean }[] = [];
  for (let at = firstRow; at < end; at += 1) {
    const row = readRow(structure, at, header, unit);
    // A "varav" row is a part of the row above, no row of its own.
    if (row && !PART_OF_ABOVE.test(row.label)) read.push({ row, total: TOTAL_ROW.test(row.label) });
  }
  const last = read.at(-1);
  const summa = last?.total ? last.row : null;
  // A subtotal inside the table closes some of the rows over it; the Summa closes them all without it.
  const rows = read.filter((entry) => !entry.total).map((entry) => entry.row);
  const first = structure.rows[captionAt];
  return {
    heading,
    funders: header.funders.map(writtenHeading),
    totalColumn: header.total ? flat(header.total.text) : null,
    rows,
    summa,
    ...(first ? { evidence: evidenceAt(first.source, sectionNumberAt(structure, captionAt), heading ?? rowText(first)) } : {}),
  };
}

/** Every cost table split by funder in the document, in its order. */
export function readFundingTables(structure: DocStructure, costLabels: readonly string[]): FundingTable[] {
  const tables: FundingTable[] = [];
  for (let start = 0; start < structure.rows.length;) {
    const end = tableEnd(structure.rows, start);
    const table = structure.rows[start]?.table === null ? null : readTable(structure, start, end, costLabels);
    if (table) tables.push(table);
    start = Math.max(end, start + 1);
  }
  return tables;
}
