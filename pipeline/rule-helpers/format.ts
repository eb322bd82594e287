import type { Count, Money } from '../../schemas/common.js';
import type { Lang } from '../../schemas/config.js';
import type { Rounding } from '../../schemas/finding-data.js';

/*
 * How messages write figures, per language (docs/rules.md, "Messages").
 * - Swedish: digits grouped by threes with a no-break space (U+00A0, as Intl's sv-SE and Excel
 *   write them), a no-break space before the unit ("1 250 000 kr", "39,3 %"), a decimal comma
 *   and the minus sign U+2212: an amount never breaks over two lines in a terminal or a chat.
 * - English: plain spaces ("1 250 000 kr"), a decimal point: searchable and comparable as
 *   plain text, as docs/rules.md writes them.
 * Dates stay ISO (åååå-mm-dd) in both.
 */

/** The no-break space of Swedish figures. */
export const NBSP = '\u00a0';

const SPACE: Record<Lang, string> = { sv: NBSP, en: ' ' };

/** 1250000 → "1 250 000" (no unit). */
export function formatNumber(value: number, lang: Lang = 'en'): string {
  const sign = value < 0 ? '−' : '';
  const digits = String(Math.round(Math.abs(value)));
  return `${sign}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, SPACE[lang])}`;
}

/** 1250000 → "1 250 000 kr"; −2569000 → "−2 569 000 kr". */
export function formatKr(sek: number, lang: Lang = 'en'): string {
  return `${formatNumber(sek, lang)}${SPACE[lang]}kr`;
}

/** An amount as written when that differs from plain kronor: "11 271 tkr (11 271 000 kr)". */
export function formatMoney(money: Money, lang: Lang = 'en'): string {
  const plain = formatKr(money.sek, lang);
  const written = money.text.replace(/\s+/g, ' ').trim();
  // A bare "522" under a "(tkr)" label gets its unit, so the message says what the figure is.
  const withUnit = /\p{L}/u.test(written) ? written : `${written} ${money.unit}`;
  return money.unit === 'kr' ? plain : `${withUnit} (${plain})`;
}

const PART_WORDS: Record<Lang, { women: string; men: string; other: string }> = {
  sv: { women: 'kvinnor', men: 'män', other: 'annat/anonyma' },
  en: { women: 'women', men: 'men', other: 'other/anonymous' },
};

/** "609 women + 384 men" ("609 kvinnor + 384 män") with whichever parts the count gives. */
export function formatParts(count: Count, lang: Lang = 'en'): string {
  const words = PART_WORDS[lang];
  const parts: string[] = [];
  if (count.women !== null) parts.push(`${count.women} ${words.women}`);
  if (count.men !== null) parts.push(`${count.men} ${words.men}`);
  if (count.other !== null) parts.push(`${count.other} ${words.other}`);
  return parts.join(' + ');
}

/** 39.28 → "39.3" / "39,3" (decimals as asked, trailing zeros dropped), no unit. */
export function formatDecimal(value: number, decimals = 1, lang: Lang = 'en'): string {
  const text = value.toFixed(decimals).replace(/\.0+$/, '');
  return lang === 'sv' ? text.replace('.', ',').replace(/^-/, '−') : text;
}

/** 39.28 → "39.3 %" / "39,3 %". */
export function formatPercent(value: number, decimals = 1, lang: Lang = 'en'): string {
  return `${formatDecimal(value, decimals, lang)}${SPACE[lang]}%`;
}

/** "1 day", "30 days". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "1 dag", "30 dagar". */
export function dagar(n: number): string {
  return `${n}${NBSP}${n === 1 ? 'dag' : 'dagar'}`;
}

/** A value quoted from the document, whitespace collapsed: "…" in English, ”…” in Swedish. */
export function quote(text: string, lang: Lang = 'en'): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return lang === 'sv' ? `”${flat}”` : `"${flat}"`;
}

const EXACT: Record<Lang, string> = {
  sv: 'beloppen är exakta kronor, så ingen avrundningstolerans',
  en: 'the figures are exact kronor, so no rounding tolerance',
};

/** A sum's tolerance in words: "rounding tolerance 2 000 kr for 4 figures in tkr". */
export function sumToleranceText(tolerance: number, rounding: Rounding, lang: Lang = 'en'): string {
  if (tolerance === 0) return EXACT[lang];
  return lang === 'sv'
    ? `avrundningstolerans ${formatKr(tolerance, 'sv')} för ${rounding.figures} belopp i ${rounding.unit}`
    : `rounding tolerance ${formatKr(tolerance)} for ${rounding.figures} figures in ${rounding.unit}`;
}

/** The tolerance of one figure against another in words: "rounding tolerance 1 000 kr". */
export function pairToleranceText(tolerance: number, lang: Lang = 'en'): string {
  if (tolerance === 0) return EXACT[lang];
  return lang === 'sv' ? `avrundningstolerans ${formatKr(tolerance, 'sv')}` : `rounding tolerance ${formatKr(tolerance)}`;
}
