/**
 * `npm run accuracy -- --perturbed [--holdoutN]`: every document of a corpus set, each of its texts
 * changed as real transcripts and layouts change them (tests/corpus/support/perturbations.ts) and
 * read by the real pipeline. Per change, how many texts still give their kind, organisation,
 * organisationsnummer, year, period and wrapper as the text states them. A value the unchanged text
 * already misses (the plain run lists those) is missed here too.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CorpusDocument } from '../../fixtures/build/corpus/expected.js';
import type { CorpusSet } from '../../fixtures/build/corpus/sets.js';
import { CORPUS_DIR } from '../../fixtures/build/paths.js';
import { PipelineConfig } from '../../schemas/config.js';
import { PERTURBATIONS, readPerturbed } from '../corpus/support/perturbations.js';

export async function measurePerturbed(set: CorpusSet, listMisses: boolean, onDocument?: (done: number, total: number) => void): Promise<string> {
  const dir = join(CORPUS_DIR, set);
  const ids = (await readdir(dir))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
  const config = PipelineConfig.parse({});
  const out = await mkdtemp(join(tmpdir(), 'rapportkoll-accuracy-perturbed-'));
  const counts = new Map(PERTURBATIONS.map((perturbation) => [perturbation.name, { read: 0, right: 0 }]));
  const misses: string[] = [];
  try {
    for (const [index, id] of ids.entries()) {
      const document = CorpusDocument.parse(JSON.parse(await readFile(join(dir, `${id}.json`), 'utf8')));
      const transcript = await readFile(join(dir, `${id}.txt`), 'utf8');
      for (const reading of await readPerturbed(document, transcript, { out, config, turn: index })) {
        const count = counts.get(reading.perturbation);
        if (!count) continue;
        count.read++;
        if (reading.wrong.length === 0) count.right++;
        for (const miss of reading.wrong) misses.push(`${id} (${reading.perturbation}, ${reading.rendering}) ${miss}`);
      }
      onDocument?.(index + 1, ids.length);
    }
  } finally {
    await rm(out, { recursive: true, force: true });
  }
  const lines = [
    `Corpus ${set}, perturbed: ${ids.length} documents, each change drawn as a .docx or a PDF by turns\n`,
    '| change | texts changed | every value as the text states |',
    '|---|---|---|',
    ...[...counts].map(([name, { read, right }]) => `| ${name} | ${read} | ${right}/${read} |`),
  ];
  if (listMisses) lines.push('', misses.length > 0 ? misses.join('\n') : 'no misses');
  return lines.join('\n');
}
