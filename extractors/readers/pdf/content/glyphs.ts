/**
 * Characters as the model wants them: checkbox symbols become ☒/☐ (whatever font drew them),
 * typographic ligatures are spelled out, and every kind of space is a separator, never text —
 * Word's blank form fields are runs of en-spaces (U+2002) and must contribute nothing.
 */
export const CHECKED = '☒';
export const UNCHECKED = '☐';
/** A tick or a cross standing on its own (no box around it): an answer marked in a column. */
export const TICK = '✓';
export const CROSS = '✗';

const CHECKED_SYMBOLS = new Set([...'☒☑⌧⊠⮽🗹🗷🗵']);
const UNCHECKED_SYMBOLS = new Set([...'☐□◻❏❐❑❒⬜🗆']);

/**
 * Wingdings / Wingdings 2 code points of boxes (as the low byte: producers map them to U+F0xx or to
 * the Latin-1 character with that code). Only trusted when the font is such a dingbat font.
 */
const DINGBAT_CHECKED = new Set([0x78, 0xfd, 0xfe, 0x4f, 0x50, 0x51, 0x52, 0x53, 0x54]);
const DINGBAT_UNCHECKED = new Set([0x6f, 0x71, 0x72, 0xa8, 0xa3]);
/** Wingdings' own tick and ballot cross, without a box. */
const DINGBAT_TICK = 0xfc;
const DINGBAT_CROSS = 0xfb;

/** The lowest code point among the symbols and ligatures below. */
const FIRST_SPECIAL = 0x2300;

const LIGATURES: Record<string, string> = { ﬀ: 'ff', ﬁ: 'fi', ﬂ: 'fl', ﬃ: 'ffi', ﬄ: 'ffl', ﬅ: 'st', ﬆ: 'st' };

/** Whitespace of any width, including no-break and en/em spaces. */
export function isSpaceText(text: string): boolean {
  // One glyph is one character nearly always: answer that without the regular expression.
  if (text.length === 1) return SPACE_CODES.has(text.charCodeAt(0));
  return SPACES.test(text);
}

const SPACES = /^[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]*$/;
/** The single characters SPACES accepts: JavaScript's \s, plus the zero-width space. */
const SPACE_CODES: ReadonlySet<number> = new Set([
  0x09,
  0x0a,
  0x0b,
  0x0c,
  0x0d,
  0x20,
  0xa0,
  0x1680,
  ...Array.from({ length: 0x200c - 0x2000 }, (_, offset) => 0x2000 + offset),
  0x2028,
  0x2029,
  0x202f,
  0x205f,
  0x3000,
  0xfeff,
]);

/** The text a glyph contributes; checkbox symbols normalised, '' for nothing. */
export function glyphText(unicode: string, dingbats: boolean): string {
  if (unicode.length === 0) return '';
  // Below every box symbol and ligature: the glyph is its text (the common case, by far).
  if (!dingbats && unicode.length === 1 && unicode.charCodeAt(0) < FIRST_SPECIAL) return unicode;
  if (dingbats && unicode.length === 1) {
    const code = unicode.charCodeAt(0);
    const low = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code <= 0xff ? code : -1;
    if (DINGBAT_CHECKED.has(low)) return CHECKED;
    if (DINGBAT_UNCHECKED.has(low)) return UNCHECKED;
    if (low === DINGBAT_TICK) return TICK;
    if (low === DINGBAT_CROSS) return CROSS;
  }
  if (CHECKED_SYMBOLS.has(unicode)) return CHECKED;
  if (UNCHECKED_SYMBOLS.has(unicode)) return UNCHECKED;
  return LIGATURES[unicode] ?? unicode;
}
