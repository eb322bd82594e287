/**
 * Characters as the model wants them: checkbox symbols become ☒/☐ (whatever font drew them),
 * typographic ligatures are spelled out, and every kind of space is a separator, never text —
 * Word's blank form fields are runs of en-spaces (U+2002) and must contribute nothing.
 */
export const CHECKED = '☒';
export const UNCHECKED = '☐';

const CHECKED_SYMBOLS = new Set([...'☒☑⌧⊠⮽🗹🗷🗵']);
const UNCHECKED_SYMBOLS = new Set([...'☐□◻❏❐❑❒⬜🗆']);

/**
 * Wingdings / Wingdings 2 code points of boxes (as the low byte: producers map them to U+F0xx or to
 * the Latin-1 character with that code). Only trusted when the font is such a dingbat font.
 */
const DINGBAT_CHECKED = new Set([0x78, 0xfd, 0xfe, 0x4f, 0x50, 0x51, 0x52, 0x53, 0x54]);
const DINGBAT_UNCHECKED = new Set([0x6f, 0x71, 0x72, 0xa8, 0xa3]);

const LIGATURES: Record<string, string> = { ﬀ: 'ff', ﬁ: 'fi', ﬂ: 'fl', ﬃ: 'ffi', ﬄ: 'ffl', ﬅ: 'st', ﬆ: 'st' };

/** Whitespace of any width, including no-break and en/em spaces. */
export function isSpaceText(text: string): boolean {
  return /^[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]*$/.test(text);
}

/** The text a glyph contributes; checkbox symbols normalised, '' for nothing. */
export function glyphText(unicode: string, dingbats: boolean): string {
  if (unicode.length === 0) return '';
  if (dingbats && unicode.length === 1) {
    const code = unicode.charCodeAt(0);
    const low = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code <= 0xff ? code : -1;
    if (DINGBAT_CHECKED.has(low)) return CHECKED;
    if (DINGBAT_UNCHECKED.has(low)) return UNCHECKED;
  }
  if (CHECKED_SYMBOLS.has(unicode)) return CHECKED;
  if (UNCHECKED_SYMBOLS.has(unicode)) return UNCHECKED;
  return LIGATURES[unicode] ?? unicode;
}
