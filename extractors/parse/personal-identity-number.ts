import type { Found } from './number.js';

export interface PersonalIdentityNumber {
  text: string;
  /** Birth date as ISO (for a samordningsnummer the day with 60 taken off). */
  birthDate: string;
  kind: 'personnummer' | 'samordningsnummer';
}

/** YYMMDD-NNNN, YYMMDD+NNNN (over 100), YYYYMMDD-NNNN, and the same without a separator. */
const CANDIDATE =
  /(?<![\d\p{L}+\-\u2013/.:])(?<century>\d{2})?(?<yy>\d{2})(?<mm>\d{2})(?<dd>\d{2})(?<separator>[-+\u2010\u2011]?)(?<serial>\d{4})(?![\d\p{L}]|[-/.:]\d)/gu;
const PHONE_CONTEXT = /(?<!\p{L})(?:tfn|tel(?:efon)?(?:\.?\s?nr|nummer)?|mobil(?:telefon)?(?:\.?\s?nr|nummer)?|fax|sms|ring)\.?:?\s*$/iu;
const ID_CONTEXT = /(?<!\p{L})(?:person(?:nummer|nr)|pers\.?\s?nr|p-?nr|samordningsnummer|födelsenummer|född)\.?:?\s*$/iu;
const CONTEXT_CHARS = 30;

/**
 * Swedish personnummer and samordningsnummer: a real birth date (day + 60 for a samordnings-
 * nummer) and a valid Luhn check digit. An organisationsnummer (third digit ≥ 2, so "month"
 * ≥ 20) fails the date test. A number written after "tfn"/"mobil" is a phone number; ten digits
 * with no separator that start with 0 look like a phone number too, so they need an explicit
 * "personnummer" before them.
 */
export function findPersonalIdentityNumbers(text: string): Found<PersonalIdentityNumber>[] {
  const found: Found<PersonalIdentityNumber>[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const groups = match.groups ?? {};
    const before = text.slice(Math.max(0, match.index - CONTEXT_CHARS), match.index);
    if (PHONE_CONTEXT.test(before)) continue;
    const bare = groups.century === undefined && groups.separator === '';
    if (bare && match[0].startsWith('0') && !ID_CONTEXT.test(before)) continue;
    const value = read(groups, match[0]);
    if (value) found.push({ value, start: match.index, end: match.index + match[0].length });
  }
  return found;
}

function read(groups: Record<string, string | undefined>, text: string): PersonalIdentityNumber | null {
  const { century, yy = '', mm = '', dd = '', separator = '', serial = '' } = groups;
  if (!luhnValid(`${yy}${mm}${dd}${serial}`)) return null;
  const day = Number(dd);
  const kind = day > 60 ? 'samordningsnummer' : 'personnummer';
  const birthDay = kind === 'samordningsnummer' ? day - 60 : day;
  const year = century !== undefined ? Number(`${century}${yy}`) : guessYear(Number(yy), separator === '+');
  if (century !== undefined && !['18', '19', '20'].includes(century)) return null;
  const month = Number(mm);
  if (month < 1 || month > 12 || birthDay < 1) return null;
  if (birthDay > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  const birthDate = `${year}-${mm}-${String(birthDay).padStart(2, '0')}`;
  return { text, birthDate, kind };
}

/** A "+" separator marks someone 100 or older; the century only matters for 29 February. */
function guessYear(yy: number, hundredOrOlder: boolean): number {
  const thisYear = new Date().getUTCFullYear();
  let year = Math.floor(thisYear / 100) * 100 + yy;
  if (year > thisYear) year -= 100;
  return hundredOrOlder ? year - 100 : year;
}

export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    const digit = Number(digits[index]);
    // Weights 2,1,2,1… from the left over the 10 digits YYMMDDNNNN.
    const product = index % 2 === 0 ? digit * 2 : digit;
    sum += product > 9 ? product - 9 : product;
  }
  return sum % 10 === 0;
}
