/**
 * E-mail addresses OCR read without their "@": a small, dense "@" is read as "Q" (softened pages
 * read the seed's "henrik.almqvist@gavle.example" as "henrik.almqvistQgavle.example"), "&", "©",
 * "®" or spelled out "(at)". Such a word is given its "@" back, on OCR'd pages only (a text layer
 * holds what was typed), when it can be nothing but an address:
 *
 * - a mark that is no letter ("&", "©", "(at)") between a local part and a domain ("name.tld");
 * - a "Q" there, when the local part is written as addresses are (a dot, an underscore or a hyphen
 *   in it: "karin.lindahlQfinsam.example") or the word is the value of an e-mail label ("E-post",
 *   "E-postadress", "E-mail", "Mail", "Mejl") on its line or on the line just above it. A word like
 *   "infoQfinsam.se" with no label is left as read, and so is "Qatar.se" (nothing before the Q).
 */
import type { OcrWord } from './types.js';

/** Marks read in place of "@", as an alternation; "Q" separately, as it is also a letter. */
const NON_LETTER_MARKS = String.raw`&|©|®|\(at\)|\[at\]|\(a\)`;
const LOCAL = String.raw`[\p{L}\p{N}_%+-](?:[\p{L}\p{N}._%+-]*[\p{L}\p{N}_%+-])?`;
const DOMAIN = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*\.\p{L}{2,}`;
/** Punctuation a sentence or a list may leave after an address. */
const TRAILING = String.raw`[.,;:)]*`;
const WITH_MARK = new RegExp(`^(${LOCAL})(${NON_LETTER_MARKS}|Q)(${DOMAIN})(${TRAILING})$`, 'u');
/** A local part written as addresses are, not as a word: "karin.lindahl", "k_lindahl", "anna-karin". */
const ADDRESS_LIKE_LOCAL = /[._-]/u;
/** A label whose value is an e-mail address, as a form or a letterhead writes it. */
const EMAIL_LABEL = /^(?:e-?post|e-?mail|mail|mejl)(?:adress)?:?$/iu;

export interface AddressRepair {
  /** What OCR read in place of "@". */
  read: string;
}

/** The word with its "@" given back, or null when it is not an address read without one; `labelled` is asked only for a "Q". */
export function repairedAddress(word: string, labelled: () => boolean): { text: string; read: string } | null {
  if (word.includes('@')) return null;
  const match = word.match(WITH_MARK);
  if (!match) return null;
  const [, local = '', mark = '', domain = '', trailing = ''] = match;
  if (mark === 'Q' && !ADDRESS_LIKE_LOCAL.test(local) && !labelled()) return null;
  return { text: `${local}@${domain}${trailing}`, read: mark };
}

/** Whether an e-mail label stands before the word on its line or above its start on the line just above. */
function isLabelled(word: OcrWord, words: readonly OcrWord[]): boolean {
  return words.some((label) => {
    if (label === word || !EMAIL_LABEL.test(label.text)) return false;
    const size = Math.max(label.size, word.size);
    const sameLine = Math.abs(label.baseline - word.baseline) < size / 2 && label.right <= word.x;
    const above = word.baseline - label.baseline >= size / 2 && word.baseline - label.baseline <= size * 2;
    return sameLine || (above && label.x <= word.right && word.x - label.x <= size * 2);
  });
}

/** The page's words with addresses read without "@" put right, and what was read in place of each. */
export function repairAddresses(words: readonly OcrWord[]): { words: OcrWord[]; repairs: AddressRepair[] } {
  const repairs: AddressRepair[] = [];
  const repaired = words.map((word) => {
    const fixed = repairedAddress(word.text, () => isLabelled(word, words));
    if (!fixed) return word;
    repairs.push({ read: fixed.read });
    return { ...word, text: fixed.text };
  });
  return { words: repaired, repairs };
}
