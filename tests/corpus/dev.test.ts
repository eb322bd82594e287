/**
 * The real corpus's development set (fixtures/corpus/dev) comes out as its texts state: every
 * document's kind, wrappedIn, organisation, organisationsnummer, a final report's insats, year or period, members,
 * participants, member contributions and language, read from both its .pdf and its .docx, and no
 * finding on any of them (every text is consistent). The values not yet right are listed here by
 * document and field; any other wrong value fails, so a change that breaks one is caught.
 * (The hold-out is measured once at the end of a piece of work, never here: `npm run accuracy -- --holdout`.)
 */
import { describe, expect, it } from 'vitest';
import { FIELDS, type Field } from '../accuracy/compare.js';
import { measureSet, type Measured } from '../accuracy/measure.js';

/** Known misses: document id → the fields it still gets wrong (npm run accuracy -- --misses). */
const KNOWN_MISSES: Record<string, Field[]> = {
  // "Samsund" is written without any word for a förbund: only "medlemskap i Samsund", "finansierad från Samsund".
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

let measured: Measured[] | null = null;
async function dev(): Promise<Measured[]> {
  measured ??= await measureSet('dev');
  return measured;
}

describe('corpus dev', () => {
  it('every value not listed as a known miss is what the text states, in both renderings', { timeout: 240_000 }, async () => {
    const wrong: string[] = [];
    for (const item of await dev()) {
      for (const field of FIELDS) {
        if (item.right[field] || KNOWN_MISSES[item.id]?.includes(field)) continue;
        wrong.push(
          `${item.id} ${field}: expected ${JSON.stringify(item.expected[field])}, got pdf ${JSON.stringify(item.actual.pdf[field])}, docx ${JSON.stringify(item.actual.docx[field])}`,
        );
      }
    }
    expect(wrong).toEqual([]);
  });

  it('every negative has no kind and no record, and every report a kind', { timeout: 240_000 }, async () => {
    const items = await dev();
    expect(items.filter((item) => item.group === 'negative' && !item.right.kind).map((item) => item.id)).toEqual([]);
    expect(items.filter((item) => item.group !== 'negative' && !item.right.kind).map((item) => item.id)).toEqual(
      Object.entries(KNOWN_MISSES)
        .filter(([, fields]) => fields.includes('kind'))
        .map(([id]) => id),
    );
  });
});
