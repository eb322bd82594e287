import type { StatedShare } from '../../schemas/common.js';
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

/**
 * The utfall as a share of the budget, as a table's heading names it: "Förbrukat %", "Förbrukat i
 * procent", "Utfall (%)", "Utfall i % av budget", "Andel förbrukat", "Förbrukningsgrad". Not "Andel"
 * alone, nor "% av budget": a row's share of the whole budget is written so too.
 */
export const SPENT_SHARE_HEADING =
  /^(?:(?:förbrukat|förbrukad|utfall)(?:\s+av\s+budget(?:en)?)?\s*(?:i\s+)?(?:%|\(%\)|procent)(?:\s+av\s+budget(?:en)?)?|(?:andel\s+förbrukat|förbrukad\s+andel|förbrukningsgrad|%\s*förbrukat)(?:\s*(?:i\s+)?(?:%|\(%\)|procent))?|utfall\s*\/\s*budget\s*(?:i\s+)?(?:%|\(%\)|procent))$/iu;

/** A heading of a share in per cent ("Förbrukat (%)", "Avvikelse i %"): never an amount's column, whatever else it names. */
export const PERCENT_HEADING = /%|procent/iu;

/** A share's figure without its sign, under a heading that says per cent: "94", "93,3". */
const BARE_SHARE = /^-?\d{1,3}(?:[,.]\d{1,2})?$/u;

/**
 * A share's cell: "94 %", "93,3 %", or a bare "94,4" where the heading says per cent ("Förbrukat
 * (%)"); null for anything else.
 */
export function statedShareOf(cell: string, heading: string): StatedShare | null {
  const text = cell
    .replace(/\s+/gu, ' ')
    .replace(/\u2212/gu, '-')
    .trim();
  const found = findPercentages(text);
  const only = found.length === 1 ? found[0] : undefined;
  if (only && only.start === 0 && only.end === text.length) return { percent: only.value.value, text };
  return BARE_SHARE.test(text) && PERCENT_HEADING.test(heading) ? { percent: Number(text.replace(',', '.')), text } : null;
}
