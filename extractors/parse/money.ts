import type { Money, MoneyUnit } from '../../schemas/common.js';
import { type Found, GROUP_SPACE, GROUPED_INTEGER, MARK_GROUPED_INTEGER, parseSwedishNumber } from './number.js';

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
    `(?<number>${MARK_GROUPED_INTEGER}|(?:${GROUPED_INTEGER})(?:,\\d{1,3}(?!\\d)|,${GROUP_SPACE}\\d{1,2}(?!\\d)|\\.\\d{1,3}(?!\\d))?)` +
    `\\s{0,3}(?:(?<mkr>${UNIT_MKR})|(?<tkr>${UNIT_TKR})|(?<kr>${UNIT_KR}))(?![\\p{L}\\d])`,
  'giu',
);

const BARE_AMOUNT = new RegExp(`^[-\\u2212]?(?:${MARK_GROUPED_INTEGER}|(?:${GROUPED_INTEGER})(?:,\\d+|\\.\\d{3})?)$`, 'u');

/** A cell that writes its currency first, as spreadsheets may: "kr 1 250 000", "SEK 1 250 000". */
const UNIT_FIRST = /^(?:sek|kr\.?)\s*(?=[-\u2212]?\d)/iu;

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
 * A footnote's mark after a table's figure: "950 000 *", "950 000*)", "950 000¹", "950 000 1)", "950 000 (2)",
 * "950 000 (prel.)".
 * The figure is stated; the mark points elsewhere. A bracket alone ("(54)") is a negative, not a mark.
 */
const FOOTNOTE_MARK = /(?<=\d)\s*(?:\*+\)?|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\((?:\d{1,2}|\p{L}[\p{L}. ]*)\)|\s\d\))$/u;

function withoutFootnoteMark(text: string): string {
  return text.replace(FOOTNOTE_MARK, '');
}

/**
 * The sign of a figure as tables write it beside "-1 718": "(1 718)", "– 1 718" and "1 718-" (the
 * minus an accounting system sets after the figure) below zero, "+1 718" above. The figures without
 * their sign, and whether they are below zero; the text as it is where it has no such sign.
 */
const SIGNED_FIGURES = /^(?:\((?<bracketed>[^()]+)\)|[-–—−]\s*(?<minus>\d.*)|(?<trailing>\d[\d .\u00A0\u2009\u202F]*(?:,\d+)?)\s?[-–−]|\+\s?(?<plus>\d.*))$/u;

export function signedFigures(text: string): { figures: string; below: boolean } {
  const groups = SIGNED_FIGURES.exec(text)?.groups;
  const below = groups?.['bracketed'] ?? groups?.['minus'] ?? groups?.['trailing'];
  return below !== undefined ? { figures: below, below: true } : { figures: groups?.['plus'] ?? text, below: false };
}

/**
 * A cell that says "nothing" in a figure column: a dash, a dash with a unit, or a word for none
 * ("Ansvarsförbindelser | Inga | Inga", "Ej aktuellt"). Not "saknas": a figure missing is not nil.
 */
const NOTHING =
  /^(?:[-\u2010-\u2015\u2212]+|[-\u2010-\u2015\u2212]*\s*(?:kr|tkr|sek|:-)\.?|inga|inget|ingen|noll|ej\s+aktuellt|ej\s+tillämpligt|inte\s+aktuellt|n\/a)$/iu;

/**
 * A table's figure cell as read: its amount, or the text as written where the cell holds something
 * that is no amount ("ca 950 000", "se bilaga") — so a sum over its column is not checked against a
 * figure the reader left out. A blank or dash cell is neither.
 */
export function readFigureCell(text: string, read: (figures: string) => Money | null): { money: Money | null; unread: string | null } {
  const trimmed = text.replace(/\s+/gu, ' ').trim();
  if (trimmed === '' || NOTHING.test(trimmed)) return { money: null, unread: null };
  const money = read(trimmed) ?? read(withoutFootnoteMark(trimmed));
  return money ? { money, unread: null } : { money: null, unread: trimmed };
}

/** The cells of the named columns that hold no amount, as written (`unread` in the names' order); undefined when there are none. */
export function unreadFiguresOf<K extends string>(names: readonly K[], unread: readonly (string | null)[]): Partial<Record<K, string>> | undefined {
  const entries = names.flatMap((name, index) => {
    const text = unread[index];
    return text === null || text === undefined ? [] : [[name, text] as const];
  });
  return entries.length === 0 ? undefined : (Object.fromEntries(entries) as Partial<Record<K, string>>);
}

/**
 * An amount where the caller knows the unit (a budget column headed "kr" or "tkr"): a written
 * unit still wins; a bare number takes `defaultUnit`. Anything else (a date, "–", words) is null.
 */
export function parseAmount(text: string, defaultUnit: MoneyUnit): Money | null {
  const withUnit = parseMoney(text);
  if (withUnit) return withUnit;
  const trimmed = text.trim();
  const unitFirst = UNIT_FIRST.exec(trimmed);
  const figures = unitFirst ? trimmed.slice(unitFirst[0].length) : trimmed;
  return BARE_AMOUNT.test(figures) ? toMoney(figures, unitFirst ? 'kr' : defaultUnit, trimmed) : null;
}

/**
 * "10.000 kr", "1.250 tkr": one point before three digits groups thousands in Swedish, whose decimal
 * mark is the comma, as long as the figure counts kronor or thousands of them; in millions ("1.250
 * mkr") three decimals are thousands of kronor, and a point before fewer digits ("1.5 mkr") is a
 * decimal mark as in English. A comma before three digits groups thousands only in kronor
 * ("250,000" beside "1,000,000" in a spreadsheet's table): no amount of kronor has three decimals,
 * while "1,250 tkr" is 1 250 kronor.
 */
export function groupingMarkOf(written: string, unit: MoneyUnit): '.' | ',' | null {
  const single = /^[^.,]*\d([.,])\d{3}$/.exec(written)?.[1];
  if (single === '.' && unit !== 'mkr') return '.';
  return single === ',' && unit === 'kr' ? ',' : null;
}

function toMoney(written: string, unit: MoneyUnit, text: string): Money | null {
  const mark = groupingMarkOf(written, unit);
  const normalised = mark ? written.replace(mark, '') : written;
  const number = parseSwedishNumber(normalised);
  if (!number) return null;
  const sek = Math.round(number.value * FACTOR[unit]);
  if (!Number.isSafeInteger(sek)) return null;
  return { sek: sek === 0 ? 0 : sek, unit, text, decimals: number.decimals };
}
