/**
 * The financial statements of an annual report, each as its rows: the table (or the tables, where
 * a page break cuts it) after a heading that names the statement. The header says which column is
 * this year, last year, the note, budget, utfall and avvikelse; the header, a line above the table
 * or the report's "Alla belopp redovisas i tkr" says the unit.
 */
import type { FinancialStatement, OperatingRow, OperatingStatement, StatementKind, StatementRow, Statements } from '../../../schemas/arsredovisning.js';
import type { Money, MoneyUnit } from '../../../schemas/common.js';
import type { Table } from '../../model.js';
import { withoutSectionNumber } from '../../structure/index.js';
import { evidenceOf, isParagraph, isTable, type Placed, tidy } from '../walk.js';
import { readFigureCell, unreadFiguresOf } from '../../parse/index.js';
import { statedShareOf } from '../../parse/percent.js';
import {
  type Columns,
  continuing,
  figureColumns,
  type GridRow,
  gridOf,
  headerColumns,
  inferredColumns,
  isDash,
  NOTE_HEADING,
  NOTE_REFERENCE,
  parseCellAmount,
  statedZero,
  UNIT_TEXT,
  unitOf,
} from './grid.js';
import { headedByHeadings, headerTableOf, type HeadingLine, headingLineOf, YEAR_OR_DAY } from './heading-line.js';

/** A heading or caption that names a statement ("4 Resultaträkning", "Balansräkning (tkr)", "Driftredovisning 2021"). */
const TITLES: [StatementKind, RegExp][] = [
  ['income', /^resultaträkning(?:en)?\b/iu],
  ['balance', /^balansräkning(?:en)?\b/iu],
  ['cashFlow', /^(?:kassaflödesanalys|kassaflödesrapport|finansieringsanalys)(?:en)?\b/iu],
  ['operating', /^drifts?redovisning(?:en)?\b/iu],
];
/** The statement a heading or caption names, its section number aside. */
function statementNamed(text: string): StatementKind | undefined {
  const words = withoutSectionNumber(text);
  return TITLES.find(([, pattern]) => pattern.test(words))?.[0];
}

/** A caption longer than this is running text that mentions a statement, not its heading. */
const TITLE_LENGTH = 60;
/** How many blocks a statement's table may stand below its heading (a unit line, an empty paragraph). */
const LOOK_AHEAD = 4;

export interface StatementContext {
  year: number | null;
  /** The report's "Alla belopp redovisas i tkr", for a statement whose table does not say. */
  defaultUnit: MoneyUnit | null;
}

export interface ReadStatements {
  statements: Statements;
  /** Walk indexes of the blocks the statements were read from. */
  consumed: Set<number>;
}

export function readStatements(walk: Placed[], context: StatementContext): ReadStatements {
  const statements: Statements = { income: null, balance: null, cashFlow: null, operating: null };
  const consumed = new Set<number>();
  const placed = titlesSplitOut(walk);
  for (let index = 0; index < placed.length; index++) {
    const item = placed[index];
    if (!item || !isParagraph(item)) continue;
    const title = tidy(item.block.text).replace(/\n/gu, ' ');
    const kind = title.length <= TITLE_LENGTH ? statementNamed(title) : undefined;
    if (!kind || statements[kind]) continue;
    const found = statementAfter(placed, index, kind, title, context);
    if (!found) continue;
    if (kind === 'operating') statements.operating = found.statement as OperatingStatement;
    else statements[kind] = found.statement as FinancialStatement;
    for (const used of found.used) consumed.add(used);
  }
  return { statements, consumed };
}

interface Found {
  statement: FinancialStatement | OperatingStatement;
  /** The walk indexes (`Placed.index`) of the blocks read. */
  used: number[];
}

/**
 * A table whose rows hold a statement's title: a row of its own with no figures ("Balansräkning";
 * a PDF's borderless statements in brief, one right under the other, are read as one table), or
 * the header row a Word table opens with ("Resultaträkning (tkr) | 2021 | 2020"). The rows before
 * it, the title and the rows from it stand apart, each keeping the walk index of the table they
 * came from; a title that heads its columns stays in the table as its header row. A statement's
 * header row again, repeated over its rest on a new page ("Resultaträkning (kr) | Not | 2021 |
 * 2020"), is no new title: it stays a row, which the statement's reader sets aside.
 */
function titlesSplitOut(walk: Placed[]): Placed[] {
  const headed = new Set<StatementKind>();
  return walk.flatMap((item) => {
    if (!isTable(item)) return [item];
    const table = item.block as Table;
    const parts: Placed[] = [];
    let from = 0;
    gridOf(table).forEach((row, at) => {
      const title = row.cells[0] ?? '';
      const kind = title.length > TITLE_LENGTH ? undefined : statementNamed(title);
      if (!kind) return;
      const alone = row.cells.slice(1).every((text) => text === '');
      if (!alone && (!headerColumns([row], null) || headed.has(kind))) return;
      if (!alone) headed.add(kind);
      if (at > from) parts.push({ ...item, block: { ...table, rows: table.rows.slice(from, at) } });
      parts.push({ ...item, block: { type: 'paragraph', text: title, source: row.source } });
      from = alone ? at + 1 : at;
    });
    if (parts.length === 0) return [item];
    if (from < table.rows.length) parts.push({ ...item, block: { ...table, rows: table.rows.slice(from) } });
    return parts;
  });
}

/**
 * The title split out of the header row of the table right after it ("Resultaträkning | Not | 2022 |
 * 2021" under the heading "Resultaträkning (tkr)"), of the same statement: the heading's table, whose
 * unit the heading gives.
 */
function isOwnHeaderTitle(placed: Placed[], at: number, kind: StatementKind): boolean {
  const item = placed[at];
  const next = placed[at + 1];
  return (
    item !== undefined &&
    next !== undefined &&
    isTable(next) &&
    next.index === item.index &&
    statementNamed(tidy((item.block as { text: string }).text)) === kind
  );
}

function statementAfter(placed: Placed[], titleIndex: number, kind: StatementKind, title: string, context: StatementContext): Found | null {
  const head = placed[titleIndex];
  if (!head) return null;
  let unitText: string | null = UNIT_TEXT.test(title) ? title : null;
  let headingLine: HeadingLine | null = null;
  let first = -1;
  for (let index = titleIndex + 1; index <= titleIndex + LOOK_AHEAD && index < placed.length; index++) {
    const item = placed[index];
    if (!item) break;
    if (isTable(item)) {
      first = index;
      break;
    }
    const text = tidy((item.block as { text: string }).text);
    if (text === '') continue;
    const line = headingLineOf(text);
    if (line) headingLine ??= line;
    else if (text.length <= TITLE_LENGTH && UNIT_TEXT.test(text)) unitText ??= text;
    else if (isOwnHeaderTitle(placed, index, kind)) continue;
    else if (statementNamed(text)) return null;
  }
  if (first < 0) return null;
  const used = [head.index];
  // A header the PDF reader read as a table of its own, over the table of figures right after it.
  const apart = headerTableOf(gridOf(placed[first]?.block as Table));
  if (apart && placed[first + 1] && isTable(placed[first + 1]!)) {
    used.push(placed[first]?.index ?? head.index);
    headingLine = apart;
    first += 1;
  }
  const operating = kind === 'operating';
  const firstTable = placed[first]?.block as Table;
  const firstGrid = gridOf(firstTable);
  const inferred = () => inferredColumns(firstGrid, operating);
  const headed = headerColumns(firstGrid, context.year);
  const byLine = headingLine && headedByHeadings(firstGrid, headingLine, inferred(), context.year);
  const fitting = byLine && fits(byLine, operating) ? byLine : null;
  // Headings over a driftredovisning that do not fit its columns leave it unread: by position,
  // "Budget | Utfall | Prognos | Avvikelse" would be read as utfall, prognosis and avvikelse.
  if (operating && headingLine?.namesRoles && !headed && !fitting) return null;
  const columns = headed ?? fitting ?? inferred();
  if (!columns || !fits(columns, operating)) return null;
  unitText = columns.unitText ?? unitText;
  const unit: MoneyUnit = unitText ? unitOf(unitText.match(UNIT_TEXT)?.[1] ?? 'kr') : (context.defaultUnit ?? 'kr');
  const section = placed[first]?.section ?? head.section;
  const firstRows = firstGrid.slice(columns.headerRows);
  const otherAt = firstRows.findIndex(startsAnotherTable);
  const grids: { rows: GridRow[]; columns: Columns; section: string | null }[] = [
    { rows: (otherAt < 0 ? firstRows : firstRows.slice(0, otherAt)).filter((row) => !restatesHeader(row)), columns, section },
  ];
  used.push(placed[first]?.index ?? head.index);
  // A page break cuts the statement: its next table follows with nothing but blank lines or a "(forts.)" between.
  for (let index = first + 1; otherAt < 0 && index < placed.length; index++) {
    const item = placed[index];
    if (!item) break;
    if (isParagraph(item)) {
      const text = tidy(item.block.text);
      if (text === '' || /^\(?forts(?:\.|ättning)\)?$/iu.test(text) || (text.length <= TITLE_LENGTH && statementNamed(text) === kind && /forts/iu.test(text)))
        continue;
      // A row the PDF reader left out of the table (no rules to tell it by) is a line of label and figures.
      const last = grids[grids.length - 1]!;
      const lines = rowLines(
        item.block.lines?.map((line) => ({ text: line.text, source: line.source })) ?? [{ text, source: item.block.source }],
        last.columns,
      );
      if (!lines) break;
      grids.push({ rows: lines, columns: last.columns, section: item.section });
      used.push(item.index);
      continue;
    }
    const grid = gridOf(item.block as Table);
    const headed = headerColumns(grid, context.year);
    const inferredNext = headed ? null : inferredColumns(grid, operating);
    const next = headed ?? (inferredNext && sameShape(columns, inferredNext) ? continuing(columns, inferredNext) : inferredNext);
    if (!next || !fits(next, operating) || !sameShape(columns, next)) break;
    const other = grid.findIndex(startsAnotherTable);
    // Its header is another table's ("Förändring av eget kapital | 2021 | 2020"): no continuation.
    if (other >= 0 && other < next.headerRows) break;
    const rows = grid.slice(next.headerRows, other < 0 ? undefined : other);
    grids.push({ rows: rows.filter((row) => !restatesHeader(row)), columns: next, section: item.section });
    used.push(item.index);
    if (other >= 0) break;
  }
  const evidence = evidenceOf(head.block.source, head.section, title);
  if (operating) {
    const rows = grids
      .flatMap((grid) => grid.rows.map((row) => operatingRow(row, grid.columns, unit, grid.section)))
      .filter((row): row is OperatingRow => row !== null);
    if (!rows.some((row) => row.outcome !== null)) return null;
    return { statement: { title: withoutSectionNumber(title), unitText, rows, evidence }, used };
  }
  const rows = grids
    .flatMap((grid) => grid.rows.map((row) => financialRow(row, grid.columns, unit, grid.section)))
    .filter((row): row is StatementRow => row !== null);
  if (!rows.some((row) => row.current !== null)) return null;
  return {
    statement: {
      title: withoutSectionNumber(title),
      currentColumn: columns.headings.current ?? null,
      previousColumn: columns.headings.previous ?? null,
      unitText,
      rows,
      evidence,
    },
    used,
  };
}

/**
 * The title of a table that follows a statement but is none of its rows: the notes ("Noter", "Not 1
 * Verksamhetens intäkter"), the changes in eget kapital, a flerårsöversikt, key figures.
 */
const ANOTHER_TABLE = new RegExp(
  [
    '^(?:noter|not\\s+\\d{1,2}(?!\\d))(?![\\p{L}])',
    '^förändring(?:ar)?\\s+(?:av|i)\\s+(?:det\\s+)?eget\\s+kapital',
    '^eget\\s+kapitals\\s+förändring',
    '^(?:flerårsöversikt|femårsöversikt|nyckeltal|ekonomisk\\s+översikt)',
  ].join('|'),
  'iu',
);

/** The figures of a row that are amounts, not the years or closing days of a header. */
function amountsBesideLabel(row: GridRow): string[] {
  return row.cells.slice(1).filter((text) => text !== '' && !YEAR_OR_DAY.test(text) && parseCellAmount(text, 'kr') !== null);
}

/**
 * A header row again inside the table ("Eget kapital och skulder | 2021-12-31 | 2020-12-31", or
 * repeated over the rest on a new page, "Resultaträkning (kr) | Not | 2021 | 2020"): nothing but two
 * or more different years or days beside the label, and perhaps the notes' heading; the years are
 * no amounts of 2 021 tkr.
 */
function restatesHeader(row: GridRow): boolean {
  const cells = row.cells.slice(1).filter((text) => text !== '');
  const figures = cells.filter((text) => !NOTE_HEADING.test(text.trim()));
  return (
    figures.length >= 2 && cells.length - figures.length <= 1 && figures.every((text) => YEAR_OR_DAY.test(text)) && new Set(figures).size === figures.length
  );
}

/**
 * A row where the statement's table stops being the statement, as a PDF reader that sees no rules
 * (or a Word table typed on into the next) gives it: another table's title, with no amounts beside it.
 */
function startsAnotherTable(row: GridRow): boolean {
  return ANOTHER_TABLE.test(row.cells[0] ?? '') && amountsBesideLabel(row).length === 0;
}

/** An amount as a line writes it: "1 718", "−1 718", "(54)", "–". */
const LINE_AMOUNT = '(?:\\(\\d{1,3}(?: \\d{3})*(?:,\\d+)?\\)|[-−]?\\d{1,3}(?: \\d{3})*(?:,\\d+)?|[–—-])';

/**
 * Lines that are each a statement row — a label, perhaps a note, then as many figures as the
 * table's figure columns — as grid rows in the table's columns; null when any line is not one.
 */
function rowLines(lines: { text: string; source: GridRow['source'] }[], columns: Columns): GridRow[] | null {
  const figures = figureColumns(columns);
  const note = columns.roles.note === undefined ? '()' : '(?:(\\d{1,2})\\s+)?';
  const pattern = new RegExp(`^(.*?\\p{L}.*?)\\s+${note}${figures.map(() => `(${LINE_AMOUNT})`).join('\\s+')}$`, 'u');
  const rows: GridRow[] = [];
  for (const line of lines) {
    const match = line.text.replace(/\s+/gu, ' ').trim().match(pattern);
    if (!match) return null;
    const cells: string[] = [match[1] ?? ''];
    if (columns.roles.note !== undefined) cells[columns.roles.note] = match[2] ?? '';
    figures.forEach((column, index) => {
      cells[column] = match[3 + index] ?? '';
    });
    rows.push({ cells: Array.from(cells, (cell) => cell ?? ''), source: line.source });
  }
  return rows.length > 0 ? rows : null;
}

function fits(columns: Columns, operating: boolean): boolean {
  const { roles } = columns;
  return operating ? roles.outcome !== undefined && (roles.budget !== undefined || roles.deviation !== undefined) : roles.current !== undefined;
}

/** A continuation has its figures in as many columns as the table it continues. */
function sameShape(a: Columns, b: Columns): boolean {
  return figureColumns(a).length === figureColumns(b).length;
}

function rowText(row: GridRow): string {
  return row.cells.filter((text) => text !== '').join(' ');
}

/**
 * The row's amounts in the given columns: when any is an amount, a blank or dash among them is 0;
 * when none is, the row is a heading inside the statement and all are null.
 */
function amounts(row: GridRow, columns: (number | undefined)[], unit: MoneyUnit): { money: (Money | null)[]; unread: (string | null)[] } {
  const cells = columns.map((column) => (column === undefined ? null : readFigureCell(row.cells[column] ?? '', (text) => parseCellAmount(text, unit))));
  const read = cells.map((cell) => cell?.money ?? null);
  const unread = cells.map((cell) => cell?.unread ?? null);
  const dashes = columns.some((column) => column !== undefined && isDash(row.cells[column] ?? ''));
  if (read.every((money) => money === null) && !dashes) return { money: columns.map(() => null), unread };
  const money = columns.map(
    (column, index) => read[index] ?? (column === undefined || unread[index] !== null ? null : statedZero(row.cells[column] ?? '', unit)),
  );
  return { money, unread };
}

function labelOf(row: GridRow, columns: Columns): string {
  const figures = new Set(
    Object.entries(columns.roles)
      .filter(([role]) => role !== 'label')
      .map(([, column]) => column),
  );
  // The label is the row's first text outside the figure columns (a PDF may shift it right of column 0).
  return row.cells.find((text, column) => text !== '' && !figures.has(column)) ?? '';
}

function financialRow(row: GridRow, columns: Columns, unit: MoneyUnit, section: string | null): StatementRow | null {
  const label = labelOf(row, columns);
  if (label === '') return null;
  const { money, unread } = amounts(row, [columns.roles.current, columns.roles.previous], unit);
  const [current, previous] = money;
  const unreadFigures = unreadFiguresOf(['current', 'previous'] as const, unread);
  const noteText = columns.roles.note === undefined ? '' : (row.cells[columns.roles.note] ?? '');
  return {
    label,
    note: NOTE_REFERENCE.test(noteText) ? noteText : null,
    current: current ?? null,
    previous: previous ?? null,
    ...(unreadFigures ? { unreadFigures } : {}),
    evidence: evidenceOf(row.source, section, rowText(row)),
  };
}

function operatingRow(row: GridRow, columns: Columns, unit: MoneyUnit, section: string | null): OperatingRow | null {
  const label = labelOf(row, columns);
  if (label === '') return null;
  const { money, unread } = amounts(row, [columns.roles.budget, columns.roles.outcome, columns.roles.deviation], unit);
  const [budget, outcome, deviation] = money;
  const unreadFigures = unreadFiguresOf(['budget', 'outcome', 'deviation'] as const, unread);
  const share = columns.roles.spentShare;
  return {
    label,
    budget: budget ?? null,
    outcome: outcome ?? null,
    deviation: deviation ?? null,
    ...(unreadFigures ? { unreadFigures } : {}),
    ...(share === undefined ? {} : { spentShare: statedShareOf(row.cells[share] ?? '', columns.headings.spentShare ?? '') }),
    evidence: evidenceOf(row.source, section, rowText(row)),
  };
}
