/**
 * `npm run accuracy`: how many documents of the real corpus (fixtures/corpus/dev) come out as
 * their text states, per kind and field; `-- --holdout` measures the hold-out instead and
 * `-- --holdout3` … `-- --holdout19` the third to nineteenth, blind collections (fixtures/corpus/holdout3 … holdout19: each
 * run once at the end of the piece of work that collected it), `-- --misses` lists every wrong value. Then the
 * findings by rule over every fixture, against the findings their expected.json lists.
 * `-- --ocr` measures OCR instead: the scanned fixtures' words against their text PDFs' (ocr.ts;
 * `-- --ocr <name>` reads only the scans whose file name starts with it). `-- --perturbed` reads the set's
 * texts as other transcripts and layouts would give them instead (perturbed.ts).
 */
import { findingsOf, fixtureFiles, pair } from '../findings/expected-findings.js';
import { HOLDOUT_SETS } from '../../fixtures/build/corpus/sets.js';
import { FIELDS } from './compare.js';
import { measureOcr } from './ocr.js';
import { measurePerturbed } from './perturbed.js';
import { type CorpusSet, FORMATS, type Measured, measureSet, tally } from './measure.js';

if (process.argv[2] === '--ocr') {
  await measureOcr(process.argv[3] ?? null);
  process.exit(0);
}

const FLAGS = HOLDOUT_SETS.map((name) => `--${name}`);
const args = new Set(process.argv.slice(2));
const unknown = [...args].filter((arg) => ![...FLAGS, '--misses', '--perturbed'].includes(arg));
if (unknown.length > 0) {
  console.error(
    `unknown option ${unknown.join(' ')}; use ${FLAGS.join(', ')} (measure a hold-out), --misses (list wrong values), --perturbed (the texts as other transcripts and layouts give them) or --ocr [name] (OCR against the text PDFs)`,
  );
  process.exit(2);
}
const set: CorpusSet = HOLDOUT_SETS.findLast((name) => args.has(`--${name}`)) ?? 'dev';

const started = Date.now();
const progress = process.stderr.isTTY ? (done: number, total: number) => process.stderr.write(`\r${set}: ${done}/${total} documents`) : undefined;
if (args.has('--perturbed')) {
  const report = await measurePerturbed(set, args.has('--misses'), progress);
  if (progress) process.stderr.write('\n');
  console.log(report);
  process.exit(0);
}
const measured = await measureSet(set, progress);
if (progress) process.stderr.write('\n');

console.log(
  `Corpus ${set}: ${measured.length} documents, each read as .pdf and .docx; a value is right when both give it (${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
);
console.log(markdownTable(measured));
if (args.has('--misses')) console.log(`\n${misses(measured)}`);
console.log(`\n${await findingsByRule(measured)}`);

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

/**
 * Findings by rule over every fixture: fixtures/docs (or the hold-outs) against what their
 * expected.json lists, and the corpus set, whose real openings should give few; a change that adds
 * findings everywhere shows at once.
 */
async function findingsByRule(items: Measured[]): Promise<string> {
  const rows = new Map<string, { found: number; expected: number; extra: number; missing: number; corpus: number }>();
  const row = (ruleId: string) => {
    let entry = rows.get(ruleId);
    if (!entry) rows.set(ruleId, (entry = { found: 0, expected: 0, extra: 0, missing: 0, corpus: 0 }));
    return entry;
  };
  // The fixtures with expected findings are fixtures/docs and its hold-out; a corpus hold-out is measured against the latter.
  const fixtures = fixtureFiles(set === 'dev' ? 'dev' : 'holdout');
  for (const fixture of fixtures) {
    const findings = await findingsOf(fixture.path);
    const { extra, missing } = pair(findings, fixture.findings);
    for (const finding of findings) row(finding.ruleId).found += 1;
    for (const entry of fixture.findings) row(entry.ruleId).expected += 1;
    for (const entry of extra) row(entry.ruleId).extra += 1;
    for (const entry of missing) row(entry.ruleId).missing += 1;
  }
  for (const item of items) for (const ruleId of item.findings) row(ruleId).corpus += 1;
  const lines = [
    `Findings by rule: ${fixtures.length} ${set === 'dev' ? 'fixtures/docs' : 'hold-out'} documents against their expected.json, and the corpus ${set} set (.pdf and .docx)\n`,
    '| rule | fixtures: found | expected | extra | missing | corpus: found |',
    '|---|---|---|---|---|---|',
  ];
  const total = { found: 0, expected: 0, extra: 0, missing: 0, corpus: 0 };
  for (const [ruleId, entry] of [...rows].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`| ${ruleId} | ${entry.found} | ${entry.expected} | ${entry.extra} | ${entry.missing} | ${entry.corpus} |`);
    for (const key of Object.keys(total) as (keyof typeof total)[]) total[key] += entry[key];
  }
  lines.push(`| all | ${total.found} | ${total.expected} | ${total.extra} | ${total.missing} | ${total.corpus} |`);
  return lines.join('\n');
}
