/**
 * Joining the visual lines of a paragraph. A line that was wrapped (the next word would not have
 * fitted) joins with a space; a line that ends early was broken on purpose and keeps a "\n".
 * A word hyphenated at the wrap is joined ("rehabiliterings-" + "process"), but not the Swedish
 * suspended hyphen ("lednings-" + "och handläggarnivå"), nor a compound whose first part is a name
 * or an abbreviation ("Trisam-" + "team", "IT-" + "stöd"), nor a two-letter prefix ("e-" + "post"):
 * text/hyphenation.ts.
 */

import { closedCompound, SUSPENDED_BEFORE } from '../../../text/hyphenation.js';

export function joinHyphenated(before: string, after: string): string | null {
  if (!before.endsWith('-')) return null;
  // Only the last word matters; never run a regex over the whole paragraph so far.
  const word = before.slice(Math.max(before.lastIndexOf(' '), before.lastIndexOf('\n')) + 1);
  const hyphen = /(\p{L}+)-$/u.exec(word);
  if (!hyphen) return null;
  const stem = hyphen[1] as string;
  // Addresses break at their own hyphens: "…/information-insats-ett-hallbart-" + "arbetsliv-ockelbo.aspx".
  if (/[/@:.]/.test(word)) return `${before}${after}`;
  if (SUSPENDED_BEFORE.test(after)) return `${before} ${after}`;
  if (closedCompound(stem, after)) return `${before.slice(0, -1)}${after}`;
  // "Trisam-team", "IT-stöd", "covid-19": the hyphen stays, no space.
  return `${before}${after}`;
}

/** Text of two consecutive lines of one paragraph. */
export function joinLine(text: string, next: string, wrapped: boolean): string {
  if (text === '') return next;
  if (next === '') return text;
  if (wrapped) {
    const joined = joinHyphenated(text, next);
    if (joined !== null) return joined;
    return `${text} ${next}`;
  }
  return `${text}\n${next}`;
}

export interface WrapGeometry {
  /** Right edge of the line's text. */
  right: number;
  /** Width of the next line's first word. */
  nextWordWidth: number;
  /** Rightmost position text may reach here (column or cell edge). */
  limit: number;
  size: number;
}

/** Whether the line ended because the next word did not fit (a soft wrap). */
export function isWrapped({ right, nextWordWidth, limit, size }: WrapGeometry): boolean {
  const space = size * 0.28;
  return right + space + nextWordWidth > limit - size * 0.1;
}
