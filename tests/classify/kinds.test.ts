/**
 * The kind of a document from its title, cover, table of contents and headings, on openings of
 * real reports (fixtures/corpus/dev, shortened) read through the .docx reader as one paragraph per
 * group, as the transcripts give them.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocx, p } from '../../fixtures/build/docx/index.js';
import { classifyDocument } from '../../extractors/classify.js';
import { processFile } from '../../pipeline/process-file.js';
import { PipelineConfig } from '../../schemas/config.js';
import { DocumentResult, SCHEMA_VERSION } from '../../schemas/result.js';
import { transcriptStructure } from '../structure/support/documents.js';

type Case = [name: string, paragraphs: string[], kind: string];

const INTERIM: Case[] = [
  [
    'a delårsrapport with the annual report\'s parts',
    ['Delårsrapport januari–augusti 2021', 'Samordningsförbundet Exempel', 'Förvaltningsberättelse', 'Resultaträkning', 'Balansräkning'],
    'delarsrapport',
  ],
  ['a delårsbokslut', ['Delårsbokslut 2019-08-31', 'Förvaltningsberättelse', 'Resultaträkning', 'Balansräkning'], 'delarsrapport'],
];

const ANNUAL: Case[] = [
  [
    'an annual report with its parts',
    ['Årsredovisning 2021', 'Samordningsförbundet Exempel', 'Förvaltningsberättelse', 'Resultaträkning', 'Balansräkning'],
    'arsredovisning',
  ],
];

describe('kinds', () => {
  it.each([...INTERIM, ...ANNUAL])('%s', async (_name, paragraphs, kind) => {
    expect(classifyDocument(await transcriptStructure(paragraphs)).kind).toBe(kind);
  });
});

describe('an interim report through the pipeline', () => {
  it('is a delarsrapport result of schema version 2: the annual report\'s record with a period, wrappedIn null', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rapportkoll-kinds-'));
    try {
      const path = join(dir, 'delarsrapport.docx');
      const body = ['Delårsrapport 2021', 'Samordningsförbundet Exempel', 'Förvaltningsberättelse', 'Resultaträkning', 'Balansräkning'].map((text) => p(text));
      await writeFile(path, await buildDocx({ body }));
      const result = DocumentResult.parse(await processFile(path, PipelineConfig.parse({})));
      expect(result).toMatchObject({ schemaVersion: SCHEMA_VERSION, status: 'ok', kind: 'delarsrapport', wrappedIn: null });
      expect(SCHEMA_VERSION).toBe(2);
      expect(result.record).toHaveProperty('period');
      expect(result.record).not.toHaveProperty('year');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
