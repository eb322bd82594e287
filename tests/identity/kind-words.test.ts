/**
 * The words that say what a document is, compared as a transcript of a scan may give them: folded,
 * by their start, with one letter misread in a long word or letters OCR takes for one another; a
 * short word, another word and a plural stay what they are.
 */
import { describe, expect, it } from 'vitest';
import { foldedWord, isLike, namesKind, startsLike } from '../../extractors/identity/kind-words.js';

describe('kind words as OCR and line ends leave them', () => {
  it.each([
    ['ÅRSREDOVISNING', 'arsredovisning'],
    ['ARSREDOVISNING', 'arsredovisning'],
    ['Årsredovlsning', 'arsredovisning'],
    ['Slutrapp0rt', 'slutrapport'],
    ['Slut-rapporten', 'slutrapport'],
    ['Verksarnhetsberättelse', 'verksamhetsberattelse'],
    ['lnnehållsförteckning', 'innehallsforteckning'],
    ['Delårsrappoit', 'delarsrapport'],
  ])('%j starts like %j', (word, stem) => {
    expect(startsLike(foldedWord(word), stem)).toBe(true);
  });

  it.each([
    // Another word, a misread first letter, a short word one letter off.
    ['Slutredovisning', 'slutrapport'],
    ['Förvaltningsberättelse', 'verksamhetsberattelse'],
    ['Blutrapport', 'slutrapport'],
    ['Budgeten', 'budgetar'],
    ['Delrapport', 'delarsrapport'],
  ])('%j does not start like %j', (word, stem) => {
    expect(startsLike(foldedWord(word), stem)).toBe(false);
  });

  it('a whole word is the word or its misreading, not a longer one', () => {
    expect(isLike(foldedWord('Årsredovlsning'), 'arsredovisning')).toBe(true);
    expect(isLike(foldedWord('årsredovisningar'), 'arsredovisning')).toBe(false);
  });

  it.each([
    ['Slutrapport', true],
    ['Utvärdering', true],
    ['Årsredovisningen', true],
    ['Samordningsförbundet', false],
    ['Rapport', false],
  ])('%j names a kind: %s', (word, names) => {
    expect(namesKind(word)).toBe(names);
  });
});
