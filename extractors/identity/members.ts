import { namesKind } from './kind-words.js';
import { PLACE_PREFIXES } from './place-prefixes.js';

/**
 * The förbund's members as a sentence lists them: "med Arbetsförmedlingen, … och kommunerna Bollnäs,
 * … som medlemmar", "Medlemmar i förbundet är kommunerna Gagnef, Leksand och Rättvik, …", "bildat
 * av parterna Malung-Sälens kommun, Vansbro kommun, Landstinget Dalarna, …", "finansiell samordning
 * mellan Försäkringskassan, Arbetsförmedlingen, Landstinget i Kalmar län och länets tolv kommuner".
 * A list counts when its items are bodies that can be members (kommuner, a region or landsting,
 * Försäkringskassan, Arbetsförmedlingen, Länsarbetsnämnden).
 */

const LEADS = [
  /\bmed\s+(.+?)\s+som\s+(?:förbunds)?medlemmar\b/u,
  /\b(?:förbunds)?medlemmar(?:na)?(?:\s+i\s+(?:samordnings)?förbundet)?\s+(?:är|utgörs\s+av|består\s+av)\s+(.+)$/iu,
  /\bbildat(?:s)?\s+av\s+(?:parterna\s+|medlemmarna\s+)?(.+)$/u,
  /\bbildades\s+av\s+(?:parterna\s+|medlemmarna\s+)?(.+)$/u,
  /\bsamordning\s+(?:av\s+rehabilitering(?:sinsatser)?\s+)?mellan\s+(.+)$/u,
  /\bI\s+(?:samordnings)?förbundet\s+ingår\s+(?:medlemmarna\s+)?(.+)$/u,
  // "Förbundet har som medlemmar …", "Parter i förbundet är …", "Samordningsförbundet Sydnärke består av …".
  /\bhar\s+som\s+(?:förbunds)?medlemmar\s+(.+)$/u,
  /\b(?:parter(?:na)?|huvudmän(?:nen)?)\s+i\s+(?:samordnings)?förbundet\s+är\s+(.+)$/iu,
  /\b(?:samordnings)?förbund(?:et)?(?:\s+\p{Lu}[\p{L}-]*){0,3}\s+består\s+av\s+(?:medlemmarna\s+)?(.+)$/iu,
  // A label or a count before a colon: "Medlemmar: …", "Förbundet har sju medlemmar: …"; not another body's ("Styrelsens medlemmar: …").
  /(?:\b(?:samordnings)?förbundets\s+|(?<!\p{L}s\s)\b)(?:förbunds)?medlemmar(?:na)?\s*:\s*(.+)$/iu,
];

/** Words that make an item a body that can be a member. */
const MEMBER_WORD =
  /(?:kommun|kommuner|kommunerna|kommunen|region|regionen|landsting|landstinget|försäkringskassan|arbetsförmedlingen|länsarbetsnämnden|götalandsregionen)\b/iu;
const MUNICIPALITIES = /^(?:länets\s+|de\s+)?(?:medlems)?kommuner(?:na)?\s+(?=\p{Lu})/iu;
const SEPARATOR = /\s*,\s*|\s+och\s+|\s+samt\s+|\s*;\s*/u;
const MAX_ITEM_WORDS = 5;

/**
 * "i samverkan med Sjuhärads kommuner: BOLLEBYGD BORÅS … VÅRGÅRDA", "Medlemskommuner: Åby, Berg och
 * Dal": kommuner named after a colon, on a cover in capitals side by side. The list ends at the first
 * word that is no name (a report's title after the cover's list: "ÅRSREDOVISNING").
 */
const MUNICIPALITIES_COLON = /(?:\b(?:i\s+samverkan\s+med|medlemmar(?:na)?\s*:?)\s+(?:\p{L}+\s+)?kommuner(?:na)?|\bmedlemskommuner(?:na)?)\s*:\s*(.+)$/iu;
const NAME_WORD = /^\p{Lu}[\p{L}-]*$/u;

/** The members a sentence lists, or null when it lists none. */
export function membersIn(sentence: string): string[] | null {
  for (const lead of LEADS) {
    const listed = sentence.match(lead)?.[1];
    if (!listed) continue;
    const items = itemsOf(listed);
    if (items) return items;
  }
  const named = sentence.match(MUNICIPALITIES_COLON)?.[1];
  return named ? municipalitiesOf(named) : null;
}

function municipalitiesOf(listed: string): string[] | null {
  // Commas or "och" among the leading names make a written list; names side by side are a cover's.
  const leading = listed.match(/^(?:\p{Lu}[\p{L}-]*[,.]?\s+|och\s+)*/u)?.[0] ?? '';
  const separated = /,|\soch\s/u.test(leading);
  const words = separated ? listed.split(/\s*,\s*|\s+och\s+/u).map((item) => item.trim()) : listed.split(/\s+/u);
  const names: string[] = [];
  for (const written of words) {
    const word = written.replace(/[.:;]+$/u, '');
    const last = word.split(/\s+/u).at(-1) ?? '';
    if (!word.split(/\s+/u).every((part) => NAME_WORD.test(part)) || namesKind(last)) {
      // "… Dal som alla …": a comma list's last item may run on into the sentence.
      const first = separated ? word.match(/^\p{Lu}[\p{L}-]*(?=\s)/u)?.[0] : undefined;
      if (first && !namesKind(first)) names.push(first);
      break;
    }
    names.push(word);
  }
  return names.length >= 2 ? names : null;
}

/** "består av fyra parter: …": the count before the list. */
const COUNTED = /^(?:\p{L}+\s+)?(?:parter|medlemmar|huvudmän)\s*:\s*/iu;
/** A kommun's name as a list gives it bare: one or two capitalised words ("Vellinge", "Upplands Väsby"). */
const BARE_NAME = /^\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?$/u;
const PLURAL_KOMMUNER = /^(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?)\s+kommuner$/u;

/**
 * "Mora, Orsa och Älvdalens kommuner": the names before a plural "kommuner" share it, so each is a
 * kommun, written as its own name reads ("Mora kommun", "Älvdalens kommun").
 */
function sharedKommuner(items: string[]): string[] {
  const shared = [...items];
  for (const [index, item] of items.entries()) {
    const last = item.match(PLURAL_KOMMUNER)?.[1];
    if (!last) continue;
    let first = index;
    while (first > 0 && BARE_NAME.test(items[first - 1] ?? '') && !MEMBER_WORD.test(items[first - 1] ?? '')) first--;
    if (first === index) continue;
    for (let name = first; name < index; name++) shared[name] = `${items[name] ?? ''} kommun`;
    shared[index] = `${last} kommun`;
  }
  return shared;
}

function itemsOf(listed: string): string[] | null {
  // The list ends where the sentence goes on: at its end, or at a verb phrase after it.
  const list =
    listed
      .replace(/\s+/gu, ' ')
      .replace(/[.:]$/u, '')
      .split(/\s(?:och\s+)?(?:som|där|vilka|sedan|i\s+enlighet|enligt|genom|från\s+och\s+med)\s/u)[0] ?? '';
  const raw = sharedKommuner(
    list
      .replace(COUNTED, '')
      .split(SEPARATOR)
      .map((item) => item.trim())
      .filter((item) => item !== ''),
  );
  const items: string[] = [];
  let municipalities = false;
  let bodies = 0;
  for (const item of raw) {
    let name = item;
    if (MUNICIPALITIES.test(name)) {
      name = name.replace(MUNICIPALITIES, '');
      municipalities = true;
    }
    const body = MEMBER_WORD.test(name) && name.split(' ').length <= MAX_ITEM_WORDS;
    // After "kommunerna", bare place names are kommuner ("Lysekil, Munkedal och Strömstad").
    if (!body && !(municipalities && /^\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?$/u.test(name))) {
      // A transcript runs the list into the next heading: "… och Strömstad ÅRSREDOVISNING med …".
      const place = municipalities ? name.match(/^\p{Lu}\p{Ll}[\p{L}-]*(?=\s\p{Lu}{2,})/u)?.[0] : undefined;
      if (place) items.push(place);
      return items.length >= 2 && bodies >= 2 ? items : null;
    }
    if (body) bodies++;
    items.push(name);
  }
  return items.length >= 2 && bodies >= 2 ? items : null;
}

/**
 * The parties of finansiell samordning as a list or a table's column names them without a lead
 * ("Arbetsförmedlingen, Försäkringskassan, Stockholm läns landsting samt kommunerna Botkyrka, Huddinge
 * och Salem"; a board table's organisation column run together: "Svenljunga kommun Försäkringskassan
 * Arbetsförmedlingen Västra Götalandsregionen Bollebygds kommun Marks kommun"). Only a run that
 * names all four kinds of party the law sets (Försäkringskassan, Arbetsförmedlingen or
 * Länsarbetsnämnden, a region or landsting, kommuner) is the membership; each is named once, in the
 * text's order.
 */
const PLACE = String.raw`\p{Lu}[\p{Ll}-]+`;
/** A name of two words begins with a place's prefix (place-prefixes.ts); any other word before is not the name's (a person's in the column beside). */
const NAME_PREFIX = String.raw`(?:(?:${PLACE_PREFIXES.join('|')})\s+)?`;
const PARTY_KINDS = [
  { kind: 'fk', pattern: String.raw`Försäkringskassan(?:\s+i\s+${PLACE}(?:\s+län)?)?` },
  { kind: 'af', pattern: String.raw`(?:Arbetsförmedlingen|Länsarbetsnämnden)(?:\s+i\s+${PLACE}(?:\s+län)?)?` },
  {
    kind: 'region',
    pattern: String.raw`(?:${PLACE}\s+(?:läns\s+)?landsting|Landstinget(?:\s+i)?\s+${PLACE}(?:\s+län)?|Region(?:en)?\s+${PLACE}|${NAME_PREFIX}\p{Lu}\p{Ll}*regionen)(?![\p{L}])`,
  },
  { kind: 'kommun', pattern: String.raw`${NAME_PREFIX}${PLACE}\s+kommun(?![\p{L}])|kommunerna\s+${PLACE}(?:(?:\s*,\s*|\s+och\s+)${PLACE})*` },
] as const;
const PARTY = new RegExp(PARTY_KINDS.map(({ pattern }) => `(${pattern})`).join('|'), 'gu');
/** What may stand between two parties of one list: separators only, or nothing but a space (a column). */
const BETWEEN_PARTIES = /^(?:\s*[,;]\s*|\s+(?:och|samt)\s+|\s+)$/u;

export function partiesIn(sentence: string): string[] | null {
  let run: { names: string[]; kinds: Set<string> } = { names: [], kinds: new Set() };
  let end = -1;
  for (const match of sentence.matchAll(PARTY)) {
    if (end < 0 || !BETWEEN_PARTIES.test(sentence.slice(end, match.index))) {
      if (run.kinds.size === PARTY_KINDS.length) break;
      run = { names: [], kinds: new Set() };
    }
    end = match.index + match[0].length;
    const index = match.slice(1).findIndex((group) => group !== undefined);
    const kind = PARTY_KINDS[index]?.kind ?? '';
    run.kinds.add(kind);
    const names = match[0].startsWith('kommunerna') ? match[0].replace(/^kommunerna\s+/u, '').split(/\s*,\s*|\s+och\s+/u) : [match[0]];
    for (const name of names.map((written) => written.replace(/\s+/gu, ' '))) if (!run.names.includes(name)) run.names.push(name);
  }
  return run.kinds.size === PARTY_KINDS.length ? run.names : null;
}

/** "Arbetsförmedlingen övertagit Länsarbetsnämndens plats" (the 2008 reform): the member is Arbetsförmedlingen since. */
const SUCCEEDED =
  /Arbetsförmedlingen\s+(?:har\s+)?(?:övertagit|övertog|tagit\s+över|ersatt|ersatte)\s+Länsarbetsnämnden|Länsarbetsnämnden\s+(?:har\s+)?(?:ersatts|ersattes)\s+av\s+Arbetsförmedlingen/u;

/** The members as of the report, when its text says Arbetsförmedlingen took the place of the Länsarbetsnämnd it lists. */
export function withSuccessors(members: string[], text: string): string[] {
  if (!SUCCEEDED.test(text)) return members;
  const now = members.map((member) => (member.startsWith('Länsarbetsnämnden') ? 'Arbetsförmedlingen' : member));
  return now.filter((member, index) => now.indexOf(member) === index);
}
