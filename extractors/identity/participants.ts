/**
 * The participants a report says it reached, in the phrasings reports use: "insatser för 78
 * personer", "aktiviteter för 263 unika deltagare", "42 individer av totalt 46 som deltagit", "för 25 individer som deltagit i projekt
 * Ayande", "övriga 19 deltagare (totalt 24 st.)", "projektets 136 deltagare", with a gender split in the same or the next
 * sentence when it adds up to the total ("Det har varit 47 kvinnor och 31 män som tagit del av
 * insatserna"). The first such statement is the report's; none gives null.
 */
import type { Count } from '../../schemas/common.js';

const PEOPLE = '(?:deltagare|personer|individer|ungdomar|unga vuxna|kvinnor och män)';
const N = '(\\d{1,3}(?:[ \\u00A0]\\d{3})?|\\d+)';
/** In order of precedence: a stated total before the subset beside it ("42 individer av totalt 46"). */
const TOTALS = [
  new RegExp(`\\bav\\s+totalt\\s+${N}\\s+(?:${PEOPLE}\\s+)?som\\s+(?:har\\s+)?(?:deltagit|varit inskrivna|tagit del)`, 'iu'),
  new RegExp(`\\(\\s*totalt\\s+${N}\\s+(?:st\\.?|${PEOPLE})\\s*\\)`, 'iu'),
  new RegExp(`\\b(?:insatser|aktiviteter)\\s+för\\s+${N}\\s+(?:unika\\s+)?${PEOPLE}`, 'iu'),
  new RegExp(`\\b(?:har\\s+)?nått\\s+(?:ut\\s+till\\s+)?${N}\\s+${PEOPLE}`, 'iu'),
  new RegExp(`\\btotalt\\s+${N}\\s+${PEOPLE}\\s+(?:har\\s+)?(?:deltagit|varit inskrivna|tagit del|tagits emot)`, 'iu'),
  new RegExp(`(?<![\\d,.])${N}\\s+${PEOPLE}\\s+som\\s+(?:har\\s+)?(?:deltagit|varit inskrivna|tagit del)`, 'iu'), // "projektets 136 deltagare", "insatsens 54 unika deltagare": the project's own count (a transcript may glue it on: "projektets136").
  new RegExp(`\\b(?:projektets|insatsens|förstudiens|teamets)\\s*${N}\\s+(?:unika\\s+)?${PEOPLE}(?![\\p{L}])`, 'iu'),
];
const SPLIT = new RegExp(`(?<![\\d,.])${N}\\s+kvinnor\\s+och\\s+${N}\\s+män\\b`, 'iu');

function number(written: string): number {
  return Number(written.replace(/[ \u00A0]/gu, ''));
}

/** The count the sentences state first; `next` is the sentence after, for its gender split. */
export function participantsIn(sentence: string, next: string): Count | null {
  for (const total of TOTALS) {
    const match = sentence.match(total);
    if (!match?.[1]) continue;
    const value = number(match[1]);
    if (value === 0) continue;
    const split = sentence.slice((match.index ?? 0) + match[0].length).match(SPLIT) ?? next.match(SPLIT);
    const women = split?.[1] ? number(split[1]) : null;
    const men = split?.[2] ? number(split[2]) : null;
    const adds = women !== null && men !== null && women + men === value;
    const text = adds && !sentence.includes(split?.[0] ?? '\u0000') ? `${sentence} ${next}` : sentence;
    return { total: value, women: adds ? women : null, men: adds ? men : null, other: null, text };
  }
  return null;
}
