/**
 * The participants a report says it reached, in the phrasings reports use: "insatser för 78
 * personer", "aktiviteter för 263 unika deltagare", "42 individer av totalt 46 som deltagit", "för 25 individer som deltagit i projekt
 * Ayande", "övriga 19 deltagare (totalt 24 st.)", "projektets 136 deltagare", "173 personer har deltagit", "204 personer, 104 kvinnor
 * och 100 män, registrerats som deltagare", "Utvärderingen omfattar 135 deltagare", "insatser med
 * totalt ca 883 deltagare" (approximate), with a gender split in the same or the next
 * sentence when it adds up to the total ("Det har varit 47 kvinnor och 31 män som tagit del av
 * insatserna"). The first such statement is the report's; none gives null.
 */
import type { Count } from '../../schemas/common.js';
import { findCounts, makesUpTotal } from '../parse/count.js';

const PEOPLE = '(?:deltagare|personer|individer|ungdomar|unga vuxna|kvinnor och män)';
/**
 * The number, and the word that makes it an approximation when one stands before it ("drygt 320",
 * "ca 883", "närmare 90", "över 300"): the count is the number written, marked approximate.
 */
const N =
  '(?:(?<approx>drygt|cirka|ca\\.?|c:a|omkring|ungefär|runt|närmare|nästan|knappt|över|mer\\s+än|fler\\s+än)\\s+)?(?<n>\\d{1,3}(?:[ \\u00A0.]\\d{3}(?!\\d))?|\\d+)';
/** A gender split written between the count and its verb: "56 personer 25 kvinnor och 31 män deltagit", "(25 kvinnor och 31 män)". */
const INNER_SPLIT = '(?:\\(?\\d+\\s+kvinnor\\s+och\\s+\\d+\\s+män\\)?,?\\s+)?';
/**
 * Taking part as a report says it, also as its register does ("registrerats som deltagare", "skrivits
 * in") and as a study enrolling them does ("som inkluderades i projektet").
 */
const TOOK_PART = '(?:deltagit|varit inskrivna|varit aktuella|tagit del|registrerats\\s+som\\s+deltagare|skrivits\\s+in|skrevs\\s+in|inkluderades|inkluderats)';
/** When, between "har" and the verb: "312 deltagare har under året tagit del". */
const DURING = '(?:under\\s+(?:året|perioden|projekttiden|projektperioden|(?:19|20)\\d{2})\\s+)?';
/** Taking part in the report's own interviews, survey or steering group is not being reached by the insats. */
const REPORT_OWN = '(?:intervju|enkät|fokusgrupp|styrgrupp|referensgrupp|arbetsgrupp|seminari|konferens|workshop|nätverk|urval|kontrollgrupp|jämförelsegrupp)';
const NOT_REACHED = `(?!\\s+(?:i|på|vid)\\s+(?:\\p{L}+\\s+)?${REPORT_OWN})`;
/** In order of precedence: a stated total before the subset beside it ("42 individer av totalt 46"). */
const TOTALS = [
  new RegExp(`\\bav\\s+totalt\\s+${N}\\s+(?:${PEOPLE}\\s+)?som\\s+(?:har\\s+)?${TOOK_PART}`, 'iu'),
  new RegExp(`\\(\\s*totalt\\s+${N}\\s+(?:st\\.?|${PEOPLE})\\s*\\)`, 'iu'),
  // "insatser för 78 personer", "16 insatser med totalt ca 883 deltagare".
  new RegExp(`\\b(?:insatser|aktiviteter)\\s+(?:för|med)\\s+(?:totalt\\s+)?${N}\\s+(?:unika\\s+)?${PEOPLE}`, 'iu'),
  new RegExp(`\\b(?:har\\s+)?nått\\s+(?:ut\\s+till\\s+)?${N}\\s+${PEOPLE}`, 'iu'),
  new RegExp(`\\btotalt\\s+${N}\\s+${PEOPLE}\\s+(?:har\\s+)?(?:deltagit|varit inskrivna|tagit del|tagits emot)`, 'iu'),
  // "25 individer som deltagit", "173 personer har deltagit i verksamheterna", "147 personer deltagit",
  // "204 personer, 104 kvinnor och 100 män, registrerats som deltagare".
  new RegExp(`(?<![\\d,.])${N}\\s+${PEOPLE},?\\s+${INNER_SPLIT}(?:som\\s+)?(?:har\\s+)?${DURING}${TOOK_PART}${NOT_REACHED}`, 'iu'),
  // "Antalet deltagare i insatserna var 312", "Totalt antal deltagare: 312": the count for all insatser. A bare "Antal
  // deltagare: 34" may be one insats's in an annual report, and "Under året deltog 34 personer" is how an insats's section says it.
  new RegExp(
    `\\b(?:totalt\\s+antal\\s+(?:unika\\s+)?deltagare|antal(?:et)?\\s+(?:unika\\s+)?(?:deltagare|individer|personer)\\s+(?:i|inom)\\s+(?:förbundets\\s+|alla\\s+)?(?:insatserna|insatser|verksamheterna)(?:\\s+under\\s+(?:året|perioden|(?:19|20)\\d{2}))?)\\s*(?:var|är|blev|uppgick\\s+till|uppgår\\s+till|:)\\s*${N}(?![\\d%])`,
    'iu',
  ),
  // "Utvärderingen omfattar 135 deltagare": what the insats or its evaluation covered.
  new RegExp(
    `\\b(?:projektet|insatsen|insatserna|förbundets\\s+insatser|verksamheten|verksamheterna|förstudien|satsningen|utvärderingen)\\s+(?:har\\s+)?${DURING}omfatta(?:r|de|t)\\s+(?:totalt\\s+)?${N}\\s+${PEOPLE}`,
    'iu',
  ),
  // "projektets 136 deltagare", "insatsens 54 unika deltagare": the project's own count (a transcript may glue it on: "projektets136").
  new RegExp(`\\b(?:projektets|insatsens|förstudiens|teamets)\\s*${N}\\s+(?:unika\\s+)?${PEOPLE}(?![\\p{L}])`, 'iu'),
  // "I förbundets insatser deltog totalt 412 personer": all of them, as the plural says (not a category's: "de individinriktade insatserna").
  new RegExp(
    `\\b(?:i|inom)\\s+(?:förbundets\\s+|samtliga\\s+|alla\\s+)?insatser(?:na)?\\s+${DURING}deltog\\s+(?:totalt\\s+|sammanlagt\\s+)?${N}\\s+${PEOPLE}${NOT_REACHED}`,
    'iu',
  ),
  // "förbundets insatser har haft 412 unika deltagare": all of them, as their subject says.
  new RegExp(
    `\\b(?:förbundets\\s+insatser|insatserna|verksamheterna)\\s+(?:har\\s+)?${DURING}(?:haft|hade)\\s+(?:totalt\\s+|sammanlagt\\s+)?${N}\\s+(?:unika\\s+|inskrivna\\s+)?${PEOPLE}`,
    'iu',
  ),
];

/**
 * A final report is about one insats, so its count is said as an insats's section of an annual report
 * says one ("Totalt deltog 64 personer i projektet", "Projektet har haft 87 deltagare", "Antal
 * deltagare: 64"): read in a final report only, after the statements above. A planned count or a
 * goal's is not one reached.
 */
const INSATS_TOTALS = [
  new RegExp(`\\bdeltog\\s+(?:totalt\\s+|sammanlagt\\s+)?${N}\\s+${PEOPLE}${NOT_REACHED}`, 'iu'),
  // "Projektet pågick 2017–2019 och hade 84 deltagare": the subject's second verb, after its "och".
  new RegExp(
    `\\b(?:projektet|insatsen|teamet|verksamheten|förstudien)\\s+(?:\\p{Ll}+\\s+[^.;:]{1,60}?\\s+och\\s+)?(?:har\\s+)?${DURING}(?:haft|hade)\\s+(?:totalt\\s+|sammanlagt\\s+)?${N}\\s+(?:unika\\s+|inskrivna\\s+)?${PEOPLE}`,
    'iu',
  ),
  new RegExp(
    `(?<!(?:planerat|beräknat|förväntat|önskat|budgeterat|mål)\\s)\\bantal(?:et)?\\s+(?:unika\\s+|inskrivna\\s+)?deltagare(?:\\s+totalt)?\\s*(?:var|är|blev|uppgick\\s+till|:)\\s*${N}(?![\\d%])`,
    'iu',
  ),
];
/** A final report's statements: a förbund's first, then one insats's. */
const WITH_INSATS_TOTALS = [...TOTALS, ...INSATS_TOTALS];
/** The report's own interviews or steering group named before the verb: "I intervjuerna deltog 12 personer". */
const REPORT_OWN_BEFORE = new RegExp(`(?<![\\p{L}])(?:i|på|vid)\\s+(?:\\p{L}+\\s+)?${REPORT_OWN}`, 'iu');
const SPLIT = /(?<![\d,.])(\d{1,3}(?:[ \u00A0.]\d{3}(?!\d))?|\d+)\s+kvinnor\s*(?:,|och|samt)\s*(\d{1,3}(?:[ \u00A0.]\d{3}(?!\d))?|\d+)\s+män\b/iu;

/** "sedan starten 2008", "sedan 2010", "sedan förbundet bildades": everyone over the years. */
const SINCE_START = /(?<![\p{L}\d])sedan\s+(?:start(?:en)?|(?:19|20)\d{2}|förbundet\s+(?:bildades|startade)|förbundets\s+(?:start|bildande))(?![\p{L}\d])/iu;

/** A count of everyone since the förbund or the insats started: a förbund's year's report reached only the year's part of them. */
export function countsSinceStart(sentence: string): boolean {
  return SINCE_START.test(sentence);
}

function number(written: string): number {
  return Number(written.replace(/[ \u00A0.]/gu, ''));
}

/** Whose participants a report counts: a whole förbund's (an annual or interim report) or one insats's (a final report). */
export type ParticipantScope = 'forbund' | 'insats';

/** The count the sentences state first; `next` is the sentence after, for its gender split. */
export function participantsIn(sentence: string, next: string, scope: ParticipantScope = 'forbund'): Count | null {
  if (scope === 'forbund' && countsSinceStart(sentence)) return null;
  for (const total of scope === 'insats' ? WITH_INSATS_TOTALS : TOTALS) {
    const match = sentence.match(total);
    const written = match?.groups?.['n'];
    if (!match || !written) continue;
    if (INSATS_TOTALS.includes(total) && REPORT_OWN_BEFORE.test(sentence.slice(0, match.index))) continue;
    const value = number(written);
    if (value === 0) continue;
    // The split may stand inside the statement ("56 personer 25 kvinnor och 31 män deltagit") or after it.
    const split = sentence.slice(match.index ?? 0).match(SPLIT) ?? next.match(SPLIT);
    const after = `${sentence.slice(match.index ?? 0)} ${next}`;
    const quoted = (count: Count): Count => ({ ...count, text: sentence.includes(count.text) ? sentence : `${sentence} ${next}` });
    if (!split) {
      // A form's split, written label first ("Antal deltagare: 64 Varav kvinnor: 30 Varav män: 34").
      const labelled = splitMakingUp(after, value);
      if (labelled) return quoted(labelled);
    }
    const women = split?.[1] ? number(split[1]) : null;
    const men = split?.[2] ? number(split[2]) : null;
    // An approximate total is not summed against: its split is kept only when it adds up all the same.
    const adds = women !== null && men !== null && women + men === value;
    const approximate = match.groups?.['approx'] ? { approximate: true as const } : {};
    // "64 deltagare: 30 kvinnor, 33 män och 1 person som inte angett kön": the rest of no stated gender makes it up.
    const withOther = adds ? null : splitMakingUp(after, value, { withOther: true });
    if (withOther) return { ...quoted(withOther), ...approximate };
    const text = adds && !sentence.includes(split?.[0] ?? '\u0000') ? `${sentence} ${next}` : sentence;
    return { total: value, women: adds ? women : null, men: adds ? men : null, other: null, text, ...approximate };
  }
  return null;
}

/**
 * The split of `total` the text states, kept only when it makes up the total it stands under;
 * `withOther`: only one with people of no stated gender among its parts.
 */
function splitMakingUp(text: string, total: number, options: { withOther?: boolean } = {}): Count | null {
  const count = findCounts(text).find(({ value }) => value.total === total && (!options.withOther || value.other !== null) && makesUpTotal(value))?.value;
  return count ? { total, women: count.women, men: count.men, other: count.other, text: count.text } : null;
}
