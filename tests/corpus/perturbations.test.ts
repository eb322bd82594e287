/**
 * Identity reading holds up under what real transcripts and layouts do to a text: a subset of the
 * development corpus (fixtures/corpus/dev), each text changed as tests/corpus/support/perturbations.ts
 * describes (cover and contents run together, page numbers glued on, kind words in the other case or
 * misread by OCR, the förbund's name broken over lines or hyphenated, another body's stamp, header
 * and footer, another producer), drawn as a .docx or a PDF and read by the real pipeline: the kind,
 * organisation, organisationsnummer, a final report's insats, year, period and the wrapper's kind stay what the text states.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CorpusDocument } from '../../fixtures/build/corpus/expected.js';
import { CORPUS_DIR } from '../../fixtures/build/paths.js';
import { PipelineConfig } from '../../schemas/config.js';
import type { Field } from '../accuracy/compare.js';
import { readPerturbed } from './support/perturbations.js';

/** Values the unchanged text does not give yet (tests/corpus/dev.test.ts lists them): not asked of a changed one. */
const NOT_YET: Record<string, Field[]> = {
  'samsund-2022-arsredovisning-webbsammanfattning': ['organisation'],
  // Its name stands only as the cover's first words, with no word for a project or report before it ("Unga kvinnor samverkansprocess …").
  'malmo-unga-kvinnor-utvardering-slutrapport': ['insats'],
  // Named only after the report's own name ("Samhällsekonomisk utvärdering Coachingteamet", "Utvärdering Samordningsförbundets
  // Samverkansteam"), which insats-name.ts does not read: on the hold-outs, months, authors and headings stood there more often.
  'ale-kungalv-stenungsund-tjorn-samverkansteam-utvardering': ['insats'],
  'falun-coachingteamet-slutrapport': ['insats'],
  'vasterbergslagen-rehabkonsulentteamet-slutrapport': ['insats'],
  // "Insats Trampolinen Trollhättan," runs the cover's place line into the name: a name of a word and a place is read whole ("Mötesplats Krokom").
  'trollhattan-trampolinen-utvardering': ['insats'],
};
/** Every second report and every fourth negative, in id order: each kind and transcript source, in about 15 s. */
const REPORT_STEP = 2;
const NEGATIVE_STEP = 4;

const dir = join(CORPUS_DIR, 'dev');
const config = PipelineConfig.parse({});
let out: string | null = null;

async function subset(): Promise<CorpusDocument[]> {
  const ids = (await readdir(dir))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
  const documents = await Promise.all(ids.map(async (id) => CorpusDocument.parse(JSON.parse(await readFile(join(dir, `${id}.json`), 'utf8')))));
  const reports = documents.filter((document) => document.expected.kind !== null);
  const negatives = documents.filter((document) => document.expected.kind === null);
  return [...reports.filter((_, index) => index % REPORT_STEP === 0), ...negatives.filter((_, index) => index % NEGATIVE_STEP === 0)];
}

afterAll(async () => {
  if (out) await rm(out, { recursive: true, force: true });
});

describe('corpus dev, perturbed', () => {
  it('every perturbed text gives the kind, organisation, number, insats, year, period and wrapper its text states', { timeout: 120_000 }, async () => {
    out = await mkdtemp(join(tmpdir(), 'rapportkoll-perturbed-'));
    const wrong: string[] = [];
    let read = 0;
    for (const [index, document] of (await subset()).entries()) {
      const transcript = await readFile(join(dir, `${document.id}.txt`), 'utf8');
      // Each document meets each change once, as a .docx or a PDF by turns.
      const readings = await readPerturbed(document, transcript, { out, config, turn: index, skip: NOT_YET[document.id] ?? [] });
      read += readings.length;
      for (const reading of readings) for (const miss of reading.wrong) wrong.push(`${document.id} (${reading.perturbation}, ${reading.rendering}) ${miss}`);
    }
    expect(wrong).toEqual([]);
    // Most changes apply to most texts: a change that silently stopped applying would test nothing.
    expect(read).toBeGreaterThan(150);
  });
});
