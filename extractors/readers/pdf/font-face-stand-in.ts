/**
 * pdfjs-dist in Node defaults to `disableFontFace: true`, and with font faces disabled its worker
 * compiles an outline path for every glyph it meets (so a canvas could draw the text) and posts each
 * one to the main thread: about a tenth of reading a page, for nothing, since we never render.
 * With font faces enabled it instead hands every embedded font to `document.fonts` as a FontFace,
 * which Node has neither of. The stand-ins below accept the font and drop it; the font's name, weight
 * and matrix, which the reader uses, still arrive in `page.commonObjs`.
 */

/** Passed to getDocument as `ownerDocument`: pdfjs only adds and deletes font faces here. */
export const FONT_HOST = {
  fonts: {
    add(): void {},
    delete(): void {},
  },
};

/** The part of the CSS Font Loading API's FontFace that pdfjs's FontLoader uses. */
class FontFace {
  readonly loaded: Promise<FontFace> = Promise.resolve(this);

  constructor(readonly family: string) {}
}

/** Makes `new FontFace(…)` work in this thread; a real one (should Node ever get it) is left alone. */
export function installFontFaceStandIn(): void {
  if ('FontFace' in globalThis) return;
  Object.defineProperty(globalThis, 'FontFace', { value: FontFace, configurable: true, writable: true });
}
