import type { Checkbox } from '../../../model.js';

export const CHECKED = '☒';
export const UNCHECKED = '☐';

/**
 * Boxes typed as characters or Wingdings symbols (mammoth maps w:sym to these code points) are
 * checkboxes too: printed forms are filled in by overtyping ☐ with ☒. All become ☒ or ☐.
 */
const CHECKED_GLYPHS = new Set([...'☑☒⌧⊠⮽🗹🗷🗵']);
const BOX_GLYPH = /[☐☑☒□❑❒⌧⊠⮽\u{1F78E}\u{1F78F}\u{1F5C6}\u{1F5F9}\u{1F5F7}\u{1F5F5}]/gu;

export function replaceBoxGlyphs(text: string, found: Checkbox[]): string {
  return text.replace(BOX_GLYPH, (glyph) => {
    const checked = CHECKED_GLYPHS.has(glyph);
    found.push({ checked });
    return checked ? CHECKED : UNCHECKED;
  });
}
