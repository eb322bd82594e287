/**
 * Documents that are not (quite) a slutrapport: the extractor must return a valid record with
 * nulls and empty lists, never throw, and stay fast on a long document full of label-like words.
 */
import { describe, expect, it } from 'vitest';
import { buildDocx, p, table } from '../../fixtures/build/docx/index.js';
import { readDocx } from '../../extractors/readers/docx/index.js';
import { extractSlutrapport } from '../../extractors/slutrapport/index.js';
import { structureOf } from '../../extractors/outlines.js';
import { Limits } from '../../schemas/config.js';
import { SlutrapportRecord } from '../../schemas/slutrapport.js';
import { extractFixture } from './support/fixtures.js';

async function extractFrom(body: Parameters<typeof buildDocx>[0]['body']) {
  return extractSlutrapport(structureOf(await readDocx(new Uint8Array(await buildDocx({ body })), Limits.parse({}))));
}

/** Deterministic pseudo-random prose made of the template's own words and numbers. */
function prose(count: number): string[] {
  const words = 'Ort Datum Summa Budget Utfall insats deltagare 12 kvinnor män 2021-13-45 Diarienummer 1 250 kr Kontaktperson'.split(' ');
  let seed = 7;
  const next = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
  return Array.from({ length: count }, () => Array.from({ length: 4 + Math.floor(next() * 25) }, () => words[Math.floor(next() * words.length)]).join(' '));
}

describe('extracting from documents that are not on the template', () => {
  it('an empty document gives an empty, valid record', async () => {
    const record = await extractFrom([]);
    expect(SlutrapportRecord.safeParse(record).success).toBe(true);
    expect(record).toMatchObject({
      registrationNumber: null,
      receivedDate: null,
      intervention: { name: null, plannedPeriod: null, intakeEndDate: null, granted: null },
      applicants: [],
      sections: [],
      participants: null,
      budget: { rows: [], total: { budget: null, outcome: null } },
      checklist: [],
      signatures: [],
    });
  });

  it.each(['arsredovisning-gavleborg-2021.docx', 'arsredovisning-gavleborg-2021.pdf'])(
    'an annual report (%s) gives a valid record without template sections',
    async (file) => {
      const record = await extractFixture(file);
      expect(SlutrapportRecord.safeParse(record).success).toBe(true);
      expect(record.checklist).toEqual([]);
      expect(record.signatures).toEqual([]);
    },
  );

  it("a final report in running text gives its one insats's participants, as an insats's section says them", async () => {
    const record = await extractFrom([
      p('Slutrapport'),
      p('Projekt Exempelsteget'),
      p('Samordningsförbundet Exempelbygden'),
      p('I intervjuerna deltog 12 personer. Totalt deltog 64 personer i projektet, varav 30 kvinnor och 34 män.'),
    ]);
    expect(record.participants).toMatchObject({ total: 64, women: 30, men: 34 });
    expect(record.participants?.evidence?.text).toContain('Totalt deltog 64 personer');
  });

  it("takes no period from a sentence that opens with a period field's words, and reads the one a sentence tells instead", async () => {
    const record = await extractFrom([
      p('Slutrapport'),
      p('Projekt Exempelsteget'),
      p('Under projekttiden har 64 deltagare skrivits in i projektet.'),
      p('Projekttiden förlängdes med 6 månader efter beslut i styrelsen.'),
      p('Projektet pågick under perioden 2017-01-01 – 2019-06-30.'),
    ]);
    expect(record.intervention.plannedPeriod).toMatchObject({ start: '2017-01-01', end: '2019-06-30' });
  });

  // Speed is measured in `npm run bench`; here a runaway (quadratic or worse) reading fails on the
  // test's time limit, which is far above what a linear one needs even on a loaded machine.
  it.each([
    ['Projektnamn: Brofästet', 'Brofästet'],
    ['Projektnamn: Trisam 2.0 Exempelby kommun', 'Trisam 2.0 Exempelby kommun'],
    // The prose a label's row ran into is no name: a sentence's end, or more words than a name has.
    ['Projektnamn: Ange projektets namn. Projektet har pågått i tre år och haft 40 deltagare.', null],
    ['Projektnamn: Offerplats Exempelby Sammanställning ange i punktform positiva effekter och därefter övriga erfarenheter av projektet som helhet', null],
  ])('a name field on no template: %j → %j', async (line, name) => {
    const record = await extractFrom([p('Slutrapport'), p(line), p('Samordningsförbundet Exempelbygden')]);
    expect(record.intervention.name).toBe(name);
  });

  it('a long document of label words and numbers gives a valid record', async () => {
    const lines = prose(3000);
    const body = lines.map((line, i) => (i % 40 === 0 ? table([[line, 'Summa', '12 kr']]) : p(i % 101 === 0 ? `${(i % 9) + 1}.${(i % 5) + 1} ${line}` : line)));
    const record = await extractFrom(body);
    expect(SlutrapportRecord.safeParse(record).success).toBe(true);
  }, 120_000);
});
