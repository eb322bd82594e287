import type { Money, MoneyUnit } from '../../schemas/common.js';
import { type Found, GROUP_SPACE, GROUPED_INTEGER, parseSwedishNumber } from './number.js';

const FACTOR: Record<MoneyUnit, number> = { kr: 1, tkr: 1_000, mkr: 1_000_000 };

// Longest spellings first so "tkr" is not read as "kr" and "miljoner kronor" not as "m".
const KRONA = '(?:kr(?:onor)?|sek)';
const UNIT_MKR = `m(?:iljon(?:er)?|ilj\\.?|n\\.?|\\.)?\\s?${KRONA}`;
const UNIT_TKR = `(?:t(?:usen|\\.)?\\s?${KRONA}|ksek)`;
const UNIT_KR = `(?:${KRONA}|:-)`;

/**
 * A number that does not continue a date, a version, a phone number or a word, then a unit.
 * A minus sign counts only after a space or "(" so "2021-12-31 250 kr" is not "-31 250 kr".
 */
const MONEY = new RegExp(
  '(?:(?<=^|[\\s(])(?<sign>[-\\u2212])|(?<![\\p{L}\\d.,:/\\-\\u2212]))' +
    `(?<number>(?:${GROUPED_INTEGER})(?:,\\d{1,3}(?!\\d)|,${GROUP_SPACE}\\d{1,2}(?!\\d)|\\.\\d{1,3}(?!\\d))?)` +
    `\\s{0,3}(?:(?<mkr>${UNIT_MKR})|(?<tkr>${UNIT_TKR})|(?<kr>${UNIT_KR}))(?![\\p{L}\\d])`,
  'giu',
);

const BARE_AMOUNT = new RegExp(`^[-\\u2212]?(?:${GROUPED_INTEGER})(?:,\\d+)?$`, 'u');

/**
 * The unit a text names ("tkr", "Belopp i tusental kronor", "Mkr", "ksek"), or null where it names
 * tkr or mkr nowhere (kronor are the default, not a finding).
 */
export function unitNamed(written: string): MoneyUnit | null {
  const lower = written.toLowerCase();
  if (/\btkr\b|\bksek\b|tusen/u.test(lower)) return 'tkr';
  if (/\bmkr\b|miljon/u.test(lower)) return 'mkr';
  return null;
}

/** Every amount with a unit in the text, in order, with offsets. */
export function findMoney(text: string): Found<Money>[] {
  const found: Found<Money>[] = [];
  for (const match of text.matchAll(MONEY)) {
    const groups = match.groups ?? {};
    const unit: MoneyUnit = groups.mkr ? 'mkr' : groups.tkr ? 'tkr' : 'kr';
    const money = toMoney(`${groups.sign ?? ''}${groups.number ?? ''}`, unit, match[0].trim());
    if (money) found.push({ value: money, start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/** The first amount with a unit in the text ("1250000 Kr", "4 981 tkr", "1,1 m.kr"), or null. */
export function parseMoney(text: string): Money | null {
  return findMoney(text)[0]?.value ?? null;
}

/**
 * An amount where the caller knows the unit (a budget column headed "kr" or "tkr"): a written
 * unit still wins; a bare number takes `defaultUnit`. Anything else (a date, "–", words) is null.
 */
export function parseAmount(text: string, defaultUnit: MoneyUnit): Money | null {
  const withUnit = parseMoney(text);
  if (withUnit) return withUnit;
  const trimmed = text.trim();
  return BARE_AMOUNT.test(trimmed) ? toMoney(trimmed, defaultUnit, trimmed) : null;
}

function toMoney(written: string, unit: MoneyUnit, text: string): Money | null {
  // "10.000 kr" groups thousands with a point; with tkr/mkr a point is read as a decimal mark.
  const normalised = unit === 'kr' && /\.\d{3}$/.test(written) ? written.replace('.', '') : written;
  const number = parseSwedishNumber(normalised);
  if (!number) return null;
  const sek = Math.round(number.value * FACTOR[unit]);
  if (!Number.isSafeInteger(sek)) return null;
  return { sek: sek === 0 ? 0 : sek, unit, text, decimals: number.decimals };
}
