import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArsredovisning } from '../../extractors/arsredovisning/index.js';
import { structureOf } from '../../extractors/outlines.js';
import { readDocx } from '../../extractors/readers/docx/index.js';
import { readPdf } from '../../extractors/readers/pdf/index.js';
import { extractSlutrapport } from '../../extractors/slutrapport/index.js';
import { textUnits } from '../../extractors/text-units.js';
import { Limits } from '../../schemas/config.js';
import { ROOT } from './support/expected-fixtures.js';

const limits = Limits.parse({});
const SEED = 'fixtures/docs/slutrapport-trisam-gavle';
const ANNUAL = 'fixtures/docs/arsredovisning-gavleborg-2021';
const formats = [
  { format: 'docx', read: readDocx },
  { format: 'pdf', read: readPdf },
];

async function structure(path: string, read: (typeof formats)[number]['read']) {
  return structureOf(await read(new Uint8Array(await readFile(join(ROOT, path))), limits));
}

/** The seed-like slutrapport: which numbered section each piece of text stands in. */
describe.each(formats)('textUnits of the slutrapport ($format)', ({ format, read }) => {
  it.each([
    ['Försörjningsstödenheten i Gävle kommun är indelad', '4.1'],
    ['Utvecklas formerna för samverkan', '4.2'],
    ['Henrik Almqvist', '2'],
    ['Ansvarig för genomförande', '3'],
    ['Tiden med covid har gjort det svårt', '5.3'],
    // A heading whose prompt runs long, and one whose title repeats its main heading's ("9. Underskrift", "9.1 Underskrift").
    ['7.2 Redovisa era totala kostnader', '7.2'],
    ['Undertecknad försäkrar', '9.1'],
  ])('"%s…" stands in section %s', async (start, section) => {
    const units = textUnits(await structure(`${SEED}.${format}`, read));
    const unit = units.find((candidate) => candidate.text.includes(start));
    expect(unit?.evidence.section).toBe(section);
    expect(unit?.evidence.text).toBe(unit?.text);
    if (format === 'pdf') expect(unit?.evidence.page).toBeGreaterThan(0);
    else expect(unit?.evidence.page).toBeNull();
  });

  it("names the sections the record's evidence names: a finding's section is the record's", async () => {
    const found = await structure(`${SEED}.${format}`, read);
    const units = textUnits(found);
    for (const section of extractSlutrapport(found).sections) {
      const heading = units.find((unit) => unit.text.replace(/\s+/g, ' ').startsWith(section.evidence.text.slice(0, 12)));
      expect(heading?.evidence.section, section.number).toBe(section.number);
    }
  });
});

describe.each(formats)('textUnits of the annual report ($format)', ({ format, read }) => {
  it('puts "1.1 Om förbundet" printed under "2 Förvaltningsberättelse" in 1.1, as the record does', async () => {
    const found = await structure(`${ANNUAL}.${format}`, read);
    const unit = textUnits(found).find((candidate) => candidate.text.startsWith('Samordningsförbundet bildades den 15 december 2014'));
    expect(unit?.evidence.section).toBe('1.1');
    const record = extractArsredovisning(found);
    const organisation = record.evidence['organisation'];
    const same = textUnits(found).find((candidate) => candidate.text.replace(/\s+/g, ' ').includes(organisation?.text ?? '\u0000'));
    expect(same?.evidence.section).toBe(organisation?.section);
  });
});
