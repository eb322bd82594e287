/** Dashes of every width, and the minus sign, as written in Word and PDF text. */
const DASHES = /[\u2010-\u2015\u2212]/g;
/** A footnote number glued to a word: "Ockelbo2", "Mysam6" (not "2.0", not "B12"-style codes). */
const GLUED_FOOTNOTE = /(\p{Ll}{3,})\d{1,2}(?![\d.,]?\d)(?!\p{L})/gu;

/** å → a, é → e … for comparison only; values keep their spelling. */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}

/** Removes footnote numbers glued to the end of a word ("Ockelbo2" → "Ockelbo"). */
export function stripGluedFootnotes(text: string): string {
  return text.replace(GLUED_FOOTNOTE, '$1');
}

/**
 * A comparison key: lower case, diacritics folded, dashes and punctuation as spaces, glued
 * footnote digits removed, whitespace collapsed. "Trisam 2.0 – Ockelbo2" → "trisam 2.0 ockelbo".
 */
export function normalizeForMatch(text: string): string {
  const withoutNotes = stripGluedFootnotes(text.normalize('NFC'));
  return (
    foldDiacritics(withoutNotes.toLowerCase())
      .replace(DASHES, ' ')
      .replace(/(\d)[.,](\d)/g, '$1\u0000$2')
      // NUL holds a decimal separator's place while punctuation goes: text from a document never has one.
      // eslint-disable-next-line no-control-regex -- the placeholder above
      .replace(/[^\p{L}\d\u0000]+/gu, ' ')
      // eslint-disable-next-line no-control-regex -- the placeholder above
      .replace(/\u0000/g, '.')
      .trim()
  );
}
