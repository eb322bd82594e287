/**
 * `npm run accuracy`: how many documents of the real corpus (fixtures/corpus/dev) come out as
 * their text states, per kind and field; `-- --holdout` measures the hold-out instead (the blind
 * check, run once at the end of a piece of work), `-- --misses` lists every wrong value.
 */
import { FIELDS } from './compare.js';
import { FORMATS, type Measured, measureSet, tally } from './measure.js';

const args = new Set(process.argv.slice(2));
const unknown = [...args].filter((arg) => !['--holdout', '--misses'].includes(arg));
if (unknown.length > 0) {
  console.error(`unknown option ${unknown.join(' ')}; use --holdout (measure the hold-out) and --misses (list wrong values)`);
  process.exit(2);
}
const set = args.has('--holdout') ? 'holdout' : 'dev';

const started = Date.now();
const progress = process.stderr.isTTY ? (done: number, total: number) => process.stderr.write(`\r${set}: ${done}/${total} documents`) : undefined;
const measured = await measureSet(set, progress);
if (progress) process.stderr.write('\n');

console.log(`Corpus ${set}: ${measured.length} documents, each read as .pdf and .docx; a value is right when both give it (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
console.log(markdownTable(measured));
if (args.has('--misses')) console.log(`\n${misses(measured)}`);

function markdownTable(items: Measured[]): string {
  const header = ['kind', 'documents', ...FIELDS];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const row of tally(items)) lines.push(`| ${[row.group, String(row.documents), ...FIELDS.map((field) => row.cells[field])].join(' | ')} |`);
  return lines.join('\n');
}

function misses(items: Measured[]): string {
  const lines: string[] = [];
  for (const item of items) {
    for (const field of FIELDS) {
      if (item.right[field]) continue;
      const got = FORMATS.map((format) => `${format} ${JSON.stringify(item.actual[format][field])}`).join(', ');
      lines.push(`${item.id} ${field}: expected ${JSON.stringify(item.expected[field])}, got ${got}`);
    }
  }
  return lines.length > 0 ? lines.join('\n') : 'no misses';
}
