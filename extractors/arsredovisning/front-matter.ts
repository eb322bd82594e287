import type { Evidence, Money, MoneyUnit } from '../../schemas/common.js';
import { findMoney, unitNamed } from '../parse/index.js';
import { membersIn } from '../identity/members.js';
import { sentences } from '../text/sentences.js';
import { evidenceOf, isParagraph, type Placed, tidy } from './walk.js';

interface Found<T> {
  value: T;
  evidence: Evidence;
}

export interface FrontMatter {
  organisation: Found<string> | null;
  year: Found<number> | null;
  members: Found<string[]> | null;
  memberContributions: Found<Money> | null;
  /** "Alla belopp redovisas i tkr om inte annat anges": the unit of a bare amount. */
  defaultUnit: MoneyUnit | null;
}

/** "Samordningsförbund Gävleborg", "Samordningsförbundet Älvkusten", "Finsam Östra Skaraborg". */
const ORGANISATION = /(?<![\p{L}])(?:Samordningsförbund(?:et)?|Finsam(?:förbundet)?)(?:\s+(?:i\s+)?\p{Lu}[\p{L}-]*){1,3}/u;
const FISCAL_YEAR = /räkenskapsåret\s+((?:19|20)\d{2})/iu;
const TITLE_YEAR = /^Årsredovisning\s+(?:för\s+)?((?:19|20)\d{2})$/iu;
/**
 * The members' money named as such, or the members as the subject of giving it: "Medlemmarna har
 * bidragit med …", "Förbundets medlemmar tillsköt …", "Medlemmarna har under året tillfört förbundet …".
 */
const CONTRIBUTION =
  /tilldelning|medlemsavgift|medlemsbidrag|medlemmarnas\s+(?:bidrag|avgifter|insatser)|(?:bidrag|medel|intäkter(?:na)?)\s+från\s+(?:förbundets\s+)?(?:förbunds)?medlemmar|(?<![\p{L}])medlemmar(?:na)?\s+(?:har\s+)?(?:under\s+(?:året|\d{4})\s+)?(?:bidragit|bidrog|tillskjutit|tillsköt|tillfört|tillförde|betalat\s+in|betalade\s+in)(?![\p{L}])/iu;
/** Next year's or a budget's contribution: "Tilldelningen för 2021 blir …", "Medlemsavgifterna budgeteras till …", "Budgeten för medlemsavgifter var …". */
const PLANNED = /(?<![\p{L}])(?:budget\p{L}*|beräknas|planera(?:s|d|t)|inför|kommer\s+att|föreslås|prognos\p{L}*)(?![\p{L}])/iu;
const YEAR = /(?<![\d])(?:19|20)\d{2}(?![\d])/gu;
/** A year compared with: in brackets, or after "jämfört med", "mot", "än". */
const COMPARED = /\([^)]*\)|(?<![\p{L}])(?:jämfört\s+med|jmf\.?\s+med|mot|än)\s+(?:år\s+)?(?:19|20)\d{2}/giu;
/**
 * "Bidraget för 2010 var sammanlagt 7,08 miljoner kronor", "Anslaget för år 2010 uppgick till …":
 * a förbund is financed by its members alone, so the year's bidrag, anslag or tilldelning, named
 * by its year, is theirs. Not "bidraget till insatsen …" (what the förbund gave).
 */
const YEARS_CONTRIBUTION = /(?<![\p{L}])(?:bidraget|anslaget|tilldelningen|medlemsbidraget|medlemsavgifterna)\s+(?:för|under)\s+(?:år\s+)?((?:19|20)\d{2})\b/iu;
/** "Bidraget för 2010 från Försäkringskassan": one member's part, not the whole. */
const ONE_PARTY = /^\s+från\s+(?:staten|försäkringskassan|arbetsförmedlingen|regionen|landstinget|kommunen|region\s|\p{Lu})/iu;
/**
 * One party's part, named before the words for the contribution: "Försäkringskassans medlemsavgift",
 * "Statens andel av medlemsavgifterna", "Kommunernas medlemsavgifter", "Exempelby kommuns bidrag".
 */
const PARTYS_PART =
  /(?<![\p{L}])(?:försäkringskassans|statens|arbetsförmedlingens|regionens|landstingets|kommunernas|kommunens|\p{Lu}\p{L}+\s+kommuns|region\s+\p{Lu}\p{L}+s)\s+(?:(?:andel|del)\s+av\s+)?$|(?<![\p{L}])(?:andel|del)\s+av\s+$/iu;
/** A sum that also holds other money ("intäkter från medlemsavgifter och socialfonden") is not the members' contribution. */
const OTHER_INCOME = /socialfonden|\bESF\b|statsbidrag|projektmedel|externa medel/iu;
/**
 * The unit the report gives every bare amount in: "Alla belopp redovisas i tkr", "Samtliga belopp
 * redovisas i tusentals kronor", "Beloppen i räkenskaperna är angivna i tkr", "Siffrorna i tabellerna
 * är i tusen kronor".
 */
const DEFAULT_UNIT =
  /(?<![\p{L}])(?:belopp(?:en)?|siffror(?:na)?|summor(?:na)?|uppgifter(?:na)?)(?:\s+i\s+(?:räkenskaperna|tabellerna|rapporten|årsredovisningen|redovisningen))?\s+(?:(?:redovisas|anges|presenteras|uttrycks|är\s+angivna|är\s+redovisade|är)\s+)?i\s+(tkr|mkr|ksek|kr|tusentals?\s+kronor|tusen\s+kronor|miljoner\s+kronor)(?![\p{L}])/iu;

/** The report's organisation, year, members and the members' contributions for the year, from its prose. */
export function readFrontMatter(placed: Placed[], prose: Set<number>): FrontMatter {
  const front: FrontMatter = { organisation: null, year: null, members: null, memberContributions: null, defaultUnit: null };
  // The cover's line that is the name alone is surer than the first mention ("Samordningsförbund Gävleborgs insatser").
  let cover: Found<string> | null = null;
  let mention: Found<string> | null = null;
  let title: Found<number> | null = null;
  for (const item of placed) {
    if (!isParagraph(item) || !prose.has(item.index)) continue;
    const text = tidy(item.block.text).replace(/\n/g, ' ');
    const at = (value: string): Evidence => evidenceOf(item.block.source, item.section, value);
    const organisation = text.match(ORGANISATION)?.[0];
    if (organisation && text === organisation) cover ??= { value: organisation, evidence: at(text) };
    if (organisation) mention ??= { value: organisation, evidence: at(text) };
    const fiscal = text.match(FISCAL_YEAR)?.[1];
    if (fiscal) front.year ??= { value: Number(fiscal), evidence: at(text) };
    const titled = text.match(TITLE_YEAR)?.[1];
    if (titled) title ??= { value: Number(titled), evidence: at(text) };
    const unit = text.match(DEFAULT_UNIT)?.[1];
    if (unit) front.defaultUnit ??= unitNamed(unit) ?? 'kr';
    for (const sentence of sentences(text)) {
      // The members as any report's identity reads them (identity/members.ts).
      const members = front.members ? null : membersIn(sentence.text);
      if (members) front.members = { value: members, evidence: at(sentence.text) };
      const money = contributionIn(sentence.text, front.year?.value ?? title?.value ?? null);
      if (money) front.memberContributions ??= { value: { ...money, evidence: at(sentence.text) }, evidence: at(sentence.text) };
    }
  }
  front.organisation = cover ?? mention;
  front.year ??= title;
  return front;
}

/** The members' contribution a sentence states for the report's year (when known), or null. */
export function contributionIn(sentence: string, year: number | null): Money | null {
  if (OTHER_INCOME.test(sentence) || PLANNED.test(sentence)) return null;
  // A sentence that names years, none of them the report's, is about another year; a year compared with ("(2022: 7 000 tkr)",
  // "jämfört med 2022") does not make it so.
  const years = [...sentence.replace(COMPARED, ' ').matchAll(YEAR)].map((match) => Number(match[0]));
  if (year !== null && years.length > 0 && !years.includes(year)) return null;
  const ofYear = sentence.match(YEARS_CONTRIBUTION);
  const namedParty = ofYear ? ONE_PARTY.test(sentence.slice((ofYear.index ?? 0) + ofYear[0].length)) : false;
  const named = sentence.match(CONTRIBUTION);
  if (named && PARTYS_PART.test(sentence.slice(0, named.index))) return null;
  if (!named && !(ofYear && !namedParty && (year === null || Number(ofYear[1]) === year))) return null;
  // The amount after the words that name it: "Kansliets kostnader var 1 330 tkr, vilket motsvarar 18 % av medlemsavgifterna (7 200 tkr)".
  const at = Math.min(named?.index ?? Infinity, ofYear?.index ?? Infinity);
  const amounts = findMoney(sentence);
  return (amounts.find((amount) => amount.start >= at) ?? amounts[0])?.value ?? null;
}
