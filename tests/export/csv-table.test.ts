import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { type Column, CsvTable } from '../../pipeline/export/csv-table.js';
import { useScratchDir } from '../cli/support/temp-dir.js';

interface Sample {
  text: string | null;
  amount: number | null;
  flag: boolean;
}

const COLUMNS: Column<Sample>[] = [
  { name: 'text', type: 'text', description: 'text', value: (row) => row.text },
  { name: 'amount', type: 'integer', description: 'amount', value: (row) => row.amount },
  { name: 'flag', type: 'boolean', description: 'flag', value: (row) => row.flag },
];

const scratch = useScratchDir();

async function written(rows: Sample[], delimiter: ',' | ';' | '\t' = ','): Promise<{ path: string; bytes: Buffer; temp: string }> {
  const dir = join(scratch(), `t-${Math.random().toString(36).slice(2)}`);
  const temp = join(dir, '.tmp');
  await mkdir(temp, { recursive: true });
  const path = join(dir, 'table.csv');
  const table = await CsvTable.create(path, COLUMNS, { delimiter, tempDir: temp });
  for (const row of rows) await table.write(row);
  await table.finish();
  await table.commit();
  return { path, bytes: await readFile(path), temp };
}

describe('CsvTable', () => {
  it('writes a BOM, a header, quoted cells where needed, empty for null, true/false', async () => {
    const { bytes, temp } = await written([
      { text: 'Gävle; "Trisam"\nrad två', amount: 1250000, flag: true },
      { text: null, amount: null, flag: false },
    ]);
    expect(bytes.subarray(0, 3).toString('hex')).toBe('efbbbf');
    expect(bytes.subarray(3).toString('utf8')).toBe('text,amount,flag\n"Gävle; ""Trisam""\nrad två",1250000,true\n,,false\n');
    expect(await readdir(temp)).toEqual([]);
  });

  it('with ";" as separator, a cell holding "," needs no quotes and one holding ";" does', async () => {
    const { bytes } = await written(
      [
        { text: 'a, b', amount: 1, flag: false },
        { text: 'a; b', amount: 2, flag: false },
      ],
      ';',
    );
    expect(bytes.subarray(3).toString('utf8')).toBe('text;amount;flag\na, b;1;false\n"a; b";2;false\n');
  });

  it('defuses text Excel would run as a formula, and leaves numbers alone', async () => {
    const { bytes } = await written(
      ['=HYPERLINK("http://x.example")', '+46 70', '-2+3', '@SUM(A1)', '\tx', '- punkt', 'vanlig text'].map((text) => ({
        text,
        amount: -2569000,
        flag: false,
      })),
    );
    const rows: string[][] = parse(bytes, { bom: true, from_line: 2 });
    expect(rows.map((row) => row[0])).toEqual(['\'=HYPERLINK("http://x.example")', "'+46 70", "'-2+3", "'@SUM(A1)", "'\tx", "'- punkt", 'vanlig text']);
    expect(rows.every((row) => row[1] === '-2569000')).toBe(true);
  });

  it('leaves the previous file in place until committed, and untouched when aborted', async () => {
    const { path, temp } = await written([{ text: 'first', amount: 1, flag: true }]);
    const table = await CsvTable.create(path, COLUMNS, { delimiter: ',', tempDir: temp });
    await table.write({ text: 'second', amount: 2, flag: true });
    await table.finish();
    expect((await readFile(path, 'utf8')).includes('first')).toBe(true);
    await table.abort();
    expect((await readFile(path, 'utf8')).includes('first')).toBe(true);
    expect(await readdir(temp)).toEqual([]);
  });
});
