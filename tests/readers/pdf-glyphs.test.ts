import { describe, expect, it } from 'vitest';
import { CHECKED, glyphText, isSpaceText, UNCHECKED } from '../../extractors/readers/pdf/content/glyphs.js';

describe('isSpaceText', () => {
  it.each([
    [' ', true],
    ['\t', true],
    ['\u00a0', true], // no-break space
    ['\u2002', true], // en space: Word's blank form fields
    ['\u2003', true],
    ['\u200a', true],
    ['\u200b', true], // zero-width space
    ['\u202f', true],
    ['\u3000', true],
    ['\ufeff', true],
    ['\u2002\u2002\u2002', true],
    ['', true],
    ['a', false],
    ['\u200c', false], // zero-width non-joiner joins nothing, but it is not a space either
    ['\u2300', false],
    ['å', false],
    [' a', false],
  ])('%j → %s', (text, expected) => {
    expect(isSpaceText(text)).toBe(expected);
  });
});

describe('glyphText', () => {
  it.each<[string, boolean, string]>([
    ['a', false, 'a'],
    ['ö', false, 'ö'],
    ['–', false, '–'],
    ['☐', false, UNCHECKED],
    ['☑', false, CHECKED],
    ['☒', false, CHECKED],
    ['□', false, UNCHECKED],
    ['ﬁ', false, 'fi'],
    ['ﬀ', false, 'ff'],
    ['\uf06f', true, UNCHECKED], // Wingdings box, private-use mapping
    ['x', true, CHECKED], // Wingdings box with cross, Latin-1 mapping
    ['x', false, 'x'], // the same code in an ordinary font is a letter
    ['', false, ''],
  ])('%j (dingbat font: %s) → %j', (unicode, dingbats, expected) => {
    expect(glyphText(unicode, dingbats)).toBe(expected);
  });
});
