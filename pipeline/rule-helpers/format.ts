import type { Count, Money } from '../../schemas/common.js';
import type { Rounding } from '../../schemas/finding-data.js';

/**
 * Thousands separator in messages. docs/rules.md writes "1 250 000 kr" with plain spaces, so
 * messages do too: they stay searchable and comparable as plain text.
 */
const GROUP = ' ';

/** 1250000 → "1 250 000 kr"; −2569000 → "−2 569 000 kr". */
export function formatKr(sek: number): string {
  const sign = sek < 0 ? '−' : '';
  const digits = String(Math.round(Math.abs(sek)));
  return `${sign}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP)} kr`;
}

/** An amount as written when that differs from plain kronor: "11 271 tkr (11 271 000 kr)". */
export function formatMoney(money: Money): string {
  const plain = formatKr(money.sek);
  const written = money.text.replace(/\s+/g, ' ').trim();
  // A bare "522" under a "(tkr)" label gets its unit, so the message says what the figure is.
  const withUnit = /\p{L}/u.test(written) ? written : `${written} ${money.unit}`;
  return money.unit === 'kr' ? plain : `${withUnit} (${plain})`;
}

/** "609 women + 384 men" with whichever parts the count gives. */
export function formatParts(count: Count): string {
  const parts: string[] = [];
  if (count.women !== null) parts.push(`${count.women} women`);
  if (count.men !== null) parts.push(`${count.men} men`);
  if (count.other !== null) parts.push(`${count.other} other/anonymous`);
  return parts.join(' + ');
}

/** 39.28 → "39.3 %" (decimals as asked, trailing zeros dropped). */
export function formatPercent(value: number, decimals = 1): string {
  return `${value.toFixed(decimals).replace(/\.0+$/, '')} %`;
}

/** "1 day", "30 days". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A value quoted from the document, whitespace collapsed. */
export function quote(text: string): string {
  return `"${text.replace(/\s+/g, ' ').trim()}"`;
}

const EXACT = 'the figures are exact kronor, so no rounding tolerance';

/** A sum's tolerance in words: "rounding tolerance 2 000 kr for 4 figures in tkr". */
export function sumToleranceText(tolerance: number, rounding: Rounding): string {
  return tolerance === 0 ? EXACT : `rounding tolerance ${formatKr(tolerance)} for ${rounding.figures} figures in ${rounding.unit}`;
}

/** The tolerance of one figure against another in words: "rounding tolerance 1 000 kr". */
export function pairToleranceText(tolerance: number): string {
  return tolerance === 0 ? EXACT : `rounding tolerance ${formatKr(tolerance)}`;
}
