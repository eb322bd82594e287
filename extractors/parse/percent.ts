import type { Found } from './number.js';

export interface Percentage {
  /** 39 for "39%", 20.5 for "20,5%". */
  value: number;
  /** How many decimals were written: the precision of the figure. */
  decimals: number;
  text: string;
}

const PERCENT =
  /(?:(?<=^|[\s(])(?<sign>[-\u2212])|(?<![\d.,\p{L}\-\u2212/]))(?<int>\d{1,3}(?:[ \u00A0\u2009\u202F]\d{3}(?!\d))*)(?:[,.](?<fraction>\d+))?\s?(?:%|procent(?![\p{L}]))/gu;

/** Every percentage in the text ("39%", "39 %", "20,5%", "12 procent"), with offsets. */
export function findPercentages(text: string): Found<Percentage>[] {
  const found: Found<Percentage>[] = [];
  for (const match of text.matchAll(PERCENT)) {
    const groups = match.groups ?? {};
    const fraction = groups.fraction ?? '';
    const magnitude = Number(`${(groups.int ?? '').replace(/\D/g, '')}.${fraction || '0'}`);
    const value = groups.sign ? -magnitude : magnitude;
    found.push({
      value: { value, decimals: fraction.length, text: match[0] },
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return found;
}
