import { stringify } from 'csv-stringify/sync';
import { AtomicTextFile } from './atomic-text-file.js';

/** How a column's cells are written; docs/researchers.md lists each table's columns. */
export type ColumnType = 'text' | 'integer' | 'number' | 'date' | 'boolean';

export type Cell = string | number | boolean | null;

export interface Column<Row> {
  name: string;
  type: ColumnType;
  /** What the column holds, for datapackage.json and docs/researchers.md. */
  description: string;
  value(row: Row): Cell;
}

export type CsvDelimiter = ',' | ';' | '\t';

/** UTF-8 byte order mark: without it Excel reads å ä ö as Windows-1252. */
const BOM = '\ufeff';
/** Cells Excel would run as a formula (=, +, -, @ and control characters first): text from documents is untrusted. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV table: a header row, then one row per `write`, written atomically (AtomicTextFile).
 * UTF-8 with BOM; empty cell for null; integers as digits, booleans true/false, dates ISO; text that
 * Excel would take for a formula gets a leading apostrophe (OWASP's CSV-injection advice).
 */
export class CsvTable<Row> {
  private constructor(
    private readonly file: AtomicTextFile,
    private readonly columns: readonly Column<Row>[],
    private readonly delimiter: CsvDelimiter,
  ) {}

  static async create<Row>(path: string, columns: readonly Column<Row>[], options: { delimiter: CsvDelimiter; tempDir: string }): Promise<CsvTable<Row>> {
    const table = new CsvTable(await AtomicTextFile.create(path, options.tempDir), columns, options.delimiter);
    await table.file.write(BOM + table.line(columns.map((column) => column.name)));
    return table;
  }

  write(row: Row): Promise<void> {
    return this.file.write(this.line(this.columns.map((column) => cellOf(column, row))));
  }

  finish(): Promise<void> {
    return this.file.finish();
  }

  commit(): Promise<void> {
    return this.file.commit();
  }

  abort(): Promise<void> {
    return this.file.abort();
  }

  private line(cells: Cell[]): string {
    return stringify([cells], { delimiter: this.delimiter, cast: { boolean: (value) => (value ? 'true' : 'false') } });
  }
}

function cellOf<Row>(column: Column<Row>, row: Row): Cell {
  const value = column.value(row);
  if (column.type === 'text' && typeof value === 'string' && FORMULA_START.test(value)) return `'${value}`;
  return value;
}
