/**
 * Labels on OCR'd text (a scanned page): a word misread in letters of like shape still finds its
 * label, only when the text came from OCR, and never turns a sentence into a label.
 */
import { describe, expect, it } from 'vitest';
import { COMMON_LABELS } from '../../extractors/slutrapport/profile.js';
import { labelAt } from '../../extractors/slutrapport/labels.js';
import { matchToken, ocrTokenSimilarity } from '../../extractors/text/index.js';

const FIELD_LABELS = Object.values(COMMON_LABELS).flat();

describe('ocrTokenSimilarity', () => {
  it.each([
    ['namn', 'narnn', 0.9],
    ['kontaktperson', 'kontaktpers0n', 0.9],
    ['telefonnummer', 'te1efonnummer', 0.9],
    ['arbetsställets', 'arbetssialiets', 0.85],
    ['postadress', 'postadrass', 0.9],
    ['diarienummer', 'diarienummer', 1],
    // A "j" that lost its tail.
    ['nej', 'nei', 0.9],
    ['projektets', 'proiektets', 0.9],
  ])('%s read as %s: %s', (wanted, read, score) => {
    expect(ocrTokenSimilarity(matchToken(wanted), matchToken(read))).toBe(score);
  });

  it.each([
    ['budget', 'bidrag'],
    ['datum', 'detta'],
    ['postnummer', 'postadress'],
    ['arbetsställets', 'arbetet'],
    ['ort', 'art'],
    ['datum', 'datorn'],
    // Two letters are too short to say anything by shape.
    ['ja', 'ia'],
    // A number of the label must be read as that number.
    ['2021', '2O21'],
  ])('%s is not %s', (wanted, read) => {
    expect(ocrTokenSimilarity(matchToken(wanted), matchToken(read))).toBe(0);
  });
});

describe('labelAt on OCR-read text', () => {
  it.each([
    ['Arbetssialiets namn', 'Arbetsställets namn', ''],
    ['Ankomstdaturn 2022-01-24', 'Ankomstdatum', '2022-01-24'],
    ['Kontaktpers0n Henrik Almqvist', 'Kontaktperson', 'Henrik Almqvist'],
    ['Te1efonnummer 070-174 06 52', 'Telefonnummer', '070-174 06 52'],
    ['Postnurnmer 801 84', 'Postnummer', '801 84'],
  ])('%s is the label %s (only when read by OCR)', (text, wording, rest) => {
    expect(labelAt(text, FIELD_LABELS, { ocr: true })).toEqual({ wording, rest });
    // A text layer's letters are what was typed: no looser reading there.
    expect(labelAt(text, FIELD_LABELS)?.wording).not.toBe(wording);
  });

  it.each([
    'Arbetsstället ligger centralt i Gävle med god tillgänglighet för deltagarna',
    'Arbetet med deltagarna har fungerat bra under hela perioden',
    'Datorn används av deltagarna varje dag',
    'Detta har gjort att vi nått fler deltagare',
    'Telefonsamtal och möten har ersatt de fysiska träffarna',
    'Postgången har fungerat sämre under pandemin',
  ])('a sentence is no label, read by OCR or not: %s', (text) => {
    expect(labelAt(text, FIELD_LABELS)).toBeNull();
    expect(labelAt(text, FIELD_LABELS, { ocr: true })).toBeNull();
  });
});
