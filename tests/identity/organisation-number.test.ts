/**
 * The förbund's organisationsnummer as texts write it: the dashes word processors set, a grouped
 * first part, ten digits after the label — and never another body's number or a bare run of digits.
 */
import { describe, expect, it } from 'vitest';
import { findOrganisationNumber } from '../../extractors/identity/organisation-number.js';

describe('organisationsnummer', () => {
  it.each([
    ['Samordningsförbundet Lycksele LYSA Org nr: 222000-1784 Räkenskapsår', '222000-1784'],
    ['Org. Nr. 222000–2493', '222000-2493'],
    ['Organisationsnummer 222000 - 2014', '222000-2014'],
    // Word's non-breaking hyphen, a minus sign, the first six digits grouped.
    ['Organisationsnummer: 222000\u20111784', '222000-1784'],
    ['Org.nr 222000\u22121784', '222000-1784'],
    ['Organisationsnummer 222 000-1784', '222000-1784'],
    // Ten digits without a dash, right after the label.
    ['Organisationsnummer 2220001784', '222000-1784'],
    ['Orgnr: 2220001784 Styrelsen', '222000-1784'],
    ['Organisationsnr. 2220001784', '222000-1784'],
    // Another body's number, ten digits with no label, a longer number: none.
    ['Landstinget Dalarna Org.nr: 232100-0180', null],
    ['Ärendenummer 2220001784', null],
    ['Bankgiro 5050-1055 Plusgiro 2220001784', null],
    ['Organisationsnummer 22200017845', null],
    ['Organisationsnummer:', null],
  ])('%j → %j', (text, value) => {
    expect(findOrganisationNumber(text)?.value ?? null).toBe(value);
  });
});
