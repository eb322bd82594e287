/**
 * Shares of a count stated beside both its counts ("30 av 65 deltagare (46 %)", "79 % (75 av 95)"),
 * for count-percentage-mismatch; a share of amounts is percent.ts's and percentage-mismatch's.
 */
import { type Found, GROUP_SPACE } from './number.js';

/** A share of a count the text states with both its counts: "30 av 65 deltagare (46 %)". */
export interface CountShare {
  part: number;
  whole: number;
  /** The percentage as written: 46 for "46 %", 46.2 for "46,2 %". */
  percent: number;
  /** How many decimals the percentage was written with: its precision. */
  decimals: number;
  text: string;
}

/**
 * A whole number of things: digit groups ("1 250") are one number; never part of a decimal, a
 * date or a percentage.
 */
const count = (name: string): string =>
  `(?<![\\d.,:/\\-\\u2013\\p{L}])(?<${name}>\\d{1,3}(?:${GROUP_SPACE}\\d{3}(?!\\d))+|\\d{1,4})(?![\\d%]|[.,:/\\-\\u2013]\\d)`;

/**
 * What may stand between a count and "av" or after the whole: a few words, never a unit of money
 * that makes the figures amounts ("500 tkr av 1 000 tkr (50 %)" is percentage-mismatch's) or a word
 * for per cent, never a figure (the share would belong to something else).
 */
const NOT_A_THING = '(?:kr|tkr|mkr|mnkr|msek|ksek|sek|kronor|miljoner|miljon|milj|tusen|procent|procentenheter)';
/** "ca 300", "drygt 300": a count told roughly, whose share may be of the exact one. */
const ROUGHLY =
  '(?:ca|cirka|c:a|drygt|knappt|nästan|omkring|runt|ungefär|över|under|minst|max|maximalt|mer än|fler än|färre än|mindre än|approximately|about|around|over|nearly)';
const words = (max: number, notRoughly = false): string =>
  `(?:\\s+(?!(?:${NOT_A_THING}${notRoughly ? `|${ROUGHLY}` : ''})(?![\\p{L}]))[\\p{L}][\\p{L}\\-]*){0,${max}}?`;
const ROUGHLY_BEFORE = new RegExp(`(?<![\\p{L}])${ROUGHLY}\\.?\\s*$`, 'iu');

/** "av 65", "av de 65", "av totalt 65", "av sammanlagt 65", "av alla 65"; "of 65" in a report written in English. */
const OF_WHOLE = `\\s+(?:av|of)\\s+(?:(?:de|totalt|sammanlagt|alla|the)\\s+)?${count('whole')}`;

/** "(25 %) av samtliga 120 inskrivna": the share is of another whole than the one beside it. */
const NOT_OF_ANOTHER = '(?!\\s*(?:av|of)\\s)';

/**
 * A percentage written exactly: no "ca", "knappt", "drygt" (there is no room for a qualifier), a
 * decimal comma or point. Nothing may follow it in its parentheses: "(52 % av kvinnorna)" is
 * another share.
 */
const percent = (suffix = ''): string => `(?<int${suffix}>\\d{1,3})(?:[,.](?<fraction${suffix}>\\d{1,2}))?\\s?(?:%|procent(?![\\p{L}]))`;

/** "30 av 65 deltagare (46 %)", "30 av 65, dvs. 46 %," — the share after its counts. */
const AFTER = new RegExp(
  `${count('part')}${words(2)}${OF_WHOLE}${words(3)}\\s*` +
    `(?:\\(\\s*${percent()}\\s*\\)${NOT_OF_ANOTHER}|,\\s*(?:(?:dvs\\.?|det vill säga|eller|vilket motsvarar|motsvarande|alltså)\\s+)?${percent('2')}(?=\\s*(?:[,.;)]|$)))`,
  'gu',
);

/** "46 % (30 av 65)", "46 procent (30 av de 65 deltagarna)" — the share before its counts. */
const BEFORE = new RegExp(`(?<![\\d.,\\p{L}])${percent()}\\s*\\(\\s*${count('part')}${words(2)}${OF_WHOLE}${words(3)}\\s*\\)`, 'gu');

/** "Av de 86 deltagarna har 69 (80 %) …" — the whole first, then the part and its share. */
const WHOLE_FIRST = new RegExp(
  `(?<![\\p{L}])[Aa]v\\s+(?:(?:de|totalt|sammanlagt|alla)\\s+)?${count('whole')}${words(4)}\\s+` +
    `(?:har|hade|var|är|blev|gick|fick|kom|återgick|avslutade)${words(1, true)}\\s+${count('part')}${words(2)}\\s*\\(\\s*${percent()}\\s*\\)${NOT_OF_ANOTHER}`,
  'gu',
);

/**
 * "64 deltagare, varav 30 kvinnor (47 %)" — a part of a count of people right after it, the share
 * of that count.
 */
const PART_OF_COUNT = new RegExp(
  `${count('whole')}\\s+(?:deltagare|personer|individer|ungdomar|unga)\\s*(?:,|\\()\\s*(?:varav|därav|of whom)\\s+${count('part')}${words(2)}\\s*\\(\\s*${percent()}\\s*\\)${NOT_OF_ANOTHER}`,
  'gu',
);

const ANY_PERCENT = /%|procent/iu;

/** A year is never a count here: "3 av 2021 års ärenden" is no ratio. */
const YEAR = /^(?:19|20)\d\d$/;

function integer(written: string | undefined): number | null {
  if (written === undefined || YEAR.test(written)) return null;
  return Number(written.replace(/\D/g, ''));
}

/**
 * Every share of a count stated beside both counts. The check is the reader's: a share whose
 * counts it cannot both see ("Det motsvarar 40 procent av de avslutade") is never found.
 */
export function findCountShares(text: string): Found<CountShare>[] {
  // Every text unit of every document passes here; few hold a percentage at all.
  if (!ANY_PERCENT.test(text)) return [];
  const found: Found<CountShare>[] = [];
  for (const pattern of [AFTER, BEFORE, WHOLE_FIRST, PART_OF_COUNT]) {
    for (const match of text.matchAll(pattern)) {
      const groups = match.groups ?? {};
      const part = integer(groups.part);
      const whole = integer(groups.whole);
      // A part larger than its whole is no share of it: a misread, not a claim to check.
      if (part === null || whole === null || whole === 0 || part > whole) continue;
      const start = match.index;
      const end = start + match[0].length;
      if (ROUGHLY_BEFORE.test(text.slice(Math.max(0, start - 14), start))) continue;
      if (found.some((other) => start < other.end && other.start < end)) continue;
      // The share after a comma has its own groups (a name may not stand twice in one pattern).
      const fraction = groups.fraction ?? groups.fraction2 ?? '';
      const percent = Number(`${groups.int ?? groups.int2 ?? ''}.${fraction || '0'}`);
      found.push({ value: { part, whole, percent, decimals: fraction.length, text: match[0] }, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
