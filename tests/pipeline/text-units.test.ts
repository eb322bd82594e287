import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../extractors/readers/docx/index.js';
import { readPdf } from '../../extractors/readers/pdf/index.js';
import { followsOn, textUnits } from '../../extractors/text-units.js';
import { Limits } from '../../schemas/config.js';
import { ROOT } from './support/expected-fixtures.js';

describe('followsOn: which numbers can be the next heading', () => {
  it.each([
    ['4', '4.1', true],
    ['4', '5', true],
    ['4.3', '5', true],
    ['4.1', '4.2', true],
    ['4.3.2', '4.4', true],
    ['6', '8', true], // a section the template dropped
    ['4', '4.2', false],
    ['2', '1', false], // the template's numbered list inside section 2
    ['2', '2', false],
    ['4', '7', false],
    ['4.1', '5.1', false],
  ])('%s → %s: %s', (current, next, expected) => {
    expect(followsOn(current, next)).toBe(expected);
  });
});

const limits = Limits.parse({});
const SEED = 'fixtures/docs/slutrapport-trisam-gavle';

/** The seed-like slutrapport: which numbered section each piece of text stands in. */
describe.each([
  { format: 'docx', read: readDocx },
  { format: 'pdf', read: readPdf },
])('textUnits of the slutrapport ($format)', ({ format, read }) => {
  it.each([
    ['Försörjningsstödenheten i Gävle kommun är indelad', '4.1'],
    ['Utvecklas formerna för samverkan', '4.2'],
    ['Henrik Almqvist', '2'],
    ['Ansvarig för genomförande', '3'],
    ['Tiden med covid har gjort det svårt', '5.3'],
  ])('"%s…" stands in section %s', async (start, section) => {
    const model = await read(new Uint8Array(await readFile(join(ROOT, `${SEED}.${format}`))), limits);
    const units = textUnits(model);
    const unit = units.find((candidate) => candidate.text.includes(start));
    expect(unit?.evidence.section).toBe(section);
    expect(unit?.evidence.text).toBe(unit?.text);
    if (format === 'pdf') expect(unit?.evidence.page).toBeGreaterThan(0);
    else expect(unit?.evidence.page).toBeNull();
  });
});
